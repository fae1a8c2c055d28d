/**
 * Support that a sentence names without anyone giving it: asked about ("did not say if he would
 * back X", "refused to say who he backed"), asked for ("was urged to back X", "has been tipped to
 * endorse X"), or only supposed ("If X reaches the run-off, A would back her", "A will back X if
 * she drops the plan").
 */

/** A support verb inside an indirect question: "did not say if he would", "refused to say who he", "declined to reveal whether". */
const INDIRECT_QUESTION = /(?<!\w)(?:say|said|says|saying|tell|told|tells|reveal\p{L}*|disclos\p{L}*|indicat\p{L}*|confirm\p{L}*|decid\p{L}*|know|knew|known|sure|certain|clear|ask|asks|asked|wonder\p{L}*|unclear|undecided|uncertain)\s+(?:(?:on|about|as\s+to)\s+)?(?:if|whether|who|whom|which)(?!\w)[^,;.:“”"]*$/iu;

/** A new clause after the question's words: "who they supported but A said". */
const CLAUSE_AFTER_QUESTION = /\b(?:but|while|whereas|although|though|yet|said|says|told|added)\b/i;

/** Asked for, not given: "was urged to back", "is being pressed by party elders to endorse", "has been tipped to support". */
const ASKED_TO = /\b(?:is|are|was|were|been|being|be|am)\s+(?:(?:\p{L}+ly|also|now|still|reportedly)\s+)*(?:asked|urged|pressed|pressured|encouraged|invited|called\s+(?:on|upon)|tipped|told|lobbied|begged|implored|ordered|instructed|advised|requested|approached|courted)\s+(?:by\s+[^,;.“”"]{1,60}?\s+)?to\s+(?:\p{L}+ly\s+)?$/u;

/** A modal right before the verb: "would back", "will then support", "could also endorse". */
const MODAL_BEFORE = /(?:(?<!\w)(?:would|could|might|will|shall)|(?<=\w)['’](?:d|ll))\s+(?:(?:then|also|only|still|happily|gladly|\p{L}+ly)\s+)*$/iu;

/** The modals of {@link MODAL_BEFORE}, for a literal test first. */
const MODALS = ["would", "could", "might", "will", "shall", "'d", "’d", "'ll", "’ll"];

/** A condition opening the sentence: "If X reaches the run-off,", "Should she win,", "Unless ...,". */
const CONDITION_OPENING = /^\s*["“]?(?:if|unless|should|were|provided|in\s+the\s+event)\b[^,;]{0,120},/i;

/** A condition after the object: "if she drops the plan", ", provided she keeps". */
const CONDITION_AFTER = /^[^.;:“”"]{0,40}?\b(?:if|unless|provided|providing|so\s+long\s+as|as\s+long\s+as|on\s+condition|in\s+the\s+event)\b/i;

/**
 * Whether the support verb at `verbStart` (its clause from `sentenceStart`, its object ending at
 * `objectEnd`, the sentence at `sentenceEnd`) is asked about, asked for or only supposed.
 */
export function supportNotGiven(text: string, sentenceStart: number, verbStart: number, objectEnd: number, sentenceEnd: number): boolean {
  const before = text.slice(Math.max(sentenceStart, verbStart - 120), verbStart);
  const lower = before.toLowerCase();
  // Literal tests before each pattern: most support verbs have none of these words before them.
  const question = lower.includes("if ") || lower.includes("whether") || lower.includes("who") || lower.includes("which") ? INDIRECT_QUESTION.exec(before) : null;
  // "refused to say who they backed but A said he would ...": the question closed before the verb's clause.
  if (question && !/\b(?:even|as)\s+if\b[^,;.]*$/i.test(before) && !CLAUSE_AFTER_QUESTION.test(question[0])) return true;
  if (lower.includes("to ") && /\bto\s+(?:\p{L}+ly\s+)?$/u.test(before) && ASKED_TO.test(before)) return true;
  if (!MODALS.some((w) => lower.includes(w)) || !MODAL_BEFORE.test(before)) return false;
  const after = text.slice(objectEnd, Math.min(sentenceEnd, objectEnd + 60));
  if (CONDITION_AFTER.test(after) && !/^[^.;:“”"]{0,40}?\beven\s+if\b/i.test(after)) return true;
  return CONDITION_OPENING.test(text.slice(sentenceStart, verbStart));
}
