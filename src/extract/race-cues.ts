/**
 * The cue words of the race readers that skip sentences by them (entries into the race, rivals, counted
 * lists), found in one pass over the article: each reader's words are its own group of flags.
 */
import { sentenceCues } from "./sentence-cues.js";
import type { Analysis } from "./types.js";

/** Entries: a verb of saying's future, an ordinal, the ballot's terms, a name put forward, a joining. */
export const SAID = 1;
export const ORDINAL = 2;
export const STANDING_WORD = 4;
export const CONFIRMED = 8;
export const FORWARD = 16;
export const JOIN = 32;
export const ONLY_WORD = 64;
export const ENTRY = 127;
/** Rivals: a verb of beating, a role in the race. */
export const BEAT = 1 << 8;
export const ROLE = 2 << 8;
export const RIVAL = BEAT | ROLE;
/** Counted lists: a digit after a bracket or a dash. */
export const COUNT = 1 << 10;

const ENTRY_WORDS = ["would", "will", "going to", "intend", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "newest", "only", "sole", "lone", "forward", "join", "nominations", "signatures", "nominators", "backers", "confirmed", "registered", "accepted", "validated", "approved"];
const RIVAL_WORDS = ["beat", "defeat", "edg", String.raw`saw\s+off`, String.raw`seeing\s+off`, String.raw`lost\s`, String.raw`won\s`, "rival", "opponent", "challenger", "competitor", "contender", "runner"];
const COUNT_CUE = String.raw`\(\s*\d|[–—:-]\s*\d`;

/**
 * The alternation of `words` (each opening with a letter), those with the same first letter joined
 * under it in their order: only words of one first letter can match at one offset, so the matches
 * are the plain alternation's, and the search tries a dozen branches at each offset rather than
 * one for each word.
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const group = groups.get(w[0]!);
    if (group) group.push(w.slice(1));
    else groups.set(w[0]!, [w.slice(1)]);
  }
  return [...groups].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join("|")})`)).join("|");
}

/** No word of one group opens like a word of another, so two groups never match at the same offset. */
const TRIGGERS = new RegExp(`${byFirstLetter([...ENTRY_WORDS, ...RIVAL_WORDS])}|${COUNT_CUE}`, "g");

const ENTRY_FLAGS = new Map<string, number>([
  ...["would", "will", "going to", "intend"].map((w) => [w, SAID] as const),
  ...["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "newest"].map((w) => [w, ORDINAL] as const),
  ["only", ORDINAL | ONLY_WORD],
  ...["sole", "lone"].map((w) => [w, ONLY_WORD] as const),
  ...["nominations", "signatures", "nominators", "backers"].map((w) => [w, STANDING_WORD] as const),
  ...["confirmed", "registered", "accepted", "validated", "approved"].map((w) => [w, CONFIRMED] as const),
  ["forward", FORWARD],
  ["join", JOIN],
]);
const ROLE_WORDS = new Set(["rival", "opponent", "challenger", "competitor", "contender", "runner"]);

function triggerFlag(match: string): number {
  const entry = ENTRY_FLAGS.get(match);
  if (entry !== undefined) return entry;
  if (ROLE_WORDS.has(match)) return ROLE;
  // The other rival words open with a letter; a count with a bracket or a dash.
  const c = match.charCodeAt(0) | 32;
  return c >= 97 && c <= 122 ? BEAT : COUNT;
}

/** The race cue flags of each sentence of the article (by index). */
export function raceCues(analysis: Analysis): number[] {
  return sentenceCues(analysis, TRIGGERS, triggerFlag, [ENTRY, RIVAL, COUNT]);
}
