/**
 * Small helpers shared by the stages: tokenizing, folding, searching in sorted spans.
 */
import type { Sentence, Span, Token } from "./types.js";

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*/gu;

/** Word tokens with offsets. A possessive "'s" is not part of the word. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  if (from === 0 && to === text.length) {
    // The whole text: the words at once, then their offsets. A word opens with a letter or digit, where a
    // token would start, so no earlier copy of it lies between the previous token and its own offset.
    let at = 0;
    for (const word of text.match(TOKEN) ?? []) {
      const start = text.indexOf(word, at);
      at = start + word.length;
      tokens.push({ start, end: at, text: word });
    }
    return tokens;
  }
  TOKEN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    if (match.index >= to) break;
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Diacritics removed, case kept: "Kariņš" -> "Karins". */
export function fold(s: string): string {
  // ASCII is its own decomposition and holds neither marks nor curly quotes.
  if (ASCII.test(s)) return s;
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘ʼ]/g, "'");
}

/** The key two spellings of one name share: folded, lower case, single spaces, no leading "the". */
export function nameKey(s: string): string {
  return fold(s).toLowerCase().replace(/\s+/g, " ").trim().replace(/^the /, "");
}

/**
 * The matches a global search with `sticky` (a pattern with the "y" flag) finds in `text`, the
 * pattern being tried only at the offsets where `starts` (a global pattern) matches. Every match
 * of `sticky` must open with a match of `starts`; a pattern that opens with a look-behind is
 * otherwise tried at every offset.
 */
export function stickyMatches(sticky: RegExp, starts: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  starts.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = starts.exec(text)) !== null) {
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      starts.lastIndex = m.index + m[0].length;
    } else starts.lastIndex = s.index + 1;
  }
  return out;
}

/** A readable id fragment. */
export function slugify(s: string): string {
  const slug = nameKey(s).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.length > 0 ? slug.slice(0, 80) : "x";
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regular-expression source matching `phrase` with each word's first letter in either case. */
export function anyCaseInitials(phrase: string): string {
  return phrase
    .split(/([ -])/)
    .map((part) => {
      if (part === " ") return "\\s+";
      if (part === "-") return "[- ]";
      const first = part[0];
      if (!first) return "";
      const lower = first.toLowerCase();
      const upper = first.toUpperCase();
      return (lower === upper ? escapeRegExp(first) : `[${upper}${lower}]`) + escapeRegExp(part.slice(1));
    })
    .join("");
}

/**
 * Binary search over spans sorted by start that do not overlap: the index of the span holding
 * `offset`, or, when none does, the index where such a span would go.
 */
function searchSpans(spans: readonly Span[], offset: number): { index: number; inside: boolean } {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { index: mid, inside: true };
  }
  return { index: lo, inside: false };
}

/** Index of the sentence containing `offset` (the nearest one when it falls between sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  const { index, inside } = searchSpans(sentences, offset);
  return inside ? index : Math.max(0, Math.min(sentences.length - 1, index));
}

/** Whether `offset` lies inside one of the spans (sorted by start). */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  return searchSpans(spans, offset).inside;
}

/** Index of the first item starting at or after `offset` in a list sorted by start. */
export function firstStartingAtOrAfter(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number at or after `offset` in a sorted list. */
export function firstNumberAtOrAfter(list: readonly number[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
