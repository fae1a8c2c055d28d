/**
 * One shape shared by several opposition readers: a move against a person (a motion, a verb of
 * keeping them out, a refusal to serve) written right before their name; the holder is the move's
 * subject. "A backed a motion of no confidence in X", "A will do everything to prevent X from
 * becoming president", "A could not serve under X".
 */
import { mentionsIn } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { conjoinedBefore, NEGATION, subjectBefore, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** What one reader of the shape looks for. */
export interface MoveBeforePerson {
  /** How many characters before the person's extended start the move may be read in. */
  reach: number;
  /**
   * The move read in `before` (the text of the sentence up to the person's extended start, at most
   * `reach` long): where it starts in `before`, and the claim's rule; undefined when there is none.
   */
  move(person: Mention, before: string): { index: number; rule: string } | undefined;
  /**
   * Whether the move says nothing after all (negated, hedged, asked): `between` is the text from
   * the subject's end to the move, `at` where the move starts.
   */
  idle(between: string, at: number, person: Mention): boolean;
  /** The most confidence a claim may have; the subject's own is taken when lower. */
  cap: number;
  /** Whether the subject's conjoined names hold the stance too ("A and B tried to unseat X"). */
  conjoined?: boolean;
}

/** A test for {@link MoveBeforePerson.idle}: a negation, or a word of `hedge`, between the holder and the move. */
export function negatedOrHedged(hedge: RegExp): MoveBeforePerson["idle"] {
  return (between) => NEGATION.test(between) || hedge.test(between);
}

/** The oppositions of one sentence read by one shape. */
export function moveBeforePersonStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], shape: MoveBeforePerson): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (m.type !== "Person" || m.modifier) continue;
    const before = text.slice(Math.max(sentence.start, m.extendedStart - shape.reach), m.extendedStart);
    const move = shape.move(m, before);
    if (!move) continue;
    const at = m.extendedStart - before.length + move.index;
    const subject = subjectBefore(analysis, sentence, at, quotes, []);
    if (!subject || subject.entity === m.entity) continue;
    if (shape.idle(text.slice(subject.end, at), at, m)) continue;
    const holders: { entity: string; mention?: Mention }[] = shape.conjoined && subject.mention ? [subject, ...conjoinedBefore(analysis, sentence, subject.mention)] : [subject];
    for (const h of holders) {
      if (h.entity === m.entity) continue;
      out.push({ type: "OPPOSES", from: h.entity, to: m.entity, span: { start: Math.min(h.mention?.start ?? at, at), end: m.end }, confidence: Math.min(subject.confidence, shape.cap), subjectMention: h.mention, rule: move.rule });
    }
  }
  return out;
}
