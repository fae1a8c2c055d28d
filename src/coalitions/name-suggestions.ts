/**
 * "Did you mean" for names that resolve to nothing: the known names closest to what was typed,
 * by edit distance (typos: "Mark Rute") and by shared words ("Prime Minister Kallas").
 */
import { editDistance, nameKey } from "../model/names.js";

/** A node a name could have meant, with every name it goes by. */
export interface NamedNode {
  id: string;
  name: string;
  aliases: readonly string[];
}

const MIN_SCORE = 0.65;

function tokens(key: string): string[] {
  return key.split(/[\s,.;:()'-]+/).filter((t) => t.length > 0);
}

/** How alike two normalised names are, 0 to 1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const spelling = 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return spelling;
  // A word counts as shared when it is spelled the same up to one typo in five letters.
  const shared = ta.filter((x) => tb.some((y) => editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 5))).length;
  const overlap = shared / Math.min(ta.length, tb.length) - (ta.length === tb.length ? 0 : 0.05);
  return Math.max(spelling, Math.min(overlap, 0.95));
}

/** At most this many words of a typed name go into the search. */
const MAX_SEARCH_WORDS = 8;

/**
 * The full-text query (Lucene syntax, for the `entity_search` index) that fetches the nodes a
 * typed name may have meant: each word, spelled up to one typo in four letters away (two at
 * most). Only letters and digits reach the query, so nothing typed can change its syntax.
 * Returns undefined when the name has no word to search for.
 */
export function suggestionSearch(typed: string): string | undefined {
  const words = [...new Set(nameKey(typed).split(/[^\p{L}\p{N}]+/u))]
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_WORDS)
    .map((w) => w.slice(0, 40));
  if (words.length === 0) return undefined;
  return words.map((w) => (w.length < 4 ? w : `${w}~${Math.min(2, Math.floor(w.length / 4))}`)).join(" OR ");
}

/**
 * The canonical names of the nodes closest to `typed`, best first.
 *
 * @param limit at most this many
 */
export function closestNames(typed: string, nodes: readonly NamedNode[], limit = 5): string[] {
  const key = nameKey(typed);
  const scored = nodes
    .map((node) => ({ node, score: Math.max(...[node.name, ...node.aliases].map((n) => similarity(key, nameKey(n)))) }))
    .filter((x) => x.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name));
  return [...new Set(scored.map((x) => x.node.name))].slice(0, limit);
}
