/**
 * Stances given to the people of a list by the words that introduce it: a group described by its
 * stance, then named ("The Republicans who voted against X in all three rounds are: A, B and C",
 * "MPs backing X include A and B", "the six who did not vote for X were A and B"), a list that
 * closes on the group ("A, B and the rest of X's critics"), and a group's members named one to a
 * paragraph after an introduction that ends with a colon.
 */
import { OPPOSE_VERBS, SUPPORT_VERBS } from "./lexicon/verbs.js";
import { mentionsIn } from "./clauses.js";
import { listAfter } from "./race-statements.js";
import { actorsAfter, NEGATION, objectAfter, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** Plural nouns of people or states that a stance can describe as a group. */
const GROUP_NOUN = String.raw`(?:mps|members|lawmakers|legislators|senators|congressmen|representatives|republicans|democrats|conservatives|tories|ministers|leaders|delegates|holdouts|rebels|countries|nations|states|governments|federations|associations|unions|those|others|people)`;

/** The group and its stance verb: "who voted against", "MPs backing", "those that have endorsed" (tried where {@link CUE} matched). */
const GROUP_STANCE = new RegExp(
  String.raw`\b${GROUP_NOUN}\s+(?:(?:who|that|which|to)\s+)?(?:(?:have|has|had|also|all|publicly|openly|already|repeatedly|consistently|did|do|does|not|never|n't)\s+)*(?:(${OPPOSE_VERBS})|(${SUPPORT_VERBS}))\b`,
  "uy",
);

/** Between the one the stance is on and the list: "in all three rounds are:", "include". */
const LIST_OPENS = /^[^.;:“”"]{0,80}?\b(?:are|were|include|included|including)\s*:?\s*|^[^.;“”"]{0,80}?:\s*/u;

/** Closing a list on the group: ", and the rest of X's critics", "and other supporters of X". */
const LIST_CLOSES = /^,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+rest\s+of|other|fellow|many\s+other|several\s+other)\s+(?:((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)['’]s\s+)?(critics|detractors|opponents|supporters|backers|allies)\b(?:\s+of\s+)?/u;

/** Group nouns whose members are countries or organizations. */
const STATE_GROUP = /^(?:countries|nations|states|governments|federations|associations|unions)\b/;

/** The group noun that opens every match of {@link GROUP_STANCE}: that pattern is tried only where this one matches. */
export const CUE = new RegExp(String.raw`\b${GROUP_NOUN}\s`, "g");

/** The words that open a list's closing on the group ({@link LIST_CLOSES}), in the sentence. */
const CLOSING_WORD = /\b(?:rest|other|fellow)\b/;
/** {@link CLOSING_WORD} on the sentence with its ASCII capitals in lower case: it passes every sentence that one passes. */
export const CLOSING_CUE = new RegExp(CLOSING_WORD.source, "g");

/**
 * A list after a colon whose items are parted by semicolons ("are: Kenya; Chad; Togo; and Benin"):
 * the one actor of each item, when every item is just a name.
 */
function semicolonList(analysis: Analysis, sentence: Sentence, at: number, exclude: string): Mention[] {
  const { text } = analysis;
  const tail = text.slice(at, sentence.end);
  if (!tail.includes(";")) return [];
  const out: Mention[] = [];
  let from = at;
  for (const item of tail.split(";")) {
    const to = from + item.length;
    const named = mentionsIn(analysis, from, to).filter((m) => m.type !== "Post" && !m.modifier);
    const first = named[0];
    // Each item holds one name and nothing else but "and" and a closing stop.
    if (!first || !/^\s*(?:and\s+)?(?:the\s+)?$/i.test(text.slice(from, first.extendedStart)) || !/^\s*[.]?\s*$/.test(text.slice(named[named.length - 1]!.end, to)) || named.some((m) => m.entity !== first.entity && m.start >= first.end && !/^\s+and\s+/.test(text.slice(first.end, m.start)))) return [];
    if (first.entity !== exclude) out.push(first);
    from = to + 1;
  }
  return out.length >= 2 ? out : [];
}

/** A group introduced with its stance whose members follow one to a paragraph. */
export interface OpenGroup {
  type: "SUPPORTS" | "OPPOSES";
  to: Mention;
  sentence: number;
}

/**
 * The stances of the people listed in `sentence`, and the group (if any) whose members the next
 * paragraphs name. `open` is the group left open by an earlier sentence; `lower` is the sentence
 * with ASCII capitals in lower case (same offsets); `cued` and `closing`, when known, whether it
 * holds {@link CUE} and {@link CLOSING_CUE}.
 */
export function groupListStances(analysis: Analysis, sentence: Sentence, open: OpenGroup | undefined, lower: string, cued?: boolean, closing?: boolean): { found: Found[]; open: OpenGroup | undefined } {
  const { text } = analysis;
  const found: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const paragraph = analysis.paragraphs[sentence.paragraph];
  const opensParagraph = paragraph?.start === sentence.start;

  // A paragraph per member: "Andy Biggs (Ariz.)" after "The Republicans who voted against X are:";
  // a country or organization alone on its line ("Kenya"), or one line listing them all ("Kenya, Ethiopia and Uganda.").
  if (open && opensParagraph && sentence.index > open.sentence) {
    const first = mentionsIn(analysis, sentence.start, sentence.end).find((m) => (m.type === "Person" || m.type === "Country" || m.type === "Organization") && !m.modifier);
    const opener = first ? text.slice(sentence.start, first.extendedStart) : "";
    const rest = first ? text.slice(first.end, paragraph?.end ?? sentence.end) : "";
    const member = first && first.entity !== open.to.entity && /^(?:[-•*–—]\s*|\d{1,2}[.)]\s*)?(?:Reps?\.\s+|Sen\.\s+)?$/.test(opener);
    // "Jane Doe MP", "John Roe MSP": a letter title after the name closes the line too.
    if (member && first.type === "Person" && /^\s*(?:[,(:–—-]|$|\s(?:of|from)\b|\s(?:MP|MSP|MEP|AM|MS|MLA|MPP|TD|MHK|QC|KC|OBE|CBE|MBE)\s*$)/.test(text.slice(first.end, Math.min(first.end + 30, paragraph?.end ?? sentence.end)))) {
      found.push({ type: open.type, from: first.entity, to: open.to.entity, span: { start: sentence.start, end: first.end }, confidence: 0.7, rule: "stance.group-list" });
    } else if (member && first.type !== "Person" && /^\s*(?:\([^()]{1,30}\)\s*)?[.;]?\s*$/.test(rest)) {
      found.push({ type: open.type, from: first.entity, to: open.to.entity, span: { start: sentence.start, end: first.end }, confidence: 0.7, rule: "stance.group-list" });
    } else if (member && first.type !== "Person" && /^\s*(?:,|\s+and\s)/.test(rest)) {
      // The whole list on one line: every actor named, then the group is closed.
      const actors = [first, ...actorsAfter(analysis, sentence, first.end, open.to.entity)].filter((a) => a.type !== "Media" && a.entity !== open!.to.entity);
      for (const a of actors) found.push({ type: open.type, from: a.entity, to: open.to.entity, span: { start: sentence.start, end: a.end }, confidence: 0.7, rule: "stance.group-list" });
      open = undefined;
    } else open = undefined;
  }

  CUE.lastIndex = 0;
  for (let c = cued === false ? null : CUE.exec(lower); c !== null; c = CUE.exec(lower)) {
    GROUP_STANCE.lastIndex = c.index;
    const g = GROUP_STANCE.exec(lower);
    // The next group noun after this one, or after the group's stance (as a search of GROUP_STANCE would resume).
    CUE.lastIndex = g ? c.index + g[0].length : c.index + 1;
    if (!g) continue;
    const start = sentence.start + g.index;
    const end = start + g[0].length;
    const verbStart = end - (g[1] ?? g[2] ?? "").length;
    let type: "SUPPORTS" | "OPPOSES" = g[1] ? "OPPOSES" : "SUPPORTS";
    // "the six who did not vote for X": a refused support; a refused opposition says nothing.
    if (NEGATION.test(text.slice(start, verbStart))) {
      if (type === "OPPOSES") continue;
      type = "OPPOSES";
    }
    const object = objectAfter(analysis, sentence, end, []);
    if (!object?.mention) continue;
    const tail = text.slice(object.end, sentence.end);
    const opens = LIST_OPENS.exec(tail);
    if (!opens) continue;
    const at = object.end + opens[0].length;
    let list = listAfter(analysis, sentence, at, true).filter((p) => p.entity !== object.entity && !p.inQuote);
    // "Countries backing X include Kenya, Ethiopia and Uganda", "Among those backing X are Kenya and Chad": countries or organizations.
    const groupWord = g[0].trimStart().split(/\s/)[0]!;
    if (list.length === 0 && (STATE_GROUP.test(groupWord) || /^(?:those|others)$/.test(groupWord))) {
      list = (/:\s*$/.test(opens[0]) ? semicolonList(analysis, sentence, at, object.entity) : []);
      if (list.length === 0) list = actorsAfter(analysis, sentence, at, object.entity);
      list = list.filter((a) => a.type !== "Person" && a.type !== "Media" && !a.inQuote);
    }
    for (const p of list) found.push({ type, from: p.entity, to: object.entity, span: { start, end: p.end }, confidence: 0.75, rule: "stance.group-list" });
    // "... are:" closing its paragraph: the members follow, one to a paragraph.
    if (list.length === 0 && /:\s*$/.test(body) && paragraph?.end === sentence.end) open = { type, to: object.mention, sentence: sentence.index };
  }

  // "A, B and the rest of X's critics", "A and other supporters of X".
  if (closing !== false && CLOSING_WORD.test(body)) {
    const persons = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
    for (let i = 0; i < persons.length; i++) {
      const last = persons[i]!;
      const close = LIST_CLOSES.exec(text.slice(last.end, Math.min(sentence.end, last.end + 80)));
      if (!close) continue;
      const closeEnd = last.end + close[0].length;
      const on = close[1]
        ? persons.slice(i + 1).find((p) => p.start < closeEnd && p.end <= closeEnd)
        : persons.slice(i + 1).find((p) => p.extendedStart === closeEnd || p.start === closeEnd);
      if (!on) continue;
      const type = /critics|detractors|opponents/.test(close[2]!) ? "OPPOSES" : "SUPPORTS";
      // The list ending at `last`: names joined by commas and "and".
      const members: Mention[] = [last];
      for (let j = i - 1; j >= 0; j--) {
        const gap = text.slice(persons[j]!.end, members[members.length - 1]!.extendedStart);
        if (!/^\s*,\s*(?:[\p{L}’'.-]+\s+){0,6}$/u.test(gap) || /\b(?:is|was|are|were|has|had|said|says)\b/.test(gap)) break;
        members.push(persons[j]!);
      }
      for (const p of members) if (p.entity !== on.entity) found.push({ type, from: p.entity, to: on.entity, span: { start: p.start, end: closeEnd }, confidence: 0.7, rule: "stance.group-list" });
    }
  }
  return { found, open };
}
