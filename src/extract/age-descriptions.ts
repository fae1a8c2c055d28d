/**
 * People described by their age: "the 62-year-old succeeds X", "the 61-year-old Japanese said".
 * The description names the person the text gives that age ("Amano, 62,", "the 62-year-old
 * Amano"), else, like a subject pronoun, the first person named in its sentence before it or in the
 * nearest sentence before that names one; never someone the text gives another age or, with a
 * demonym, another nationality.
 */
import { firstStartingAtOrAfter, insideAny, sentenceAt } from "./text-utils.js";
import type { EntityRecord, Mention, RawMention, Sentence, Span } from "./types.js";

/** "the 62-year-old", optionally followed by a capitalized word (a demonym, or the name it introduces). */
const AGE_DESCRIPTION = /(?<![\p{L}])[Tt]he\s+(\d{2})-year-old(?:\s+(\p{Lu}[\p{Ll}]+))?(?![\p{L}\p{M}-])/gu;

/** An age stated beside a name: "Amano, 62," or "Amano (62)". */
const AGE_AFTER = /^(?:,\s+(\d{2}),|\s+\((\d{2})\))/;
/** "the 62-year-old Amano", "aged 62, Amano": an age stated before a name. */
const AGE_BEFORE = /(?:(\d{2})-year-old|aged\s+(\d{2}),?)\s+(?:\p{L}+\s+){0,3}$/u;

/** How many sentences back the referent is looked for. */
const SENTENCES_BACK = 3;

/**
 * Person mentions for the age descriptions of `text`. `people` are the person mentions (not
 * modifiers) in text order; `raw` the mentions found in the text (for demonyms); `taken` the spans
 * already read as descriptions or titles.
 */
export function ageDescriptions(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
  entities: ReadonlyMap<string, EntityRecord>,
  raw: readonly RawMention[],
  quoteSpans: readonly Span[],
  taken: readonly Span[],
): Mention[] {
  const out: Mention[] = [];
  if (people.length === 0 || sentences.length === 0 || !text.includes("-year-old")) return out;
  AGE_DESCRIPTION.lastIndex = 0;
  let d: RegExpExecArray | null;
  let ages: Map<string, string> | undefined;
  while ((d = AGE_DESCRIPTION.exec(text)) !== null) {
    const start = d.index;
    const end = start + d[0].length;
    const age = d[1]!;
    let country: string | undefined;
    if (d[2]) {
      const at = end - d[2].length;
      const demonym = raw.find((m) => m.type === "Country" && m.form === "demonym" && m.start === at);
      // "the 79-year-old Blatter": the age is part of a name's title, read with the name.
      if (!demonym) continue;
      country = `country:${demonym.code!.toUpperCase()}`;
    }
    if (taken.some((t) => t.start < end && t.end > start) || insideAny(quoteSpans, start)) continue;
    if (!ages) {
      ages = new Map();
      for (const m of people) {
        const after = AGE_AFTER.exec(text.slice(m.end, m.end + 8));
        const before = AGE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
        const stated = after ? (after[1] ?? after[2]) : before ? (before[1] ?? before[2]) : undefined;
        if (stated && !ages.has(m.entity)) ages.set(m.entity, stated);
      }
    }
    const fits = (m: Mention) => {
      if (m.inQuote || m.end > start) return false;
      const stated = ages!.get(m.entity);
      if (stated !== undefined && stated !== age) return false;
      const e = entities.get(m.entity);
      return !country || !e?.nationality || e.nationality === country;
    };
    let found: Mention | undefined;
    for (const [key, stated] of ages) {
      if (stated !== age) continue;
      const i = firstStartingAtOrAfter(people, start) - 1;
      for (let k = i; k >= 0 && !found; k--) if (people[k]!.entity === key && fits(people[k]!)) found = people[k];
    }
    // ",” the 51-year-old told": after a quotation the speaker is often not the subject before it.
    const afterQuote = /[”"]\s*$/.test(text.slice(Math.max(0, start - 4), start));
    if (!found && !afterQuote) {
      let index = sentenceAt(sentences, start);
      for (let back = 0; back <= SENTENCES_BACK && index >= 0 && !found; back++, index--) {
        const s = sentences[index]!;
        const to = back === 0 ? start : s.end;
        for (let k = firstStartingAtOrAfter(people, s.start); k < people.length && people[k]!.start < to; k++) {
          const m = people[k]!;
          if (m.inQuote) continue;
          // The first person of the sentence is the candidate; one who does not fit ends the search.
          if (fits(m)) found = m;
          break;
        }
        if (!found && mentionsAnyone(people, s.start, to)) break;
      }
    }
    if (!found) continue;
    out.push({ type: "Person", form: "descriptor", name: found.name, start, end, entity: found.entity, inQuote: false, modifier: false, extendedStart: start });
  }
  return out;
}

/** Whether a person (outside quotations) is named in `[from, to)`. */
function mentionsAnyone(people: readonly Mention[], from: number, to: number): boolean {
  for (let k = firstStartingAtOrAfter(people, from); k < people.length && people[k]!.start < to; k++) if (!people[k]!.inQuote) return true;
  return false;
}
