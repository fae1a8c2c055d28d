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

/**
 * Slices of `text` equal to `text.slice(start, end)`, copied into one-byte strings when they hold
 * no character above U+00FF.
 */
export function narrowSlicer(text: string): Slicer {
  const wide: number[] = [];
  WIDE.lastIndex = 0;
  while (WIDE.exec(text) !== null) wide.push(WIDE.lastIndex - 1);
  const bytes = Buffer.from(text, "latin1");
  return (start, end) => {
    if (!(start >= 0 && start <= end && end <= text.length)) return text.slice(start, end);
    // The first wide character at or after `start`: the stretch is narrow when it is at or past `end`.
    let lo = 0;
    let hi = wide.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (wide[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < wide.length && wide[lo]! < end ? text.slice(start, end) : bytes.toString("latin1", start, end);
  };
}

/** The slicers of the texts read last: the stages slice the same one or two texts sentence after sentence. */
const recent: { text: string; slice: Slicer }[] = [];
const RECENT = 3;

/** `text.slice(start, end)`, as a one-byte string when it holds no character above U+00FF. */
export function narrowSlice(text: string, start: number, end: number): string {
  let entry: (typeof recent)[number] | undefined;
  for (const r of recent) {
    if (r.text === text) {
      entry = r;
      break;
    }
  }
  if (!entry) {
    entry = { text, slice: narrowSlicer(text) };
    recent.unshift(entry);
    if (recent.length > RECENT) recent.pop();
  }
  return entry.slice(start, end);
}
