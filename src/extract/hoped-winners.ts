/**
 * Wishing a candidate victory is support: "A said he hoped X would win", "A hopes that X will be
 * elected", "I hope X wins" (said by A).
 */
import { mentionsIn } from "./clauses.js";
import { hedged, NEGATION, subjectBefore, type Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence before the pattern. */
export const CUE = /\bhop(?:e|es|ed|ing)\b/;

/** The verb of hoping, then the candidate: "hoped", "hopes that". */
const HOPE = /\bhop(?:e|es|ed|ing)\s+(?:that\s+)?/gu;
/** After the candidate: the victory hoped for ("would win", "will be elected", "wins"). */
const VICTORY = /^\s+(?:(?:will|would|can|could|might|should)\s+(?:go\s+on\s+to\s+)?(?:win|prevail|succeed|be\s+(?:elected|chosen|appointed|confirmed|the\s+next))|wins|prevails|is\s+(?:elected|chosen|appointed))\b/u;

/** The supports of those who hope a candidate wins, in one sentence. */
export function hopedWinnerStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  HOPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOPE.exec(body)) !== null) {
    const hopeAt = sentence.start + m.index;
    const at = hopeAt + m[0].length;
    const candidate = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((x) => x.type === "Person" && !x.modifier);
    if (!candidate || !/^\s*(?:(?:mr|mrs|ms|dr)\.?\s+)?$/i.test(text.slice(at, Math.max(at, candidate.extendedStart)))) continue;
    if (!VICTORY.test(text.slice(candidate.end, Math.min(sentence.end, candidate.end + 40)))) continue;
    const holder = subjectBefore(analysis, sentence, hopeAt, quotes, []);
    if (!holder || holder.entity === candidate.entity) continue;
    if (NEGATION.test(text.slice(holder.end, hopeAt)) || hedged(text, holder.end, hopeAt)) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: candidate.entity, span: { start: Math.min(holder.mention?.start ?? hopeAt, hopeAt), end: candidate.end }, confidence: 0.7, subjectMention: holder.mention, rule: "stance.hoped-winner" });
  }
  return out;
}
