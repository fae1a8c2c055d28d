/**
 * Confidence that means something: a claim's confidence estimates how often claims like it are
 * right in news the rules were not written for.
 *
 * Two measurements of the development half of the real corpus go into it ({@link RULE_COUNTS},
 * {@link TYPE_COUNTS}):
 * - each rule's precision on the development half as it reads it now. The stage's own estimate
 *   (lower for a pronoun subject than for a name) acts as a prior worth {@link PRIOR_WEIGHT}
 *   observations: a rule seldom seen keeps close to it, a rule seen often is what it was measured
 *   to be;
 * - for each relation type, how much precision fell between the first run of each development
 *   article (scored once, before any rule changed for it) and the rules fitted to it now. The rules
 *   were written while reading those articles, so their precision there is optimistic; the ratio
 *   of first-run to fitted precision is the discount unseen text has shown, and it scales the rule
 *   precision down.
 */
import { RULE_COUNTS, TYPE_COUNTS } from "./rule-confidence.js";

/** How many observations the stage's own estimate is worth. */
export const PRIOR_WEIGHT = 4;

/** How many claims the pooled (all relation types) precision is worth when one type has few. */
export const POOL_WEIGHT = 20;

/** Correct and wrong claims. */
export interface Tally {
  correct: number;
  wrong: number;
}

const sum = (xs: readonly Tally[]): Tally => xs.reduce((a, b) => ({ correct: a.correct + b.correct, wrong: a.wrong + b.wrong }), { correct: 0, wrong: 0 });

/** Precision of `t`, pulled toward `pool` with the weight of {@link POOL_WEIGHT} claims. */
function pooledPrecision(t: Tally, pool: number): number {
  return (t.correct + POOL_WEIGHT * pool) / (t.correct + t.wrong + POOL_WEIGHT);
}

function plainPrecision(t: Tally): number {
  return t.correct + t.wrong === 0 ? 1 : t.correct / (t.correct + t.wrong);
}

/**
 * The factor (at most 1) by which unseen text lowered the precision of a relation type, from the
 * first-run and fitted tallies of the development half; 1 for a type the corpus does not score.
 */
export function unseenDiscount(type: string, counts: Readonly<Record<string, { fitted: Tally; firstRun: Tally }>> = TYPE_COUNTS): number {
  const c = counts[type];
  if (!c) return 1;
  const all = Object.values(counts);
  const first = pooledPrecision(c.firstRun, plainPrecision(sum(all.map((x) => x.firstRun))));
  const fitted = pooledPrecision(c.fitted, plainPrecision(sum(all.map((x) => x.fitted))));
  return fitted === 0 ? 1 : Math.min(1, first / fitted);
}

/**
 * The calibrated confidence of a claim of relation `type` read by `rule`, with `estimate` the
 * stage's own confidence.
 */
export function ruleConfidence(rule: string, estimate: number, type: string): number {
  const counts = RULE_COUNTS[rule];
  const fitted = counts ? (counts.correct + PRIOR_WEIGHT * estimate) / (counts.correct + counts.wrong + PRIOR_WEIGHT) : estimate;
  return fitted * typeDiscount(type);
}

/** {@link unseenDiscount} of each relation type over the fixed counts, worked out once: every claim asks for it. */
const TYPE_DISCOUNTS = new Map<string, number>();
function typeDiscount(type: string): number {
  let d = TYPE_DISCOUNTS.get(type);
  if (d === undefined) TYPE_DISCOUNTS.set(type, (d = unseenDiscount(type)));
  return d;
}
