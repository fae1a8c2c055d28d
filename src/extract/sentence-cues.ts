/**
 * Cue words found once per article: one pass of a pattern over the whole text gives each sentence
 * the flags of the cue words it holds, so that a reader skips the sentences without them at no cost.
 */
import { sentenceAt } from "./text-utils.js";
import type { Analysis } from "./types.js";

const CACHE = new WeakMap<Analysis, Map<RegExp, number[]>>();

/**
 * The flags of each sentence (by index): the union of `flagOf(match)` over the matches of `pattern`
 * (a global pattern) that start in it. Read once per article and pattern.
 */
export function sentenceCues(analysis: Analysis, pattern: RegExp, flagOf: (match: string) => number): number[] {
  let byPattern = CACHE.get(analysis);
  if (!byPattern) CACHE.set(analysis, (byPattern = new Map()));
  let flags = byPattern.get(pattern);
  if (flags) return flags;
  flags = new Array<number>(analysis.sentences.length).fill(0);
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(analysis.text)) !== null) {
    const i = sentenceAt(analysis.sentences, m.index);
    flags[i] = flags[i]! | flagOf(m[0]);
  }
  byPattern.set(pattern, flags);
  return flags;
}
