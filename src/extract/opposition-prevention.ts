/**
 * Opposition said as the will to keep someone from the post, or as a threat should they get it:
 * "A will do everything to prevent X from becoming president", "A will seek to ensure that X is not
 * elected", "A threatened to leave the organization if X is elected".
 *
 * The holder is the subject of the clause; a negated or hedged will ("does not want to stop X from
 * winning", "might leave if X wins") says nothing.
 */
import { wordsPattern } from "./word-cues.js";
import { moveBeforePersonStances, negatedOrHedged } from "./move-before-person.js";
import type { AttributedQuote } from "./quotes.js";
import type { Found } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE_WORDS = ["prevent", "stop", "keep", "bar", "ensure", "make sure", "threat", "if "] as const;
export const CUE = wordsPattern(CUE_WORDS);

/** Right before the person: a verb of keeping them away ("prevent ", "to stop the "). */
const KEEP_BEFORE = /\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|keep(?:s|ing)?|kept|bar(?:s|red|ring)?|block(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|former|deputy)\s+){0,3}$/u;
/** Right after the person: from the post or from winning ("from becoming", "from being elected"). */
const FROM_POST = /^\s+from\s+(?:becoming|winning|taking\s+(?:over|office|the\s+(?:job|post|helm|top\s+job))|being\s+(?:elected|chosen|appointed|selected|confirmed|re-?elected|named)|getting\s+the\s+(?:job|post|top\s+job|nomination)|leading|heading|succeeding|securing\s+the\s+(?:job|post|nomination|presidency|leadership))\b/i;
/** Right before the person: "ensure that ", "make sure the ". */
const ENSURE_BEFORE = /\b(?:ensur(?:e|es|ed|ing)|mak(?:e|es|ing)\s+sure|made\s+sure|see\s+to\s+it)\s+(?:that\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|former|deputy)\s+){0,3}$/u;
/** Right after the person, after "ensure that": the post denied ("is not elected", "does not become", "never wins"). */
const NOT_ELECTED = /^\s+(?:(?:is|was|will\s+be|would\s+be|gets|got)\s*(?:not|n['’]t|never)\s+(?:elected|chosen|appointed|selected|confirmed|re-?elected|named)|(?:does|did|will|would)\s*(?:not|n['’]t)\s+(?:become|win|get\s+the\s+(?:job|post)|take\s+(?:over|office))|never\s+(?:becomes|wins|takes\s+over))\b/i;
/** Before "if X is elected": a threat to leave, quit or boycott ("threatened to leave the agency", "would quit the party"). */
const THREAT_BEFORE = /\b(?:threaten(?:s|ed|ing)?\s+to\s+|vow(?:s|ed|ing)?\s+to\s+|(?:would|will)\s+(?:\p{L}+ly\s+)?(?:have\s+to\s+|be\s+forced\s+to\s+)?)(?:leave|quit|resign|boycott|walk\s+out|pull\s+out|withdraw|cut\s+(?:ties|funding)|suspend|(?:re)?consider\s+(?:its|their|his|her)\s+(?:membership|participation|funding)|consider\s+(?:leaving|quitting))\b[^.;:“”"]{0,80}?\bif\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|former|deputy)\s+){0,3}$/u;
/** Right after the person, after "if": the post won ("is elected", "wins", "becomes leader"). */
const GETS_POST = /^\s+(?:(?:is|was|were|gets|got)\s+(?:elected|chosen|appointed|selected|confirmed|re-?elected|named)|wins|won|becomes|became|takes\s+over|took\s+over|succeeds|succeeded)\b/i;
/** Between the holder and the verb: a hedge, a question, or another subject that keeps no one away ("said nothing will stop X"). */
const HEDGE = /\b(?:may|might|could|whether|if|unless|reportedly|rumou?red|expected|likely|unlikely|asked|nothing|nobody|no\s+one|none)\b/i;

/**
 * The stances of those who would keep a person from the post, or threaten to leave should they get
 * it; `cued`, when known, is whether the sentence passes {@link CUE}.
 */
export function preventionStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, cued?: boolean): Found[] {
  if (!(cued ?? CUE.test(lowerBody))) return [];
  const { text } = analysis;
  return moveBeforePersonStances(analysis, sentence, quotes, {
    reach: 160,
    move: (m, before) => {
      const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
      let match: RegExpExecArray | null = null;
      let rule = "stance.prevent-election";
      if (FROM_POST.test(after)) match = KEEP_BEFORE.exec(before);
      else if (NOT_ELECTED.test(after)) match = ENSURE_BEFORE.exec(before);
      else if (GETS_POST.test(after)) {
        match = THREAT_BEFORE.exec(before);
        rule = "stance.threat-if-elected";
      }
      return match ? { index: match.index, rule } : undefined;
    },
    idle: negatedOrHedged(HEDGE),
    cap: 0.7,
  });
}
