/**
 * Organizations named only through one of their posts' other names: "the next Congress president",
 * "the LDP presidency". Such a text names the organization by that phrase, and its posts are then
 * looked for like those of any organization the text names.
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { isSpaceCode } from "./char-tests.js";
import { anyCaseInitials, stickyMatches, stickyMatchesAt } from "./text-utils.js";

let aliasPattern: { re: RegExp; starts: RegExp; slugs: Map<string, string>; firstWords: readonly string[] | undefined; secondFirsts: ReadonlySet<number> | undefined } | undefined;

/**
 * One pattern of every post alias in the lexicon, and the organization of each (by its lower-case
 * form). The pattern is tried only where one of the aliases' first words opens: a search of the
 * whole alternation tries its few hundred aliases at every word.
 */
function pattern(): { re: RegExp; starts: RegExp; slugs: Map<string, string>; firstWords: readonly string[] | undefined; secondFirsts: ReadonlySet<number> | undefined } {
  if (aliasPattern) return aliasPattern;
  const slugs = new Map<string, string>();
  for (const org of ORGANIZATIONS) for (const post of org.posts) for (const alias of post.aliases ?? []) if (!slugs.has(key(alias))) slugs.set(key(alias), org.slug);
  // Longest first, so that "Republican presidential nomination" is taken before "Republican nomination" could be.
  const sources = [...slugs.keys()].sort((a, b) => b.length - a.length).map(anyCaseInitials);
  const firstWords = [...new Set([...slugs.keys()].map((k) => k.split(/[ -]/)[0]!))];
  const starts = firstWords.includes("") ? sources : firstWords.map(anyCaseInitials);
  // An alias's first word is followed by a space, or, alone, by no letter: by no ASCII letter either way.
  aliasPattern = {
    re: new RegExp(`\\b(?:${sources.join("|")})(?![\\p{L}])`, "uy"),
    starts: new RegExp(`\\b(?:${starts.join("|")})(?![A-Za-z])`, "gu"),
    slugs,
    firstWords: firstWords.includes("") ? undefined : firstWords,
    secondFirsts: secondFirstsOf([...slugs.keys()]),
  };
  return aliasPattern;
}

/**
 * The first characters of the aliases' second words (ASCII, capitals lowered); undefined unless
 * every alias has a second word opening with an ASCII character.
 */
function secondFirstsOf(keys: readonly string[]): ReadonlySet<number> | undefined {
  const out = new Set<number>();
  for (const k of keys) {
    const c = k.split(" ")[1]?.charCodeAt(0);
    if (c === undefined || Number.isNaN(c) || c >= 0x80) return undefined;
    out.add(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  }
  return out;
}

/**
 * Whether an alias may open at `at`: its first word runs to white space, and its second word
 * opens with one of `secondFirsts` in either case.
 */
function secondWordMayFollow(text: string, at: number, secondFirsts: ReadonlySet<number>): boolean {
  let i = at;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return false;
  do i++;
  while (isSpaceCode(text.charCodeAt(i)));
  const c = text.charCodeAt(i);
  return secondFirsts.has(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
}

function key(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s-]+/g, " ");
}

/** The organizations whose posts' other names `text` holds. */
export function organizationsNamedByPostAlias(text: string): Set<string> {
  const { re, starts } = pattern();
  return slugsOf(stickyMatches(re, starts, text));
}

/**
 * The first words of the aliases in lower case, each followed in a match by no ASCII letter, its
 * first letter in either case and the rest as written; undefined when an alias opens otherwise.
 */
export function postAliasFirstWords(): readonly string[] | undefined {
  return pattern().firstWords;
}

/**
 * {@link organizationsNamedByPostAlias}, the aliases tried only at `offsets`: in order, holding
 * every offset where one of {@link postAliasFirstWords} opens after no ASCII letter.
 */
export function organizationsNamedByPostAliasAt(text: string, offsets: readonly number[]): Set<string> {
  const { re, secondFirsts } = pattern();
  return slugsOf(stickyMatchesAt(re, secondFirsts ? offsets.filter((at) => secondWordMayFollow(text, at, secondFirsts)) : offsets, text));
}

function slugsOf(matches: readonly RegExpExecArray[]): Set<string> {
  const { slugs } = pattern();
  const out = new Set<string>();
  for (const m of matches) {
    const slug = slugs.get(key(m[0]));
    if (slug) out.add(slug);
  }
  return out;
}
