/**
 * The person an article is about when no race word picks them out: the one the opening (the
 * headline and lead) names and the whole text names far more often than anyone else. An article
 * about one candidate's endorsements names the candidate in its headline and again and again after;
 * an article about two rivals names both about as often, and then no one is its focus.
 */
import type { Analysis } from "./types.js";

/** How far into the text the opening runs: the headline and the lead paragraph or two. */
const OPENING_CHARS = 700;
/** The fewest times the focus is named. */
const MIN_NAMED = 4;
/** How many times more often the focus is named than the next person. */
const LEAD_RATIO = 1.6;

const countCache = new WeakMap<Analysis, { counts: [string, number][]; opening: Set<string> }>();

/** Every person the text names, by how often (most first), and the people its opening names. */
function personCounts(analysis: Analysis): { counts: [string, number][]; opening: Set<string> } {
  let found = countCache.get(analysis);
  if (found) return found;
  const counts = new Map<string, number>();
  const opening = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.type !== "Person" || m.modifier) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.start < OPENING_CHARS && !m.inQuote) opening.add(m.entity);
  }
  found = { counts: [...counts.entries()].sort((a, b) => b[1] - a[1]), opening };
  countCache.set(analysis, found);
  return found;
}

/**
 * The person the article is about, besides `holders`: named in its opening, at least four times in
 * all, and clearly more often than anyone else; null when two people share the article.
 */
export function openingFocus(analysis: Analysis, holders: readonly string[] = []): string | null {
  const { counts, opening } = personCounts(analysis);
  let first: [string, number] | undefined;
  let second = 0;
  for (const entry of counts) {
    if (holders.includes(entry[0])) continue;
    if (!first) first = entry;
    else {
      second = entry[1];
      break;
    }
  }
  if (!first || first[1] < MIN_NAMED || first[1] < LEAD_RATIO * second || !opening.has(first[0])) return null;
  return first[0];
}

