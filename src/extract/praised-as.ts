/**
 * Calling a candidate a good choice is support: "A described X as a very solid candidate", "A
 * hailed X as the ideal choice", "A called X an outstanding leader".
 */
import { mentionsIn } from "./clauses.js";
import { hedged, NEGATION, subjectBefore, type Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence before the patterns. */
export const CUE = /\b(?:describ|call|hail|prais|brand|consider)/;

/** The verb that calls its object something. */
const CALLING = /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|consider(?:s|ed|ing)?)\s+/gu;
/** After the candidate: the praise ("as a very solid candidate", "an outstanding leader"). */
const PRAISE_AFTER = /^\s+(?:as\s+)?(?:a|an|the)\s+["“‘']?(?:(?:very|truly|really|most|extremely|highly|exceptionally)\s+)?(?:solid|strong|excellent|outstanding|good|great|ideal|perfect|right|best|exceptional|superb|fine|qualified|capable|credible|worthy|natural)\s+(?:candidate|choice|leader|person|man|woman|pick|successor|contender)\b/iu;

/** The supports said by praising a candidate as a good choice, in one sentence. */
export function praisedAsStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  CALLING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CALLING.exec(body)) !== null) {
    const verbAt = sentence.start + m.index;
    const at = verbAt + m[0].length;
    const candidate = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((x) => x.type === "Person" && !x.modifier);
    if (!candidate || !/^\s*(?:(?:mr|mrs|ms|dr)\.?\s+)?$/i.test(text.slice(at, Math.max(at, candidate.extendedStart)))) continue;
    if (!PRAISE_AFTER.test(text.slice(candidate.end, Math.min(sentence.end, candidate.end + 80)))) continue;
    const holder = subjectBefore(analysis, sentence, verbAt, quotes, []);
    if (!holder || holder.entity === candidate.entity) continue;
    // "A was praised as ...", "did not call X a good choice", "may describe X as".
    if (NEGATION.test(text.slice(holder.end, verbAt)) || hedged(text, holder.end, verbAt) || /\b(?:is|are|was|were|been|being|be)\s+$/.test(text.slice(holder.end, verbAt))) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: candidate.entity, span: { start: Math.min(holder.mention?.start ?? verbAt, verbAt), end: candidate.end }, confidence: 0.7, subjectMention: holder.mention, rule: "stance.praised-as" });
  }
  return out;
}
