/**
 * Shallow clause analysis shared by the claim finders: where a clause starts, which stretches
 * to skip when looking for a subject (relative clauses, appositions, "according to X,"), the
 * nearest actor before a verb, and what a pronoun refers to.
 */
import { firstStartingAtOrAfter, sentenceAt } from "./text-utils.js";
import { subjectPerson } from "./subjects.js";
import { goingOnSayer } from "./sayer-pronouns.js";
import { passedOverByPronoun } from "./antecedent-sentences.js";
import type { Analysis, Mention, Sentence, Span } from "./types.js";
import type { AttributedQuote } from "./quotes.js";

const CLAUSE_BOUNDARY = /[;:]|\b(?:that|because|but|while|although|whereas|unless|whether|if|when|after|before|since|so(?!\s+(?:far|much|many|long)\b))\b|\s[-–—]\s/g;
const PARENTHETICAL = /,\s*(?:who|which|whose|whom|however|though|meanwhile|for (?:his|her|its|their) part|in turn|too|also|a|an|the|in|on|at|under|during|despite|amid|following|unlike|like|through|led by|headed by|represented by|speaking|according to|as [^,]{0,40})\b[^,]*,/g;
const DASH_OPENING = /^\s?(?:[—–]|--)/;
/** An aside between two dashes: "the 45 members who voted against him—43 for A and one for B—will". */
const DASHED = /\s?(?:[—–]|--(?!-))(?:(?!--)[^—–.;:!?“”"]){1,120}(?:[—–]|--)\s?/g;
const ACCORDING = /(?:^|[,;]\s*)(?:according to|as)\s[^,;]{1,120},|,\s*(?:said|says|added|noted|stressed|insisted)\s+[^,;.]{1,60},/gi;
const WITH_COMMA_AND_DASH = [PARENTHETICAL, ACCORDING, DASHED];
const WITH_COMMA = [PARENTHETICAL, ACCORDING];
const WITH_DASH = [DASHED];

/** Start of the clause that contains `at`, within its sentence. */
export function clauseStart(text: string, sentence: Sentence, at: number): number {
  const left = text.slice(sentence.start, at);
  let start = sentence.start;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  let skip: Span[] | undefined;
  while ((m = CLAUSE_BOUNDARY.exec(left)) !== null) {
    // A boundary inside a relative clause or an apposition ("X, who quit after a poor showing, said") ends nothing.
    const pos = sentence.start + m.index;
    skip ??= skipRanges(text, sentence.start, at);
    // A dash opening an aside is no boundary either ("A — a former minister — backed X").
    if (skip.some((r) => (pos > r.start || (pos === r.start && DASH_OPENING.test(text.slice(r.start, r.start + 2)))) && pos < r.end - 1)) continue;
    start = pos + m[0].length;
  }
  return start;
}

/** End of the clause that starts at `at`. */
export function clauseEnd(text: string, sentence: Sentence, at: number): number {
  const right = text.slice(at, sentence.end);
  const m = /[;:“”"]|\s(?:that|who|which|whose)\s|,\s*(?:but|who|which|whose|although|while|according|as|since|because|citing|saying|after|before|when|where|though|even|western|diplomats|officials|sources)\b|\s(?:but|according to|while|although|because|except|over)\b|(?<!\b(?:more|fewer|less))\sthan\b/i.exec(right);
  return m ? at + m.index : sentence.end;
}

/** Stretches between `from` and `to` that hold no subject: relative clauses, appositions, attributions. */
export function skipRanges(text: string, from: number, to: number): Span[] {
  const slice = text.slice(from, to);
  const out: Span[] = [];
  // Every match of PARENTHETICAL and ACCORDING holds a comma; of DASHED, a dash.
  const comma = slice.includes(",");
  const dash = slice.includes("—") || slice.includes("–") || slice.includes("--");
  for (const re of comma ? (dash ? WITH_COMMA_AND_DASH : WITH_COMMA) : dash ? WITH_DASH : []) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length });
      re.lastIndex = m.index + 1;
    }
  }
  return out;
}

export function isActor(m: Mention): boolean {
  return !m.modifier && m.type !== "Post";
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
export const firstMentionAtOrAfter: (mentions: readonly Mention[], offset: number) => number = firstStartingAtOrAfter;

/** Mentions within `[from, to)`, in order. */
export function mentionsIn(analysis: Analysis, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const { mentions } = analysis;
  for (let i = firstMentionAtOrAfter(mentions, from); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= to) break;
    if (m.end <= to) out.push(m);
  }
  return out;
}

/** The speaker of the quotation containing `at`, if any. */
export function quoteSpeakerAt(quotes: readonly AttributedQuote[], at: number): AttributedQuote | undefined {
  // Quotations are in text order and do not overlap: the candidate is the last one opening at or before `at`.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.quote.innerStart <= at) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo - 1];
  return q && at < q.quote.innerEnd ? q : undefined;
}

/**
 * The person a third-person pronoun at `at` refers to: the last person mentioned before it, other
 * than `exclude` (the subject, or the speaker of a quotation referring to someone else).
 */
export function resolvePersonPronoun(analysis: Analysis, at: number, exclude: readonly string[] = []): Mention | undefined {
  const gender = pronounGender(analysis.text, at);
  const topic = previousSubject(analysis, at, exclude, 0, gender);
  const person = topic && !exclude.includes(topic.entity) ? topic : lastPersonBefore(analysis, at, exclude);
  // "She has the backing of A" after "Paul Roe attacked it": never a person the text gives the other gender.
  if (!person || !gender) return person;
  const known = analysis.entities.get(person.entity)?.gender;
  return known === undefined || known === gender ? person : lastPersonBefore(analysis, at, exclude, gender);
}

/** The gender a pronoun at `at` names ("he", "his", "him": m), if it is one. */
function pronounGender(text: string, at: number): "m" | "f" | undefined {
  // Compared as strings: this runs for every pronoun resolved.
  const head = text.slice(at, at + 5).toLowerCase();
  let n = 0;
  while (n < head.length && head.charCodeAt(n) >= 97 && head.charCodeAt(n) <= 122) n++;
  const end = head.slice(0, n);
  if (end === "he" || end === "his" || end === "him") return "m";
  if (end === "she" || end === "her" || end === "hers") return "f";
  return undefined;
}

/** The last person named before `at`, other than `exclude` (of `gender` when given), within 1,500 characters. */
function lastPersonBefore(analysis: Analysis, at: number, exclude: readonly string[], gender?: "m" | "f"): Mention | undefined {
  const floor = at - 1500;
  for (let i = firstMentionAtOrAfter(analysis.mentions, at) - 1; i >= 0; i--) {
    const m = analysis.mentions[i]!;
    if (m.start < floor) break;
    // Looking for a person of the pronoun's gender, a name quoted someone else's words is passed over.
    if (m.type === "Person" && !m.modifier && !exclude.includes(m.entity) && (!gender || (analysis.entities.get(m.entity)?.gender === gender && !m.inQuote))) return m;
  }
  return undefined;
}

/**
 * The subject of the previous sentence, when it opens that sentence with a person's name and
 * the sentence of `at` names no person before it: "X is competing with Y and Z. Her bid is
 * backed by ..." is about X, not Z.
 */
const SPEECH_AFTER = /^\s+(?:said|says|told|noted|added|stressed|argued|insisted|warned|wrote|explained|claimed|stated|declared|announced|believed|suggested|predicted|conceded|acknowledged|admitted)\b/;

/** A pronoun after a sentence's introductory phrase: "As reported on Saturday, his proposers ...", "Last week his rivals ...". */
const LEADING_PRONOUN = /^(?:[^.;:“”"]{0,80}?,\s+|(?:(?:last|this|next|on|by|in)\s+\p{L}+|earlier|later|meanwhile|since\s+then|then)\s+)(he|she|his|her)(?!\w)/iu;

function previousSubject(analysis: Analysis, at: number, exclude: readonly string[], depth = 0, gender?: "m" | "f"): Mention | undefined {
  const { sentences, text } = analysis;
  if (sentences.length === 0 || depth > 2) return undefined;
  const index = sentenceAt(sentences, at);
  const current = sentences[index];
  if (!current || index === 0) return undefined;
  if (mentionsIn(analysis, current.start, at).some((m) => m.type === "Person" && !m.modifier && !exclude.includes(m.entity))) return undefined;
  const previous = sentences[index - 1]!;
  // A sentence that opens with "He"/"Her bid" continues the topic of the one before it.
  if (/^(?:He|She|His|Her)\b/.test(text.slice(previous.start, previous.start + 4))) return previousSubject(analysis, previous.start, [], depth + 1);
  // "As reported on Saturday, his proposers include A and B. He got ...": a pronoun of the same gender
  // after the opening phrase, before any name, continues the topic too; it is the person it stands for.
  if (gender && depth === 0) {
    const lead = LEADING_PRONOUN.exec(text.slice(previous.start, Math.min(previous.end, previous.start + 120)));
    const pronounAt = lead ? previous.start + lead[0].length - lead[1]!.length : -1;
    if (lead && pronounGender(text, pronounAt) === gender && !mentionsIn(analysis, previous.start, pronounAt).some((m) => m.type === "Person" && !m.modifier)) {
      return previousSubject(analysis, pronounAt, exclude, depth + 1) ?? lastPersonBefore(analysis, pronounAt, exclude);
    }
  }
  const first = mentionsIn(analysis, previous.start, previous.end).find((m) => !m.modifier && m.type !== "Post");
  if (!first || first.type !== "Person" || first.inQuote) return undefined;
  // The name opens the sentence, perhaps after its title, and is followed by its verb or an apposition.
  const next = text.slice(first.end, first.end + 20);
  if (first.extendedStart !== previous.start || !/^(?:,|\s+(?:is|was|has|had|will|would|\p{Ll}+ed)\b)/u.test(next)) return undefined;
  // "X said Y ...": the reported clause may be about Y; the nearest person is the better guess.
  if (SPEECH_AFTER.test(next)) return undefined;
  return first;
}

/** The last country or organization acting before `at` ("it"). */
export function resolveItPronoun(analysis: Analysis, at: number): Mention | undefined {
  const floor = at - 600;
  for (let i = firstMentionAtOrAfter(analysis.mentions, at) - 1; i >= 0; i--) {
    const m = analysis.mentions[i]!;
    if (m.start < floor) break;
    if ((m.type === "Country" || m.type === "Organization") && !m.modifier) return m;
  }
  return undefined;
}

/**
 * The person "he" or "she" at `at` refers to when it is a subject: the first person named (outside
 * quotations) earlier in the same sentence, else the first person of the nearest sentence before
 * that names one, within three sentences.
 */
export function resolveSubjectPronoun(analysis: Analysis, at: number, pronoun?: "he" | "she", depth = 0): Mention | undefined {
  const { sentences } = analysis;
  let index = sentences.length > 0 ? sentenceAt(sentences, at) : -1;
  if (index < 0) return resolvePersonPronoun(analysis, at);
  pronoun ??= /^(?:he|she)\b/i.exec(analysis.text.slice(at, at + 4))?.[0].toLowerCase() as "he" | "she" | undefined;
  for (let back = 0, passed = 0; back <= 3 && index >= 0; back++, index--) {
    const s = sentences[index]!;
    // Captions and wholly quoted sentences are passed over, not counted (a few at most).
    if (back > 0 && passed < 6 && passedOverByPronoun(analysis, s)) {
      passed++;
      back--;
      continue;
    }
    const to = back === 0 ? at : s.end;
    const first = (back === 0 ? goingOnSayer(analysis, s.start, at) : undefined) ?? subjectPerson(analysis, s.start, to);
    // "He has been backed by A and B. “…,” he wrote": the same pronoun opening an earlier sentence keeps its referent.
    // "He added that Mr B ... but also that he would back X": so does the same pronoun opening the pronoun's own sentence, before any name.
    if (pronoun && depth < 3) {
      const chained = SUBJECT_PRONOUN_OPENING.exec(analysis.text.slice(s.start, s.start + 70));
      const pronounAt = chained ? s.start + chained[0].length - chained[1]!.length - 1 : -1;
      if (chained && (back > 0 || pronounAt < at) && chained[1]!.toLowerCase() === pronoun && (!first || first.start > pronounAt)) return resolveSubjectPronoun(analysis, pronounAt, pronoun, depth + 1);
    }
    if (first) return first;
  }
  return resolvePersonPronoun(analysis, at);
}

/** A sentence opening with a subject pronoun, after at most a short introductory phrase. */
const SUBJECT_PRONOUN_OPENING = /^(?:[^,.“”"]{1,50},\s+)?(He|She)\s/;

/** Plural nouns of people who speak for a country: "US officials", "Chinese diplomats". */
const SPOKESPEOPLE = /^\s+(?:(?:trade|foreign|government|senior|top|administration)\s+)?(?:officials|diplomats|negotiators|envoys|ambassadors|authorities)\b/;

/** The members of an organization acting together: "African Union member states", "EU countries". */
const MEMBERS = /^\s+(?:member\s+(?:states|countries|nations|governments)|members|countries|nations|governments|leaders|heads\s+of\s+(?:state|government))\b/;

/**
 * A country named before the people who speak for it ("US officials opposed X") acts through them:
 * the mention is an actor, not a modifier, as a demonym already is ("American officials"); so is an
 * organization named before its members ("EU countries backed X"), which the group stands for.
 */
export function markSpeakingCountries(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (!m.modifier || m.form === "demonym") continue;
    const after = text.slice(m.end, m.end + 40);
    if ((m.type === "Country" && SPOKESPEOPLE.test(after)) || (m.type === "Organization" && !m.entity.endsWith("-party") && MEMBERS.test(after))) m.modifier = false;
  }
}
