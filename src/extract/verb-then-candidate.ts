/**
 * One shape shared by several support readers: a verb, the candidate named right after it (a
 * courtesy title at most between them), then words that say what the verb says of the candidate;
 * the holder is the verb's subject. "A hoped X would win", "A described X as a solid candidate".
 */
import { mentionsIn } from "./clauses.js";
import { hedged, NEGATION, subjectBefore, type Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";

/** What one reader of the shape looks for. */
export interface VerbThenCandidate {
  /** The verb and what may follow it before the candidate; must carry the `g` flag. */
  verb: RegExp;
  /** Tested on the text right after the candidate, anchored at its start. */
  after: RegExp;
  /** How many characters after the candidate `after` may read. */
  afterWindow: number;
  /** The claim's rule name. */
  rule: string;
  /** Refuse a verb in the passive ("A was described as"), whose subject is not the one speaking. */
  refusePassive?: boolean;
}

const COURTESY_ONLY = /^\s*(?:(?:mr|mrs|ms|dr)\.?\s+)?$/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+$/;

/** The supports of one sentence read by one shape. */
export function verbThenCandidateStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], shape: VerbThenCandidate): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  shape.verb.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = shape.verb.exec(body)) !== null) {
    const verbAt = sentence.start + m.index;
    const at = verbAt + m[0].length;
    const candidate = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((x) => x.type === "Person" && !x.modifier);
    if (!candidate || !COURTESY_ONLY.test(text.slice(at, Math.max(at, candidate.extendedStart)))) continue;
    if (!shape.after.test(text.slice(candidate.end, Math.min(sentence.end, candidate.end + shape.afterWindow)))) continue;
    const holder = subjectBefore(analysis, sentence, verbAt, quotes, []);
    if (!holder || holder.entity === candidate.entity) continue;
    const between = text.slice(holder.end, verbAt);
    if (NEGATION.test(between) || hedged(text, holder.end, verbAt) || (shape.refusePassive && PASSIVE_BEFORE.test(between))) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: candidate.entity, span: { start: Math.min(holder.mention?.start ?? verbAt, verbAt), end: candidate.end }, confidence: 0.7, subjectMention: holder.mention, rule: shape.rule });
  }
  return out;
}
