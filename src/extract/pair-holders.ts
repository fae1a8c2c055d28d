/**
 * Holders named in the sentence before the stance, as a pair: "A and B both told the paper they
 * were behind C. Both MPs had publicly supported X." or "Germany and France met on Monday. They
 * said they would back X." The stance's own clause names them only as "both", "the two", "the
 * pair" or "they"; they are the two people, countries or organizations named together as the
 * subject of the sentence before, when that sentence names no one else who could be meant.
 */
import { mentionsIn } from "./clauses.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A clause opening that names a pair without naming them: "Both MPs", "The two ministers", "The pair", "Both of them". */
const PAIR_OPENING = /^(?:both(?:\s+of\s+them|\s+(?:[\p{L}-]+\s+)?(?:[\p{L}-]+s|men|women))?|the\s+(?:two|pair|duo)(?:\s+(?:[\p{L}-]+\s+)?(?:[\p{L}-]+s|men|women))?)(?=\s)/iu;

/** A clause opening with "They", perhaps after a short introductory phrase ("On Monday, they"). */
const THEY_OPENING = /^(?:(?:on\s+\p{L}+|later|earlier|yesterday|today|then|since\s+then|now),?\s+)?they(?=\s)/iu;

/**
 * Between the pair and the stance verb: auxiliaries, adverbs and a report ("said they would",
 * "told reporters that they had"), nothing that could bring in a new subject.
 */
const TO_VERB = /^(?:\s+(?:\p{Ll}+ly|have|has|had|also|both|all|now|already|since|then|still|will|would|are|were|be|been|being|is|was|to|going|plan|planned|plans|intend|intended|intends|(?:said|say|says|told\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*\s+){0,4}|told\s+(?:the\s+)?\p{Ll}+|announced|confirmed|declared|insisted|added)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?|they))*\s+$/u;

/** Between the two of a pair that opens its sentence: "and", and perhaps the second one's title ("and Westford MP"). */
const AND_GAP = /^\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** Before the first person of the pair: nothing, or a title of capitalized words ("Westford MP"). */
const TITLE_ONLY = /^(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** Plural nouns of people other than the press ("donors", "members", "activists", "MPs"). */
const OTHER_PEOPLE = /\b(?!(?:reporters|journalists|correspondents)\b)\p{L}+(?:ers|ors|ists|ants|ents|ians|ates|men|members|people|MPs|MSPs|TDs|MEPs)\b/u;

/** Before a country's name or capital: a preposition that makes it a place. */
const PLACE_BEFORE = /\b(?:in|at)\s+$/;

/** Right after the pair: its verb (or an apposition's comma), not a possessive ("A and B's rivals"). */
const PAIR_VERB_AFTER = /^(?:,|\s+(?:both\s+|have\s+|had\s+|has\s+|also\s+|jointly\s+)*\p{Ll})/u;

/**
 * The actors named together as the subject of the sentence before `sentence`: its first two
 * actors, of one type, joined by "and", the first opening the sentence (perhaps after a title). With
 * `alone`, the sentence may name no other actor, so that "they" can mean no one else.
 */
function previousPair(analysis: Analysis, sentence: Sentence, alone: boolean): Mention[] | null {
  const { text, sentences, paragraphs } = analysis;
  const previous = sentences[sentence.index - 1];
  // Only within a paragraph, or from the one right before: a later paragraph may change the topic.
  if (!previous || previous.paragraph < sentence.paragraph - 1) return null;
  if (previous.paragraph !== sentence.paragraph && paragraphs[previous.paragraph]!.end - paragraphs[previous.paragraph]!.start > 600) return null;
  const actors = mentionsIn(analysis, previous.start, previous.end).filter((m) => !m.modifier && m.type !== "Post" && m.type !== "Media");
  const [a, b] = actors;
  // Two people, two countries or two organizations: "Germany and France", not "A and the EU".
  if (!a || !b || a.type !== b.type || (a.type !== "Person" && a.type !== "Country" && a.type !== "Organization") || a.entity === b.entity || a.inQuote || b.inQuote) return null;
  if (!TITLE_ONLY.test(text.slice(previous.start, Math.min(a.start, a.extendedStart))) || !AND_GAP.test(text.slice(a.end, Math.min(b.start, b.extendedStart)))) return null;
  if (!PAIR_VERB_AFTER.test(text.slice(b.end, b.end + 20))) return null;
  // "A and B met C", "A and B met party donors": someone else might be the one meant by "they".
  // (A place they were in, "met in Brussels", is no one.)
  const other = (m: Mention) => m.entity !== a.entity && m.entity !== b.entity && !PLACE_BEFORE.test(text.slice(Math.max(previous.start, m.start - 8), m.start));
  if (alone && (actors.slice(2).some(other) || OTHER_PEOPLE.test(text.slice(b.end, previous.end)))) return null;
  // "A and B and C": a third of the list is no pair.
  const third = actors[2];
  if (third && third.type === a.type && /^\s*(?:,|and\b)/.test(text.slice(b.end, b.end + 6))) return null;
  return [a, b];
}

/**
 * The two actors a stance's clause names only as a pair ("Both MPs", "The two", "The pair") or as
 * "they" at the opening of its sentence, and where the words naming them end; null when the clause
 * opens otherwise or the sentence before names no such pair. `from` is where the clause opens.
 */
export function pairHolders(analysis: Analysis, sentence: Sentence, from: number, at: number): { people: Mention[]; end: number } | null {
  const { text } = analysis;
  // Only a clause that opens the sentence: elsewhere "both" and "they" may be anyone's.
  if (text.slice(sentence.start, from).trim() !== "") return null;
  const clause = text.slice(from, at).trimStart();
  const lead = from + (at - from - clause.length);
  const pair = PAIR_OPENING.exec(clause);
  const they = pair ? null : THEY_OPENING.exec(clause);
  const opening = pair ?? they;
  if (!opening || !TO_VERB.test(clause.slice(opening[0].length))) return null;
  const people = previousPair(analysis, sentence, they !== null);
  return people ? { people, end: lead + opening[0].length } : null;
}
