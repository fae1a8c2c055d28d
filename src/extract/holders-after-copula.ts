/**
 * Supporters named after a copula, one at a time: "The latest senator to back X is A", "Among
 * those backing X is A", and a supporter counted among a candidate's backers: "A is one of X's
 * most prominent backers", "A, one of X's main supporters, said ...", "A, who was one of the proposers
 * for X", "A, X's chief backer, said ...".
 */
import { SUPPORT_VERBS } from "./lexicon/verbs.js";
import { isActor, mentionsIn } from "./clauses.js";
import { actorsAfter, NEGATION, personList, type Found } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence before the patterns. */
export const CUE = /\b(?:latest|first|newest|recent|only|second|third|\d+(?:st|nd|rd|th)|among|one\s+of|supporter|backer|loyalist|endorser|champion|proposer|seconder|nominator|running\s+mate)\b/;

/** The sentence opens with the one who came latest to a support: "The latest MP to declare his support for". */
const LATEST = new RegExp(String.raw`^\s*["“]?(?:the\s+)?(?:latest|first|newest|most\s+recent|only|\d+(?:st|nd|rd|th)|second|third|fourth|fifth)\s+(?:[\p{L}-]+\s+){0,6}?to\s+(?:(?:publicly|openly|formally|officially)\s+)?(?:${SUPPORT_VERBS})\s+`, "u");
/** The sentence opens with the supporters as a group: "Among those backing". */
const AMONG = new RegExp(String.raw`^\s*["“]?among\s+(?:those|the\s+\p{L}+)\s+(?:(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:\p{L}+ly\s+)?)?(?:${SUPPORT_VERBS})\s+`, "u");
/** After the candidates: the copula that names the holder ("for the leadership is"). */
const COPULA_AFTER = /^(?:\s+(?:for|as)\s+[^,.;:“”"]{1,40}?)?\s+(?:is|was|are|were)\s+/u;
/** Before a name: a description of the person and nothing else ("the author and columnist"). */
const DESCRIPTION = /^(?:the|a|an)\s+(?:(?!(?:who|which|that|is|was|has|had|said|says|of)\b)[\p{L}-]+\s+){1,6}$/u;
/** "is one of", ", one of": the holder counted among the candidate's supporters, before the candidate's name. */
const ONE_OF = /(?:\b(?:is|was|remains|became|has\s+been)\s+(?:also\s+|now\s+)?|,\s+)one\s+of\s+$/u;
/** After the candidate's name: "'s most prominent backers". */
const BACKERS_AFTER = /^['’]s?\s+(?:(?:most|main|chief|key|leading|prominent|staunchest|strongest|closest|earliest|fiercest|loudest|biggest|vocal|high-profile|loyal|early|many)\s+){0,3}(?:supporters|backers|allies|loyalists|endorsers|champions|proposers|seconders|nominators)\b/u;
/** After the candidate's name: "'s chief backer", "'s running mate" (one holder, named before). */
const BACKER_AFTER = /^['’]s?\s+(?:(?:most|main|chief|key|leading|prominent|staunchest|strongest|biggest|loudest|earliest|first|loyal|vocal|high-profile|principal)\s+){0,2}(?:supporter|backer|loyalist|endorser|champion|proposer|seconder|nominator|running\s+mate)\b/u;
/** Before the candidate's name: the holder's copula or comma ("A is ", "A, "); not a past "was". */
const ONE_HOLDER_BEFORE = /(?:\b(?:is|remains|became|has\s+become)\s+(?:also\s+|now\s+)?|,\s+)$/u;
/** Before the candidate's name, after "one of": "the most vocal supporters of", "the formidable proposers for". */
const BACKERS_OF_BEFORE = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:supporters|backers|loyalists|endorsers|champions|proposers|seconders|nominators)\s+(?:of|for)\s+$/u;

/**
 * Stances whose holders are named after a copula or counted among a candidate's backers, in one
 * sentence (see the module's comment for the shapes). `lower` is the sentence with ASCII capitals in
 * lower case (the support verbs are written in lower case).
 */
export function holdersAfterCopula(analysis: Analysis, sentence: Sentence, lower: string): Found[] {
  const { text } = analysis;
  if (!CUE.test(lower)) return [];
  const out: Found[] = [];
  const opening = LATEST.exec(lower) ?? AMONG.exec(lower);
  if (opening && !NEGATION.test(opening[0])) {
    const at = sentence.start + opening[0].length;
    const candidates = personList(analysis, sentence, at);
    const last = candidates[candidates.length - 1];
    const copula = last ? COPULA_AFTER.exec(text.slice(last.end, Math.min(sentence.end, last.end + 60))) : null;
    if (last && copula && /^\s*(?:(?:mr|mrs|ms|dr|the)\.?\s+)?$/i.test(text.slice(at, candidates[0]!.extendedStart))) {
      const rule = /^\s*["“]?among/.test(opening[0]) ? "stance.among-those" : "stance.latest-to";
      const from = last.end + copula[0].length;
      const holders = actorsAfter(analysis, sentence, from, last.entity);
      // "is the author and columnist A": a description the list reader does not pass before the name.
      const described = holders.length === 0 ? mentionsIn(analysis, from, sentence.end).find((m) => m.type === "Person" && !m.modifier) : undefined;
      if (described && DESCRIPTION.test(text.slice(from, described.extendedStart))) holders.push(described);
      for (const holder of holders) {
        for (const c of candidates) if (holder.entity !== c.entity) out.push({ type: "SUPPORTS", from: holder.entity, to: c.entity, span: { start: sentence.start, end: holder.end }, confidence: 0.75, rule });
      }
    }
  }
  if (lower.includes("one of") || /['’]s?\s+(?:\p{L}+\s+){0,2}(?:supporter|backer|loyalist|endorser|champion|proposer|seconder|nominator|running\s+mate)\b/u.test(lower)) {
    for (const c of mentionsIn(analysis, sentence.start, sentence.end)) {
      if (c.type !== "Person" || c.modifier) continue;
      const before = text.slice(sentence.start, c.extendedStart);
      // "one of X's backers" or "one of the backers of X".
      const backersOf = /\bone\s+of\s+((?:the\s+)?(?:[\p{L}-]+\s+){1,4})$/u.exec(before);
      const after = text.slice(c.end, Math.min(sentence.end, c.end + 60));
      // "A, X's chief backer": the one holder named right before.
      const single = !BACKERS_AFTER.test(after) && BACKER_AFTER.test(after);
      const one = BACKERS_AFTER.test(after) ? ONE_OF.exec(before) : single ? ONE_HOLDER_BEFORE.exec(before) : backersOf && BACKERS_OF_BEFORE.test(backersOf[1]!) ? ONE_OF.exec(before.slice(0, backersOf.index + backersOf[0].length - backersOf[1]!.length)) : null;
      if (!one) continue;
      const oneAt = sentence.start + one.index;
      const holder = mentionsIn(analysis, sentence.start, oneAt).filter((m) => isActor(m) && m.type !== "Media").pop();
      // The holder stands right before "is one of", ", who was one of" or ", one of", past an adverb at most.
      if (!holder || holder.entity === c.entity || !/^(?:,\s+who)?\s*(?:\p{L}+ly\s*)?$/u.test(text.slice(holder.end, oneAt)) || NEGATION.test(text.slice(holder.end, c.start))) continue;
      out.push({ type: "SUPPORTS", from: holder.entity, to: c.entity, span: { start: holder.start, end: c.end }, confidence: 0.75, rule: single ? "stance.backer-apposition" : "stance.one-of-backers" });
    }
  }
  return out;
}
