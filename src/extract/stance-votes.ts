/**
 * Votes won in a body: "X received 183 votes in the General Assembly", "X secured all 15 votes in
 * the Security Council", "X, who enjoyed support in the Security Council". The body whose votes the
 * candidate won backs the candidate. The body must follow the preposition at once: "won 30 votes
 * in the first round" names no body.
 */
import { candidateBefore, hedged, NEGATION, type Found } from "./stance-parts.js";
import { mentionsIn } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";

const VOTES_IN = /\b(?:won|wins|winning|received|receives|receiving|secured|secures|securing|got|gets|getting|obtained|garnered|collected|enjoyed|enjoys|picked\s+up|polled|took|takes)\s+(?:(?:all|the|an?|overwhelming|strong|broad|wide|solid|clear|unanimous|majority|most|of|\d[\d,–-]*)\s+){0,4}(?:votes?|support|backing|majority|ballots?)\s+in\s+(?:the\s+)?/giu;
const VOTES_CUE = /\b(?:votes?|support|backing|majority|ballots?)\s+in\s/i;

/** The bodies whose votes a candidate won in one sentence. */
export function voteStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string): Found[] {
  if (!VOTES_CUE.test(lowerBody)) return [];
  const { text, entities } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  VOTES_IN.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = VOTES_IN.exec(body)) !== null) {
    const start = sentence.start + v.index;
    const at = start + v[0].length;
    const holder = mentionsIn(analysis, at, Math.min(sentence.end, at + 80)).find((m) => !m.modifier);
    // Only a body named right after the preposition: an organization, not a country or a person.
    if (!holder || holder.type !== "Organization" || Math.min(holder.start, holder.extendedStart) - at > 4 || holder.entity.endsWith("-party")) continue;
    const candidate = candidateBefore(analysis, sentence, start, quotes);
    if (!candidate || candidate.entity === holder.entity || entities.get(candidate.entity)?.type !== "Person") continue;
    const between = text.slice(candidate.after, start);
    if (NEGATION.test(between) || hedged(text, candidate.after, start) || between.length > 120) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: candidate.entity, span: { start: Math.min(candidate.mention?.start ?? start, start), end: holder.end }, confidence: 0.7, rule: "stance.votes-in-body" });
  }
  return out;
}
