/**
 * A passive stance on a pair of candidates: "X and Y have been backed by A" (a joint ticket, or
 * two candidates with one backer): A's stance is on both, not only on the one named last.
 */
import { mentionsIn } from "./clauses.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** What may open the sentence before the list of candidates: a quotation mark, "But", "Both". */
const OPENING = /^\s*["“]?(?:(?:but|and|both|now|so|yet)\s+)?$/iu;
/** Between two names of the list. */
const LINK = /^\s*(?:,|,?\s+and)\s+$/;

/**
 * The candidates named before `last` in a list that opens the sentence ("X and Y have been backed
 * by"), when `last` ends the list right before the passive at `verbAt` (past an auxiliary's words).
 */
export function candidatesBefore(analysis: Analysis, sentence: Sentence, last: Mention, verbAt: number): Mention[] {
  const { text } = analysis;
  if (/[,;:()]/.test(text.slice(last.end, verbAt))) return [];
  const before = mentionsIn(analysis, sentence.start, last.extendedStart);
  const out: Mention[] = [];
  let current = last;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.modifier) continue;
    if (m.type !== "Person" || !LINK.test(text.slice(m.end, current.extendedStart))) return [];
    out.push(m);
    current = m;
    if (OPENING.test(text.slice(sentence.start, m.extendedStart))) return out.filter((p) => p.entity !== last.entity);
  }
  return [];
}
