/**
 * Calling a candidate a good choice is support: "A described X as a very solid candidate", "A
 * hailed X as the ideal choice", "A called X an outstanding leader".
 */
import type { Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";
import { verbThenCandidateStances, type VerbThenCandidate } from "./verb-then-candidate.js";

/** A cheap test on the lower-case sentence before the patterns. */
export const CUE = /\b(?:describ|call|hail|prais|brand|consider)/;
/** {@link CUE}'s words without its word boundary, searched faster: most sentences fail here already. */
export const CUE_WORDS = /describ|call|hail|prais|brand|consider/;

/** Whether the lower-case sentence passes {@link CUE}. */
export function hasPraisedCue(lower: string): boolean {
  return CUE_WORDS.test(lower) && CUE.test(lower);
}

const PRAISED_AS: VerbThenCandidate = {
  /** The verb that calls its object something. */
  verb: /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|consider(?:s|ed|ing)?)\s+/gu,
  /** The praise ("as a very solid candidate", "an outstanding leader"). */
  after: /^\s+(?:as\s+)?(?:a|an|the)\s+["“‘']?(?:(?:very|truly|really|most|extremely|highly|exceptionally)\s+)?(?:solid|strong|excellent|outstanding|good|great|ideal|perfect|right|best|exceptional|superb|fine|qualified|capable|credible|worthy|natural)\s+(?:candidate|choice|leader|person|man|woman|pick|successor|contender)\b/iu,
  afterWindow: 80,
  rule: "stance.praised-as",
  // "A was praised as ...": the subject is the one praised, not the one praising.
  refusePassive: true,
};

/** The supports said by praising a candidate as a good choice, in one sentence. */
export function praisedAsStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  return verbThenCandidateStances(analysis, sentence, quotes, PRAISED_AS);
}
