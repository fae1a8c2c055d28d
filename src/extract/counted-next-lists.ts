/**
 * A field counted, then named as a list whose length is the count: "Three lawmakers have declared.
 * They are A, 47, B, 62 — a former minister — and C", "Three MSPs have secured the nominations. A,
 * B and C will take part in the hustings", "The two candidates defeated in the first round were A,
 * 50, a former minister, and B, 54". The list is cut into items with their ages, titles and
 * descriptions (a description set off by dashes or brackets stays in its item); it is read only
 * when it holds exactly as many people as were counted, which ties the names to the count.
 *
 * The finder reports the people it reads; the caller looks for the post after the statement and
 * falls back on the article's.
 */
import { mentionsIn } from "./clauses.js";
import type { RaceStatement } from "./race-statements.js";
import type { Analysis, Mention, Sentence } from "./types.js";

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A count of people, with up to three words between: "Three other party lawmakers", "the two candidates". */
const COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\p{L}-]+\s+){0,3}?(?:candidates|contenders|hopefuls|nominees|contestants|challengers|finalists|lawmakers|legislators|MPs|MSPs|MEPs|AMs|MSs|TDs|MLAs|senators|deputies|ministers|politicians|members|officials|people|women|men)\b/iu;
/** A cheap test before {@link COUNTED}. */
const NUMBER_CUE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s/i;
/** The counted ones' place in the race, in the counting sentence. */
const RACE_CUE = /\b(?:candida\w*|nominat\w*|declared|run|running|ran|race|contest|standing|stand|bid|bids|ballot|runoff|run-off|round|field|hustings|entered|vying)\b/i;
/** The counted ones back someone: "Three ministers have declared their support for her bid". */
const SUPPORT_CUE = /\b(?:support\w*|back(?:s|ed|ing|ers)?|endors\w*|behind|vot(?:e|es|ed|ing)\s+for|nominated\s+(?:him|her|them))\b/i;
/** What may open the sentence before its list: a title ("Sens."), or the field restated ("The four candidates are"). */
const LEAD = /^\s*(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}|The\s+(\S+)\s+(?:[\p{L}-]+\s+){0,2}?(?:candidates|contenders|hopefuls|nominees|finalists)\s+(?:are|were)\s+(?:[\p{L}.’'-]+\s+){0,5}?)$/u;
/** An opening that names the ones just counted: "They are", "These were". */
const THEY = /^\s*(?:They|These|Those)\s+(?:are|were|include|included)\s*:?\s*/u;
/** The list in the counting sentence itself: "The two candidates (defeated in the first round) were". */
const SAME_SENTENCE = /\b(?:candidates|contenders|hopefuls|nominees|contestants|finalists)\b(?:\s+[\p{Ll}-]+(?:\s+[\p{Ll}\p{N}-]+){0,6}?)?\s+(?:are|were)\s+(?=(?:[\p{Ll}-]+\s+){0,4}\p{Lu})/u;
/** A count of another thing than the field: "two of the candidates", "three-quarters". */
const NOT_FIELD = /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:of|per|percent|years?|months?|weeks?|days?|times?|rounds?|more|fewer|-)/i;
/** Words before an item's name that make it someone else than a candidate: "backed by A", "widow of A". */
const NOT_HEAD = /\b(?:by|with|to|for|against|than|who|whom|which|that|of|backed|supported|endorsed|ally|aide|wife|husband|widow|son|daughter)\b/iu;
/** A verb right after the list: the names are its subject ("A, B and C will take part"). */
const VERB_AFTER = /^\s*(?:,\s*)?(?:will|would|are|were|have|has|had|all|both|each|also|now|then|took|take|face|faced|met|meet|go|went|remain|remained)\b/u;

/** The count of a field in `body`, when the field is in a race. */
function countIn(body: string): { count: number; end: number } | undefined {
  if (!NUMBER_CUE.test(body) || !RACE_CUE.test(body)) return undefined;
  const m = COUNTED.exec(body);
  if (!m || NOT_FIELD.test(body.slice(m.index))) return undefined;
  return { count: NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]), end: m.index + m[0].length };
}

/**
 * The people heading the items of a list from `from` to `to`: items are cut at commas, semicolons
 * and "and", but not inside brackets or a description set off by dashes. The list must open with a
 * person; an item with no person (an age, a description) continues the one before; a person named
 * after words of another role ("backed by A") heads no item.
 */
export function listHeads(analysis: Analysis, from: number, to: number): Mention[] {
  const { text } = analysis;
  const people = mentionsIn(analysis, from, to).filter((p) => p.type === "Person" && !p.modifier && !p.inQuote);
  const heads: Mention[] = [];
  let itemStart = from;
  let depth = 0;
  let dashed = false;
  const close = (end: number): void => {
    const head = people.find((p) => p.start >= itemStart && p.end <= end);
    // "backed by A": the item is about a candidate named before; A is not one.
    if (head && !NOT_HEAD.test(text.slice(itemStart, head.extendedStart))) heads.push(head);
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if ((c === "—" || c === "–") && depth === 0) dashed = !dashed;
    if (depth > 0) continue;
    let cut = 0;
    if (c === "," || c === ";") cut = 1;
    else if (c === " " && text.startsWith(" and ", i)) cut = 5;
    // Inside a description set off by dashes ("B, 62 — adviser to the minister, and author —"), nothing is cut.
    if (!cut || dashed) continue;
    if (people.some((p) => p.start >= itemStart && p.end <= i)) close(i);
    // A list opens with a person; after one, an item with no one (an age, a description) continues the item before it.
    else if (heads.length === 0) return [];
    itemStart = i + cut;
    i += cut - 1;
  }
  close(to);
  return heads;
}

/** Where the leading list of a sentence ends: before a verb of its own, or at the sentence's end. */
function listEnd(analysis: Analysis, sentence: Sentence, from: number): number {
  const { text } = analysis;
  const people = mentionsIn(analysis, from, sentence.end).filter((p) => p.type === "Person" && !p.modifier);
  for (const p of people) {
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 20));
    if (VERB_AFTER.test(after)) return p.end;
  }
  return sentence.end;
}

/**
 * Candidates named in a list that a count announces: in the sentence after the count ("They are
 * A, B and C", or "A, B and C will ..." opening the sentence), or after "the K candidates ... were"
 * in the same sentence. Read only when the list holds exactly the counted number of people.
 * `otherRace` tells a phrase of another race.
 */
export function countedNextStatements(analysis: Analysis, sentence: Sentence, otherRace: (phrase: string) => boolean, previous?: Sentence): RaceStatement[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  let count: number | undefined;
  let listStart = -1;
  let rule = "candidacy.counted-next";
  const own = countIn(body);
  if (own) {
    const tail = body.slice(own.end - 40 > 0 ? own.end - 40 : 0);
    const m = SAME_SENTENCE.exec(tail);
    const at = m ? sentence.start + (own.end - 40 > 0 ? own.end - 40 : 0) + m.index + m[0].length : -1;
    // A field that seems of another race ("the four presidential candidates") may still be the one the sentence before counted.
    if (m && !otherRace(text.slice(sentence.start, at))) {
      count = own.count;
      listStart = at;
      rule = "candidacy.counted-same";
    }
  }
  if (listStart < 0 && previous) {
    const before = text.slice(previous.start, previous.end);
    const counted = countIn(before);
    if (!counted || SUPPORT_CUE.test(before) || otherRace(before)) return [];
    count = counted.count;
    const they = THEY.exec(body);
    if (they) listStart = sentence.start + they[0].length;
    else {
      const first = mentionsIn(analysis, sentence.start, sentence.end).find((p) => p.type === "Person" && !p.modifier);
      // The list opens the sentence: nothing but a title, or the field restated with its count, before its first name.
      const lead = first ? LEAD.exec(text.slice(sentence.start, first.extendedStart)) : null;
      if (!lead || (lead[1] !== undefined && (NUMBERS[lead[1].toLowerCase()] ?? Number(lead[1])) !== count)) return [];
      listStart = sentence.start;
    }
  }
  if (listStart < 0 || count === undefined) return [];
  const heads = listHeads(analysis, listStart, listEnd(analysis, sentence, listStart));
  const distinct = new Set(heads.map((h) => h.entity));
  if (heads.length !== count || distinct.size !== count) return [];
  return heads.map((person) => ({ person, after: sentence.end, start: listStart, end: person.end, rule, confidence: 0.75 }));
}
