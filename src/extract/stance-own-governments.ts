/**
 * Candidates put forward by their own countries, told once for all of them: "six candidates,
 * nominated by their Governments", "the other two, whose countries have nominated them, ...:
 * A of Sri Lanka and Thai minister B", "X, backed by his government, ...". Each person named there
 * (or listed after a colon, one to a paragraph) is supported by the country the text gives them:
 * "of Kenya", "(Ghana)", "Ghana's A", ", Republic of Cyprus" on a list line, or a demonym in the
 * title ("Thai Deputy Prime Minister B"). An article that says so anywhere may also list the
 * candidates apart, each beside a country ("- A (Ruritania)"): those lines are read too.
 */
import { mentionsIn } from "./clauses.js";
import { conjoinedBefore, NEGATION, originEnd, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence before {@link OWN_GOVERNMENTS}. */
export const CUE = / by (?:their|his|her) |whose /;

/**
 * "nominated by their governments", "put forward by his country", "whose countries have nominated
 * them". Group 1 is the possessive of the "by" form ("his", "her" or "their").
 */
const OWN_GOVERNMENTS =
  /(?<!\w)(?:nominated|proposed|put\s+forward|fielded|sponsored|backed|endorsed|presented|supported)\s+by\s+(their|his|her)\s+(?:(?:own|respective|home|national)\s+){0,2}(?:governments?|countries|country|states?|nations?)(?!\w)|(?<!\w)whose\s+(?:(?:own|respective|home)\s+){0,2}(?:countries|governments|nations|states)\s+(?:have\s+|had\s+|has\s+)?(?:\p{Ll}+ly\s+)?(?:nominated|proposed|put\s+forward|fielded|backed|endorsed|sponsored|supported)(?!\w)/iu;

/** Between the cue and the first person of the list it announces. */
const LIST_INTRO = /(?::|\b(?:are|were|include|included|including|namely)\b)[^.;]*$/;

/** On a list line, after the name: ", Republic of Cyprus", " – Kenya", " (Ghana)" closing the line or item. */
const LINE_COUNTRY_GAP = /^\s*(?:,|[-–—]|\()\s*(?:(?:the\s+)?(?:Republic|Kingdom|Federation|State|Commonwealth|Sultanate|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?$/iu;

/** The country the text gives `person` where it names them. */
function countryOf(analysis: Analysis, person: Mention, lineEnd: number): string | undefined {
  const { text, entities } = analysis;
  const originAt = originEnd(analysis, person);
  if (originAt > person.end) return mentionsIn(analysis, person.end, originAt).find((m) => m.type === "Country")?.entity;
  // "- Mr. A, Republic of Cyprus": a list line that names the country after the person.
  const next = mentionsIn(analysis, person.end, Math.min(lineEnd, person.end + 60)).find((m) => !m.modifier);
  if (next?.type === "Country" && LINE_COUNTRY_GAP.test(text.slice(person.end, next.extendedStart)) && /^\s*\)?\s*[.;,]?\s*(?:and\b|$)/.test(text.slice(next.end, lineEnd).slice(0, 8) || "")) return next.entity;
  // "Ghana's A", "Kenya's trade minister B": a country's possessive opening the name's phrase.
  const before = mentionsIn(analysis, Math.max(0, Math.min(person.extendedStart, person.start) - 30), person.start).filter((m) => m.type === "Country").pop();
  if (before && /^['’]s?\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(text.slice(before.end, person.start)) && (before.start >= person.extendedStart || /^['’]s?\s+$/.test(text.slice(before.end, person.extendedStart)))) return before.entity;
  // "Thai Deputy Prime Minister B": the country in the person's title.
  const record = entities.get(person.entity);
  const titled = record?.roles.find((r) => r.of !== null && r.start <= person.start && r.end >= person.extendedStart && entities.get(r.of)?.type === "Country");
  return titled?.of ?? undefined;
}

/** People opening the paragraphs after `paragraph`, one to a line, as long as each line opens with one. */
function listedAfter(analysis: Analysis, paragraph: number): { person: Mention; lineEnd: number }[] {
  const { text, paragraphs } = analysis;
  const out: { person: Mention; lineEnd: number }[] = [];
  for (let p = paragraph + 1; p < paragraphs.length && out.length < 40; p++) {
    const { start, end } = paragraphs[p]!;
    const first = mentionsIn(analysis, start, end).find((m) => !m.modifier && m.type !== "Post");
    if (!first || first.type !== "Person" || !/^\s*(?:[-•*–—]\s*|\d{1,2}[.)]\s*)?(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.?E)\.?\s+)?$/.test(text.slice(start, first.extendedStart))) break;
    out.push({ person: first, lineEnd: end });
  }
  return out;
}

/**
 * The support of each person's own country in `sentence`, when the sentence says they were put
 * forward by their governments. `lower` is the sentence with ASCII capitals in lower case; `cued`,
 * when known, whether it passes {@link CUE}.
 */
export function ownGovernmentStances(analysis: Analysis, sentence: Sentence, lower: string, cued?: boolean): Found[] {
  if (!(cued ?? CUE.test(lower))) return [];
  const { text, paragraphs, sentences } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const cue = OWN_GOVERNMENTS.exec(body);
  if (!cue) return [];
  const cueAt = sentence.start + cue.index;
  const people = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier && !m.inQuote);
  let named: { person: Mention; lineEnd: number }[];
  if (cue[1] && cue[1].toLowerCase() !== "their") {
    // "X, backed by his government,": only the person the clause is about, right before it.
    const own = people.filter((m) => m.end <= cueAt).pop();
    named = own && /^(?:\s*,)?\s+(?:(?:who|which)\s+(?:was|is|has\s+been|had\s+been)\s+|(?:was|is|has\s+been|had\s+been)\s+)?(?:\p{Ll}+ly\s+)?$/u.test(text.slice(originEnd(analysis, own), cueAt)) ? [{ person: own, lineEnd: sentence.end }] : [];
  } else {
    // "The candidates, all put forward by their governments, are A and B", "whose countries nominated them, came third: A and B".
    const cueEnd = cueAt + cue[0].length;
    const after = people.filter((m) => m.start >= cueEnd);
    named = after.length > 0 && LIST_INTRO.test(text.slice(cueEnd, Math.min(after[0]!.extendedStart, after[0]!.start))) ? after.map((person) => ({ person, lineEnd: sentence.end })) : [];
    // "A of Ghana and B of Kenya, both nominated by their governments,".
    const last = people.filter((m) => m.end <= cueAt).pop();
    if (last && /^\s*,\s*(?:(?:both|all|each|who\s+(?:were|are|have\s+been|had\s+been))\s+)?(?:\p{Ll}+ly\s+)?$/u.test(text.slice(originEnd(analysis, last), cueAt))) {
      for (const p of [last, ...conjoinedBefore(analysis, sentence, last)]) if (p.type === "Person") named.push({ person: p, lineEnd: sentence.end });
    }
    // "... nominated by their Governments. The nominations received are:" and a line per candidate.
    const next = sentences[sentence.index + 1];
    const colonAt = /:\s*$/.test(body) ? sentence : next && next.paragraph <= sentence.paragraph + 1 && /:\s*$/.test(text.slice(next.start, next.end)) ? next : undefined;
    if (colonAt && paragraphs[colonAt.paragraph]?.end === colonAt.end) named.push(...listedAfter(analysis, colonAt.paragraph));
  }
  const out: Found[] = [];
  for (const { person, lineEnd } of named) {
    const country = countryOf(analysis, person, lineEnd);
    if (!country || country === person.entity) continue;
    out.push({ type: "SUPPORTS", from: country, to: person.entity, span: { start: Math.min(cueAt, person.start), end: Math.max(cueAt + cue[0].length, person.end) }, confidence: 0.7, rule: "stance.own-government" });
  }
  return out;
}

/** Where an article may say each candidate is put forward by their own government: "nominated by their Governments", "the full backing of their governments". */
const THEIR_GOVERNMENTS = /\btheir\s+(?:respective\s+|own\s+|home\s+)?(?:governments|countries|member\s+states)\b/gi;
/** Right before {@link THEIR_GOVERNMENTS}: the support they give. */
const PUT_FORWARD_BY = /\b(?:nominated|proposed|put\s+forward|presented|backed|supported|endorsed|backing|support|endorsement)\s+(?:of|by|from)\s+$/i;
/** Before the candidate on a list line: a bullet, a number, an honorific. */
const ITEM_BEFORE = /^(?:[-•*–—]\s*|\d{1,2}[.)]\s*)?(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|Amb|Ambassador|Professor)\.?\s+)?$/;
/** Between the candidate and the country: "Name, Country" or "Name (Country)". */
const ITEM_BETWEEN = /^(?:,\s*(?:Jr|Sr)\.?)?(?:,\s*|\s*\(\s*)$/;
/** How many paragraphs the list may lie from the sentence that says the governments back their candidates. */
const GOVERNMENTS_REACH = 4;
const governmentCache = new WeakMap<Analysis, Map<number, { from: Mention; to: Mention }>>();

/** The list lines "Name (Country)" of an article that says every candidate is backed by their own government, by paragraph. */
function governmentLines(analysis: Analysis): Map<number, { from: Mention; to: Mention }> {
  let lines = governmentCache.get(analysis);
  if (lines) return lines;
  lines = new Map();
  governmentCache.set(analysis, lines);
  const { text, paragraphs } = analysis;
  const cues: number[] = [];
  // The literal words first: a pattern that opens on a choice of verbs is slow to scan a whole article.
  THEIR_GOVERNMENTS.lastIndex = 0;
  for (let c: RegExpExecArray | null; (c = THEIR_GOVERNMENTS.exec(text)) !== null; ) {
    if (!PUT_FORWARD_BY.test(text.slice(Math.max(0, c.index - 40), c.index))) continue;
    const p = paragraphs.findIndex((q) => q.start <= c!.index && c!.index < q.end);
    if (p >= 0 && !NEGATION.test(text.slice(paragraphs[p]!.start, c.index))) cues.push(p);
  }
  if (cues.length === 0) return lines;
  const items: { paragraph: number; from: Mention; to: Mention }[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start > 160) continue;
    const named = mentionsIn(analysis, p.start, p.end).filter((m) => !m.modifier);
    const [person, country] = named;
    if (!person || !country || person.type !== "Person" || country.type !== "Country") continue;
    if (!ITEM_BEFORE.test(text.slice(p.start, Math.min(person.start, person.extendedStart))) || !ITEM_BETWEEN.test(text.slice(person.end, country.start))) continue;
    if (!/^\s*(?:\)|,|[.;]?\s*$)/.test(text.slice(country.end, p.end))) continue;
    items.push({ paragraph: p.index, from: country, to: person });
  }
  // A block of two or more lines in a row, near the sentence that says so.
  for (let i = 0; i < items.length; ) {
    let j = i;
    while (j + 1 < items.length && items[j + 1]!.paragraph === items[j]!.paragraph + 1) j++;
    const first = items[i]!.paragraph;
    const last = items[j]!.paragraph;
    if (j > i && cues.some((c) => c >= first - GOVERNMENTS_REACH && c <= last + GOVERNMENTS_REACH)) {
      for (let k = i; k <= j; k++) lines.set(items[k]!.paragraph, { from: items[k]!.from, to: items[k]!.to });
    }
    i = j + 1;
  }
  return lines;
}

/**
 * The support of a country for the candidate beside it on a list line ("- Anna Kovac (Ruritania)")
 * opening `sentence`, in an article that says each candidate was put forward by their own government.
 */
export function ownGovernmentListStance(analysis: Analysis, sentence: Sentence): Found | undefined {
  const line = analysis.paragraphs[sentence.paragraph]?.start === sentence.start ? governmentLines(analysis).get(sentence.paragraph) : undefined;
  return line ? { type: "SUPPORTS", from: line.from.entity, to: line.to.entity, span: { start: sentence.start, end: Math.max(line.from.end, line.to.end) }, confidence: 0.7, rule: "stance.own-government-list" } : undefined;
}
