/**
 * Stage 1: paragraphs and sentences, with offsets.
 *
 * Paragraphs are separated by line breaks. A sentence ends at `.`, `!`, `?` or `…` (possibly
 * followed by closing quotes or brackets) before white space and a capital, digit or opening
 * quote, except after common abbreviations ("Mr.", "Dr.", "U.S.") and initials.
 */
import type { Paragraph, Sentence } from "./types.js";

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st mt gen col lt sgt adm gov sen rep reps sens amb rev fr vs etc inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ assn bros ave e.g i.e hon rt capt maj brig cdr cmdr supt insp atty msgr cllr engr alh mme mlle messrs pres cpl pvt".split(" "),
);

/** Paragraphs: maximal runs of non-blank lines, trimmed. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = m.index + lead;
    paragraphs.push({ index: paragraphs.length, start, end: start + trimmed.length });
  }
  return paragraphs;
}

/**
 * Longest sentence kept whole. Newswire sentences stay far below it; a longer run of text (a list,
 * a table, a text without punctuation) is cut at white space, so that every stage's work per
 * sentence stays bounded and the extractor linear in the input.
 */
export const MAX_SENTENCE_CHARS = 1200;

// Only the first mark of a run may start a match: a long run of dots is read once, not once per dot.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;

/** Sentences of every paragraph, in text order. */
export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const chunk = text.slice(p.start, p.end);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(chunk)) !== null) {
      const end = m.index + m[0].length;
      if (m[0].startsWith(".") && m[0].length === 1) {
        const before = /([\p{L}.]+)$/u.exec(chunk.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
        const word = before.toLowerCase().replace(/\.$/, "");
        if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) continue;
      }
      push(sentences, p, from, end, chunk);
      from = end;
    }
    push(sentences, p, from, chunk.length, chunk);
  }
  return sentences;
}

function push(sentences: Sentence[], p: Paragraph, from: number, to: number, chunk: string): void {
  while (to - from > MAX_SENTENCE_CHARS) {
    let cut = from + MAX_SENTENCE_CHARS;
    while (cut > from + MAX_SENTENCE_CHARS / 2 && !/\s/.test(chunk[cut - 1]!)) cut--;
    const at = cut > from + MAX_SENTENCE_CHARS / 2 ? cut : from + MAX_SENTENCE_CHARS;
    pushOne(sentences, p, from, at, chunk);
    from = at;
  }
  pushOne(sentences, p, from, to, chunk);
}

function pushOne(sentences: Sentence[], p: Paragraph, from: number, to: number, chunk: string): void {
  const piece = chunk.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed.length === 0) return;
  const start = p.start + from + lead;
  sentences.push({ index: sentences.length, paragraph: p.index, start, end: start + trimmed.length });
}
