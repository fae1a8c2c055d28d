/**
 * Stances whose target is a description the text resolves to no one ("backed the home secretary",
 * "lent their support to the Republican front-runner"): newswire names so the person the article
 * is about, so the target is the article's focal candidate, the person in the race it names far
 * more often than anyone else.
 */
import { openingFocus } from "./article-focus.js";
import { mentionsIn } from "./clauses.js";
import { racePeople } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A person named by a description: "back the home secretary", "lent their support to the Republican front-runner". */
const DESCRIBED = /^\s*(?:for\s+|to\s+|behind\s+)?the\s+(?:(?:former|current|outgoing|clear|leading|remaining|only|[\p{Lu}][\p{L}-]*|[\p{Ll}-]+)\s+){0,3}?(?:secretary|minister|senator|governor|mayor|congressman|congresswoman|MP|candidate|front-?runner|frontrunner|favou?rite|nominee|contender|challenger|hopeful)\b(?!['’-]|\s*,?\s*\p{Lu})/u;
/** A cheap test before {@link DESCRIBED}: a Unicode pattern is slow to fail. */
const THE_AHEAD = /^\s*(?:for\s+|to\s+|behind\s+)?the\s/;
const rankCache = new WeakMap<Analysis, [string, number][]>();

/** The people in the race by how often the article names them, most first. */
function raceRanking(analysis: Analysis): [string, number][] {
  let ranked = rankCache.get(analysis);
  if (ranked) return ranked;
  const race = racePeople(analysis);
  const counts = new Map<string, number>();
  for (const m of analysis.mentions) {
    if (m.type !== "Person" || m.modifier || !race.has(m.entity)) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  rankCache.set(analysis, ranked);
  return ranked;
}

/**
 * The person in the race, besides the stance's holders, whom the article names at least three times
 * and twice as often as anyone else in it; else the article's focus by its opening (`article-focus.ts`).
 */
export function focalCandidate(analysis: Analysis, holders: readonly string[] = []): string | null {
  const [first, second] = raceRanking(analysis).filter(([p]) => !holders.includes(p));
  if (first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];
  // No race word beside a clear favourite: the person the opening and the whole text name most.
  return openingFocus(analysis, holders);
}

/** The focal candidate, when the words at `at` name a person by a description the text resolves to no one ("backed the home secretary"). */
export function describedFocal(analysis: Analysis, sentence: Sentence, at: number, exclude: readonly string[]): { entity: string; end: number } | null {
  const { text } = analysis;
  if (!THE_AHEAD.test(text.slice(at, at + 16))) return null;
  const described = DESCRIBED.exec(text.slice(at, Math.min(sentence.end, at + 80)));
  if (!described) return null;
  const inside = mentionsIn(analysis, at, at + described[0].length + 3);
  if (inside.some((m) => m.type === "Person" || m.type === "Post")) return null;
  const focal = focalCandidate(analysis, exclude);
  if (!focal) return null;
  // "the Egyptian candidate": the country the description names must not be another one's.
  const country = inside.find((m) => m.type === "Country")?.entity;
  const person = analysis.entities.get(focal);
  if (country && person?.nationality && person.nationality !== country && !person.roles.some((r) => r.of === country)) return null;
  return { entity: focal, end: at + described[0].length };
}

