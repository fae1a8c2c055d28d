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
