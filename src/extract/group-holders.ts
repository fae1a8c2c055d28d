/**
 * Groups that hold stances without a proper name: "developing nations", "EU leaders", "Tory MPs",
 * "Western and like-minded nations", "three leading French intellectuals". A plural head noun of
 * countries or of people in politics, qualified by a bloc's adjective or a capitalized name, is one
 * holder (an organization in the graph), whatever its number: "a majority of EU leaders" and
 * "EU leaders" are the same group. A head without a qualifier ("members", "unions") names no one.
 */
import type { RawMention } from "./types.js";

/** Plural nouns that name a group able to back someone, as written (case matters: "MPs", "Republicans"). */
const HEAD = /\b(?:countries|nations|states|governments|leaders|ministers|MPs|MEPs|lawmakers|legislators|senators|members|delegates|federations|associations|unions|confederations|intellectuals|backbenchers|Republicans|Democrats)\b/g;

/** Lower-case words that qualify a bloc ("developing countries", "right-flank Republicans"). */
const BLOC_ADJECTIVES = new Set([
  "developing", "developed", "industrialized", "industrialised", "industrial", "emerging", "rich", "richer", "wealthy", "poor", "poorer",
  "small", "smaller", "island", "landlocked", "western", "eastern", "northern", "southern", "rebel", "backbench", "frontbench", "senior",
  "grassroots", "rank-and-file", "hardline", "hard-line", "right-wing", "left-wing", "right-flank", "left-flank", "moderate", "centrist",
  "conservative", "progressive", "pro-european", "eurosceptic", "euroskeptic", "like-minded", "non-aligned", "neighbouring", "neighboring",
  "donor", "borrowing", "founding", "veteran", "leading", "prominent", "influential", "powerful", "key",
]);

/** Capitalized words that open a sentence or a phrase without naming anyone. */
const NOT_A_NAME = new Set([
  "The", "A", "An", "These", "Those", "This", "That", "Their", "His", "Her", "Its", "Our", "My", "Your", "Many", "Most", "Some", "Several",
  "All", "Both", "Other", "Such", "Why", "How", "When", "While", "If", "But", "And", "Or", "As", "In", "On", "At", "For", "Of", "With",
  "By", "From", "To", "After", "Before", "Since", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Fellow",
  "Former", "New", "Only", "Few", "No", "Each", "Every", "Among", "Even", "Also", "More", "Fewer", "Member", "Young", "Top",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December", "Meanwhile", "However", "Yesterday", "Today", "Now", "Then",
]);

/** Words that only qualify ("leading", "key"): part of the phrase, never its name alone. */
const WEAK = new Set(["leading", "prominent", "influential", "powerful", "key", "senior", "veteran"]);

/** What may stand before the group without being part of its name: "a majority of", "three", "most". */
const QUANTIFIER = /(?:\b(?:a|the)\s+(?:(?:core|small|large|key)\s+)?(?:group|majority|number|handful|bloc|coalition)\s+of\s+|\b(?:most|many|several|some|all|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of)\s+)$/i;

/** An unnamed part of a bloc: "several", "some other", "a number of", "a string of". */
const SOME_OF = /\b(?:several|some|other|few|various|certain|many|a\s+(?:number|string|series|couple|few|handful)\s+of)\s+$/i;

const WORD_BEFORE = /(?:^|\s)([\p{L}][\p{L}.'’-]*)\s+$/u;

interface Modifier {
  word: string;
  start: number;
}

/** The words qualifying the head that ends right before `at`, nearest last. */
function modifiersBefore(text: string, at: number, raw: readonly RawMention[]): { modifiers: Modifier[]; conjoined: boolean } | null {
  const modifiers: Modifier[] = [];
  let conjoined = false;
  let pos = at;
  while (modifiers.length < 4) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) break;
    const word = m[1]!;
    const start = pos - m[0].length + m[0].indexOf(word);
    if (word === "and" && modifiers.length > 0 && !conjoined) {
      // "Western and like-minded nations": both qualify the one head.
      const prev = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!prev || !isModifier(prev[1]!, start - prev[0].length + prev[0].indexOf(prev[1]!), raw)) break;
      conjoined = true;
      pos = start;
      continue;
    }
    if (!isModifier(word, start, raw)) break;
    modifiers.unshift({ word, start });
    pos = start;
  }
  return modifiers.length > 0 ? { modifiers, conjoined } : null;
}

function isModifier(word: string, start: number, raw: readonly RawMention[]): boolean {
  if (/['’]s?$/.test(word)) return false;
  if (BLOC_ADJECTIVES.has(word.toLowerCase())) return true;
  if (!/^\p{Lu}/u.test(word) || NOT_A_NAME.has(word)) return false;
  // A person's name qualifies no group ("Rook supporters" is someone else's shape).
  return !raw.some((r) => r.type === "Person" && r.start <= start && r.end > start);
}

/** Whether a mention found by the lexicon already names the head word itself ("United States", "Organization of American States"). */
function headTaken(raw: readonly RawMention[], start: number, end: number): boolean {
  // "Republicans" read as the party, "MPs" as a one-word name: the head word alone gives way to the group.
  return raw.some((r) => r.start < end && r.end > start && !(r.start === start && r.end === end && (r.type === "Organization" || r.form === "single")));
}

/**
 * Group holders found in `text`, as organization mentions, and the lexicon's mentions with those
 * inside a group removed ("EU" in "EU leaders" is the group, not the Union). Sorted by start.
 */
export function withGroupHolders(text: string, raw: readonly RawMention[]): RawMention[] {
  const groups: RawMention[] = [];
  HEAD.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = HEAD.exec(text)) !== null) {
    const headStart = h.index;
    const headEnd = headStart + h[0].length;
    if (headTaken(raw, headStart, headEnd)) continue;
    const found = modifiersBefore(text, headStart, raw);
    if (!found) continue;
    const { modifiers, conjoined } = found;
    const first = modifiers[0]!;
    // "his fellow MPs", "the party's senior members": someone's own people, not a bloc.
    if (/(?:\b(?:his|her|their|its|our|my|your)|['’]s?)\s+$/i.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    // "several Latin American governments", "a number of Western countries": some of a bloc, unnamed, hold nothing as a bloc.
    if (SOME_OF.test(text.slice(Math.max(0, first.start - 30), first.start))) continue;
    // "member states", "senior ministers": a qualifier alone names no bloc.
    if (modifiers.every((m) => WEAK.has(m.word.toLowerCase()))) continue;
    // "EU members", "EU countries", "NACAC member states": an organization's members are the organization, as the lexicon reads them.
    if (/^(?:members|countries|nations|governments)$/.test(h[0]) || /^states$/.test(h[0]) && /^member$/i.test(modifiers[modifiers.length - 1]!.word)) {
      if (raw.some((r) => r.type !== "Person" && r.start >= first.start && r.start < headStart)) continue;
    }
    // The name: the head with the qualifiers that name the bloc (the first of two joined ones), weak ones dropped.
    const naming = (conjoined ? modifiers.slice(0, 1) : modifiers).filter((m, i, all) => i === all.length - 1 || !WEAK.has(m.word.toLowerCase()));
    const strong = naming.filter((m) => !WEAK.has(m.word.toLowerCase()));
    const nameWords = (strong.length > 0 ? strong : naming).map((m) => m.word);
    const name = [...nameWords, h[0]].join(" ");
    const quantifier = QUANTIFIER.exec(text.slice(Math.max(0, first.start - 40), first.start));
    const phrase = text.slice(first.start, headEnd);
    const aliases = [phrase, ...(quantifier ? [text.slice(first.start - quantifier[0].length, headEnd)] : [])].filter((a) => a !== name);
    groups.push({ type: "Organization", form: "name", name, start: first.start, end: headEnd, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  if (groups.length === 0) return [...raw];
  const inside = (r: RawMention) => groups.some((g) => r.start >= g.start && r.end <= g.end);
  return [...raw.filter((r) => !inside(r)), ...groups].sort((a, b) => a.start - b.start || b.end - a.end);
}
