import { createHash } from "node:crypto";

/**
 * An article's id: a digest of its text, so the same text ingested twice is the same article
 * whatever its title or file name. Texts are compared after {@link normalizeArticleText}.
 */
export function articleIdFor(text: string): string {
  return `article:${createHash("sha256").update(normalizeArticleText(text)).digest("hex").slice(0, 32)}`;
}

/** Line ends to LF, surrounding white space removed. Offsets in claims index into this form. */
export function normalizeArticleText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/**
 * The sentence (or quoted line) around `[start, end)`: from the previous sentence end to the next.
 * Used to keep, beside a claim's exact evidence, the whole sentence it stands in.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?…](?:["”’»)]*)\s+|\n\s*\n/g;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(boundary)) {
    const stop = match.index + match[0].length;
    if (stop <= start) from = stop;
    else if (match.index >= end - 1) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, to).trim();
}
