/**
 * A deputy's, a vice-chair's or a treasurer's post named without its organization, where the text
 * puts it in play: "won a second ballot for the deputy leadership", "a front-runner for the deputy
 * presidency", "is standing for vice-president", "nominated for treasurer general". It is the post
 * of that level of the organization whose race the article is about, when the lexicon lists one
 * (or, for a party's leader, its deputy leader): a post of its own, not the article's post.
 */
import { postedOrganizationOfSlug, postedOrganizationsByCount, postNameVariants, type OrganizationEntry } from "./lexicon/organizations.js";
import type { RawMention } from "./types.js";
import { isSpaceCode } from "./char-tests.js";
import { stickyMatches, stickyMatchesAt } from "./text-utils.js";

/** Cheap literal test before {@link LEVEL_POST}. */
const LEVEL_CUE = /deputy|vice|treasurer/i;
const LEVEL_POST =
  /(?<![\p{L}-])(?:(deputy|vice)[- ]?(presiden(?:t|cy)|leader(?:ship)?|chair(?:man|woman|person)?(?:ship)?|secretary[- ]general|director[- ]general)|(treasurer)(?:[- ](general))?|(deputy)(?:\s+(?:position|post|job|role))?(?![\p{L}-]|\s+(?:prime|minister|chief|mayor|governor|director|secretary|speaker|head|editor|president|general|commissioner|chancellor|of\b|to\b)))(?![\p{L}-])/giu;
/** Words before the post that put it in play: a goal, a race, a standing. */
const IN_PLAY_BEFORE =
  /\b(?:for|as|to\s+(?:become|be)|(?:is|be)\s+(?:almost\s+certain\s+to\s+be|likely\s+to\s+be|set\s+to\s+be)|(?:post|position|job|office|race|contest|election|ballot|vote|bid|run|candidacy|candidate|front-?runner|favou?rite)\s+(?:of|for)|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|won|wins|win|winning|contest(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:the\s+|his\s+|her\s+)?(?:(?:party|union|body|federation|organi[sz]ation)['’]s\s+|new\s+|next\s+)?$/iu;
/** Words after the post that put it in play: "the deputy leadership race", "deputy president nominations". */
const IN_PLAY_AFTER = /^\s+(?:race|contest|election|ballot|vote|run-?off|candidates?|contenders?|hopefuls?|nominations?|bid)\b/iu;
/** "the former deputy leader", "who served as deputy": a post held, not raced for. */
const HELD_BEFORE = /\b(?:former|ex-|then-|outgoing|current|sitting|incumbent|acting|serv(?:e|es|ed|ing)\s+as|previously|formerly|once)\s+(?:as\s+)?(?:the\s+)?$/i;
/** An organization's name right before the title ("IAAF vice-president", "Labour deputy leader"): the lexicon reads those. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]*(?:['’]s)?\s+$/u;

/** "presidency" to "president", "leadership" to "leader", hyphens and case set aside. */
function titleKey(words: string): string {
  return words
    .toLowerCase()
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .replace(/presidency$/, "president")
    .replace(/leadership$/, "leader")
    .replace(/chair(?:man|woman|person)?(?:ship)?$/, "chair");
}

/** The organization's post of that level, by its titles; a party's leader gives "Deputy Leader of ...". */
function levelPost(org: OrganizationEntry, key: string): { name: string; aliases: readonly string[] } | undefined {
  const index = org.posts.findIndex((p, i) => i > 0 && p.titles.some((t) => titleKey(t) === key));
  if (index > 0) return { name: org.posts[index]!.name, aliases: postNameVariants(org, index) };
  const main = org.posts[0]?.name;
  if (key === "deputy leader" && main && /^Leader of /.test(main)) return { name: `Deputy ${main}`, aliases: [] };
  return undefined;
}

/**
 * Mentions of other-level posts of `org` in play in `text`, outside the spans `taken`.
 */
export function otherLevelPosts(text: string, org: string | undefined, taken: readonly RawMention[]): RawMention[] {
  if (!org || !LEVEL_CUE.test(text)) return [];
  const entry = postedOrganizationOfSlug(org);
  if (!entry || entry.posts.length === 0) return [];
  // An organization whose own post is of such a level is raced for at that level already.
  if (LEVEL_CUE.test(entry.posts[0]!.name)) return [];
  const out: RawMention[] = [];
  LEVEL_POST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEVEL_POST.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && t.end > start)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (HELD_BEFORE.test(before) || NAME_BEFORE.test(before)) continue;
    if (!IN_PLAY_BEFORE.test(before) && !IN_PLAY_AFTER.test(text.slice(end, end + 30))) continue;
    // A bare "deputy" ("stand as his deputy", "the deputy position") is a party leader's deputy.
    const key = m[5] ? "deputy leader" : m[1] ? titleKey(`${m[1]} ${m[2]}`) : titleKey(m[4] ? `${m[3]} ${m[4]}` : m[3]!);
    const post = levelPost(entry, key);
    if (post) out.push({ type: "Post", form: "generic", name: post.name, org: entry.slug, aliases: post.aliases, start, end });
  }
  return out;
}

/** Words for a post, before "of" or "for" and its title: {@link TITLE_STARTS}'s words. */
export const POST_WORDS: readonly string[] = ["position", "post", "office", "role", "seat", "race", "contest", "election", "bid", "candidacy"];

/**
 * Whether `\s+(?:of|for)\s` matches at `end`, "of" and "for" in any case: what follows a word of
 * {@link POST_WORDS} in {@link TITLE_STARTS}.
 */
export function ofOrForAfter(text: string, end: number): boolean {
  let i = end;
  if (!isSpaceCode(text.charCodeAt(i))) return false;
  do i++;
  while (isSpaceCode(text.charCodeAt(i)));
  const c = text.charCodeAt(i) | 0x20;
  const d = text.charCodeAt(i + 1) | 0x20;
  if (c === 0x6f && d === 0x66) return isSpaceCode(text.charCodeAt(i + 2));
  return c === 0x66 && d === 0x6f && (text.charCodeAt(i + 2) | 0x20) === 0x72 && isSpaceCode(text.charCodeAt(i + 3));
}

/** "for the position of federal leader", "the post of secretary-general", "the race for chairman": a post named by its title alone. */
const TITLE_AFTER_POST_WORD = /\b(?:position|post|office|role|seat|race|contest|election|bid|candidacy)\s+(?:of|for)\s+(?:the\s+)?(?:(?:party|union|body|federation|organi[sz]ation)['’]s\s+)?(?:new\s+|next\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iuy;
/** Where {@link TITLE_AFTER_POST_WORD} may match: without the "u" flag the search of a whole article is several times faster. */
const TITLE_STARTS = new RegExp(String.raw`\b(?:${POST_WORDS.join("|")})\s+(?:of|for)\s`, "gi");
/** The same with the "u" flag, for a text with a long s or a Kelvin sign, which only Unicode case folding reads as "s" or "k". */
const TITLE_STARTS_UNICODE = /\b(?:position|post|office|role|seat|race|contest|election|bid|candidacy)\s+(?:of|for)\s/giu;
const FOLDED_ONLY_IN_UNICODE = /[\u017F\u212A]/;
const TITLE_CUE = /\b(?:position|post|office|role|seat|race|contest|election|bid|candidacy)\s+(?:of|for)\s/i;

/**
 * Posts named by a lexicon title after a word for a post ("for the position of federal leader"),
 * of the organization named most in the article among those whose posts carry that title.
 * `orgCounts` counts the article's mentions of each organization. `postWordsAt`, when given, holds
 * in order every offset where a word of {@link POST_WORDS} opens after no ASCII letter, in any case
 * of its ASCII letters, before `\s+(?:of|for)\s`.
 */
export function postsNamedByTitle(text: string, orgCounts: ReadonlyMap<string, number>, taken: readonly RawMention[], postWordsAt?: readonly number[]): RawMention[] {
  const orgs = postedOrganizationsByCount(orgCounts);
  if (orgs.length === 0) return [];
  // Where the cue is written, TITLE_STARTS finds it; only Unicode case folding finds more.
  const unicode = FOLDED_ONLY_IN_UNICODE.test(text);
  if (unicode && !TITLE_CUE.test(text)) return [];
  const out: RawMention[] = [];
  const found = postWordsAt && !unicode ? stickyMatchesAt(TITLE_AFTER_POST_WORD, postWordsAt, text) : stickyMatches(TITLE_AFTER_POST_WORD, unicode ? TITLE_STARTS_UNICODE : TITLE_STARTS, text);
  for (const m of found) {
    const words = m[1]!;
    const wordsStart = m.index + m[0].length - words.length;
    if (/^\p{Lu}/u.test(words)) continue;
    // The longest title the words open with, among the posts of the organizations named, most named first.
    let found: { org: OrganizationEntry; index: number; length: number } | undefined;
    const have = words.toLowerCase().replace(/-/g, " ");
    for (const org of orgs) {
      org.posts.forEach((p, index) => {
        for (const t of p.titles) {
          const key = t.toLowerCase().replace(/-/g, " ");
          if (/^(?:leadership|presidency|chairmanship|nomination)$/.test(key) || !/\s/.test(key) && index === 0 && !/^(?:president|chair(?:man|woman|person)?|leader|secretary general|director general)$/.test(key)) continue;
          if ((have === key || have.startsWith(`${key} `)) && (!found || key.length > found.length)) found = { org, index, length: key.length };
        }
      });
      if (found) break;
    }
    if (!found) continue;
    const start = wordsStart;
    const end = wordsStart + found.length;
    if (taken.some((t) => t.start < end && t.end > start)) continue;
    out.push({ type: "Post", form: "generic", name: found.org.posts[found.index]!.name, org: found.org.slug, aliases: postNameVariants(found.org, found.index), start, end });
  }
  return out;
}
