/**
 * The stance reader's trigger pattern, picked per sentence.
 *
 * The passive and the nominal kinds are the costliest alternatives of the trigger, and most
 * sentences hold none of the words they need. Where a sentence lacks those words, the kind is
 * replaced by one that fails at once: the matches are the same (the kind could match nowhere in
 * the sentence), and the capture groups keep their numbers (`t[1]` stays the passive participle).
 */
import { NOMINAL_LOSS, NOMINAL_SUPPORT, OPPOSE_VERBS, PASSIVE_PARTICIPLE, PASSIVE_STANCE, PRAISE, SUPPORT_VERBS, UNFIT } from "./lexicon/verbs.js";

/** Every passive holds a participle, a space after it and a "by" later. */
const PASSIVE_CUE = new RegExp(`(?:${PASSIVE_PARTICIPLE})\\s`);
/** Every nominal support holds one of its nouns ("the backing of", "the votes of"). */
const NOMINAL_CUE = /backing|support|endorsement|nomination|blessing|votes/;

function trigger(passive: boolean, nominal: boolean): RegExp {
  const never = (on: boolean) => (on ? "" : "(?!)");
  return new RegExp(
    // One word boundary before all the kinds but the passive (praise and unfitness open with one too): quicker to search for.
    `(?<passive>${never(passive)}(?:\\b|(?=[—–]))${PASSIVE_STANCE})|\\b(?:(?<nominal>${never(nominal)}${NOMINAL_SUPPORT})|(?<loss>${NOMINAL_LOSS})|(?<praise>${PRAISE})|(?<unfit>${UNFIT})|(?<oppose>(?:${OPPOSE_VERBS})\\b)|(?<support>(?:${SUPPORT_VERBS})\\b))`,
    // Matched against the text in lower case: a case-insensitive Unicode pattern this large is several times slower.
    "gu",
  );
}

const TRIGGERS = [trigger(false, false), trigger(false, true), trigger(true, false), trigger(true, true)] as const;

/**
 * The stance trigger (global, Unicode) for one sentence in lower case: the whole pattern, less the
 * kinds the sentence has no words for. Its `lastIndex` is the caller's to reset.
 */
export function stanceTrigger(lowerBody: string): RegExp {
  const passive = lowerBody.includes("by") && PASSIVE_CUE.test(lowerBody);
  const nominal = NOMINAL_CUE.test(lowerBody);
  return TRIGGERS[(passive ? 2 : 0) + (nominal ? 1 : 0)]!;
}
