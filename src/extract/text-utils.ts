/**
 * Small helpers shared by the stages: tokenizing, folding, searching in sorted spans.
 */
import { isAscii } from "./char-tests.js";
import type { Sentence, Span, Token } from "./types.js";

/**
 * A word token: `(?:\p{Lu}\.){2,}` (initials, "U.S.") or a letter or digit followed by letters,
 * marks and digits, hyphens and apostrophes inside ("al-Sisi", "O'Neill") but not a possessive
 * "'s". Read by hand rather than by a Unicode regular expression: tokenizing is on every article's
 * hot path.
 */
const L = 1;
const N = 2;
const M = 4;
const LU = 8;
/** Character classes of the Basic Multilingual Plane, filled on first use. */
const bmpClasses = new Uint8Array(0x10000);
const bmpKnown = new Uint8Array(0x10000);
const IS_L = /^\p{L}$/u;
const IS_N = /^\p{N}$/u;
const IS_M = /^\p{M}$/u;
const IS_LU = /^\p{Lu}$/u;

function classesOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return L;
    if (cp >= 0x41 && cp <= 0x5a) return L | LU;
    if (cp >= 0x30 && cp <= 0x39) return N;
    return 0;
  }
  if (cp < 0x10000 && bmpKnown[cp]) return bmpClasses[cp]!;
  const ch = String.fromCodePoint(cp);
  const c = (IS_L.test(ch) ? L : 0) | (IS_N.test(ch) ? N : 0) | (IS_M.test(ch) ? M : 0) | (IS_LU.test(ch) ? LU : 0);
  if (cp < 0x10000) {
    bmpClasses[cp] = c;
    bmpKnown[cp] = 1;
  }
  return c;
}

/** The code point at `i` (NaN past the end) and its length in code units. */
function codePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Classes of the code point at `i`, 0 past the end. */
function classAt(text: string, i: number): number {
  return i < text.length ? classesOf(codePoint(text, i)) : 0;
}

/** End of the initials ("U.S.") opening at `i`, or -1 when fewer than two letters with periods open there. */
function initialsEnd(text: string, i: number): number {
  let at = i;
  let count = 0;
  while (at < text.length) {
    const cp = codePoint(text, at);
    if (!(classesOf(cp) & LU)) break;
    const next = at + width(cp);
    if (text.charCodeAt(next) !== 0x2e) break;
    at = next + 1;
    count++;
  }
  return count >= 2 ? at : -1;
}

/** End of the word opening at `i` (a letter or digit there). */
function wordEnd(text: string, i: number): number {
  let at = i + width(codePoint(text, i));
  for (;;) {
    while (at < text.length) {
      const cp = codePoint(text, at);
      if (!(classesOf(cp) & (L | M | N))) break;
      at += width(cp);
    }
    const sep = text.charCodeAt(at);
    if (sep !== 0x2d && sep !== 0x27 && sep !== 0x2019) return at;
    // A possessive "'s" (or "-s") ends the word.
    const after = text.charCodeAt(at + 1);
    if ((after === 0x73 || after === 0x53) && !(classAt(text, at + 2) & (L | N))) return at;
    if (!(classAt(text, at + 1) & (L | M | N))) return at;
    at += 1;
  }
}

/** Word tokens with offsets. A possessive "'s" is not part of the word. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  // Inside a surrogate pair, the search starts at the pair, as a Unicode regular expression's does.
  const low = text.charCodeAt(i);
  if (i > 0 && low >= 0xdc00 && low <= 0xdfff && codePoint(text, i - 1) > 0xffff) i--;
  while (i < text.length) {
    const cp = codePoint(text, i);
    const c = classesOf(cp);
    if (!(c & (L | N))) {
      i += width(cp);
      continue;
    }
    if (i >= to) break;
    const initials = c & LU ? initialsEnd(text, i) : -1;
    const end = initials >= 0 ? initials : wordEnd(text, i);
    tokens.push({ start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return tokens;
}

let lastText: string | undefined;
let lastTokens: Token[] = [];

/**
 * `tokenize(text)`, the last text's tokens kept: the stages read the words of one article in turn.
 * Neither the array nor its tokens may be changed.
 */
export function textTokens(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

/**
 * `tokenize(text, from, to)`, taken from the whole text's tokens ({@link textTokens}): a window
 * opening inside a word has the rest of that word read as `tokenize` reads it, and from the next
 * word on the two readings are the same. Its tokens may not be changed.
 */
export function tokensBetween(text: string, from: number, to: number): Token[] {
  const low = text.charCodeAt(from);
  // Inside a surrogate pair, tokenize opens at the pair.
  if (from > 0 && low >= 0xdc00 && low <= 0xdfff) return tokenize(text, from, to);
  const all = textTokens(text);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let out: Token[] = [];
  let k = lo;
  if (k < all.length && all[k]!.start < from) {
    const word = all[k]!;
    if (word.end > to) return tokenize(text, from, to);
    out = tokenize(text, from, word.end);
    // Initials read from inside a word may run past it ("xY.Z."): the window is read whole.
    if (out.length > 0 && out[out.length - 1]!.end > word.end) return tokenize(text, from, to);
    k++;
  }
  for (; k < all.length && all[k]!.start < to; k++) out.push(all[k]!);
  return out;
}

/** Diacritics removed, case kept: "Kariņš" -> "Karins". */
export function fold(s: string): string {
  // ASCII is its own decomposition and holds neither marks nor curly quotes.
  if (isAscii(s)) return s;
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘ʼ]/g, "'");
}

/** The key two spellings of one name share: folded, lower case, single spaces, no leading "the". */
export function nameKey(s: string): string {
  let key = nameKeys.get(s);
  if (key === undefined) {
    key = fold(s).toLowerCase().replace(/\s+/g, " ").trim().replace(/^the /, "");
    // Names recur across the stages and articles; the memo is emptied before it grows large.
    if (nameKeys.size >= 20000) nameKeys.clear();
    nameKeys.set(s, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

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

/**
 * The matches of `sticky` (a pattern with the "y" flag) tried at the offsets `at` (in order,
 * holding every offset where it matches), left to right, the search going on after each match's
 * end: what one global search would find.
 */
export function stickyMatchesAt(sticky: RegExp, at: readonly number[], text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const offset of at) {
    if (offset < from) continue;
    sticky.lastIndex = offset;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    }
  }
  return out;
}

const slugs = new Map<string, string>();

/** A readable id fragment. */
export function slugify(s: string): string {
  let id = slugs.get(s);
  if (id === undefined) {
    const slug = nameKey(s).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    id = slug.length > 0 ? slug.slice(0, 80) : "x";
    // Every mention of a name is turned into its entity key: the memo is emptied before it grows large.
    if (slugs.size >= 20000) slugs.clear();
    slugs.set(s, id);
  }
  return id;
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII answers without the Unicode property lookup.
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_FIRST.test(word);
}

const UPPER_FIRST = /^\p{Lu}/u;

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
