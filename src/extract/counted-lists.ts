/**
 * Candidates listed with their counts: "Nominations: A (12), B (9), C (4)", "with X taking 552, A
 * (428) and B (348)", a line "A – 5 nominated". Each one counted in a tally of nominations or votes
 * was in the race. And a field counted, then named after a colon: "Two men are competing for the
 * job: A and B"; and a part of a counted field, then named: "Three of the four responded — A, B
 * and C", after a sentence that counts "the four candidates".
 *
 * The finder reports the people it reads; the caller looks for the post after the statement and
 * falls back on the sentence's one post, else the article's.
 */
import { mentionsIn, quoteSpeakerAt } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { listAfter, type RaceStatement } from "./race-statements.js";
import { COUNT, raceCues } from "./race-cues.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A count in brackets right after a name: "A (428)", "A (12 votes)", "A (35%)". */
const BRACKETED_COUNT = /^\s*\(\s*\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?\s*(?:%|per\s*cent|votes|ballots|nominations|branches|delegates|MPs)?\s*\)/u;
/** A count after a dash or a colon, with its noun: "A – 5 nominated", "A: 120 votes". */
const DASHED_COUNT = /^\s*[–—:-]\s*\d{1,3}(?:[ ,]\d{3})*\s+(?:nominations?|nominated|votes?|ballots?|delegates|branches|MPs)\b/u;
/** Words of a tally of the race: the sentence or the one before must hold one. */
const TALLY_CUE = /\b(?:nominat\w*|votes?|voted|ballots?|delegates|branches|tally|count|results?)\b/i;
/** Ages and years in brackets say nothing of a tally: a sentence that speaks of age is left out. */
const AGE_CUE = /\b(?:aged?|years?\s+old|-year-old|born)\b/i;

/** How many posts each article names, counted once per article. */
const POST_COUNTS = new WeakMap<Analysis, number>();
function postCount(analysis: Analysis): number {
  let n = POST_COUNTS.get(analysis);
  if (n === undefined) {
    const posts = new Set<string>();
    for (const m of analysis.mentions) if (m.type === "Post") posts.add(m.entity);
    n = posts.size;
    POST_COUNTS.set(analysis, n);
  }
  return n;
}

/**
 * The people counted in one sentence: two or more names each with a count in brackets, or a name
 * with a dashed count and its noun. `otherRace` tells a phrase of another race.
 */
export function countedStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, otherRace: (phrase: string) => boolean, previous?: Sentence): RaceStatement[] {
  // A digit after a bracket or a dash: a cheap test before the patterns.
  if (!((raceCues(analysis)[sentence.index] ?? 0) & COUNT)) return [];
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const cued = TALLY_CUE.test(body) || (previous !== undefined && TALLY_CUE.test(text.slice(previous.start, previous.end)));
  if (!cued || AGE_CUE.test(body) || otherRace(body)) return [];
  // An article of several posts ("for secretary-general", "for treasurer") gives a tally the post its sentence names, and no other.
  if (postCount(analysis) > 1 && !mentionsIn(analysis, sentence.start, sentence.end).some((m) => m.type === "Post")) return [];
  const bracketed: { person: Mention; end: number }[] = [];
  const dashed: { person: Mention; end: number }[] = [];
  for (const p of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (p.type !== "Person" || p.modifier || p.inQuote || quoteSpeakerAt(quotes, p.start)) continue;
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 40));
    const b = BRACKETED_COUNT.exec(after);
    if (b) bracketed.push({ person: p, end: p.end + b[0].length });
    const d = b ? null : DASHED_COUNT.exec(after);
    if (d) dashed.push({ person: p, end: p.end + d[0].length });
  }
  const items = [...(new Set(bracketed.map((i) => i.person.entity)).size >= 2 ? bracketed : []), ...dashed];
  return items.map(({ person, end }) => ({ person, after: end, start: person.start, end, rule: "candidacy.counted-list", confidence: 0.7 }));
}

/** "Two men are competing for the job:", "Three candidates are running to replace him:": a counted field, named after the colon. */
const COUNTED_FIELD =
  /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?(?:men|women|people|candidates|contenders|hopefuls|politicians|lawmakers|legislators|MPs|senators|ministers|members|officials|diplomats|names)\s+(?:are|were|have\s+been|remain|remained)\s+(?:now\s+|still\s+|all\s+|officially\s+)?(?:competing|vying|running|standing|contesting|battling|in\s+the\s+(?:race|running|contest))\b[^.:;“”"]{0,80}:\s*/u;
/** A short title between the colon and the first name ("Northtown insurance man"). */
const FIRST_TITLE = /^(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** The field named after a counted announcement and a colon, in one sentence. */
export function countedFieldStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, otherRace: (phrase: string) => boolean): RaceStatement[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  if (body.indexOf(":") < 0) return [];
  const field = COUNTED_FIELD.exec(body);
  if (!field || otherRace(body.slice(0, field.index + field[0].length))) return [];
  const from = sentence.start + field.index + field[0].length;
  const first = mentionsIn(analysis, from, Math.min(sentence.end, from + 80)).find((m) => m.type === "Person" && !m.modifier);
  if (!first || !FIRST_TITLE.test(text.slice(from, first.start))) return [];
  const start = sentence.start + field.index;
  return listAfter(analysis, sentence, first.extendedStart, true)
    .filter((q) => !q.inQuote && !quoteSpeakerAt(quotes, q.start))
    .map((q) => ({ person: q, after: from - 2, start, end: q.end, rule: "candidacy.counted-field", confidence: 0.75 }));
}

const COUNT_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
/** "Three of the four responded —", "Two of the five candidates, ": a part of the field, then its names. */
const PARTITIVE = new RegExp(String.raw`^(?:${COUNT_WORD}|all|both)\s+of\s+(?:the|them|these|those)\s+(?:${COUNT_WORD}\s+)?(?:(?:[\p{L}-]+\s+)?(candidates|contenders|nominees|finalists|hopefuls)\b)?[^.;:—–“”"]{0,60}?(?:[—–:]|\s-\s)\s*`, "iu");
/** A sentence that counts the field: "the four confirmed candidates". */
const FIELD_COUNTED = new RegExp(String.raw`\b${COUNT_WORD}\s+(?:[\p{L}-]+\s+)?(?:candidates|contenders|nominees|finalists|hopefuls)\b`, "iu");

/** The names of a part of a counted field, in a sentence that opens with the part. */
export function partitiveStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, otherRace: (phrase: string) => boolean, previous?: Sentence): RaceStatement[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  if (!/^\S+\s+of\s/.test(body)) return [];
  const part = PARTITIVE.exec(body);
  // "Three of the four responded": the field is the one the sentence before counted.
  if (!part || (!part[1] && !(previous && FIELD_COUNTED.test(text.slice(previous.start, previous.end)))) || otherRace(body)) return [];
  const from = sentence.start + part[0].length;
  const first = mentionsIn(analysis, from, Math.min(sentence.end, from + 80)).find((m) => m.type === "Person" && !m.modifier);
  if (!first || !FIRST_TITLE.test(text.slice(from, first.start))) return [];
  return listAfter(analysis, sentence, first.extendedStart, true)
    .filter((q) => !q.inQuote && !quoteSpeakerAt(quotes, q.start))
    .map((q) => ({ person: q, after: q.end, start: sentence.start, end: q.end, rule: "candidacy.partitive-list", confidence: 0.7 }));
}
