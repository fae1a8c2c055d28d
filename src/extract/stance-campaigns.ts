/**
 * Support said by a part in the candidate's campaign: "X's campaign manager, A", "A, X's campaign
 * chairman, said", "A, who chairs X's campaign", "A is running X's leadership campaign", "X's
 * campaign is led by A". Whoever runs a candidate's campaign backs the candidate.
 */
import { actorsAfter, personRightAfter, subjectBefore, NEGATION, type Found } from "./stance-parts.js";
import { mentionsIn } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Sentence } from "./types.js";

const CAMPAIGN = String.raw`['’]s\s+(?:(?:leadership|election|presidential|re-election|successful|winning|failed)\s+)?(?:campaign|bid)`;
/** After the candidate's name: "'s campaign manager", "'s leadership campaign chairman". */
const ROLE_AFTER = new RegExp(String.raw`^${CAMPAIGN}\s+(?:manager|chair|chairman|chairwoman|chairperson|co-chair|co-chairman|co-chairwoman|director|chief|spokesman|spokeswoman|spokesperson|coordinator|head|manager)\b\s*,?\s*`, "u");
/** After the candidate's name: "'s campaign is led by", "'s leadership bid was run by". */
const RUN_BY_AFTER = new RegExp(String.raw`^${CAMPAIGN}\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:\p{L}+ly\s+)?(?:led|run|chaired|co-chaired|managed|headed|masterminded|directed|coordinated|organi[sz]ed)\s+by\b`, "u");
/** Before the candidate's name: "runs", "is chairing", "who led". */
const RUN_BEFORE = /\b(?:run|runs|ran|running|lead|leads|led|leading|chair|chairs|chaired|chairing|co-chairs|co-chaired|co-chairing|head|heads|headed|heading|manage|manages|managed|managing|mastermind|masterminds|masterminded|masterminding)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** A cheap test for the sentences that may name a campaign's people. */
const CAMPAIGN_CUE = /['’]s\s+(?:[a-z-]+\s+)?(?:campaign|bid)\b/;

/** The campaign stances of one sentence. */
export function campaignStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string): Found[] {
  if (!CAMPAIGN_CUE.test(lowerBody)) return [];
  const { text } = analysis;
  const out: Found[] = [];
  const add = (from: string, to: string, start: number, end: number, confidence: number) => {
    if (from !== to && analysis.entities.get(from)?.type === "Person") out.push({ type: "SUPPORTS", from, to, span: { start, end }, confidence, rule: "stance.campaign-role" });
  };
  const people = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
  for (const candidate of people) {
    const after = text.slice(candidate.end, Math.min(sentence.end, candidate.end + 90));
    const role = ROLE_AFTER.exec(after);
    if (role) {
      const roleEnd = candidate.end + role[0].length;
      // "X's campaign manager, A," or "X's campaign manager A".
      const named = personRightAfter(analysis, roleEnd, sentence.end);
      if (named && named.start - roleEnd <= 30) {
        add(named.entity, candidate.entity, candidate.start, named.end, 0.75);
        continue;
      }
      // "A, X's campaign manager, said" or "A, who is X's campaign manager".
      const lead = text.slice(sentence.start, candidate.extendedStart);
      const apposition = /,\s+(?:(?:who|and)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:the\s+|a\s+)?$/.exec(lead);
      if (apposition) {
        const holder = people.filter((p) => p.end <= sentence.start + apposition.index).pop();
        if (holder && text.slice(holder.end, sentence.start + apposition.index).trim() === "") add(holder.entity, candidate.entity, holder.start, roleEnd, 0.75);
        continue;
      }
      // "A is X's campaign manager".
      const copula = /\s+(?:is|was|became|has\s+been|remains)\s+(?:now\s+|also\s+)?$/.exec(lead);
      if (copula) {
        const holder = people.filter((p) => p.end <= sentence.start + copula.index).pop();
        if (holder && text.slice(holder.end, sentence.start + copula.index).trim() === "") add(holder.entity, candidate.entity, holder.start, roleEnd, 0.75);
      }
      continue;
    }
    const runBy = RUN_BY_AFTER.exec(after);
    if (runBy) {
      for (const a of actorsAfter(analysis, sentence, candidate.end + runBy[0].length, candidate.entity)) add(a.entity, candidate.entity, candidate.start, a.end, 0.7);
      continue;
    }
    // "A is running X's campaign", "A, who chairs X's leadership bid".
    if (!new RegExp(`^${CAMPAIGN}\\b`, "u").test(after)) continue;
    const before = text.slice(Math.max(sentence.start, candidate.extendedStart - 40), candidate.extendedStart);
    const verb = RUN_BEFORE.exec(before);
    if (!verb) continue;
    const verbAt = candidate.extendedStart - before.length + verb.index;
    const subject = subjectBefore(analysis, sentence, verbAt, quotes, []);
    if (!subject || NEGATION.test(text.slice(subject.end, verbAt))) continue;
    add(subject.entity, candidate.entity, Math.min(subject.mention?.start ?? verbAt, verbAt), candidate.end, Math.min(subject.confidence, 0.7));
  }
  return out;
}
