/**
 * Stage 2: quotations. Curly (“ ”, « », „ “) and straight double quotes, and two single marks
 * ('' or ‘‘) typed for a double one.
 *
 * News style lets a quotation run over several paragraphs: each paragraph of the quotation may
 * open with a mark while only the last one closes it, or (more loosely) only the first one opens.
 * A quotation therefore continues into the next paragraph when it is still open at the end of its
 * paragraph; a paragraph that itself starts with an opening mark starts a new quotation. An open
 * quotation is carried over at most {@link MAX_QUOTE_PARAGRAPHS} paragraphs, then cut at the end of
 * the paragraph it opened in.
 */
import type { Paragraph, QuoteSpan } from "./types.js";

const MAX_QUOTE_PARAGRAPHS = 8;
const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);

/** All quotations, in text order, not overlapping. */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: { start: number; paragraph: number; depth: number; straight: boolean; single?: boolean; mark?: number } | null = null;

  const close = (end: number, lastParagraph: number, closed: boolean, markLength = 1) => {
    if (!open) return;
    const innerStart = open.start + (open.mark ?? 1);
    const innerEnd = closed ? end - markLength : end;
    if (innerEnd > innerStart) {
      quotes.push({ start: open.start, end, innerStart, innerEnd, paragraph: open.paragraph, lastParagraph, closed });
    }
    open = null;
  };

  // The first possible mark at or after the last search's start: the loop below jumps to it.
  let markAt = -1;
  for (const p of paragraphs) {
    if (open) {
      const first = text[p.start] ?? "";
      const tooLong = p.index - open.paragraph >= MAX_QUOTE_PARAGRAPHS;
      if (OPENING.has(first) || (first === '"' && !open.straight) || isDoubledSingleOpening(text, p.start) || tooLong) {
        // A new quotation (or an unclosed one given up): the previous one ends with its last paragraph.
        const previous = paragraphs[p.index - 1]!;
        if (tooLong) {
          const opened = paragraphs[open.paragraph]!;
          close(opened.end, opened.index, false);
        } else close(previous.end, previous.index, false);
      }
    }
    for (let i = p.start; i < p.end; i++) {
      if (!maybeMark(text.charCodeAt(i))) {
        // Searched for rather than tested character by character: most of a text is no mark.
        if (markAt < i) {
          MARK.lastIndex = i;
          markAt = MARK.exec(text)?.index ?? text.length;
        }
        i = Math.min(markAt, p.end) - 1;
        continue;
      }
      const c = text[i]!;
      if (open?.single) {
        // A single-quoted quotation ends at a right single mark that is not an apostrophe.
        if (c === "’" && isClosingSingle(text, i)) close(i + 1, p.index, true);
        continue;
      }
      if (!open && isDoubledSingleOpening(text, i)) {
        open = { start: i, paragraph: p.index, depth: 0, straight: false, mark: 2 };
        i++;
        continue;
      }
      if (!open && c === "‘" && isOpeningSingle(text, i)) {
        open = { start: i, paragraph: p.index, depth: 0, straight: false, single: true };
        continue;
      }
      if (open) {
        // Two right single marks ("’’" or "''") typed for a closing double mark.
        if ((c === "’" || c === "'") && text[i + 1] === c && open.depth === 0 && !/\s/.test(text[i - 1] ?? " ")) {
          close(i + 2, p.index, true, 2);
          i++;
          continue;
        }
        // A left mark typed for a closing one (“… Blatter,“ said X): after a word or punctuation, before a space or the end.
        if (CLOSING.has(c) || (c === "“" && (open.depth > 0 || !open.straight) && isClosingPosition(text, i))) {
          if (open.depth > 0) open.depth--;
          else close(i + 1, p.index, true);
        } else if (OPENING.has(c)) {
          open.depth++;
        } else if (c === '"') {
          // A straight mark opening a line ("…numbers.\n"Monaco…") starts a new quotation: the open one ended unclosed with the line before.
          if (open.straight && text[i - 1] === "\n" && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) {
            close(i - 1, p.index, false);
            open = { start: i, paragraph: p.index, depth: 0, straight: true };
          } else if (open.straight) close(i + 1, p.index, true);
          else if (isClosingPosition(text, i) && open.depth > 0) open.depth--;
          else if (isClosingPosition(text, i)) close(i + 1, p.index, true);
          else open.depth++;
        }
      } else if (OPENING.has(c) || (c === '"' && !isClosingPosition(text, i))) {
        open = { start: i, paragraph: p.index, depth: 0, straight: c === '"' };
      }
    }
  }
  if (open) {
    const last = paragraphs[paragraphs.length - 1]!;
    close(last.end, last.index, false);
  }
  return quotes;
}

/** The characters {@link maybeMark} admits. */
const MARK = /["'\u2018-\u201e\u00ab\u00bb]/g;

/** Whether a character may be a quotation mark (" ' ‘ ’ “ ” „ « »): nothing else opens or closes one. */
function maybeMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || (code >= 0x2018 && code <= 0x201e) || code === 0xab || code === 0xbb;
}

/** Two single marks typed for an opening double mark (''The board agreed''): after space or punctuation, before a word. */
function isDoubledSingleOpening(text: string, i: number): boolean {
  const c = text[i];
  return (c === "'" || c === "‘") && text[i + 1] === c && /[\s(\[—–:,]|^$/.test(text[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[i + 2] ?? "");
}

/** British style quotes with single marks: ‘ after space or punctuation, before a word. */
function isOpeningSingle(text: string, i: number): boolean {
  return /[\s(\[—–:,]|^$/.test(text[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "");
}

/** ’ closes after a word or punctuation and before space, punctuation or the end ("Boris’ ally" is rare enough to accept). */
function isClosingSingle(text: string, i: number): boolean {
  return !/\s/.test(text[i - 1] ?? " ") && (i + 1 >= text.length || /[\s.,;:!?)\]—–-]/.test(text[i + 1]!));
}

/** A straight quote closes when it follows a word or punctuation and precedes space or punctuation. */
function isClosingPosition(text: string, i: number): boolean {
  const before = text[i - 1] ?? " ";
  const after = text[i + 1] ?? " ";
  return !/\s/.test(before) && (/[\s.,;:!?)\]—–-]/.test(after) || i + 1 >= text.length);
}
