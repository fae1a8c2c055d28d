/**
 * Wishing a candidate victory is support: "A said he hoped X would win", "A hopes that X will be
 * elected", "I hope X wins" (said by A).
 */
import type { Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";
import { verbThenCandidateStances, type VerbThenCandidate } from "./verb-then-candidate.js";

/** A cheap test on the lower-case sentence before the pattern. */
export const CUE = /\bhop(?:e|es|ed|ing)\b/;

const HOPED_WINNER: VerbThenCandidate = {
  /** The verb of hoping, then the candidate: "hoped", "hopes that". */
  verb: /\bhop(?:e|es|ed|ing)\s+(?:that\s+)?/gu,
  /** The victory hoped for ("would win", "will be elected", "wins"). */
  after: /^\s+(?:(?:will|would|can|could|might|should)\s+(?:go\s+on\s+to\s+)?(?:win|prevail|succeed|be\s+(?:elected|chosen|appointed|confirmed|the\s+next))|wins|prevails|is\s+(?:elected|chosen|appointed))\b/u,
  afterWindow: 40,
  rule: "stance.hoped-winner",
};

/** The supports of those who hope a candidate wins, in one sentence. */
export function hopedWinnerStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  return verbThenCandidateStances(analysis, sentence, quotes, HOPED_WINNER);
}
