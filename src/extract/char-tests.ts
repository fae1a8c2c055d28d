/**
 * Tests of single characters and short strings written out, for call sites run on every word or
 * name: each search with a regular expression enters compiled code, which on a short string costs
 * more than the search itself. Each function gives what the expression in its comment gives.
 */

/** Whether the code unit `code` is white space as `\s` reads it (`/\s/.test(String.fromCharCode(code))`). */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `s.replace(/\s+/g, " ").trim()`: the search is run only when `s` has other white space than single spaces between words. */
export function collapseSpaces(s: string): string {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? i === 0 || i === last || s.charCodeAt(i + 1) === 0x20 : isSpaceCode(c)) return s.replace(/\s+/g, " ").trim();
  }
  return s;
}

/** `s.split(/\s+/)[0]`: `s` up to its first white space. */
export function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/** `/^[\x00-\x7f]*$/.test(s)`: whether every character of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
