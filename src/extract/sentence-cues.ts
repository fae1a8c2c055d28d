/**
 * Cue words found once per article: one pass of a pattern over the whole text gives each sentence
 * the flags of the cue words it holds, so that a reader skips the sentences without them at no cost.
 */
import type { Analysis } from "./types.js";

const CACHE = new WeakMap<Analysis, Map<RegExp, number[]>>();

/**
 * The flags of each sentence (by index): the union of `flagOf(match)` over the matches of `pattern`
 * (a global pattern) that start in it. Read once per article and pattern.
 *
 * With `groups` (masks of the flags), `pattern` is the alternation of several groups' patterns, of
 * which no two groups' words can match at the same offset: each group's matches are then the ones
 * its own pattern finds, none starting inside that group's match before, while a word of one group
 * inside another group's match is still found.
 */
export function sentenceCues(analysis: Analysis, pattern: RegExp, flagOf: (match: string) => number, groups?: readonly number[]): number[] {
  let byPattern = CACHE.get(analysis);
  if (!byPattern) CACHE.set(analysis, (byPattern = new Map()));
  let flags = byPattern.get(pattern);
  if (flags) return flags;
  const { sentences, text } = analysis;
  flags = new Array<number>(sentences.length).fill(0);
  // Where each group's own search would resume.
  const resume = groups ? groups.map(() => 0) : [];
  const last = sentences.length - 1;
  // Matches come in order: the sentence of each follows the one before's.
  let i = 0;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const at = m.index;
    const flag = flagOf(m[0]);
    if (groups) {
      pattern.lastIndex = at + 1;
      const g = groups.findIndex((mask) => (flag & mask) !== 0);
      if (g >= 0) {
        if (at < resume[g]!) continue;
        resume[g] = at + m[0].length;
      }
    }
    // The sentence holding `at`, else the next one after it, else the last.
    while (i < last && at >= sentences[i]!.end) i++;
    flags[i] = flags[i]! | flag;
  }
  byPattern.set(pattern, flags);
  return flags;
}
