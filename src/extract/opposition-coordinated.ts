/**
 * An opposition joined to a vote or a campaign for someone else: "A voted for Y and against X",
 * "A campaigned for Y in the first round and against X in the second". The "against" takes the
 * verb and the subject of the stance before it.
 *
 * Support refused to two at once ("A will not back either X or Y", "A backs neither X nor Y") opposes both;
 * so does a support refused "rather than" given ("A abstained rather than back X"), which is no support.
 *
 * Only a stated "against" counts: "A voted for Y, not X" is read by the support reader, and a
 * vote for Y alone says nothing of X.
 */
import { mentionsIn } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { NEGATION, subjectBefore, type Found } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE = / and (?:then |also )?against /;
/** A cheap test on the lower-case sentence before {@link neitherStances}. */
export const NEITHER_CUE = /either /;
/** A cheap test on the lower-case sentence before {@link abstainedStances}. */
export const INSTEAD_CUE = /rather than|instead of/;

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

/** Right before "either" or "neither": a verb of support ("will not back either", "supports neither"). */
const SUPPORT_BEFORE = /(?<!\w)(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|vot(?:e|es|ed|ing)\s+for|nominat(?:e|es|ed|ing)|(?:get|got|gets|getting|stand|stands|stood)\s+behind)\s+$/iu;
/** Before the verb in its clause: a refusal or a negation that bears on it ("refused to", "will not", "won't"). */
const REFUSED_BEFORE = /(?:\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|unwilling|unable)\s+to\s+|(?:\b(?:not|never|cannot)|n['’]t)\s+(?:(?:be\s+)?(?:able\s+to|going\s+to|prepared\s+to|willing\s+to)\s+)?)(?:\p{L}+ly\s+)?$/u;
/** Between the holder and the refusal: a question, a condition or a guess. */
const OPEN = /\b(?:if|unless|whether|may|might|could|expected|likely)\b/i;

/**
 * Support refused to both of two: "A will not back either X or Y", "A refused to endorse either X
 * or Y", "A supports neither X nor Y". Both are opposed.
 */
export function neitherStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  const persons = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
  for (let i = 0; i + 1 < persons.length; i++) {
    const first = persons[i]!;
    const second = persons[i + 1]!;
    const word = /\b(either|neither)\s+$/i.exec(text.slice(Math.max(sentence.start, first.extendedStart - 9), first.extendedStart));
    if (!word || !new RegExp(String.raw`^\s+${word[1]!.toLowerCase() === "either" ? "or" : "nor"}\s+$`, "i").test(text.slice(first.end, second.extendedStart))) continue;
    const verbEnd = first.extendedStart - word[0].length;
    const verb = SUPPORT_BEFORE.exec(text.slice(Math.max(sentence.start, verbEnd - 30), verbEnd));
    if (!verb) continue;
    const verbAt = verbEnd - (Math.min(30, verbEnd - sentence.start) - verb.index);
    const subject = subjectBefore(analysis, sentence, verbAt, quotes, []);
    if (!subject || subject.entity === first.entity || subject.entity === second.entity) continue;
    const between = text.slice(subject.end, verbAt);
    if (OPEN.test(between)) continue;
    // "either" asks for a refusal; "neither" is one, unless it is itself negated.
    if (word[1]!.toLowerCase() === "either" ? !REFUSED_BEFORE.test(between) : NEGATION.test(between)) continue;
    for (const to of [first, second]) out.push({ type: "OPPOSES", from: subject.entity, to: to.entity, span: { start: Math.min(subject.mention?.start ?? verbAt, verbAt), end: second.end }, confidence: Math.min(subject.confidence, 0.7), subjectMention: subject.mention, rule: "stance.neither-backed" });
  }
  return out;
}

/**
 * Adds the refusals of {@link neitherStances} to the sentence's stances `found`, in place, and
 * drops the support a verb read of the same holder for the same person ("supports neither X nor Y"
 * is no support of X).
 */
export function addRefusedBoth(found: Found[], refused: readonly Found[]): void {
  if (refused.length === 0) return;
  const pairs = new Set(refused.map((r) => `${r.from} ${r.to}`));
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.type === "SUPPORTS" && pairs.has(`${found[i]!.from} ${found[i]!.to}`)) found.splice(i, 1);
  found.push(...refused);
}

/** Right before a support verb: "rather than", "instead of": the support is the one not given. */
const INSTEAD_BEFORE = /\b(?:rather\s+than|instead\s+of)\s+(?:\p{L}+ly\s+)?$/u;

/** Whether the words right before a support verb make it the support not given ("abstained rather than back X"). */
export function supportInstead(before: string): boolean {
  return INSTEAD_BEFORE.test(before);
}

/** A refusal to choose and "rather than" a support: "abstained rather than back ", "voted present instead of supporting ". */
const ABSTAINED_INSTEAD = /\b(?:abstain(?:s|ed|ing)?|vot(?:e|es|ed|ing)\s+["“]?present["”]?|(?:stay(?:s|ed|ing)?|stayed)\s+(?:away|home|silent)|walk(?:s|ed|ing)?\s+out|spoil(?:s|ed|ing|t)?\s+(?:(?:his|her|their|its)\s+)?ballots?|resign(?:s|ed|ing)?|quit)\b[^.;:“”"]{0,30}?\b(?:rather\s+than|instead\s+of)\s+(?:\p{L}+ly\s+)?(?:support(?:ing)?|back(?:ing)?|endors(?:e|ing)|vot(?:e|ing)\s+for|serv(?:e|ing)\s+under)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|former|deputy)\s+){0,3}$/u;

/** "A abstained rather than back X": A refuses X. */
export function abstainedStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (m.type !== "Person" || m.modifier) continue;
    const before = text.slice(Math.max(sentence.start, m.extendedStart - 120), m.extendedStart);
    const refused = ABSTAINED_INSTEAD.exec(before);
    if (!refused) continue;
    const at = m.extendedStart - before.length + refused.index;
    const subject = subjectBefore(analysis, sentence, at, quotes, []);
    if (!subject || subject.entity === m.entity) continue;
    const between = text.slice(subject.end, at);
    if (NEGATION.test(between) || OPEN.test(between)) continue;
    out.push({ type: "OPPOSES", from: subject.entity, to: m.entity, span: { start: Math.min(subject.mention?.start ?? at, at), end: m.end }, confidence: Math.min(subject.confidence, 0.7), subjectMention: subject.mention, rule: "stance.abstained-instead" });
  }
  return out;
}
