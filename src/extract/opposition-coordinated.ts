/**
 * An opposition joined to a vote or a campaign for someone else: "A voted for Y and against X",
 * "A campaigned for Y in the first round and against X in the second". The "against" takes the
 * verb and the subject of the stance before it.
 *
 * Only a stated "against" counts: "A voted for Y, not X" is read by the support reader, and a
 * vote for Y alone says nothing of X.
 */
import { mentionsIn } from "./clauses.js";
import type { Found } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE = / and (?:then |also )?against /;

/** The verbs whose "for" an "against" may follow ("voted for", "campaigned hard for"). */
const VOTE_OR_CAMPAIGN = /\b(?:vot(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|argu(?:e|es|ed|ing))\s+(?:(?:hard|\p{L}+ly)\s+)?for\s+/u;
/** After the supported person: an optional round or ballot, then "and against". */
const AND_AGAINST = /^(?:\s+(?:in|on|at)\s+the\s+(?:[\p{L}-]+\s+){1,2}?(?:round|ballot|vote))?\s*,?\s+and\s+(?:then\s+|also\s+)?against\s+(?:the\s+)?$/u;

/** The oppositions joined by "and against" to the sentence's support verbs (`found` holds the sentence's stances so far). */
export function coordinatedAgainst(analysis: Analysis, sentence: Sentence, found: readonly Found[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const f of found) {
    if (f.type !== "SUPPORTS" || f.rule !== "stance.support-verb") continue;
    if (!VOTE_OR_CAMPAIGN.test(text.slice(f.span.start, f.span.end))) continue;
    const next = mentionsIn(analysis, f.span.end, Math.min(sentence.end, f.span.end + 80)).find((m) => m.type === "Person" && !m.modifier);
    if (!next || next.entity === f.from || next.entity === f.to || !AND_AGAINST.test(text.slice(f.span.end, next.extendedStart))) continue;
    out.push({ type: "OPPOSES", from: f.from, to: next.entity, span: { start: f.span.start, end: next.end }, confidence: f.confidence * 0.9, subjectMention: f.subjectMention, rule: "stance.coordinated-against" });
  }
  return out;
}
