/**
 * The person a sentence is about: its grammatical subject when it opens the main clause, after an
 * introductory clause if there is one ("Asked whether A would win, B said ..." is about B).
 */
import { firstStartingAtOrAfter } from "./text-utils.js";
import type { Analysis, Mention } from "./types.js";

/** An introductory clause that names people who are not the subject: "Asked if ..., ", "After A won, ". */
const INTRO_CLAUSE = /^(?:Asked|Pressed|Questioned|Speaking|Responding|Reacting|Writing|Interviewed|Challenged|After|Before|When|While|Although|Though|If|Once|Since|Despite|Following|Unlike|Like)\b[^,;.“”"]{0,160},\s+/u;
/** Between the introductory clause and the subject: at most "the" and title words ("Treasurer Mr Hockey"). */
const SUBJECT_LEAD = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/**
 * The first person named (outside quotations, not as a modifier) in `[from, to)` of the text, the
 * subject after an introductory clause taking precedence over people named inside that clause.
 */
export function subjectPerson(analysis: Analysis, from: number, to: number): Mention | undefined {
  const { text, mentions } = analysis;
  const person = (m: Mention) => m.type === "Person" && !m.modifier && !m.inQuote;
  const intro = INTRO_CLAUSE.exec(text.slice(from, Math.min(to, from + 200)));
  if (intro) {
    const after = from + intro[0].length;
    for (let i = firstStartingAtOrAfter(mentions, after); i < mentions.length && mentions[i]!.start < to; i++) {
      const m = mentions[i]!;
      if (!person(m)) continue;
      if (SUBJECT_LEAD.test(text.slice(after, Math.min(m.start, m.extendedStart)))) return m;
      break;
    }
  }
  for (let i = firstStartingAtOrAfter(mentions, from); i < mentions.length && mentions[i]!.start < to; i++) {
    const m = mentions[i]!;
    if (m.end <= to && person(m)) return m;
  }
  return undefined;
}
