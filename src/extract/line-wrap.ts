/**
 * Stage 0: lines broken inside a sentence.
 *
 * Wire copy and pages saved as plain text often break lines at a fixed width, so one sentence runs
 * over several lines; the stages after this one read a line break as the end of a paragraph. This
 * stage replaces the breaks that fall inside a sentence with spaces, one character for one, so
 * every offset still points into the article text as stored.
 */

/** A line that ends a sentence: a final mark, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*\s*$/u;

/** Lines at least this long that end without a final mark are read as broken at a fixed width. */
export const MIN_WRAPPED_LINE = 35;

/** Share of a text's lines that must look wrapped for the text to be read as wrapped throughout. */
const WRAPPED_SHARE = 0.4;

/** A text broken at a fixed width has (almost) no line longer than this. */
const MAX_WRAP_WIDTH = 100;

/** A line that opens a list item: a bullet, a dash, or a number with a stop or bracket. */
const LIST_ITEM = /^(?:[•·▪‣◦*–—-]|\d{1,3}[.)])\s/u;

/**
 * The text with each line break that falls inside a sentence replaced by a space. A break is inside
 * a sentence when the next line goes on in lower case, or, in a text broken at a fixed width (many
 * long lines ending without a final mark, hardly any longer than a printed column), when the line is
 * long and ends without one. A blank line always separates paragraphs; a short line (a headline, a
 * dateline, a menu item) and a line before a list item are left alone.
 */
export function unwrapLines(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  let nonBlank = 0;
  let wrapped = 0;
  let wide = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    nonBlank++;
    if (line.length > MAX_WRAP_WIDTH) wide++;
    const next = lines[i + 1]?.trim() ?? "";
    if (next.length > 0 && line.length >= MIN_WRAPPED_LINE && !ENDS_SENTENCE.test(line)) wrapped++;
  }
  const wrappedText = nonBlank >= 4 && wrapped >= WRAPPED_SHARE * nonBlank && wide <= 0.05 * nonBlank;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    if (i === lines.length - 1) break;
    const here = line.trim();
    const next = lines[i + 1]!.trim();
    const join =
      here.length > 0 &&
      next.length > 0 &&
      !ENDS_SENTENCE.test(here) &&
      !LIST_ITEM.test(next) &&
      (/^\p{Ll}/u.test(next) ? here.length >= 20 : wrappedText && here.length >= MIN_WRAPPED_LINE);
    out.push(join ? " " : "\n");
  }
  return out.join("");
}
