/**
 * A holder's choice named by what it is rather than by the one chosen: "Ruritanian President Piet
 * Lund's nominee to lead the agency said Monday", "Lund's divisive pick to lead the institution"
 * (the article's focal candidate), and a holder joined to the choice by a hyphen: "his
 * Lund-backed challenge", "Ana Ruiz, the Union-endorsed candidate for the post".
 */
import { mentionsIn } from "./clauses.js";
import { focalCandidate } from "./stance-described.js";
import { NEGATION, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-cased sentence before the patterns. */
export function hasDescribedChoiceCue(lowerBody: string): boolean {
  return lowerBody.includes("nominee") || lowerBody.includes("pick") || lowerBody.includes("-backed") || lowerBody.includes("-endorsed") || lowerBody.includes("-supported");
}

/** After a possessive holder: "'s nominee to lead", "'s divisive pick for". */
const POSSESSED_CHOICE = /^['’‘]s?\s+(?:(?:divisive|controversial|surprise|preferred|chosen|own|official|formal|hand-?picked|latest|new)\s+)?(?:nominee|pick)\s+(?:to\s+(?:lead|head|become|run|serve\s+as)|for)\s/u;

/** A holder joined by a hyphen to a choice: "Lund-backed challenge", "African Union-endorsed candidate". */
const HYPHEN_CHOICE = /(?<![\p{L}-])((?:\p{Lu}[\p{L}.’']*\s+){0,3}\p{Lu}[\p{L}.’']*)-(?:backed|endorsed|supported|nominated)\s+(?:candidate|candidacy|challenge|challenger|bid|campaign|nominee)\b/gu;

/** The entity a text names by its name or one of its aliases, when exactly one does. */
function namedEntity(analysis: Analysis, name: string): string | undefined {
  let found: string | undefined;
  for (const e of analysis.entities.values()) {
    if (e.type === "Post" || e.type === "Media" || (e.name !== name && !e.aliases.has(name))) continue;
    if (found && found !== e.key) return undefined;
    found = e.key;
  }
  return found;
}

/** A cheap test before reading each mention of the sentence for {@link POSSESSED_CHOICE}. */
const POSSESSED_CUE = /['’‘]s?\s+(?:[a-z-]+\s+)?(?:nominee|pick)\s+(?:to|for)\s/;

/** A holder that may choose: a person, a country or an organization, not a word of someone's title. */
function holderMention(m: Mention): boolean {
  return (m.type === "Person" || m.type === "Country" || m.type === "Organization") && !m.inQuote;
}

/** The one described, when the sentence names no one else as the choice: the article's focal candidate. */
function focalChoice(analysis: Analysis, sentence: Sentence, holder: Mention, from: number): string | null {
  const focal = focalCandidate(analysis, [holder.entity]);
  if (!focal || focal === holder.entity || analysis.entities.get(focal)?.type !== "Person") return null;
  // "Lund's nominee, Ana Ruiz," or a person named next to the choice: read elsewhere, or someone else.
  const near = mentionsIn(analysis, from, Math.min(sentence.end, from + 80)).find((m) => m.type === "Person" && !m.modifier);
  if (near && near.entity !== focal) return null;
  return focal;
}

const HYPHEN_CUE = /-(?:backed|endorsed|supported|nominated)\s/;

/** The person a hyphen-joined choice belongs to: "A launches his X-backed challenge", "A, the X-endorsed candidate". */
function choiceOwner(analysis: Analysis, sentence: Sentence, start: number, end: number, holder: string): string | undefined {
  const { text } = analysis;
  // "the X-endorsed candidate" that coreference took for a person.
  const covering = analysis.mentions.find((m) => m.type === "Person" && m.start <= start && m.end >= end - 1 && m.start >= sentence.start);
  if (covering) return covering.entity;
  const people = mentionsIn(analysis, sentence.start, start).filter((m) => m.type === "Person" && !m.modifier && m.entity !== holder);
  const last = people[people.length - 1];
  const lead = text.slice(last ? last.end : sentence.start, start);
  // "A, the X-endorsed candidate": an apposition right after the name.
  if (last && /^\s*,\s+the\s+$/.test(lead)) return last.entity;
  // "A launches his X-backed challenge": the possessive's owner is the sentence's one person before it.
  if (last && people.length === 1 && /^\s+(?:\p{Ll}+\s+){1,3}(?:his|her)\s+$/u.test(lead)) return last.entity;
  return undefined;
}

/**
 * SUPPORTS claims of `sentence` in which a holder's choice is named by a description: a
 * possessive nominee or pick with no name, and a hyphen-joined endorsement of a candidacy.
 */
export function describedChoiceStances(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const found: Found[] = [];
  if (POSSESSED_CUE.test(text.slice(sentence.start, sentence.end))) for (const holder of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (!holderMention(holder) || (holder.modifier && holder.type === "Person")) continue;
    const possessed = POSSESSED_CHOICE.exec(text.slice(holder.end, Math.min(sentence.end, holder.end + 60)));
    if (!possessed) continue;
    const end = holder.end + possessed[0].length;
    const to = focalChoice(analysis, sentence, holder, end);
    if (!to || NEGATION.test(text.slice(Math.max(sentence.start, holder.extendedStart - 30), holder.extendedStart))) continue;
    if (!found.some((f) => f.from === holder.entity && f.to === to)) found.push({ type: "SUPPORTS", from: holder.entity, to, span: { start: holder.start, end }, confidence: 0.6, rule: "stance.described-choice.possessive" });
  }
  if (!HYPHEN_CUE.test(text.slice(sentence.start, sentence.end))) return found;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(HYPHEN_CHOICE)) {
    const start = sentence.start + m.index;
    const holder = namedEntity(analysis, m[1]!.replace(/^(?:The|A|An|His|Her|Their)\s+/, ""));
    if (!holder) continue;
    const owner = choiceOwner(analysis, sentence, start, start + m[0].length, holder);
    if (!owner || owner === holder || analysis.entities.get(owner)?.type !== "Person") continue;
    if (NEGATION.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
    if (!found.some((f) => f.from === holder && f.to === owner)) found.push({ type: "SUPPORTS", from: holder, to: owner, span: { start, end: start + m[0].length }, confidence: 0.6, rule: "stance.described-choice.hyphen" });
  }
  return found;
}
