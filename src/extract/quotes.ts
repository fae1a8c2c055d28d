/**
 * Stage 5: who is quoted.
 *
 * A quotation is attributed by the words right after it (`,” said Attal.`, `,” Attal emphasized.`,
 * `,” according to Reuters.`), by an introduction right before it (`Attal said: “`), or by a speech
 * verb earlier in its sentence (`Dumont said Lindqvist “would make …”`). A quotation with no
 * attribution of its own takes the speaker of the quotation it continues: the next one when it
 * was left open at the end of its paragraph, otherwise the previous one in the same or the
 * preceding paragraph.
 *
 * Speakers named by a pronoun resolve to the last person named outside quotations; "the analyst",
 * "the expert" (and other such nouns) to the last person so described, or else the last person
 * without an official role; "the publication" to the last outlet named.
 */
import { EXPERT_NOUNS, MEDIA_NOUNS } from "./lexicon/titles.js";
import { SPEECH_VERBS } from "./lexicon/verbs.js";
import { firstMentionAtOrAfter, resolveSubjectPronoun } from "./clauses.js";
import { documentQuote } from "./document-quotes.js";
import { goingOnSayer } from "./sayer-pronouns.js";
import { isRelayedAttribution } from "./relayed-quotes.js";
import { escapeRegExp, sentenceAt } from "./text-utils.js";
import type { Analysis, Mention, QuoteSpan, Sentence, Span } from "./types.js";

export interface AttributedQuote {
  quote: QuoteSpan;
  speaker: string;
  /** The attribution text ("said Attal"). */
  evidence: Span;
  confidence: number;
  /** How the speaker was found. */
  rule: string;
}

/** The shared speech verbs, longest first. */
const VERBS = [...SPEECH_VERBS].map(escapeRegExp).sort((a, b) => b.length - a.length).join("|");
const VERB_FIRST = new RegExp(`^(?:${VERBS})\\s+(.{1,160})$`, "s");
const VERB_AFTER = new RegExp(`^(.{1,90}?)\\s+(?:${VERBS})\\b`, "s");
const ACCORDING = /^according\s+to\s+(.{1,120})$/is;
/** Words after a quotation that open a clause of their own: "after X acknowledged", "when Y announced". */
const SUBORDINATE_TAIL = /^(?:after|before|when|while|as|because|since|until|once|although|though|whereas|if|unless)\s/i;
/** "“…” towards Mr X, but predicted", "“…” by the party as he insists": a name the quotation's own sentence governs, not its speaker. */
const PREPOSITION_TAIL = /^(?:towards?|by|against|about|of|for|from|with)\s+(?:the\s+)?\p{Lu}/u;
/** "Xinhua quoted X as saying", "X was quoted as saying", "the agency cited X as telling": the one quoted speaks, not the outlet. */
const QUOTED_AS = /(?:^|\s)(?:quoted|cited)\s+(.{1,80}?)\s+as\s+(?:saying|telling|stating|writing|adding)\b/s;
const QUOTED_AS_SUBJECT = /^(.{1,80}?)\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|cited)\s+(?:by\s+[^,.“”"]{1,40}\s+)?as\s+(?:saying|telling|stating|writing|adding)\b/s;
/** The same words closing the text before a quotation: "... quoted X as saying: “". */
const QUOTED_AS_BEFORE = /(?:^|[.!?]\s+|,\s+)(?:([^.!?“”"]{1,80}?)\s+(?:was|were|is|has\s+been)\s+(?:also\s+)?(?:quoted|cited)\s+(?:by\s+[^,.“”"]{1,40}\s+)?|[^.!?“”"]{0,80}?\b(?:quoted|cited)\s+([^.!?“”"]{1,80}?)\s+)as\s+(?:saying|telling\s+[^.!?“”":]{1,40}|stating|writing|adding)\s*[:,]?\s*$/;
const INTRO_BEFORE = new RegExp(`(?:^|[.!?]\\s+|,\\s+)([^.!?“”"]{1,120}?)\\s+(?:${VERBS})(?:\\s+[^.!?“”":]{0,60})?[:,]\\s*$`);
/** A participle or relative clause after the speaker's words: ", highlighting ...", ", who ...". */
const PARTICIPLE_CLAUSE = /,\s+(?:\p{Ll}+ing|who|which|whose|as|after|before|when|while)\s/u;
/** How far before a quotation its introduction is looked for. */
const INTRO_WINDOW = 400;
/** Verbs that take a quotation as their object, besides the speech verbs ("called him “unfit”", "tweeted “…”"). */
const QUOTING_VERBS = "called|calls|described|describes|dubbed|branded|labell?ed|twitted|denied|denies|praised|praises|hailed|hails|lauded|critici[sz]ed|slammed|derided|mocked";
/** A participle after a comma speaks for the clause's subject ("X signalled a delay, saying “…”"). */
const PARTICIPLES = "saying|adding|insisting|arguing|warning|noting|stressing|declaring|writing|telling|stating|explaining|quipping|joking|vowing|promising|predicting|pledging|recalling|acknowledging|conceding|tweeting";
const IN_SENTENCE = new RegExp(`(?:^|\\s)(?:${VERBS}|${QUOTING_VERBS}|${PARTICIPLES})\\b`, "g");
const PARTICIPLE = new RegExp(`^,\\s+(?:${PARTICIPLES})$`);

/** "The broadcaster ", "the former minister " right before a speech verb, opening the sentence or a clause. */
const DESCRIBED_SUBJECT = /(?:^|,\s+)((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+$/u;

/** Words before an outlet that make it the one spoken to: "in an interview with", "told", "speaking to". */
const ADDRESSEE_BEFORE = /\b(?:interview\s+with|interviewed\s+by|speaking\s+to|spoke\s+to|talking\s+to|told|tells|telling)\s+(?:the\s+)?$/i;

/** The verbs that report speech in a sentence whose later verbs are reported with it. */
const REPORT_VERB = /^(?:said|says|say|told|tells|added|adds)$/;

/** Between a name and its speech verb, a relative pronoun and at most two adverbs or auxiliaries: ", who once ". */
const RELATIVE_SPEAKER = /^\s*,\s+who\s+(?:(?:once|also|later|previously|then|has|had|have|\p{Ll}+ly)\s+){0,2}$/u;

/** How far back a described speaker ("the analyst") is looked for. */
const SPEAKER_LOOKBACK = 6000;

/** The last mention (by start) before `at`, and at most {@link SPEAKER_LOOKBACK} before it, that satisfies `ok`. */
function lastBefore(mentions: readonly Mention[], at: number, ok: (m: Mention) => boolean): Mention | undefined {
  const floor = at - SPEAKER_LOOKBACK;
  for (let i = firstMentionAtOrAfter(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor) return undefined;
    if (ok(m)) return m;
  }
  return undefined;
}

/** Nouns that name a person by what they do or are ("the lawmaker", "the 62-year-old", "the victim support worker"). */
const PERSON_NOUN = /^(?:(?:senator|minister|secretary|president|premier|chancellor|governor|congressman|congresswoman|lawmaker|legislator|politician|candidate|nominee|contender|front-?runner|favou?rite|incumbent|challenger|rival|leader|chief|head|chair|chairman|chairwoman|spokesman|spokeswoman|spokesperson|official|diplomat|envoy|ambassador|mayor|veteran|director|executive|adviser|advisor|campaigner|activist|member|mp|mep|peer|former|\d+-year-old)|[a-z]+(?:er|or|ist|ian))$/;
/** Nouns that name an organization by its kind ("the office", "the ministry", "the union"). */
const ORGANIZATION_NOUN = /^(?:office|ministry|department|union|party|committee|commission|council|federation|association|agency|bloc|alliance|organi[sz]ation|group|government|administration|board|body|secretariat|federation|confederation|congress)$/;

/**
 * A definite description as the speaker: "the former minister" is the last person named before
 * the quotation whose title or apposition says so; "the office" is the last organization named
 * with that word in or right after its name. (The last person named, whatever their title, was
 * wrong more often than right on unseen articles.)
 */
function describedSpeaker(analysis: Analysis, phrase: string, quoteStart: number): { speaker: string; confidence: number } | null {
  const { text, mentions, entities } = analysis;
  const m = /^(?:the|this|that)\s+(?:[a-z0-9-]+\s+){0,3}([a-z0-9-]+)$/.exec(phrase);
  if (!m) return null;
  const head = m[1]!;
  if (ORGANIZATION_NOUN.test(head)) {
    const org = lastBefore(mentions, quoteStart, (x) => x.type === "Organization" && !x.inQuote && (x.name.toLowerCase().includes(head) || text.slice(x.end, x.end + head.length + 6).toLowerCase().includes(head)));
    return org ? { speaker: org.entity, confidence: 0.6 } : null;
  }
  if (!PERSON_NOUN.test(head)) return null;
  const fits = (x: Mention) => x.type === "Person" && !x.inQuote && !x.modifier;
  // "the housing minister" is the one whose title says housing minister, before any other minister.
  const words = /^(?:the|this|that)\s+(.+)$/.exec(phrase)![1]!;
  const titled = (x: Mention) => text.slice(Math.max(0, x.start - words.length - 2), x.start).toLowerCase().trimEnd().endsWith(words);
  const exact = words !== head ? lastBefore(mentions, quoteStart, (x) => fits(x) && (titled(x) || entities.get(x.entity)!.roles.some((r) => r.text.toLowerCase().includes(words)))) : undefined;
  if (exact) return { speaker: exact.entity, confidence: 0.65 };
  const described = lastBefore(mentions, quoteStart, (x) => fits(x) && entities.get(x.entity)!.roles.some((r) => r.text.toLowerCase().includes(head)));
  if (described) return { speaker: described.entity, confidence: 0.65 };
  return null;
}

/** ", led by X (pictured above)" closing the words before a speech verb. */
const BY_ASIDE = /,\s+(?:led|headed|chaired|run|founded|accompanied|flanked|joined|represented)\s+by\s[^,]*,?\s*$/;

/** Resolves the words naming a speaker, found at `span`, to an entity key. */
export function resolveSpeaker(analysis: Analysis, span: Span, quoteStart: number, nearVerb = false): { speaker: string; confidence: number } | null {
  const { text, mentions, entities } = analysis;
  const inside: Mention[] = [];
  for (let i = firstMentionAtOrAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.end <= span.end && !m.modifier && m.type !== "Post") inside.push(m);
  }
  let spanEnd = span.end;
  if (nearVerb) {
    // "the USTR, led by X (pictured), said": a participle aside names the subject's leader, not the speaker.
    const aside = BY_ASIDE.exec(text.slice(span.start, span.end));
    if (aside) {
      spanEnd = span.start + aside.index;
      for (let k = inside.length - 1; k >= 0; k--) if (inside[k]!.start >= spanEnd) inside.splice(k, 1);
    }
  }
  let person = inside.find((m) => m.type === "Person");
  if (person && nearVerb) {
    // "Explaining why she backs X, Y said:": the subject is the name nearest the verb, after the last comma.
    // A comma before the verb closes an aside ("X, speaking beside Y, said"): the subject opens the span then.
    const words = text.slice(span.start, span.end).trimEnd();
    const comma = words.endsWith(",") ? -1 : words.lastIndexOf(",");
    const last = comma < 0 ? undefined : inside.find((m) => m.type === "Person" && m.start > span.start + comma);
    if (last) person = last;
    // "Turning to reports that backed Coe, the Ukrainian responded:": a description after the comma is the subject, not a name in the opening clause.
    else if (comma >= 0 && /^\s*(?:the|this|that)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*$/u.test(words.slice(comma + 1))) person = undefined;
  }
  if (person) return { speaker: person.entity, confidence: person.form === "descriptor" ? 0.75 : 0.9 };
  let phrase = text.slice(span.start, spanEnd).replace(/[\s,]+$/, "").trim().toLowerCase();
  // After an introductory clause, the subject is what follows its comma.
  if (nearVerb && /,/.test(phrase)) {
    const tail = phrase.slice(phrase.lastIndexOf(",") + 1).trim();
    if (/^(?:the|this|that)\s/.test(tail)) phrase = tail;
  }
  if (/^(?:he|she)\b/.test(phrase)) {
    const at = Math.min(quoteStart, span.start);
    const want = phrase.startsWith("she") ? "f" : "m";
    // "“Valls is the best option,” he said": one named inside the quotation is spoken about, not speaking.
    const quote = analysis.quotes.find((x) => x.start === quoteStart);
    const named = new Set<string>();
    for (let i = quote ? firstMentionAtOrAfter(mentions, quote.start) : mentions.length; i < mentions.length && mentions[i]!.start < quote!.end; i++) if (mentions[i]!.type === "Person") named.add(mentions[i]!.entity);
    const subject = resolveSubjectPronoun(analysis, at, want === "f" ? "she" : "he");
    const gender = subject ? entities.get(subject.entity)?.gender : undefined;
    if (subject && !named.has(subject.entity) && (gender === undefined || gender === want)) return { speaker: subject.entity, confidence: 0.75 };
    // The subject is of the other gender, or named in the quotation: the last other person of the pronoun's gender named before.
    const other = lastBefore(mentions, at, (m) => m.type === "Person" && !m.inQuote && !m.modifier && !named.has(m.entity) && entities.get(m.entity)?.gender === want);
    return other ? { speaker: other.entity, confidence: 0.7 } : null;
  }
  const noun = /^(?:the|this|that|our|one)\s+([a-z ]+?)\s*$/.exec(phrase)?.[1];
  if (noun && (EXPERT_NOUNS.has(noun) || EXPERT_NOUNS.has(noun.split(" ").pop() ?? ""))) {
    const head = noun.split(" ").pop()!;
    const described = lastBefore(mentions, quoteStart, (m) => m.type === "Person" && !m.inQuote && (entities.get(m.entity)!.nouns.has(noun) || entities.get(m.entity)!.nouns.has(head)));
    if (described) return { speaker: described.entity, confidence: 0.75 };
    const expert = lastBefore(mentions, quoteStart, (m) => m.type === "Person" && !m.inQuote && !m.modifier && entities.get(m.entity)!.expert);
    const plain = lastBefore(mentions, quoteStart, (m) => m.type === "Person" && !m.inQuote && !m.modifier && !entities.get(m.entity)!.roles.some((r) => r.role !== null));
    const pick = [expert, plain].filter((x): x is Mention => !!x).sort((a, b) => b.start - a.start)[0];
    return pick ? { speaker: pick.entity, confidence: 0.65 } : null;
  }
  if (noun && MEDIA_NOUNS.has(noun.split(" ").pop() ?? "")) {
    const media = lastBefore(mentions, quoteStart, (m) => m.type === "Media" && !m.inQuote);
    return media ? { speaker: media.entity, confidence: 0.6 } : null;
  }
  const described = describedSpeaker(analysis, phrase, quoteStart);
  if (described) return described;
  const actor = inside.find((m) => m.type === "Media" || m.type === "Organization" || (m.type === "Country" && m.form !== "demonym"));
  if (actor && spanEnd - span.start < 60) return { speaker: actor.entity, confidence: 0.6 };
  return null;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,–—\-:]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

type Attribution = { speaker: string; evidence: Span; confidence: number; rule: string };

function afterQuote(analysis: Analysis, q: QuoteSpan): Attribution | null {
  const { text } = analysis;
  // The attribution ends with its sentence; the period of "Dr." or "Sen." does not end it.
  // Nor does an initial's ("U.N. ambassador X said"), when a lower-case word or another initial follows.
  const stop = text.slice(q.end, q.end + 240).search(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Amb|Pres))(?:(?<!(?:^|[\s.(])\p{Lu})\.|\.(?!\s*\p{Ll}|\p{Lu}\.|,)|[!?\n“"])/u);
  const raw = trimSpan(text, q.end, q.end + (stop < 0 ? Math.min(240, text.length - q.end) : stop));
  if (raw.end - raw.start < 2) return null;
  const tail = text.slice(raw.start, raw.end);
  const verbFirst = VERB_FIRST.exec(tail);
  if (verbFirst) {
    const at = raw.start + tail.indexOf(verbFirst[1]!);
    // "said the former officer, highlighting X's service": the participle clause names no speaker.
    const clause = PARTICIPLE_CLAUSE.exec(text.slice(at, raw.end));
    const speaker = resolveSpeaker(analysis, { start: at, end: clause ? at + clause.index : raw.end }, q.start);
    if (speaker) return { ...speaker, evidence: raw, rule: "quote.verb-after" };
  }
  const quotedAs = tail.includes("quoted") || tail.includes("cited") ? QUOTED_AS_SUBJECT.exec(tail) ?? QUOTED_AS.exec(tail) : null;
  if (quotedAs) {
    const at = raw.start + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!);
    const speaker = resolveSpeaker(analysis, { start: at, end: at + quotedAs[1]!.length }, q.start);
    if (speaker) return { ...speaker, evidence: raw, rule: "quote.quoted-as" };
  }
  const according = ACCORDING.exec(tail);
  if (according) {
    const at = raw.start + tail.indexOf(according[1]!);
    const speaker = resolveSpeaker(analysis, { start: at, end: raw.end }, q.start);
    if (speaker) return { ...speaker, evidence: raw, rule: "quote.according-to" };
  }
  // "“…” after X acknowledged the vote": a clause of its own, not the quotation's attribution.
  // An open quotation's paragraph ends with it: the next paragraph's words are not its attribution.
  if (/\n/.test(text.slice(q.end, raw.start))) return null;
  const verbAfter = SUBORDINATE_TAIL.test(tail) || PREPOSITION_TAIL.test(tail) ? null : VERB_AFTER.exec(tail);
  if (verbAfter) {
    const speaker = resolveSpeaker(analysis, { start: raw.start, end: raw.start + verbAfter[1]!.length }, q.start, true);
    if (speaker) return { ...speaker, evidence: raw, rule: "quote.speaker-after" };
  }
  return null;
}

function beforeQuote(analysis: Analysis, q: QuoteSpan): Attribution | null {
  const { text, paragraphs } = analysis;
  const paragraph = paragraphs[q.paragraph]!;
  // "Speaking from Brussels, he said:" closing the paragraph before the one the quotation opens.
  const previous = q.start === paragraph.start && q.paragraph > 0 ? paragraphs[q.paragraph - 1]! : undefined;
  const introAbove = previous !== undefined && /:\s*$/.test(text.slice(Math.max(previous.start, previous.end - 3), previous.end));
  // An introduction is a few words: reading a bounded window keeps one quotation's cost constant.
  const from = Math.max(introAbove ? previous!.start : paragraph.start, q.start - INTRO_WINDOW);
  const before = text.slice(from, q.start);
  // The introduction ends with a colon or a comma: most quotations have none, and the pattern is slow to fail.
  const intro = /[:,]$/.test(before.trimEnd()) ? INTRO_BEFORE.exec(before) : null;
  const quotedAs = !intro && /\bas\s+(?:saying|telling|stating|writing|adding)\b/.test(before.slice(-80)) ? QUOTED_AS_BEFORE.exec(before) : null;
  if (quotedAs) {
    const named = quotedAs[1] ?? quotedAs[2]!;
    const at = from + quotedAs.index + quotedAs[0].indexOf(named);
    const speaker = resolveSpeaker(analysis, { start: at, end: at + named.length }, q.start);
    if (speaker) return { ...speaker, confidence: speaker.confidence * 0.95, evidence: trimSpan(text, at, q.start), rule: "quote.quoted-as" };
  }
  if (!intro) return nameColon(analysis, q, before, from);
  let subjectStart = from + intro.index + intro[0].indexOf(intro[1]!);
  const subjectEnd = subjectStart + intro[1]!.length;
  // "Speaking from Brussels, he said:": a pronoun after an introductory phrase is the subject.
  const comma = intro[1]!.replace(/[\s,]+$/, "").lastIndexOf(",");
  const pronounAfterComma = comma >= 0 && /^\s*(?:he|she)\s*$/i.test(intro[1]!.slice(comma + 1));
  let speaker = pronounAfterComma ? resolveSpeaker(analysis, { start: subjectStart + comma + 1, end: subjectEnd }, q.start, true) : null;
  if (speaker) subjectStart += comma + 1;
  else speaker = resolveSpeaker(analysis, { start: subjectStart, end: subjectEnd }, q.start, true);
  if (!speaker) return null;
  return { ...speaker, confidence: speaker.confidence * 0.95, evidence: trimSpan(text, subjectStart, q.start), rule: "quote.introduction" };
}

/** "Ana Ruiz: “…”", "Freedonia's envoy Ana Ruiz: “…”": a name and a colon opening the line or sentence. */
const NAME_COLON = /(?:^|\n|[.!?]\s+)([^.!?:“”"\n]{1,80}):\s*$/;

function nameColon(analysis: Analysis, q: QuoteSpan, before: string, from: number): Attribution | null {
  if (!/:\s*$/.test(before)) return null;
  const m = NAME_COLON.exec(before);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const end = at + m[1]!.length;
  // The words before the colon are a name with its title, nothing more: the last mention ends them.
  const { mentions } = analysis;
  let last: Mention | undefined;
  for (let i = firstMentionAtOrAfter(mentions, at); i < mentions.length && mentions[i]!.start < end; i++) if (!mentions[i]!.modifier) last = mentions[i];
  if (!last || last.type !== "Person" || last.end !== end || /\b(?:\p{Ll}+ed|\p{Ll}+s|is|are|was|were|has|have)\s/u.test(analysis.text.slice(at, last.start))) return null;
  return { speaker: last.entity, confidence: 0.7, evidence: trimSpan(analysis.text, at, q.start), rule: "quote.name-colon" };
}

/** A speech verb earlier in the quotation's sentence, with its subject just before it. */
function inSentence(analysis: Analysis, q: QuoteSpan): Attribution | null {
  const s = analysis.sentences[sentenceAt(analysis.sentences, q.start)];
  if (!s || s.start === q.start || q.start >= s.end) return null;
  return speechInSentence(analysis, s, q.start);
}

/** The speaker of the last speech verb of sentence `s` before `upTo`: its subject just before it. */
function speechInSentence(analysis: Analysis, s: Sentence, upTo: number): Attribution | null {
  const { text, mentions } = analysis;
  const from = Math.max(s.start, upTo - INTRO_WINDOW);
  const before = text.slice(from, upTo);
  IN_SENTENCE.lastIndex = 0;
  let verb: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  let firstReport: RegExpExecArray | null = null;
  while ((verb = IN_SENTENCE.exec(before)) !== null) {
    last = verb;
    // "refused to say who they back, but X said": an infinitive reports nothing.
    if (!firstReport && REPORT_VERB.test(verb[0].trim()) && !/\bto\s*$/.test(before.slice(Math.max(0, verb.index - 4), verb.index + 1))) firstReport = verb;
  }
  if (!last) return null;
  const verbAt = from + last.index + (last[0].length - last[0].trimStart().length);
  const verbEnd = from + last.index + last[0].length;
  // An outlet spoken to ("In an interview with Al Jazeera, the minister said") is not the speaker.
  const addressed = (m: Mention) => m.type === "Media" && ADDRESSEE_BEFORE.test(text.slice(Math.max(s.start, m.start - 30), m.start));
  // "X's supporters criticised": a possessive names whose they are, not who speaks.
  const possessive = (m: Mention) => /^['’]s?\s/.test(text.slice(m.end, m.end + 3));
  const speaks = (m: Mention) => m.start >= s.start && !m.modifier && !m.inQuote && (m.type === "Person" || m.type === "Media") && !addressed(m);
  // "The opposition said X's record suggested he would make reform “more difficult”": the
  // quotation is reported by the first verb's subject, not by X.
  if (firstReport && firstReport !== last) {
    const reportEnd = from + firstReport.index + firstReport[0].length;
    const nearest = lastBefore(mentions, verbAt, speaks);
    if (nearest && nearest.start >= reportEnd) return speechInSentence(analysis, s, reportEnd);
  }
  // Countries and organizations speak too ("Mexico's finance ministry said"), when no person is named before the verb.
  const speaksAsBody = (m: Mention) => m.start >= s.start && !m.modifier && !m.inQuote && (m.type === "Organization" || (m.type === "Country" && (m.form !== "demonym" || m.acting === true)));
  let subject = lastBefore(mentions, verbAt, (m) => speaks(m) && !possessive(m));
  // "The United States, said Shea, supports ... “…”": the speaker named right after the verb.
  const inverted = mentions[firstMentionAtOrAfter(mentions, verbEnd)];
  if (inverted && inverted.type === "Person" && !inverted.modifier && /^\s+$/.test(text.slice(verbEnd, inverted.start)) && /^,/.test(text.slice(verbAt - 2, verbAt).trim())) {
    return { speaker: inverted.entity, confidence: 0.6, evidence: { start: verbAt, end: inverted.end }, rule: "quote.in-sentence" };
  }
  if (PARTICIPLE.test(text.slice(Math.max(s.start, verbAt - 2), verbEnd).replace(/^[^,]*/, ""))) {
    // The clause's subject: a pronoun opening the sentence, else its first person (or body) when
    // the sentence opens with it or with an introductory phrase ("On Monday, X ...").
    const opening = /^(?:[A-Z][a-z]+\s+)?(he|she)\s/i.exec(text.slice(s.start, s.start + 20));
    if (opening) {
      const at = s.start + opening[0].indexOf(opening[1]!);
      const p = resolveSpeaker(analysis, { start: at, end: at + opening[1]!.length }, at);
      return p ? { ...p, confidence: 0.55, evidence: { start: at, end: verbEnd }, rule: "quote.participle" } : null;
    }
    const sayer = goingOnSayer(analysis, s.start, verbEnd);
    if (sayer) return { speaker: sayer.entity, confidence: 0.55, evidence: { start: sayer.start, end: verbEnd }, rule: "quote.participle" };
    let first: Mention | undefined;
    for (let i = firstMentionAtOrAfter(mentions, s.start); i < mentions.length && mentions[i]!.start < verbAt && !first; i++) if (speaks(mentions[i]!) || speaksAsBody(mentions[i]!)) first = mentions[i];
    // The title before a name is part of the subject ("Outgoing president X said ..., adding").
    const lead = first ? text.slice(s.start, Math.min(first.start, first.extendedStart)) : "";
    const datelined = first && /^\s*(?::|\(|[-–—])/.test(text.slice(first.end, first.end + 3));
    // Before the subject: nothing, "the", or an introductory phrase, then title words ("Meanwhile, Pennsylvania Sen. X").
    if (first && !datelined && /^(?:[^,]{0,60},\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(lead)) {
      return { speaker: first.entity, confidence: 0.55, evidence: { start: first.start, end: verbEnd }, rule: "quote.participle" };
    }
    // "... Blatter, who claimed ..., stating: “…”": the participle belongs to the relative clause.
    const who = /,\s+who\s[^“”"]*$/.exec(text.slice(s.start, verbAt));
    const antecedent = who ? lastBefore(mentions, s.start + who.index + 1, (m) => speaks(m) && /^\s*$/.test(text.slice(m.end, s.start + who.index))) : undefined;
    if (antecedent) return { speaker: antecedent.entity, confidence: 0.55, evidence: { start: antecedent.start, end: verbEnd }, rule: "quote.participle" };
    // The object of the main verb ("backed Romney, saying ...") is never the participle's subject.
    return null;
  }
  // "X, who returned on Monday, told reporters", "X – who came back to finish third – described": the subject stands before the aside.
  const aside = /,\s[^,“”"]{1,150},\s*$/.exec(text.slice(s.start, verbAt)) ?? /\s[–—]\s[^–—“”"]{1,150}\s[–—]\s*$/.exec(text.slice(s.start, verbAt));
  if (aside) {
    const asideAt = s.start + aside.index;
    const before = lastBefore(mentions, asideAt + 1, (m) => (speaks(m) || speaksAsBody(m)) && /^\s*$/.test(text.slice(m.end, asideAt)));
    if (before) return { speaker: before.entity, confidence: 0.6, evidence: { start: before.start, end: verbEnd }, rule: "quote.in-sentence" };
  }
  if (!subject) {
    const body = lastBefore(mentions, verbAt, speaksAsBody);
    if (body && !/\b(?:and|but|while|who|which|whose|that)\b/.test(text.slice(body.end, verbAt)) && verbAt - body.end <= 60) {
      return { speaker: body.entity, confidence: 0.5, evidence: { start: body.start, end: verbEnd }, rule: "quote.body-in-sentence" };
    }
  }
  const pronoun = /\b(he|she)\s+$/i.exec(text.slice(Math.max(s.start, verbAt - 6), verbAt));
  if (pronoun) {
    const p = resolveSpeaker(analysis, { start: verbAt - pronoun[0].length, end: verbAt }, verbAt);
    if (p) return { ...p, confidence: 0.55, evidence: { start: verbAt - pronoun[0].length, end: verbEnd }, rule: "quote.pronoun-in-sentence" };
  }
  if (!subject) {
    // "The broadcaster said it was “disappointed”": a description opening the clause names the speaker.
    const described = DESCRIBED_SUBJECT.exec(text.slice(s.start, verbAt));
    if (!described) return null;
    const at = s.start + described.index + described[0].indexOf(described[1]!);
    const d = resolveSpeaker(analysis, { start: at, end: at + described[1]!.length }, verbAt);
    return d ? { ...d, confidence: Math.min(d.confidence, 0.55), evidence: { start: at, end: verbEnd }, rule: "quote.described-in-sentence" } : null;
  }
  subject = subject as Mention;
  const between = text.slice(subject.end, verbAt);
  // "X, who once said that ... “…”": a relative clause right after the name speaks for it.
  if (subject.type === "Person" && RELATIVE_SPEAKER.test(between)) {
    return { speaker: subject.entity, confidence: 0.6, evidence: { start: subject.start, end: verbEnd }, rule: "quote.relative-speaker" };
  }
  // "X is opposed to Y's plan and has described it as “…”": a verb joined to the first clause speaks for its subject.
  if (COORDINATED_VERB.test(text.slice(Math.max(s.start, verbAt - 40), verbAt))) {
    const opener = sentenceSubject(analysis, s, verbAt, speaks);
    if (opener) return { speaker: opener.entity, confidence: 0.55, evidence: { start: opener.start, end: verbEnd }, rule: "quote.coordinated-verb" };
  }
  // "Conti has neither ..., and her aides told": another subject stands between.
  if (between.length > 60 || /\b(?:and|but|while|who|which|whose|that)\b/.test(between)) return null;
  // "... had backed X, the Freedonian responded": a description after the comma is the verb's subject.
  if (/,\s*(?:the|this|that)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*$/u.test(between)) return null;
  return { speaker: subject.entity, confidence: 0.6, evidence: { start: subject.start, end: verbEnd }, rule: "quote.in-sentence" };
}

/** "and has ", "and later ", "but ": a verb joined to the clause before, with no subject of its own. */
const COORDINATED_VERB = /(?:^|[^\p{L}])(?:and|but)\s+(?:(?:has|have|had|also|then|later|again|once|previously|repeatedly|publicly)\s+){0,2}$/u;

/**
 * The person (or outlet) opening sentence `s` as its subject, before `upTo`: first in the sentence,
 * after nothing but an introductory phrase and title words ("On Monday, Finance Minister X").
 */
function sentenceSubject(analysis: Analysis, s: Sentence, upTo: number, speaks: (m: Mention) => boolean): Mention | undefined {
  const { text, mentions } = analysis;
  const i = firstMentionAtOrAfter(mentions, s.start);
  const first = mentions[i];
  if (!first || first.start >= upTo || !speaks(first)) return undefined;
  const lead = text.slice(s.start, Math.min(first.start, first.extendedStart));
  return /^(?:[^,]{0,60},\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(lead) ? first : undefined;
}

/**
 * A quotation opening a paragraph with no attribution of its own, after a paragraph without
 * quotations whose last sentence reports speech ("X signalled a delay, saying he would wait."):
 * the reported speaker goes on speaking.
 */
function reportedBefore(analysis: Analysis, q: QuoteSpan): Attribution | null {
  const { paragraphs, sentences, quotes, text } = analysis;
  // "X said the union will decide next week. “But …”": a quotation opening a sentence inside a
  // paragraph continues the speech the sentence before it reports.
  const own = sentences[sentenceAt(sentences, q.start)];
  if (own && own.paragraph === q.paragraph && q.start !== paragraphs[q.paragraph]!.start && /^\s*$/.test(text.slice(own.start, q.start)) && own.index > 0) {
    const last = sentences[own.index - 1]!;
    if (last.paragraph !== q.paragraph || quotes.some((x) => x !== q && x.start < last.end && x.end > last.start)) return null;
    const reported = speechInSentence(analysis, last, last.end);
    return reported ? { ...reported, confidence: reported.confidence * 0.85, rule: "quote.reported-before" } : null;
  }
  if (q.paragraph === 0 || q.start !== paragraphs[q.paragraph]!.start) return null;
  const previous = paragraphs[q.paragraph - 1]!;
  if (quotes.some((x) => x.start < previous.end && x.end > previous.start)) return null;
  const last = sentences[sentenceAt(sentences, previous.end - 1)];
  if (!last || last.paragraph !== previous.index) return null;
  const reported = speechInSentence(analysis, last, last.end);
  return reported ? { ...reported, confidence: reported.confidence * 0.85, rule: "quote.reported-before" } : null;
}

/** Attributes every quotation it can; quotations whose speaker is unknown are left out. */
export function attributeQuotes(analysis: Analysis): AttributedQuote[] {
  // Pushed, not mapped: an array `map` builds in optimized code has another elements kind, which deoptimizes its readers.
  const found: (AttributedQuote | null)[] = [];
  // A document's words relayed by the one named: no speaker, and none borrowed from a neighbour either.
  const relayed = new Set<number>();
  for (const q of analysis.quotes) {
    const own = afterQuote(analysis, q) ?? documentQuote(analysis, q) ?? beforeQuote(analysis, q) ?? inSentence(analysis, q);
    if (own && isRelayedAttribution(analysis, own)) relayed.add(found.length);
    found.push(own && !relayed.has(found.length) ? { quote: q, speaker: own.speaker, evidence: own.evidence, confidence: own.confidence, rule: own.rule } : null);
  }
  // An unclosed quotation continues into the next one when that one opens the next paragraph.
  for (let i = found.length - 2; i >= 0; i--) {
    const q = analysis.quotes[i]!;
    const next = found[i + 1];
    const nextQuote = analysis.quotes[i + 1]!;
    if (!found[i] && !relayed.has(i) && !q.closed && next && nextQuote.paragraph === q.lastParagraph + 1) {
      found[i] = { quote: q, speaker: next.speaker, evidence: next.evidence, confidence: next.confidence * 0.9, rule: "quote.continued-next" };
    }
  }
  for (let i = 0; i < found.length; i++) {
    if (found[i] || relayed.has(i)) continue;
    const q = analysis.quotes[i]!;
    const reported = reportedBefore(analysis, q);
    if (reported) found[i] = { quote: q, speaker: reported.speaker, evidence: reported.evidence, confidence: reported.confidence, rule: reported.rule };
  }
  for (let i = 1; i < found.length; i++) {
    const q = analysis.quotes[i]!;
    const previous = found[i - 1];
    const previousQuote = analysis.quotes[i - 1]!;
    if (!found[i] && !relayed.has(i) && previous && q.paragraph - previousQuote.lastParagraph <= 1) {
      const paragraph = analysis.paragraphs[q.paragraph]!;
      const startsParagraph = q.start === paragraph.start;
      if (startsParagraph || q.paragraph === previousQuote.lastParagraph) {
        found[i] = { quote: q, speaker: previous.speaker, evidence: previous.evidence, confidence: previous.confidence * 0.85, rule: "quote.continued" };
      }
    }
  }
  // Pushed one by one: the array `filter` returns changes its elements kind once this function is
  // optimized, and every reader optimized before (the stance and candidacy finders) is deoptimized.
  const attributed: AttributedQuote[] = [];
  for (const x of found) if (x !== null) attributed.push(x);
  return attributed;
}
