/**
 * One-byte copies of a text's stretches, for the regular expressions searched over them.
 *
 * V8 stores a string that holds any character above U+00FF (a curly quotation mark, a dash) with
 * two bytes a character, and a slice of it the same way, even when the slice itself holds none.
 * A regular expression is compiled once for each width, and the two-byte code of a large Unicode
 * pattern (`\p{L}`, `\s` in `u` mode) is about three times the one-byte code: searched sentence
 * after sentence between the other rules, it does not stay in the processor's caches. The same
 * characters in a one-byte string give the same matches at the same offsets, on the smaller code.
 */

/** A stretch `[start, end)` of one text, as a string equal to `text.slice(start, end)`. */
export type Slicer = (start: number, end: number) => string;

const WIDE = /[^\x00-\xff]/g;

/** A text's one-byte copy and where it holds characters above U+00FF. */
interface Narrowed {
  text: string;
  /** The offsets of the characters above U+00FF, in order. */
  wide: number[];
  bytes: Buffer;
  /** {@link oneByteCopy} of the text, made at its first use. */
  copy?: string;
}

function narrowed(text: string): Narrowed {
  const wide: number[] = [];
  WIDE.lastIndex = 0;
  while (WIDE.exec(text) !== null) wide.push(WIDE.lastIndex - 1);
  return { text, wide, bytes: Buffer.from(text, "latin1") };
}

/** Whether `[start, end)` holds no character above U+00FF (a valid stretch of the text). */
function narrowStretch(n: Narrowed, start: number, end: number): boolean {
  // The first wide character at or after `start`: the stretch is narrow when it is at or past `end`.
  const { wide } = n;
  let lo = 0;
  let hi = wide.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wide[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return !(lo < wide.length && wide[lo]! < end);
}

function valid(text: string, start: number, end: number): boolean {
  return start >= 0 && start <= end && end <= text.length;
}

/**
 * Slices of `text` equal to `text.slice(start, end)`, copied into one-byte strings when they hold
 * no character above U+00FF.
 */
export function narrowSlicer(text: string): Slicer {
  const n = narrowed(text);
  return (start, end) => (valid(text, start, end) && narrowStretch(n, start, end) ? n.bytes.toString("latin1", start, end) : text.slice(start, end));
}

/** The texts read last: the stages slice the same one or two texts sentence after sentence. */
const recent: Narrowed[] = [];
const RECENT = 3;

function recentNarrowed(text: string): Narrowed {
  for (const r of recent) if (r.text === text) return r;
  const entry = narrowed(text);
  recent.unshift(entry);
  if (recent.length > RECENT) recent.pop();
  return entry;
}

/** `text.slice(start, end)`, as a one-byte string when it holds no character above U+00FF. */
export function narrowSlice(text: string, start: number, end: number): string {
  const n = recentNarrowed(text);
  return valid(text, start, end) && narrowStretch(n, start, end) ? n.bytes.toString("latin1", start, end) : text.slice(start, end);
}

/** Whether `text.slice(start, end)` holds no character above U+00FF: {@link narrowSlice} gives it a one-byte copy. */
export function isNarrow(text: string, start: number, end: number): boolean {
  return valid(text, start, end) && narrowStretch(recentNarrowed(text), start, end);
}

/**
 * `text` as a one-byte string of the same length, each character above U+00FF replaced by U+0000:
 * a search for words of other characters finds them at the same offsets, without the slower search
 * of a two-byte string.
 */
export function oneByteCopy(text: string): string {
  const n = recentNarrowed(text);
  if (n.copy === undefined) {
    const bytes = Buffer.from(n.bytes);
    for (const at of n.wide) bytes[at] = 0;
    n.copy = bytes.toString("latin1");
  }
  return n.copy;
}
