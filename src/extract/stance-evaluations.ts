/**
 * Stances said as a judgment of the candidate rather than with a stance verb:
 * - a verb of judging with the candidate and a verdict: "A described X as the best candidate",
 *   "A hailed X as the right choice", "A called X the wrong man for the job";
 * - a verdict on choosing the candidate, said by someone: `A said X's election would be "a grave
 *   mistake"`, "electing X would be a disaster, A warned";
 * - a holder named after a description of their stance: "A longtime supporter of X, A said ...",
 *   "One vocal critic of X, Senator A, said ...".
 */
import { actorSayerBefore, NEGATION, personRightAfter, sayerBefore, subjectBefore, type Found } from "./stance-parts.js";
import { mentionsIn, quoteSpeakerAt } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Mention, Sentence } from "./types.js";

const GOOD = String.raw`best|right|ideal|perfect|strongest|most\s+qualified|best-qualified|obvious|natural|outstanding|excellent|safest`;
const BAD = String.raw`wrong|worst|bad|poor|terrible|dangerous|disastrous`;
const VERDICT_NOUN = String.raw`person|choice|candidate|man|woman|leader|pick|successor|option|contender`;

/** A verb of judging right before the candidate: "described", "hailed", "called". */
const JUDGING = /\b(?:prais|hail|laud|describ|call|tout|brand|label|dubb?|nam|consider|regard|see|saw|view)(?:e|es|ed|ing|s)?\s+$/i;
/** After the judged candidate: "as the best candidate", "the wrong man". */
const VERDICT = new RegExp(String.raw`^\s+(?:as\s+)?["“‘']?(?:the|a|an)\s+(?:(?:very|clear|only|obvious)\s+)?(?:(${GOOD})|(${BAD}))\s+(?:${VERDICT_NOUN})\b`, "iu");
/** A cheap test for the sentences that may hold a judgment. */
const VERDICT_CUE = new RegExp(String.raw`\b(?:${GOOD}|${BAD})\s+(?:${VERDICT_NOUN})\b`, "iu");

/** "would be a grave mistake", `will be "a disaster"`. */
const DISASTER = /\b(?:would|will|could)\s+be\s+["“‘']?(?:an?\s+)?["“‘']?(?:(?:grave|big|huge|terrible|serious|historic|catastrophic|major|costly|fatal|tragic|real)\s+)?(?:mistake|disaster|catastrophe|error)\b/giu;
const DISASTER_CUE = /\b(?:mistake|disaster|catastrophe|error)\b/i;
/** Between the candidate and the verdict: "'s election", "as president" (nothing else). */
const CHOSEN_AFTER = /^(?:['’]s?\s+(?:election|appointment|nomination|selection|candidacy|candidature|victory|win|leadership|presidency|re-election)|\s+as\s+(?:the\s+)?(?:next\s+|new\s+)?(?:[\p{L}-]+\s+){0,2}?(?:president|leader|chief|head|director|secretary|general|chairman|speaker|prime\s+minister))?\s*$/iu;
/** Before the candidate: "the election of", "electing" (not "losing" or "ousting", which say the opposite). */
/** Where a clause opens right before the candidate: the sentence's start, a quotation mark, "said that". */
const CLAUSE_OPENING = /(?:^\s*|["“‘']\s*|\b(?:that|said|says|warned|warns|argued|argues|believes|thinks|insisted|added)\s+)$/u;
const CHOSEN_BEFORE = /(?:\b(?:the\s+)?(?:election|appointment|nomination|selection|choice|victory)\s+of\s+|\b(?:electing|choosing|appointing|nominating|selecting|picking|installing|making)\s+)(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** A sentence opening with the holder's description: "A longtime supporter of", "One vocal critic of". */
const DESCRIBED_HOLDER = /^\s*["“]?(?:As\s+)?(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:supporter|backer|champion|(critic|opponent|detractor))\s+of\s+/iu;

/** Reads the judgments of one sentence. */
export function evaluationStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string): Found[] {
  const out: Found[] = [];
  if (VERDICT_CUE.test(lowerBody)) out.push(...judged(analysis, sentence, quotes));
  if (DISASTER_CUE.test(lowerBody)) out.push(...disasters(analysis, sentence, quotes));
  if (/^\s*["“]?(?:as\s+)?(?:a|an|one|another)\s/.test(lowerBody)) out.push(...describedHolder(analysis, sentence));
  if (WITHDRAW_CUE.test(lowerBody)) out.push(...toldToGo(analysis, sentence, quotes));
  return out;
}

/** Right after the candidate: "should withdraw", "must step aside", "should not become". */
const TOLD_TO_GO = /^\s+(?:(should|must|ought\s+to|needs?\s+to|has\s+to)\s+)?(?:withdraw|quit|resign|step\s+(?:aside|down)|stand\s+(?:aside|down)|pull\s+out|drop\s+out|bow\s+out|(?<=(?:should|must)\s+)(?:not|never)\s+(?:become|lead|run|be\s+(?:elected|chosen|appointed|the\s+next)))\b/u;
const WITHDRAW_CUE = /\b(?:withdraw|quit|resign|step\s+(?:aside|down)|stand\s+(?:aside|down)|pull\s+out|drop\s+out|bow\s+out|should\s+not|must\s+not|should\s+never)\b/;
/** Before the candidate: a verb of saying (then a modal is needed) or of demanding. */
const SAID_THAT = /\b(?:(said|says|argued|argues|believes|believe|thinks|think|warned|warns|insisted|insists|told\s+[\p{L}\s]{1,25}?)|(demanded|demands|demand|urged|urges|insisted|insists|asked|asks))\s+(?:that\s+)?$/u;

/** "A said X should withdraw", "A demanded that X step aside": A opposes X. */
function toldToGo(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text, entities } = analysis;
  const out: Found[] = [];
  for (const candidate of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (candidate.type !== "Person" || candidate.modifier) continue;
    const go = TOLD_TO_GO.exec(text.slice(candidate.end, Math.min(sentence.end, candidate.end + 50)));
    if (!go) continue;
    const lead = text.slice(Math.max(sentence.start, candidate.extendedStart - 60), candidate.extendedStart);
    const said = SAID_THAT.exec(lead);
    const quote = quoteSpeakerAt(quotes, candidate.start);
    // "X should withdraw," A said (a quotation); "A said X should withdraw" (a modal); "A demanded that X withdraw".
    if (!quote && !(said && (go[1] || said[2]))) continue;
    const verbAt = said ? candidate.extendedStart - lead.length + said.index : candidate.start;
    const holder = quote?.speaker ?? subjectBefore(analysis, sentence, verbAt, quotes, [])?.entity;
    if (!holder || holder === candidate.entity || entities.get(candidate.entity)?.type !== "Person") continue;
    if (said && NEGATION.test(text.slice(sentence.start, verbAt).slice(-40))) continue;
    out.push({ type: "OPPOSES", from: holder, to: candidate.entity, span: { start: Math.min(verbAt, candidate.start), end: candidate.end + go[0].length }, confidence: 0.6, rule: "stance.told-to-go" });
  }
  return out;
}

function judged(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (m.type !== "Person" || m.modifier) continue;
    const verdict = VERDICT.exec(text.slice(m.end, Math.min(sentence.end, m.end + 80)));
    if (!verdict) continue;
    const before = text.slice(Math.max(sentence.start, m.extendedStart - 30), m.extendedStart);
    const verb = JUDGING.exec(before);
    if (!verb) continue;
    const verbAt = m.extendedStart - before.length + verb.index;
    const subject = subjectBefore(analysis, sentence, verbAt, quotes, []);
    if (!subject || subject.entity === m.entity || NEGATION.test(text.slice(subject.end, verbAt))) continue;
    out.push({ type: verdict[1] ? "SUPPORTS" : "OPPOSES", from: subject.entity, to: m.entity, span: { start: Math.min(subject.mention?.start ?? verbAt, verbAt), end: m.end + verdict[0].length }, confidence: Math.min(subject.confidence, 0.7), subjectMention: subject.mention, rule: "stance.judged" });
  }
  return out;
}

function disasters(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text, entities } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  DISASTER.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DISASTER.exec(body)) !== null) {
    const at = sentence.start + d.index;
    const candidate = mentionsIn(analysis, sentence.start, at).filter((m) => m.type === "Person" && !m.modifier).pop();
    if (!candidate || !CHOSEN_AFTER.test(text.slice(candidate.end, at))) continue;
    // "X would be a disaster", "the election of X", "electing X": said of choosing X ("losing X", "dropping support for X" are not).
    const lead = text.slice(Math.max(sentence.start, candidate.extendedStart - 40), candidate.extendedStart);
    if (!CHOSEN_BEFORE.test(lead) && !CLAUSE_OPENING.test(lead)) continue;
    const holder = quoteSpeakerAt(quotes, at)?.speaker ?? sayerBefore(analysis, sentence, candidate.extendedStart)?.entity ?? actorSayerBefore(analysis, sentence, candidate.extendedStart)?.entity;
    if (!holder || holder === candidate.entity || entities.get(candidate.entity)?.type !== "Person") continue;
    out.push({ type: "OPPOSES", from: holder, to: candidate.entity, span: { start: candidate.start, end: at + d[0].length }, confidence: 0.6, rule: "stance.called-mistake" });
  }
  return out;
}

function describedHolder(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const opening = DESCRIBED_HOLDER.exec(body);
  if (!opening) return [];
  const at = sentence.start + opening[0].length;
  const target: Mention | undefined = personRightAfter(analysis, at, sentence.end);
  if (!target) return [];
  const comma = /^\s*,\s*/.exec(text.slice(target.end, target.end + 4));
  if (!comma) return [];
  const holder = personRightAfter(analysis, target.end + comma[0].length, sentence.end);
  if (!holder || holder.entity === target.entity) return [];
  return [{ type: opening[1] ? "OPPOSES" : "SUPPORTS", from: holder.entity, to: target.entity, span: { start: sentence.start, end: holder.end }, confidence: 0.7, rule: "stance.described-holder" }];
}

/** Support declared with no one named after it: "Norway declared its support", "A offered his backing". */
const IMPLICIT_SUPPORT = /\b(?:declar|pledg|offer|announc|express|voic|giv|gave|given|lend|lent|confirm|reaffirm|signal|signall)(?:e|es|ed|ing|s)?\s+(?:(?:its|his|her|their|full|strong|firm|public|formal|unanimous|unwavering)\s+)*(?:support|backing|endorsement)\b(?!\s+(?:for|to|of|behind|from)\b)/giu;
const DIRECT_SUBJECT = /^\s+(?:(?:\p{L}+ly|has|have|had|also|now|will|would|on\s+\p{Lu}\p{L}+|yesterday|today)\s+)*$/u;
const IMPLICIT_CUE = /\b(?:support|backing|endorsement)\b(?!\s+(?:for|to|of|behind|from)\b)/i;

/**
 * "Boost for X as Norway declares support", "A offered his support yesterday": support given with
 * no one named after it goes to the one other person named before its holder in the sentence.
 */
export function implicitObjectStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string): Found[] {
  if (!IMPLICIT_CUE.test(lowerBody)) return [];
  const { text, entities } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  IMPLICIT_SUPPORT.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = IMPLICIT_SUPPORT.exec(body)) !== null) {
    const start = sentence.start + v.index;
    if (quoteSpeakerAt(quotes, start)) continue;
    const subject = subjectBefore(analysis, sentence, start, quotes, []);
    // The holder is the verb's own subject, right before it: "Norway (has formally) declared".
    if (!subject?.mention || !DIRECT_SUBJECT.test(text.slice(subject.end, start))) continue;
    const others = mentionsIn(analysis, sentence.start, subject.mention.extendedStart).filter((m) => m.type === "Person" && !m.modifier && !m.inQuote && m.entity !== subject.entity);
    const targets = new Set(others.map((m) => m.entity));
    if (targets.size !== 1) continue;
    const target = others[others.length - 1]!;
    if (entities.get(target.entity)?.type !== "Person") continue;
    out.push({ type: "SUPPORTS", from: subject.entity, to: target.entity, span: { start: target.start, end: start + v[0].length }, confidence: Math.min(subject.confidence, 0.55), subjectMention: subject.mention, rule: "stance.implicit-object" });
  }
  return out;
}
