/**
 * Stage 6: who supports or opposes whom, and who speaks for whom.
 *
 * Four shapes are read:
 * - active: "Hungary refused to support the candidacy of X", "we support X's candidacy",
 *   "Washington could not support X" (a negated support is opposition; a negated opposition,
 *   "would not oppose", and a hedged one, "is expected to back", are no stance at all);
 * - passive: "X's candidacy is supported by A, B and C" (every actor of the "by" list);
 * - nominal: "X, running with the backing of A and B";
 * - praise said by someone: `Dumont said X "would make an excellent President"`.
 *
 * "We" and "I" inside a quotation are its speaker. A person who reports that the country or
 * organization they speak for takes a stance ("spokesperson Wang said Beijing backs X") holds it
 * too, and when their role named no country, this is how we learn which one they speak for.
 */
import { CRITICISM, HEDGES, NOMINAL_LOSS, NOMINAL_SUPPORT, OPPOSE_VERBS, PASSIVE_STANCE, PRAISE, SPEECH_VERBS, SUPPORT_VERBS, UNFIT } from "./lexicon/verbs.js";
import { clauseEnd, clauseStart, isActor, mentionsIn, quoteSpeakerAt, resolveItPronoun, resolvePersonPronoun, resolveSubjectPronoun, skipRanges } from "./clauses.js";
import { escapeRegExp } from "./text-utils.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, DraftClaim, Mention, Sentence, Span } from "./types.js";

type Kind = "passive" | "nominal" | "loss" | "praise" | "unfit" | "oppose" | "support";

const TRIGGER = new RegExp(
  `(?<passive>(?:\\b|(?=[—–]))${PASSIVE_STANCE})|(?<nominal>\\b${NOMINAL_SUPPORT})|(?<loss>\\b${NOMINAL_LOSS})|(?<praise>${PRAISE})|(?<unfit>${UNFIT})|(?<oppose>\\b(?:${OPPOSE_VERBS})\\b)|(?<support>\\b(?:${SUPPORT_VERBS})\\b)`,
  // Matched against the text in lower case: a case-insensitive Unicode pattern this large is several times slower.
  "gu",
);

/** The text with ASCII capitals in lower case: same length and offsets, for the case-sensitive triggers. */
function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (w) => w.toLowerCase());
}
const HEDGE = new RegExp(HEDGES, "i");
const CRITICISM_AT = new RegExp(`^(?:${CRITICISM})`, "iu");
/** What criticism of a person's belongings is about when it is a stance: their candidacy, not their speech. */
const CRITICISED_THING = /^['’]s?\s+(?!(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|appointment|election|selection|record|qualifications?|suitability|fitness|campaign|credentials|experience|ability|competence|judgment|judgement)\b)\p{L}/u;
/** A question that asks why one would not: "what excuse do we have not to", "why would anyone not". */
const RHETORICAL = /\b(?:what|which)\s+(?:other\s+)?(?:excuses?|reasons?|grounds?|justification|choice)\s+(?:do|does|did|would|could|can)\s+[\p{L}\s]{1,30}?(?:have|find|give)\s+(?:for\s+)?not\s+(?:to\s+)?$|\bwhy\s+(?:would|should)\s+(?:we|I|you|anyone|anybody)\s+not\s+$/iu;
const QUESTION_END = /\?["”’)\]]*\s*$/;
const SUPPORT_NOUN_BEFORE = /\b(?:the|a|more|most|much|less|broad|broader|strong|stronger|wide|wider|widespread|overwhelming|popular|enough|growing|public|significant|considerable|substantial|some|any|little|huge|massive|solid|key|crucial|his|her|its|their|our|of|for|with|without|no|had|has|have|won|managed|gained|enjoyed|enjoys|drew|received|garnered|lost|lacks?|lacked|needs?|needed|sought|seeks)\s+$/i;
const NEGATION = /\b(?:not|never|no longer|cannot)\b|n['’]t\b/i;
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS.map(escapeRegExp).join("|")})\\b`, "g");
const CANDIDACY_NOUN = /^\s*(?:for\s+|to\s+)?(?:the\s+|a\s+)?(?:(?:candidacy|candidature|nomination|bid|appointment|election|campaign|choice|re-election)\s+of\s+)?/i;
/** What may follow "her" when it is an object, not a possessive ("back her as", not "her rivals"). */
const OBJECT_HER = String.raw`her(?=\s*(?:[,.;:!?"”’)\]]|$)|\s+(?:as|for|to|in|on|at|over|and|but|because|with|from|after|before|during|since|again|too|also|when|while|if|despite|amid|against|instead|rather|now|then|this|last|next|strongly|fully|publicly|wholeheartedly|unanimously|either|both|once|any|all|personally)\b)`;
const POSSESSIVE_PRONOUN_OBJECT = new RegExp(String.raw`^\s*(?:for\s+|to\s+)?(?:(him\b|${OBJECT_HER})|(?:his|her)\s+(?:own\s+)?(?:candidacy|candidature|bid|nomination|appointment|campaign|re-election)\b)`, "i");
const POSSESSIVE_PRONOUN_SUBJECT = /\b(his|her|His|Her)\s+(?:own\s+)?(?:candidacy|candidature|bid|nomination|campaign)\b|\b(He|She|he|she)\s+(?:is|was|has|had)\b|\b(He|She|he|she)\s+(?:(?:also|now|already|since|then|later|quickly|reportedly|officially|formally|just|recently|has|had|have|is|was)\s+)*$/g;

export interface StanceResult {
  claims: DraftClaim[];
  /** Roles learned from reported speech: person key -> the entity they speak for, with the evidence. */
  inferredSpeakers: { person: string; of: string; span: Span; sentence: number }[];
}

interface Found {
  type: "SUPPORTS" | "OPPOSES";
  from: string;
  to: string;
  span: Span;
  confidence: number;
  subjectMention?: Mention;
  rule: string;
  post?: string;
}

/** Words between a candidate and the post a stance names: "support X as next NATO chief", "X's bid for". */
const STANCE_POST = /^\s*(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:candidacy|candidature|bid|nomination|campaign)\s+)?(?:as|for|to\s+(?:become|be|lead|head|succeed\s+\S+\s+as))\s+(?:the\s+)?(?:(?:next|new|future|incoming)\s+)?/u;

/** The post a stance on the candidate ending at `at` is tied to, when the words right after name one. */
function stancePost(analysis: Analysis, sentence: Sentence, at: number): string | undefined {
  const window = analysis.text.slice(at, Math.min(sentence.end, at + 120));
  const lead = STANCE_POST.exec(window);
  if (!lead) return undefined;
  const post = mentionsIn(analysis, at, Math.min(sentence.end, at + 120)).find((m) => m.type === "Post");
  return post && post.start - (at + lead[0].length) <= 12 ? post.entity : undefined;
}

/** Between an actor and a reported "it": "said", "announced on Monday that", past a relative clause. */
const SPEECH_BEFORE_IT = /^(?:\s*,[^,]{1,120},)?\s+(?:(?:also|has|had|have)\s+)*(?:said|says|announced|stated|declared|confirmed|insisted|added|indicated|made\s+clear|signalled|signaled|told\s+[\p{L}\s]{1,30}?)(?:\s+on\s+\p{L}+)?\s+(?:that\s+)?$/u;

/** Between speakers and "they": "said", "told reporters", "announced on Monday that". */
const THEY_SAID = /^\s+(?:(?:officials|government|authorities|leaders|diplomats|ministers|delegations?|also|have|has|had|jointly|both|all)\s+)*(?:said|say|says|told\s+[\p{L}\s]{1,30}?|announced|stated|declared|confirmed|insisted|added|indicated|made\s+clear|signalled|signaled|agreed)(?:\s+on\s+\p{L}+)?\s+(?:that\s+)?$/u;

function subjectBefore(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[], earlier: readonly { object: Mention | null; subject: string; end: number }[]): { entity: string; mention?: Mention; confidence: number; end: number } | null {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  const relative = /,\s*(?:who|which)\b[^,]*$/.exec(left);
  const skip = skipRanges(text, sentence.start, at);
  const inSkip = (m: Mention) => skip.some((r) => m.start >= r.start && m.end <= r.end);
  if (relative) {
    const commaAt = sentence.start + relative.index;
    const antecedent = mentionsIn(analysis, sentence.start, commaAt).filter((m) => isActor(m) && !inSkip(m)).pop();
    if (antecedent && text.slice(antecedent.end, commaAt).trim().length === 0) return { entity: antecedent.entity, mention: antecedent, confidence: 0.85, end: antecedent.end };
    return null;
  }
  const from = clauseStart(text, sentence, at);
  const candidates = mentionsIn(analysis, from, at).filter((m) => isActor(m) && !inSkip(m) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 16)));
  // "A leading rights group, the Example Centre, urged ...": with no name outside it, the apposition right before the verb names the subject.
  if (candidates.length === 0) {
    const apposition = skip.find((r) => /^\s*$/.test(text.slice(r.end, at)) && /^,\s*the\s/i.test(text.slice(r.start, r.end)));
    const named = apposition ? mentionsIn(analysis, apposition.start, apposition.end).filter((m) => isActor(m) && m.type !== "Person" && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 16))).pop() : undefined;
    if (named && /^\s*,/.test(text.slice(named.end, apposition!.end))) return { entity: named.entity, mention: named, confidence: 0.75, end: apposition!.end };
  }
  const nearest = candidates[candidates.length - 1];
  // A pronoun closer to the verb than any name is the subject.
  const gapFrom = nearest ? nearest.end : from;
  const gap = text.slice(gapFrom, at);
  const pronoun = /\b(we|I|he|she|it|they|nobody|no one|none)\b(?![\s\S]*\b(?:we|I|he|she|it|they)\b)/i.exec(gap);
  if (pronoun) {
    const word = pronoun[1]!.toLowerCase();
    const pAt = gapFrom + pronoun.index;
    if (word === "we" || word === "i") {
      const q = quoteSpeakerAt(quotes, pAt);
      return q ? { entity: q.speaker, confidence: 0.8, end: pAt + word.length } : null;
    }
    if (word === "he" || word === "she") {
      const speaker = quoteSpeakerAt(quotes, pAt);
      const p = speaker ? resolvePersonPronoun(analysis, pAt, [speaker.speaker]) : resolveSubjectPronoun(analysis, pAt);
      return p ? { entity: p.entity, mention: p, confidence: 0.7, end: pAt + word.length } : null;
    }
    if (word === "they") {
      // "Germany and France said they would back X": "they" is the speakers named right before.
      const speakers = mentionsIn(analysis, sentence.start, pAt).filter((m) => isActor(m) && !inSkip(m)).pop();
      if (!speakers || !THEY_SAID.test(text.slice(speakers.end, pAt))) return null;
      return { entity: speakers.entity, mention: speakers, confidence: 0.75, end: pAt + 4 };
    }
    if (word === "it") {
      // "Somalia, which has a dispute with Kenya, said it": the subject outside the relative clause.
      const own = mentionsIn(analysis, sentence.start, pAt).filter((m) => isActor(m) && (m.type === "Country" || m.type === "Organization")).filter((m) => !inSkip(m) && !m.inQuote).pop();
      const it = own && SPEECH_BEFORE_IT.test(text.slice(own.end, pAt)) ? own : resolveItPronoun(analysis, pAt);
      return it ? { entity: it.entity, mention: it, confidence: 0.65, end: pAt + 2 } : null;
    }
    return null;
  }
  if (!nearest) return null;
  const previous = earlier.find((e) => e.object && e.object.entity === nearest.entity && e.object.start === nearest.start);
  if (previous && /^[\s,]*(?:and|but|or)\s+(?:[\p{L}’']+\s+){0,4}$/u.test(text.slice(nearest.end, at))) {
    // A second verb of the same subject: its negation and hedges are read from the previous object on.
    return { entity: previous.subject, confidence: 0.75, end: nearest.end };
  }
  // Negation and hedges are read after the subject, past any relative clause or apposition.
  const scope = skip.reduce((acc, r) => (r.start >= nearest.end - 1 && r.end <= at ? Math.max(acc, r.end) : acc), nearest.end);
  // "the Weber administration": a leader's government is the country they lead.
  if (nearest.type === "Person" && /^(?:['’]s)?\s+(?:administration|government|cabinet)\b/.test(text.slice(nearest.end, nearest.end + 20))) {
    const country = analysis.entities.get(nearest.entity)?.roles.find((r) => r.role !== null && r.of !== null && analysis.entities.get(r.of)?.type === "Country")?.of;
    if (country) return { entity: country, confidence: 0.75, end: scope };
  }
  return { entity: nearest.entity, mention: nearest, confidence: 0.85, end: scope };
}

/** The subject of the main clause, for a participle at `at`: the last stance's subject, else the sentence's first actor. */
function mainSubject(analysis: Analysis, sentence: Sentence, at: number, earlier: readonly { subject: string }[]): { entity: string; mention?: Mention; confidence: number; end: number } | null {
  const last = earlier[earlier.length - 1];
  if (last) return { entity: last.subject, confidence: 0.75, end: at };
  const skip = skipRanges(analysis.text, sentence.start, at);
  const first = mentionsIn(analysis, sentence.start, at).find((m) => isActor(m) && !skip.some((r) => m.start >= r.start && m.end <= r.end));
  if (!first || first.inQuote) return null;
  return { entity: first.entity, mention: first, confidence: 0.7, end: at };
}

/**
 * Whether the last actor before the comma at `at` is the object of a preposition ("to lead the
 * World Trade Organization (WTO), expressing support"): then it cannot be the participle's subject.
 */
function objectBeforeComma(analysis: Analysis, sentence: Sentence, at: number): boolean {
  const actors = mentionsIn(analysis, sentence.start, at).filter(isActor);
  let last = actors.pop();
  // "the World Health Organization (WHO)": the abbreviation stands where its name does.
  if (last && /\(\s*$/.test(analysis.text.slice(last.start - 2, last.start))) last = actors.pop();
  if (!last) return false;
  const before = analysis.text.slice(Math.max(sentence.start, last.extendedStart - 20), last.extendedStart);
  return /\b(?:of|to|for|in|at|from|with|by|on|into|against|over|the)\s+(?:the\s+)?$/i.test(before);
}

/** "A called him unfit", "A described X as not fit for": A opposes the person called. */
const CALLED = /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|branded|brand(?:s|ing)?|deem(?:s|ed|ing)?)\s+([^,.;:]{1,60}?)\s*(?:as\s+)?['‘"“]?\s*(?:(?:is|was|are|were|be)\s+)?$/i;

function calledUnfit(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[]): Found | null {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  const m = CALLED.exec(left);
  if (!m) return null;
  const verbAt = sentence.start + m.index;
  const subject = subjectBefore(analysis, sentence, verbAt, quotes, []);
  if (!subject) return null;
  const objectAt = verbAt + m[0].indexOf(m[1]!);
  const object = /^(?:him|her)$/i.test(m[1]!)
    ? resolvePersonPronoun(analysis, objectAt, [subject.entity])
    : mentionsIn(analysis, objectAt, objectAt + m[1]!.length).filter((x) => x.type === "Person" && !x.modifier).pop();
  if (!object || object.entity === subject.entity) return null;
  if (NEGATION.test(text.slice(subject.end, verbAt)) || hedged(text, subject.end, verbAt)) return null;
  return { type: "OPPOSES", from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? verbAt, verbAt), end: at }, confidence: Math.min(subject.confidence, 0.8), subjectMention: subject.mention, rule: "stance.called-unfit" };
}

/**
 * Subjects joined to `first` by commas and "and" ("Mexico and Brazil endorsed"). A list needs its
 * last link to be "and" or "or": "Reuters, the British government" is no list.
 */
function conjoinedBefore(analysis: Analysis, sentence: Sentence, first: Mention): Mention[] {
  const { text } = analysis;
  const skip = skipRanges(text, sentence.start, first.start);
  const before = mentionsIn(analysis, sentence.start, first.extendedStart).filter((m) => isActor(m) && !skip.some((r) => m.start >= r.start && m.end <= r.end));
  const out: Mention[] = [];
  let current = first;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.end > current.extendedStart) continue;
    const gap = text.slice(m.end, current.extendedStart);
    if (!/^\s*(?:,|,?\s+and|,?\s+as well as|\s+or)\s+(?:the\s+)?$/.test(gap)) break;
    if (out.length === 0 && !/\b(?:and|or|as well as)\b/.test(gap)) break;
    out.push(m);
    current = m;
  }
  return out;
}

/** "X's nomination of", "X's choice of": the person who follows is the one chosen. */
const CHOICE_OF = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:nomination|nominee|pick|choice|selection|appointment|endorsement)(?:\s+of|,)\s+(?:the\s+)?/u;

/** "X's chief rivals, A and B": an apposition that names the people meant. */
const RIVALS_APPOSITION = /^['’]s?\s+(?:(?:chief|main|leading|two|three|closest|nearest|top|remaining)\s+)*(?:rivals|opponents|challengers|competitors),\s+/u;

/**
 * People named one after another from `at`: "A, B and C", "A and B". The first must start right
 * there (past a title); a list of more than one needs "and" or "or" before its last name.
 */
function personList(analysis: Analysis, sentence: Sentence, at: number): Mention[] {
  const { text } = analysis;
  const first = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((m) => m.type === "Person" && !m.modifier);
  if (!first || first.start - at > 40 || /[,.;:()“”"]/.test(text.slice(at, Math.min(first.start, first.extendedStart > at ? first.extendedStart : first.start)))) return [];
  const out = [first];
  let last = first;
  let closed = false;
  for (const m of mentionsIn(analysis, first.end, Math.min(sentence.end, first.end + 300))) {
    if (m.start < last.end || m.modifier) continue;
    if (m.type !== "Person") {
      // A title's country ("Florida Sen. X") belongs to the next name.
      if (m.end <= m.extendedStart) continue;
      break;
    }
    const link = /^\s*(,\s*|,?\s+(?:and|or)\s+)(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}$/u.exec(text.slice(last.end, Math.max(last.end, m.extendedStart < m.start ? m.extendedStart : m.start)).replace(/,\s*\p{Lu}[\p{L}.-]*(?:-\p{Lu}[\p{L}.]*)?\.?,/gu, ","));
    if (!link) break;
    out.push(m);
    last = m;
    if (/\b(?:and|or)\b/.test(link[1]!)) {
      closed = true;
      break;
    }
  }
  return out.length > 1 && !closed ? [first] : out;
}

/** The person a stance is about, right after the verb. */
function objectAfter(analysis: Analysis, sentence: Sentence, at: number, exclude: readonly string[]): { mention?: Mention; entity: string; end: number; confidence: number } | null {
  const { text } = analysis;
  const end = Math.min(sentence.end, at + 140);
  const window = text.slice(at, end);
  if (/^\s+from\b/i.test(window)) return null;
  const pronoun = POSSESSIVE_PRONOUN_OBJECT.exec(window);
  if (pronoun) {
    const p = resolvePersonPronoun(analysis, at, exclude);
    return p ? { entity: p.entity, mention: p, end: at + pronoun[0].length, confidence: 0.75 } : null;
  }
  const lead = CANDIDACY_NOUN.exec(window)?.[0].length ?? 0;
  // "Nigeria's Ada Obi": the country that owns the name is not the object.
  const after = mentionsIn(analysis, at, end).filter((m) => (isActor(m) || m.type === "Person") && !(m.type !== "Person" && /^['’]s\s/.test(text.slice(m.end, m.end + 3))));
  let next = after[0];
  // "criticised X's nomination of Y": the stance is on Y, the one X put forward.
  const chooser = next ? CHOICE_OF.exec(text.slice(next.end, next.end + 60)) : null;
  if (next && chooser) {
    const chosen = after.find((m) => m.type === "Person" && !m.modifier && m.start >= next!.end + chooser[0].length && m.start - (next!.end + chooser[0].length) <= 30);
    if (chosen) return { entity: chosen.entity, mention: chosen, end: chosen.end, confidence: 0.8 };
  }
  if (!next || next.type !== "Person") return null;
  const gap = text.slice(at + lead, next.extendedStart);
  if (/[.;:!?“”"]/.test(gap) || gap.length > 60 || /\b(?:and|to|that|with|by|from|in|on|at|as)\s/i.test(gap.replace(/^\s*(?:the|a|an)\s/i, " "))) return null;
  if (exclude.includes(next.entity)) return null;
  return { entity: next.entity, mention: next, end: next.end, confidence: next.form === "descriptor" ? 0.75 : 0.9 };
}

/** The person a passive or nominal stance is about: before the verb ("X's candidacy is supported by"). */
function candidateBefore(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[]): { entity: string; confidence: number; mention?: Mention; after: number } | null {
  const { text } = analysis;
  const from = sentence.start;
  const persons = mentionsIn(analysis, from, at).filter((m) => m.type === "Person" && !m.modifier);
  const last = persons[persons.length - 1];
  POSSESSIVE_PRONOUN_SUBJECT.lastIndex = 0;
  let pronoun: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  const left = text.slice(from, at);
  while ((m = POSSESSIVE_PRONOUN_SUBJECT.exec(left)) !== null) pronoun = m;
  if (pronoun && (!last || from + pronoun.index > last.end)) {
    const speaker = quoteSpeakerAt(quotes, from + pronoun.index);
    const p = resolvePersonPronoun(analysis, from + pronoun.index, speaker ? [speaker.speaker] : []);
    // Hedges and negations are read from the pronoun on, not from its antecedent.
    return p ? { entity: p.entity, confidence: 0.7, mention: p, after: from + pronoun.index + pronoun[0].length } : null;
  }
  if (!last) return null;
  return { entity: last.entity, mention: last, confidence: last.form === "descriptor" ? 0.75 : 0.85, after: last.end };
}

/**
 * The actors of a "by" or "of" list right after `at`: the first within a few words, the next ones
 * joined to it by commas and "and" ("by France, the British government and Spain"). An outlet
 * ("..., Reuters reported") and a possessive ("the WTO's members") are not actors of the list.
 */
function actorsAfter(analysis: Analysis, sentence: Sentence, at: number, exclude: string): Mention[] {
  const { text } = analysis;
  const end = clauseEnd(text, sentence, at);
  const out: Mention[] = [];
  let previousEnd = at;
  const inClause = mentionsIn(analysis, at, end);
  for (let i = 0; i < inClause.length; i++) {
    const m = inClause[i]!;
    if (!(isActor(m) || membersOf(analysis, m)) || m.type === "Post" || m.start < previousEnd) continue;
    // "London 2012 hero Mo Farah": a place or country describing the name that follows is not an actor.
    const person = m.type !== "Person" ? inClause.slice(i + 1).find((x) => x.type === "Person" && !x.modifier) : undefined;
    if (person && /^\s+(?:[\p{L}\d’'-]+\s+){1,3}$/u.test(text.slice(m.end, person.start)) && !/\b(?:and|or|as|but|who|which|that|has|have|had|is|was|are|were)\b/.test(text.slice(m.end, person.start)) && /^\s+\d|^\s+\p{Ll}/u.test(text.slice(m.end, person.start))) continue;
    const gap = text.slice(previousEnd, m.extendedStart);
    const joined = out.length === 0 ? gap.length <= 70 && !/[.;:“”"()]|\s(?:and|but|has|have|had|is|was|who|which|that)\s/.test(gap) : LIST_GAP.test(gap);
    if (!joined) break;
    // "..., and Jansen was nominated by": a name followed by its own verb opens a new clause.
    if (out.length > 0 && /^\s+(?:(?:also|has|have|had|is|are|was|were|will|would|said|says)\b|\p{Ll}+ed\b)/u.test(text.slice(m.end, m.end + 20))) break;
    previousEnd = m.end;
    if (m.entity === exclude || m.type === "Media" || POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    out.push(m);
  }
  return out;
}

/** "the 27 European Union members", "African Union membership": an organization's members stand for it. */
function membersOf(analysis: Analysis, m: Mention): boolean {
  return m.type === "Organization" && /^\s+(?:members?|membership|member\s+(?:states|countries|nations)|leaders|heads\s+of\s+(?:state|government))\b/.test(analysis.text.slice(m.end, m.end + 30));
}

const LIST_GAP = /^(?:\s*,\s*|\s*,?\s+(?:and|as well as|or)\s+)(?:the\s+|a\s+|an\s+)?(?:(?!(?:said|says|told|added|noted|reported|announced|while|but|who|which|that|is|are|was|were|has|have|had|will|would)\s)[\p{L}\d’'.-]+\s+){0,4}$/u;
/** "the WTO's members": a possessive names what belongs to the actor, not the actor. */
const POSSESSIVE_AFTER = /^['’]s?\s+(?!(?:government|administration|cabinet|leader|president|prime minister|foreign minister|delegation|leadership)\b)/;

/** The person who says the sentence's reported clause starting before `at`: "S said (that) ...". */
function sayerBefore(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  SPEECH.lastIndex = 0;
  let verb: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((verb = SPEECH.exec(left)) !== null) last = verb;
  if (!last) return undefined;
  const verbAt = sentence.start + last.index;
  const before = mentionsIn(analysis, sentence.start, verbAt).filter((m) => m.type === "Person" && !m.modifier);
  const sayer = before[before.length - 1];
  if (!sayer) return undefined;
  const between = text.slice(sayer.end, verbAt);
  return between.length <= 120 && !/[.;]/.test(between) ? sayer : undefined;
}

function hedged(text: string, from: number, to: number): boolean {
  return from < to && HEDGE.test(text.slice(from, to));
}

/** A verb that puts its object up for a role or asks others to choose them. */
const CONTROL = /\b(?:want|wants|wanted|wanting|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|invit(?:e|es|ed|ing)|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|plead(?:s|ed|ing)?\s+with|pled\s+with|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|prefer(?:s|red|ring)?|would\s+like|tip(?:s|ped|ping)?|lobb(?:y|ies|ied|ying)|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\s+/gu;
/** A control verb and the one it asks, right before an infinitive: "urged member states to". */
const CONTROLLED = /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|invit(?:e|es|ed|ing)|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|plead(?:s|ed|ing)?\s+with|pled\s+with|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|lobb(?:y|ies|ied|ying))\s+[^,.;:“”"]{1,60}?\s+(?:not\s+)?to\s+$/i;
/** "to become", "to lead": the object is put up for a post. */
/** "to withdraw", "to step aside": a candidate asked to leave the race. */
const TO_QUIT = /^\s+to\s+(?:withdraw|step\s+(?:aside|down)|stand\s+(?:aside|down)|pull\s+out|drop\s+out|bow\s+out|quit|abandon|end)\b/i;
const TO_BECOME = /^\s+to\s+(?:become|be|lead|head|succeed|replace|take\s+over|run\s+for|stand\s+for)\b/i;
/**
 * "to vote for", "to elect": others are asked to choose the person who follows; "to reject", "not
 * to vote for": to turn them down.
 */
const TO_CHOOSE = /^(?:[^,.;:“”"]{0,60}?)\b(not\s+|never\s+)?to\s+(?:(vote\s+for|elect|support|back|endorse|choose|pick|appoint|select|confirm|(?:rally|unite|line\s+up|get|stand)\s+behind)|(reject|oppose|block|veto|vote\s+against|turn\s+down|drop|withdraw|abandon))\s+/i;

/**
 * Control verbs: "A wants X to become ...", "A urged B to elect X", "A called on members to vote for
 * X": A supports X. Negated ("does not want X to") they are read as no stance.
 */
function controlStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowered: string): Found[] {
  const { text } = analysis;
  const body = lowered.slice(sentence.start, sentence.end);
  const out: Found[] = [];
  CONTROL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTROL.exec(body)) !== null) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    let object: Mention | undefined;
    let type: "SUPPORTS" | "OPPOSES" = "SUPPORTS";
    const next = mentionsIn(analysis, end, Math.min(sentence.end, end + 120)).find((x) => x.type === "Person" && !x.modifier);
    if (next && next.extendedStart - end <= 25 && !/[,.;:]/.test(text.slice(end, next.extendedStart))) {
      if (TO_BECOME.test(text.slice(next.end, next.end + 30))) object = next;
      // "called on X to withdraw": asking a candidate to quit the race is opposition.
      else if (TO_QUIT.test(text.slice(next.end, next.end + 40))) {
        object = next;
        type = "OPPOSES";
      }
    }
    if (!object) {
      const choose = TO_CHOOSE.exec(text.slice(end, Math.min(sentence.end, end + 120)));
      if (choose) {
        // A negated choice or a rejection asks others to turn the person down.
        if (Boolean(choose[1]) !== Boolean(choose[3])) type = "OPPOSES";
        const at = end + choose[0].length;
        const chosen = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((x) => x.type === "Person" && !x.modifier);
        if (chosen && chosen.extendedStart - at <= 30 && !/[,.;:]/.test(text.slice(at, chosen.extendedStart))) object = chosen;
        else if (POSSESSIVE_PRONOUN_OBJECT.test(text.slice(at - 1, Math.min(sentence.end, at + 40)))) {
          const asker = subjectBefore(analysis, sentence, start, quotes, []);
          object = resolvePersonPronoun(analysis, at, asker ? [asker.entity] : []);
        }
      }
    }
    if (!object) continue;
    const subject = subjectBefore(analysis, sentence, start, quotes, []);
    if (!subject || subject.entity === object.entity) continue;
    const between = text.slice(subject.end, start);
    if (/\b(?:whether|if|may|might|reportedly)\b/i.test(between)) continue;
    if (NEGATION.test(between)) {
      // "does not want X to lead": a refusal; other negated requests state nothing.
      if (!(type === "SUPPORTS" && /^want/i.test(m[0]) && /\b(?:not|n['’]t)\s*$/i.test(between))) continue;
      type = "OPPOSES";
    }
    out.push({ type, from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence: Math.min(subject.confidence, 0.8), subjectMention: subject.mention, rule: type === "SUPPORTS" ? "stance.control-verb" : "stance.control-verb.oppose" });
  }
  return out;
}

/** Words that may qualify a stance noun or a nominee ("its strong public support", "its official candidate"). */
const NOUN_QUALIFIERS = String.raw`(?:(?:own|official|preferred|chosen|joint|sole|formal|strong|full|firm|public|unanimous|continued|unwavering|early|new|latest|surprise|long-awaited|high-profile|key|crucial)\s+){0,3}`;
/** After a holder's name: "'s candidate", "'s pick", " nominee" (the country's nominee). */
const NOMINEE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+${NOUN_QUALIFIERS}(?:candidate|nominee|pick|choice|contender)\s*,?\s+$`, "iu");
/** After a person's name: ", the US nominee", ", Pakistan's candidate". */
const NOMINEE_APPOSITION = new RegExp(String.raw`^,\s+(?:the\s+|a\s+)?$`, "iu");
/** After a holder's name: "'s support for", "'s endorsement of". */
const HOLDER_NOUN_AFTER = new RegExp(String.raw`^['’]s?\s+${NOUN_QUALIFIERS}(?:support|backing|endorsement|nomination|(opposition|objections?|resistance))\s+(?:of|for|to|against)\s+(?:the\s+)?(?:(?:candidacy|candidature|bid|nomination)\s+of\s+)?`, "iu");
/** "the support of A to X", "the backing of A for X": A's stance given to X. */
const SUPPORT_OF = new RegExp(String.raw`\b(?:the|their|its|his|her)\s+${NOUN_QUALIFIERS}(?:support|backing|endorsement)\s+of\s+`, "giu");
/** "the endorsement of X by A". */
const STANCE_NOUN_OF = new RegExp(String.raw`\b(?:support|backing|endorsement|nomination)\s+(?:for|of)\s+`, "giu");

/** "'s supporters include", "'s backers": the candidate's supporters, listed after or before. */
const SUPPORTERS = /['’]s?\s+(?:(?:high-profile|prominent|early|key|many|other|fellow)\s+)?(?:supporters|backers|nominators|endorsers|allies)(?:\s+(include|included|including|such\s+as|are|were)\s+)?/giu;

/** After a person's name: ", the candidate of", " is the official nominee of". */
const CANDIDATE_OF = /^,?\s+(?:(?:is|was|as|became|remains)\s+)?(?:the\s+)?(?:(?:official|joint|sole|common|chosen|endorsed)\s+)?(?:candidate|nominee)\s+of\s+(?:the\s+)?/iu;

/** A sentence that opens with a participle and its agents: "Backed by A, ...". */
const OPENING_PASSIVE = /^\s*["“]?(?:\p{L}+ly\s+)?(backed|supported|endorsed|championed|nominated|opposed|rejected)\s+by\s+/iu;

/** After a person's name: " is Korea's trade minister and its candidate". */
const ITS_CANDIDATE = /^\s+(?:is|was|remains)\s+[^.;:,]{0,80}?\band\s+(its\s+(?:own\s+|official\s+|preferred\s+)?(?:candidate|nominee))\b/iu;

/** A cheap test for the sentences that may hold a stance noun or a nominee. */
const STANCE_NOUN_WORD = /candidate|nominee|pick|choice|contender|support|backing|backed|endorse|championed|nominated|opposed|rejected|nomination|opposition|objection|resistance|backers|allies|nominators|endorsers/i;

/** The first person mention at or just after `at` (past titles and a possessive country), or undefined. */
function personRightAfter(analysis: Analysis, at: number, limit: number): Mention | undefined {
  const { text } = analysis;
  const next = mentionsIn(analysis, at, Math.min(limit, at + 100)).find((m) => m.type === "Person" && !m.modifier);
  if (!next) return undefined;
  // Words of a title are the person's ("trade minister Yoo"); other words between are not allowed.
  const gap = text.slice(at, Math.max(at, Math.min(next.start, next.extendedStart))).replace(/\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Amb|Col|St)\./g, "");
  if (gap.length > 50 || !/^(?:\s*(?:\p{Lu}[\p{L}’'-]*|of|the|de|van|von|al))*\s*$/u.test(gap)) return undefined;
  return next;
}

/**
 * Support said as a noun with its holder: "Pakistan's candidate X", "X, the US nominee",
 * "A's endorsement of X", "the support of A to X", "the backing of X by A".
 */
function nounStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  if (!STANCE_NOUN_WORD.test(body)) return out;
  const inSentence = mentionsIn(analysis, sentence.start, sentence.end);
  for (let i = 0; i < inSentence.length; i++) {
    const m = inSentence[i]!;
    if (m.type === "Post" || m.type === "Media") continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
    // The holder names the candidate as its own: "Pakistan's candidate X", "the US nominee X".
    const nominee = /^(?:['’]s?)?\s+[\p{L}\s-]{0,60}?(?:candidate|nominee|pick|choice|contender)\s*,?\s+/iu.exec(after);
    if (nominee && NOMINEE_AFTER.test(nominee[0])) {
      const person = personRightAfter(analysis, m.end + nominee[0].length, sentence.end);
      if (person && person.entity !== m.entity && person.start - (m.end + nominee[0].length) <= 30 && !/^['’]s\b/.test(text.slice(person.end, person.end + 3))) {
        out.push({ type: "SUPPORTS", from: m.entity, to: person.entity, span: { start: m.start, end: person.end }, confidence: 0.8, rule: "stance.nominee-of" });
      }
    }
    // "X, the US nominee": the holder after the person's name.
    if (m.type === "Person" && !m.modifier) {
      const appositive = /^,\s+(?:the\s+|a\s+)?/.exec(after);
      const holder = appositive ? inSentence.slice(i + 1).find((x) => x.type === "Country" || x.type === "Organization" || x.type === "Person") : undefined;
      if (appositive && holder && NOMINEE_APPOSITION.test(text.slice(m.end, holder.start)) && holder.entity !== m.entity) {
        const tail = /^(?:['’]s?)?\s+(?:(?:own|official|preferred|chosen|joint|sole)\s+)?(?:candidate|nominee|pick)\b/iu.exec(text.slice(holder.end, holder.end + 40));
        if (tail) out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: holder.end + tail[0].length }, confidence: 0.8, rule: "stance.nominee-of" });
      }
    }
    // "X, the candidate of Kenya", "X is the official nominee of the African Union".
    if (m.type === "Person" && !m.modifier) {
      const of = CANDIDATE_OF.exec(after);
      const holder = of ? inSentence.slice(i + 1).find((x) => (x.type === "Country" || x.type === "Organization") && x.start >= m.end + of[0].length) : undefined;
      if (of && holder && holder.start - (m.end + of[0].length) <= 4 && !/^['’]s/.test(text.slice(holder.end, holder.end + 2))) {
        out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: holder.end }, confidence: 0.8, rule: "stance.nominee-of" });
      }
    }
    // "X is South Korea's trade minister and its candidate": "its" is the country just named.
    if (m.type === "Person" && !m.modifier) {
      const its = ITS_CANDIDATE.exec(after);
      if (its) {
        const itsAt = m.end + its[0].length - its[1]!.length;
        const holder = inSentence.filter((x) => x.start >= m.end && x.end <= itsAt && (x.type === "Country" || x.type === "Organization")).pop();
        if (holder) out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: m.end + its[0].length }, confidence: 0.75, rule: "stance.nominee-of" });
      }
    }
    // "A's endorsement of X".
    if (!m.modifier || m.type !== "Person") {
      const noun = HOLDER_NOUN_AFTER.exec(after);
      if (noun) {
        const person = personRightAfter(analysis, m.end + noun[0].length, sentence.end);
        if (person && person.entity !== m.entity) {
          out.push({ type: noun[1] ? "OPPOSES" : "SUPPORTS", from: m.entity, to: person.entity, span: { start: m.start, end: person.end }, confidence: 0.8, rule: "stance.holder-noun" });
        }
      }
    }
  }
  // "X's supporters include A and B", "A is among X's backers".
  let s: RegExpExecArray | null;
  SUPPORTERS.lastIndex = 0;
  while ((s = SUPPORTERS.exec(body)) !== null) {
    const at = sentence.start + s.index;
    const candidate = mentionsIn(analysis, sentence.start, at).filter((m) => m.type === "Person" && !m.modifier).pop();
    if (!candidate || text.slice(candidate.end, at).trim() !== "") continue;
    const end = at + s[0].length;
    if (s[1]) {
      for (const a of actorsAfter(analysis, sentence, end, candidate.entity)) out.push({ type: "SUPPORTS", from: a.entity, to: candidate.entity, span: { start: candidate.start, end: a.end }, confidence: 0.8, rule: "stance.supporters-of" });
    } else {
      const among = /\b(?:is|are|was|were)\s+(?:also\s+)?among\s+$/i.exec(text.slice(sentence.start, candidate.extendedStart));
      if (!among) continue;
      const holder = mentionsIn(analysis, sentence.start, sentence.start + among.index).filter(isActor).pop();
      if (holder && holder.entity !== candidate.entity) out.push({ type: "SUPPORTS", from: holder.entity, to: candidate.entity, span: { start: holder.start, end }, confidence: 0.75, rule: "stance.supporters-of" });
    }
  }
  // "Backed by A and B, X ...": the backers open the sentence, the candidate follows the comma.
  const opening = OPENING_PASSIVE.exec(body);
  if (opening) {
    const at = sentence.start + opening[0].length;
    const backers = actorsAfter(analysis, sentence, at, "");
    const last = backers[backers.length - 1];
    const comma = last ? /^[^,.;:]{0,40},\s*/.exec(text.slice(last.end, sentence.end)) : null;
    const candidate = comma && last ? personRightAfter(analysis, last.end + comma[0].length, sentence.end) : undefined;
    if (candidate) {
      const type = /oppos|reject|block|veto/i.test(opening[1]!) ? "OPPOSES" : "SUPPORTS";
      for (const b of backers) if (b.entity !== candidate.entity) out.push({ type, from: b.entity, to: candidate.entity, span: { start: sentence.start, end: candidate.end }, confidence: 0.8, rule: "stance.passive" });
    }
  }
  // "the support of A (and B) to X".
  SUPPORT_OF.lastIndex = 0;
  while ((s = SUPPORT_OF.exec(body)) !== null) {
    const at = sentence.start + s.index + s[0].length;
    const actors = actorsAfter(analysis, sentence, at, "");
    const last = actors[actors.length - 1];
    if (!last || actors.some((a) => a.type === "Person" && a.inQuote)) continue;
    const to = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?(?:(?:candidacy|candidature|bid|nomination)\s+of\s+)?/u.exec(text.slice(last.end, Math.min(sentence.end, last.end + 60)));
    if (!to) continue;
    const person = personRightAfter(analysis, last.end + to[0].length, sentence.end);
    if (!person) continue;
    for (const a of actors) if (a.entity !== person.entity) out.push({ type: "SUPPORTS", from: a.entity, to: person.entity, span: { start: sentence.start + s.index, end: person.end }, confidence: 0.75, rule: "stance.holder-noun" });
  }
  // "the endorsement of X by A, B and C".
  STANCE_NOUN_OF.lastIndex = 0;
  while ((s = STANCE_NOUN_OF.exec(body)) !== null) {
    const at = sentence.start + s.index + s[0].length;
    const person = personRightAfter(analysis, at, sentence.end);
    if (!person) continue;
    const by = /^\s*(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?)?(?:\([^)]*\)\s*)?by\s+/u.exec(text.slice(person.end, Math.min(sentence.end, person.end + 40)));
    if (!by) continue;
    for (const a of actorsAfter(analysis, sentence, person.end + by[0].length, person.entity)) {
      out.push({ type: "SUPPORTS", from: a.entity, to: person.entity, span: { start: sentence.start + s.index, end: a.end }, confidence: 0.8, rule: "stance.holder-noun" });
    }
  }
  void quotes;
  return out;
}

/** "Thank you A and B", "special thanks to A", "grateful for the support of A". */
const THANKS = /\b(?:thank(?:s|ed|ing)?(?:\s+to)?(?:\s+you)?|grateful\s+to|gratitude\s+to|grateful\s+for\s+(?:the\s+)?(?:(?:expression|show|outpouring|vote)s?\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:support|backing|endorsement)\s+(?:of|from))\s+/giu;
/** What the thanked actors are thanked for: their support. */
const FOR_SUPPORT = /^[^.;:!?“”"]{0,40}?\bfor\s+(?:(?:their|your|his|her|its|the|our)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:support|backing|endorsement|votes?)\b/iu;

/**
 * Gratitude for support is support: "Thank you A and B for your support" said by X, "X thanked A
 * for its backing", "X is grateful for the support of A": A supports X.
 */
function gratitudeStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const out: Found[] = [];
  if (!/thank|grateful|gratitude/i.test(body)) return out;
  THANKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = THANKS.exec(body)) !== null) {
    const start = sentence.start + m.index;
    const at = start + m[0].length;
    const named = /support|backing|endorsement/i.test(m[0]);
    const quote = quoteSpeakerAt(quotes, start);
    const thanker = quote ? { entity: quote.speaker, end: start, confidence: 0.75, mention: undefined as Mention | undefined } : subjectBefore(analysis, sentence, start, quotes, []);
    if (!thanker || analysis.entities.get(thanker.entity)?.type !== "Person") continue;
    if (NEGATION.test(text.slice(thanker.end, start))) continue;
    const actors = actorsAfter(analysis, sentence, at, thanker.entity);
    const last = actors[actors.length - 1];
    if (!last) continue;
    if (!named && !FOR_SUPPORT.test(text.slice(last.end, sentence.end))) continue;
    for (const a of actors) out.push({ type: "SUPPORTS", from: a.entity, to: thanker.entity, span: { start: Math.min(thanker.mention?.start ?? start, start), end: a.end }, confidence: 0.7, rule: "stance.gratitude" });
  }
  return out;
}

/** Reads the stances of every sentence. */
export function findStances(analysis: Analysis, quotes: readonly AttributedQuote[]): StanceResult {
  const { text, entities } = analysis;
  const claims: DraftClaim[] = [];
  const inferredSpeakers: StanceResult["inferredSpeakers"] = [];
  const lowered = lowerAscii(text);
  for (const sentence of analysis.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const lowerBody = lowered.slice(sentence.start, sentence.end);
    TRIGGER.lastIndex = 0;
    const earlier: { object: Mention | null; subject: string; end: number }[] = [];
    const found: Found[] = [];
    let t: RegExpExecArray | null;
    while ((t = TRIGGER.exec(lowerBody)) !== null) {
      const groups = t.groups ?? {};
      const kind = (Object.keys(groups) as Kind[]).find((k) => groups[k] !== undefined)!;
      const start = sentence.start + t.index;
      const end = start + t[0].length;
      const speaker = quoteSpeakerAt(quotes, start);
      if (kind === "passive" || kind === "nominal" || kind === "loss") {
        const candidate = candidateBefore(analysis, sentence, start, quotes);
        if (!candidate) continue;
        if (hedged(text, candidate.after, start)) continue;
        const participle = (t[1] ?? "").toLowerCase();
        const type = kind === "loss" || /oppos|reject|block|veto/.test(participle) ? "OPPOSES" : "SUPPORTS";
        if (NEGATION.test(text.slice(candidate.after, start))) continue;
        const actors = actorsAfter(analysis, sentence, end, candidate.entity);
        // "nominated by his government": the candidate's own country.
        if (actors.length === 0 && /^\s*(?:the\s+)?(?:his|her)\s+(?:own\s+)?(?:home\s+)?(?:country|government|nation)\b/i.test(text.slice(end, end + 40))) {
          const person = entities.get(candidate.entity);
          const country = person?.roles.find((r) => r.of !== null && entities.get(r.of)?.type === "Country")?.of ?? person?.nationality;
          const own = country ? analysis.mentions.find((m) => m.entity === country) : undefined;
          if (own) actors.push(own);
        }
        for (const actor of actors) {
          const span = { start: Math.min(candidate.mention?.start ?? start, start), end: Math.max(actor.end, end) };
          found.push({ type, from: actor.entity, to: candidate.entity, span, confidence: candidate.confidence * (kind === "passive" ? 1 : 0.85), rule: kind === "loss" ? (/^los/i.test(t[0]) ? "stance.support-lost" : "stance.opposition-from") : kind === "nominal" ? "stance.backing-of" : "stance.passive" });
        }
        continue;
      }
      if (kind === "unfit") {
        const called = calledUnfit(analysis, sentence, start, quotes);
        if (called) {
          found.push({ ...called, span: { start: called.span.start, end } });
          continue;
        }
        const candidate = candidateBefore(analysis, sentence, start, quotes);
        if (!candidate) continue;
        const holder = speaker?.speaker ?? sayerBefore(analysis, sentence, candidate.mention?.start ?? start)?.entity;
        if (!holder || holder === candidate.entity) continue;
        found.push({ type: "OPPOSES", from: holder, to: candidate.entity, span: { start: Math.min(candidate.mention?.start ?? start, start), end }, confidence: 0.65, rule: "stance.called-unfit" });
        continue;
      }
      if (kind === "praise") {
        const candidate = candidateBefore(analysis, sentence, start, quotes);
        if (!candidate) continue;
        const holder = speaker?.speaker ?? sayerBefore(analysis, sentence, candidate.mention?.start ?? start)?.entity;
        if (!holder || holder === candidate.entity) continue;
        found.push({ type: "SUPPORTS", from: holder, to: candidate.entity, span: { start: Math.min(candidate.mention?.start ?? start, start), end }, confidence: 0.65, rule: "stance.praise" });
        continue;
      }
      // "more support than", "the support of": the noun, not the verb.
      if (kind === "support" && /^(?:support|backing)$/i.test(t[0]) && SUPPORT_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 25), start))) continue;
      // "called on members to rally behind her": the verb's subject is the one asked; the control reader takes it.
      if (CONTROLLED.test(text.slice(Math.max(sentence.start, start - 90), start))) continue;
      // "with three-quarters of members supporting him": the participle's subject follows "with".
      const absolute = /^\p{L}+ing\b/u.test(t[0]) ? /\bwith\s+([^,;:“”"]{1,80})$/iu.exec(text.slice(Math.max(sentence.start, start - 90), start)) : null;
      if (absolute) {
        const withAt = start - absolute[1]!.length;
        const own = mentionsIn(analysis, withAt, start).filter((m) => isActor(m)).pop();
        if (!own) continue;
      }
      // ", expressing support for X": a participle after a comma has the main clause's subject.
      const participle = /,\s*$/.test(text.slice(Math.max(sentence.start, start - 3), start)) && /^\p{L}+ing\b/u.test(t[0]) && objectBeforeComma(analysis, sentence, start);
      const subject = participle ? mainSubject(analysis, sentence, start, earlier) : subjectBefore(analysis, sentence, start, quotes, earlier);
      if (!subject) continue;
      let object = objectAfter(analysis, sentence, end, [subject.entity, ...(speaker ? [speaker.speaker] : [])]);
      earlier.push({ object: object?.mention ?? null, subject: subject.entity, end: subject.end });
      if (!object || object.entity === subject.entity) continue;
      if (entities.get(object.entity)?.type !== "Person") continue;
      const between = text.slice(subject.end, start);
      if (hedged(text, subject.end, start) || /\bneither\b/i.test(between)) continue;
      // "did not say whether Brazil would back X": a clause asked about states nothing.
      if (subject.mention && /\b(?:whether|if|unless)\s+[^,;]*$/i.test(text.slice(sentence.start, subject.mention.start))) continue;
      // "welcomed X's candidacy" is support; "welcomed X" alone is a courtesy.
      if (/^welcom/i.test(t[0]) && object.mention && !/^['’]s?\s+(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|decision\s+to\s+run)\b/u.test(text.slice(object.mention.end, object.mention.end + 40)) && !/(?:candidacy|candidature|bid|nomination)\s+of\s+$/i.test(text.slice(end, object.mention.start))) continue;
      let type: "SUPPORTS" | "OPPOSES" = kind === "oppose" ? "OPPOSES" : "SUPPORTS";
      let confidence = Math.min(subject.confidence, object.confidence);
      // "criticizing X's chief rivals, A and B": the stance is on A and B.
      let extra: Mention[] = [];
      const rivals = object.mention ? RIVALS_APPOSITION.exec(text.slice(object.mention.end, object.mention.end + 60)) : null;
      if (rivals && object.mention) {
        const named = personList(analysis, sentence, object.mention.end + rivals[0].length);
        if (named.length === 0 || named.some((p) => p.entity === subject.entity)) continue;
        object = { entity: named[0]!.entity, mention: named[0]!, end: named[named.length - 1]!.end, confidence: 0.8 };
        extra = named.slice(1);
      } else if (object.mention && kind === "oppose") {
        // Opposition is often to several rivals at once; support of several for one post is rare.
        const list = personList(analysis, sentence, object.mention.start);
        if (list.length > 1 && list[0]!.entity === object.entity) extra = list.slice(1).filter((p) => p.entity !== subject.entity);
      }
      const criticism = kind === "oppose" && CRITICISM_AT.test(t[0]);
      if (criticism && object.mention && CRITICISED_THING.test(text.slice(object.mention.end, object.mention.end + 40))) continue;
      // "questioned X's nomination" is a stance; "questioned X at a hearing" is not.
      if (/^question/.test(t[0]) && !(object.mention && /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|suitability|fitness|qualifications?|credentials)\b/u.test(text.slice(object.mention.end, object.mention.end + 40)))) continue;
      let rule = criticism ? "stance.criticism" : kind === "oppose" ? "stance.oppose-verb" : "stance.support-verb";
      if (NEGATION.test(between) || /\b(?:not|never)\s*$/i.test(text.slice(start - 12, start))) {
        if (type === "OPPOSES") continue;
        if (QUESTION_END.test(body) || text.slice(start, sentence.end).includes("?")) {
          // "What reason do we have not to support X?" asks for support; other questions state nothing.
          if (!RHETORICAL.test(text.slice(sentence.start, start))) continue;
          confidence *= 0.8;
          rule = "stance.rhetorical-question";
        } else {
          type = "OPPOSES";
          confidence *= 0.85;
          rule = "stance.negated-support";
        }
      }
      found.push({ type, from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence, subjectMention: subject.mention, rule });
      for (const other of extra) found.push({ type, from: subject.entity, to: other.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: other.end }, confidence: confidence * 0.9, subjectMention: subject.mention, rule: `${rule}.object-list` });
      // "pledged his country's support": the person's country holds the stance too.
      const person = entities.get(subject.entity);
      if (person?.type === "Person" && /\b(?:his|her|their)\s+(?:country|nation|government)['’]s?\s/i.test(t[0])) {
        const country = person.roles.find((r) => r.of !== null && entities.get(r.of)?.type === "Country")?.of ?? person.nationality;
        if (country && country !== object.entity) found.push({ type, from: country, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence: confidence * 0.9, rule: `${rule}.own-country` });
      }
      // "back X over Y": Y is the one not chosen.
      const over = type === "SUPPORTS" ? /^\s*(?:['’]s\s+[\p{L}-]+\s+)?(?:over|rather\s+than|instead\s+of)\s+/u.exec(text.slice(object.end, Math.min(sentence.end, object.end + 30))) : null;
      if (over) {
        const at = object.end + over[0].length;
        const rival = mentionsIn(analysis, at, Math.min(sentence.end, at + 80)).find((x) => x.type === "Person" && !x.modifier);
        if (rival && rival.entity !== subject.entity && rival.extendedStart - at <= 40 && !/[,.;:]/.test(text.slice(at, rival.extendedStart))) {
          found.push({ type: "OPPOSES", from: subject.entity, to: rival.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: rival.end }, confidence: confidence * 0.8, subjectMention: subject.mention, rule: "stance.preferred-over" });
        }
      }
      if (subject.mention) {
        for (const other of conjoinedBefore(analysis, sentence, subject.mention)) {
          if (other.entity !== object.entity) found.push({ type, from: other.entity, to: object.entity, span: { start: other.start, end: object.end }, confidence: confidence * 0.9, rule: `${rule}.conjoined` });
        }
      }
    }

    found.push(...controlStances(analysis, sentence, quotes, lowered), ...nounStances(analysis, sentence, quotes), ...gratitudeStances(analysis, sentence, quotes));
    for (const f of found) {
      f.post ??= stancePost(analysis, sentence, f.span.end);
      claims.push({ type: f.type, from: f.from, to: f.to, start: f.span.start, end: f.span.end, confidence: round(f.confidence), sentence: sentence.index, rule: f.rule, ...(f.post ? { post: f.post } : {}) });
      const actor = entities.get(f.from);
      if (!actor || actor.type === "Person") continue;
      // The person who voices a country's or organization's stance holds it too.
      const quoteSpeaker = quoteSpeakerAt(quotes, f.span.start);
      const sayer = quoteSpeaker ? entities.get(quoteSpeaker.speaker) : (() => {
        const m = sayerBefore(analysis, sentence, f.subjectMention?.start ?? f.span.start);
        return m ? entities.get(m.entity) : undefined;
      })();
      if (!sayer || sayer.type !== "Person" || sayer.key === f.to) continue;
      const speaksRole = sayer.roles.find((r) => r.role !== null && (r.of === f.from || r.of === null));
      if (!speaksRole) continue;
      if (speaksRole.of === null) {
        const s = sentence;
        inferredSpeakers.push({ person: sayer.key, of: f.from, span: { start: s.start, end: f.span.end }, sentence: s.index });
      }
      const span = quoteSpeaker ? f.span : { start: Math.min(f.span.start, sentence.start), end: f.span.end };
      claims.push({ type: f.type, from: sayer.key, to: f.to, start: span.start, end: span.end, confidence: round(f.confidence * 0.8), sentence: sentence.index, rule: "stance.voiced-by-speaker", ...(f.post ? { post: f.post } : {}) });
    }
  }
  return { claims, inferredSpeakers };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
