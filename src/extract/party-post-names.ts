/**
 * A party's posts as the news names them: the party's short name or adjective, then the title in
 * lower case ("Labour leader", "Welsh Conservative leader", "Lib Dem leader", "LDP president",
 * "SPD chairman", "Labour deputy leader"). The lexicon's forms ("Leader of the Labour Party",
 * "Labour Party Leader") are kept first; these are added after them.
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { PARTIES } from "./lexicon/parties.js";
import type { RawMention } from "./types.js";

/** The lexicon's parties by slug, with the other parties' words they may be named by. */
const PARTY_BY_SLUG = new Map<string, { names: readonly string[]; shared: readonly string[] }>();
for (const p of PARTIES) if (!PARTY_BY_SLUG.has(p.slug)) PARTY_BY_SLUG.set(p.slug, { names: p.names, shared: p.shared ?? [] });
for (const o of ORGANIZATIONS) if (!PARTY_BY_SLUG.has(o.slug) && o.posts.some((p) => /^(?:Deputy )?Leader of /.test(p.name)) && /\bParty\b|Democrats|Unionist|Féin|Fein|Cymru/.test(o.name)) PARTY_BY_SLUG.set(o.slug, { names: o.names, shared: o.shared ?? [] });

/** Person titles a party's post may be written with, lower case, by the title word its name opens with. */
const TITLE_OF_NAME = /^(Deputy Leader|Leader|President|Chairperson|Chairman|Chair|National Chairman) of |^\S+(?: \S+)? (Leader|President|Chairman|Chair)$/;
/** Titles of a party's head a lexicon post may list besides its own ("chairman" of a party led by a chair). */
const HEAD_TITLES = ["leader", "president", "chairman", "chair"];

const cache = new Map<string, readonly string[]>();

/** A party's name without its closing "Party": "Labour Party" → "Labour". */
function withoutParty(name: string): string {
  return name.replace(/\s+[Pp]arty$/, "");
}

/** "Labour Party" → "Labour"; plural names ("Liberal Democrats", "Tories") and names holding "of" are no adjective. */
function partyWord(name: string): string | undefined {
  const w = withoutParty(name);
  if (/\bof\b|\(/.test(w) || w.length < 2) return undefined;
  if (/\p{Ll}s$/u.test(w)) return undefined;
  return w;
}

/**
 * A party's words as written, made an adjective: "the Labour Party" is "Labour", "Liberal
 * Democrats" "Liberal Democrat", "Tories" "Tory". Unlike the words of a post's name, a plural or a
 * name holding "of" is kept, made singular where it can be.
 */
export function partyAdjective(written: string): string {
  const words = withoutParty(written.replace(/^the\s+/i, "").replace(/['’]s?$/, "")).split(/\s+/);
  const last = words[words.length - 1]!;
  if (last === "Tories") words[words.length - 1] = "Tory";
  else if (/[a-z](?:at|ve|an|al|en|st|em)s$/.test(last)) words[words.length - 1] = last.slice(0, -1);
  return words.join(" ");
}

/**
 * The news forms of a party's post named `name` (of the lexicon party `slug`, or a party found by
 * shape, "Leader of the Freedom Party"): "<party word> <title>", for each word the party is named
 * by and each title its head holds.
 */
export function partyPostNames(name: string, slug: string | undefined): readonly string[] {
  const key = `${slug ?? ""}#${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: string[] = [];
  const m = TITLE_OF_NAME.exec(name);
  const party = slug ? PARTY_BY_SLUG.get(slug) : undefined;
  if (m && (party || !slug)) {
    const own = (m[1] ?? m[2]!).toLowerCase();
    const deputy = own.startsWith("deputy");
    let titles = [own];
    if (!deputy && slug) {
      const post = PARTIES.find((p) => p.slug === slug)?.posts.find((p) => p.name === name) ?? ORGANIZATIONS.find((o) => o.slug === slug)?.posts.find((p) => p.name === name);
      const listed = new Set((post?.titles ?? []).map((t) => t.toLowerCase()));
      titles = [own, ...HEAD_TITLES.filter((t) => t !== own && listed.has(t))];
    }
    let words: string[];
    if (party) words = [...party.names, ...party.shared].map(partyWord).filter((w): w is string => w !== undefined);
    else {
      // A party found by shape: "Leader of the Freedom Party".
      const shaped = /^(?:Deputy )?Leader of the (.+?) Party$/.exec(name);
      words = shaped ? [shaped[1]!] : [];
    }
    const seen = new Set<string>();
    for (const w of words) {
      for (const t of titles) {
        const form = `${w} ${t}`;
        if (seen.has(form.toLowerCase())) continue;
        seen.add(form.toLowerCase());
        out.push(form);
      }
    }
  }
  cache.set(key, out);
  return out;
}

/** Adds the news forms of each party post among `posts` to its other names (in place, after those it has). */
export function addPartyPostNames(posts: readonly RawMention[]): void {
  for (const p of posts) {
    if (p.type !== "Post") continue;
    const extra = partyPostNames(p.name, p.org);
    if (extra.length === 0) continue;
    const have = new Set([p.name, ...(p.aliases ?? [])].map((a) => a.toLowerCase()));
    const add = extra.filter((e) => !have.has(e.toLowerCase()));
    if (add.length > 0) p.aliases = [...(p.aliases ?? []), ...add];
  }
}

/** Whether a lexicon organization is a political party. */
export function isPartyOrganization(org: { slug: string; name: string; generic: readonly string[] }): boolean {
  return PARTY_SLUGS.has(org.slug) || org.generic.includes("party") || /\bParty\b|Democrats|Unionists?$|Féin|Fein|Cymru/.test(org.name);
}
const PARTY_SLUGS = new Set(PARTIES.map((p) => p.slug));

/**
 * The party "the party" means in an article: the most named party with posts, when no other party
 * is named as often (`ranked` is sorted by `counts`, most named first).
 */
export function partyMeant<T extends { slug: string; name: string; generic: readonly string[] }>(ranked: readonly T[], counts: ReadonlyMap<string, number>): T | undefined {
  const parties = ranked.filter(isPartyOrganization);
  if (parties.length === 0) return undefined;
  if (parties.length > 1 && (counts.get(parties[1]!.slug) ?? 0) >= (counts.get(parties[0]!.slug) ?? 0)) return undefined;
  return parties[0];
}
