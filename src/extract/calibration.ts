/**
 * Confidence that means something: a claim's confidence is its rule's precision as measured on
 * the development half of the real corpus ({@link RULE_COUNTS}), so that keeping the claims at or
 * above a confidence keeps about that share of correct ones. The rule's own estimate (the
 * confidence the stage gave the claim, lower for a pronoun subject than for a name) acts as a
 * prior worth {@link PRIOR_WEIGHT} observations: a rule seldom seen keeps close to it, a rule seen
 * often is what it was measured to be.
 */
import { RULE_COUNTS } from "./rule-confidence.js";

/** How many observations the stage's own estimate is worth. */
export const PRIOR_WEIGHT = 4;

/** The calibrated confidence of a claim read by `rule`, with `estimate` the stage's own confidence. */
export function ruleConfidence(rule: string, estimate: number): number {
  const counts = RULE_COUNTS[rule];
  if (!counts) return estimate;
  const n = counts.correct + counts.wrong;
  return (counts.correct + PRIOR_WEIGHT * estimate) / (n + PRIOR_WEIGHT);
}
