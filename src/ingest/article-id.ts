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
  return sentencesOf(text)(start, end);
}

/**
 * {@link sentenceAround} for many spans of one text: the sentence ends are found once, then each
 * span's sentence is two binary searches away.
 */
export function sentencesOf(text: string): (start: number, end: number) => string {
  const boundary = /[.!?…](?:["”’»)]*)\s+|\n\s*\n/g;
  const at: number[] = [];
  const stops: number[] = [];
  const trimmed: number[] = [];
  for (const match of text.matchAll(boundary)) {
    at.push(match.index);
    stops.push(match.index + match[0].length);
    trimmed.push(match.index + match[0].trimEnd().length);
  }
  // First index i with list[i] > value (lists ascend: matches do not overlap).
  const after = (list: readonly number[], value: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! > value) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (start, end) => {
    // The last end of a sentence at or before the span, and the first one that starts at or after its last character.
    const before = after(stops, start);
    const from = before > 0 ? stops[before - 1]! : 0;
    let next = Math.max(before, after(at, end - 2));
    while (next < at.length && at[next]! < end - 1) next++;
    const to = next < at.length ? trimmed[next]! : text.length;
    return text.slice(from, to).trim();
  };
}
