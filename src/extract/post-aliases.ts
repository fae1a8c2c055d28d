/**
 * Organizations named only through one of their posts' other names: "the next Congress president",
 * "the LDP presidency". Such a text names the organization by that phrase, and its posts are then
 * looked for like those of any organization the text names.
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { anyCaseInitials, stickyMatches, stickyMatchesAt } from "./text-utils.js";

let aliasPattern: { re: RegExp; starts: RegExp; slugs: Map<string, string>; firstWords: readonly string[] | undefined } | undefined;

/**
 * One pattern of every post alias in the lexicon, and the organization of each (by its lower-case
 * form). The pattern is tried only where one of the aliases' first words opens: a search of the
 * whole alternation tries its few hundred aliases at every word.
 */
function pattern(): { re: RegExp; starts: RegExp; slugs: Map<string, string>; firstWords: readonly string[] | undefined } {
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
  };
  return aliasPattern;
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
  return slugsOf(stickyMatchesAt(pattern().re, offsets, text));
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
