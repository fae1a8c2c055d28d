/**
 * The posts of a slate's items that the lexicon does not name by their own words: "the council will
 * appoint A as the secretary general; B as the director of the office for elections", "backed A
 * for deputy and B as leader". Once one item's post is known, with its organization, the others'
 * titles are read as that organization's posts: a post of its lexicon entry with that title, else
 * a post named by the title itself when it opens with an office's noun.
 */
import { postedOrganizationOfSlug, postNameVariants } from "./lexicon/organizations.js";
import type { RawMention } from "./types.js";

/** Cheap literal test: every item holds one of these words. */
const CUE = / (?:for|as) /;
/** Between a name and its post: an origin in brackets ("[Elbonia]", "(Elbonia)"), then "for" or "as", an article. */
export const ITEM_LEAD = /^(?:\s*[([][^()[\]\n]{1,30}[)\]])?\s+(?:for|as)\s+(?:the\s+)?(?=\p{L})/u;
/** Between one item's title and the next name: a list's comma or semicolon, or "and". */
const SEPARATOR = /(?:\s*[,;]\s*(?:and\s+)?|,?\s+and\s+)(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?$/u;
/** Where the last item's title ends: a sign that closes a phrase. */
const TITLE_END = /[,;:.!?"“”()[\]\n]/u;
/** A title that opens with an office's noun: "director of the office for X", "high commissioner on minorities". */
const OFFICE_TITLE = /^(?:(?:high|deputy|vice|executive|national|chief|special|assistant|under)[- ])*(?:director|representative|commissioner|secretary|chair(?:man|woman|person)?|president|treasurer|head|coordinator|prosecutor|registrar|ombudsman|governor|administrator|rapporteur|envoy)(?:[- ]general)?(?![\p{L}-])/iu;

interface Item {
  person: RawMention;
  at: number;
}

function titleKey(words: string): string {
  return words.toLowerCase().replace(/-/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Posts for the items of slates in `text` that name none known, given the people and the posts
 * found. An item is "<person> for/as <title>"; a slate is two or more items in a row, one of which
 * has a known post of a known organization.
 */
export function slatePosts(text: string, people: readonly RawMention[], posts: readonly RawMention[]): RawMention[] {
  if (!CUE.test(text)) return [];
  const items: Item[] = [];
  for (const p of people) {
    if (p.type !== "Person") continue;
    const lead = ITEM_LEAD.exec(text.slice(p.end, p.end + 40));
    if (lead) items.push({ person: p, at: p.end + lead[0].length });
  }
  if (items.length < 2) return [];
  const postAt = new Map<number, RawMention>();
  for (const m of posts) if (!postAt.has(m.start)) postAt.set(m.start, m);
  const out: RawMention[] = [];
  let run: { item: Item; end: number }[] = [];
  const flush = () => {
    const known = run.map((r) => postAt.get(r.item.at)).find((m) => m?.org !== undefined);
    const org = known && postedOrganizationOfSlug(known.org!);
    if (run.length >= 2 && known && org) {
      for (const r of run) {
        if (postAt.has(r.item.at)) continue;
        const words = text.slice(r.item.at, r.end).trim();
        if (words.length < 2 || words.length > 90) continue;
        const end = r.item.at + words.length;
        const index = org.posts.findIndex((post) => post.titles.some((t) => titleKey(t) === titleKey(words)));
        if (index >= 0) out.push({ type: "Post", form: "generic", name: org.posts[index]!.name, org: org.slug, aliases: postNameVariants(org, index), start: r.item.at, end });
        else if (OFFICE_TITLE.test(words)) out.push({ type: "Post", form: "generic", name: `${org.names[0] ?? org.name} ${words}`, org: org.slug, start: r.item.at, end });
      }
    }
    run = [];
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    // The item's title runs to the next item's name when a separator stands right before it, else to the phrase's end.
    const between = next ? text.slice(item.at, next.person.start) : "";
    const sep = next ? SEPARATOR.exec(between) : null;
    if (sep && !TITLE_END.test(between.slice(0, sep.index))) {
      run.push({ item, end: item.at + between.length - sep[0].length });
      continue;
    }
    const rest = text.slice(item.at, item.at + 100);
    const stop = TITLE_END.exec(rest);
    run.push({ item, end: item.at + (stop ? stop.index : rest.length) });
    flush();
  }
  flush();
  return out;
}
