/**
 * A filter before a lookup in a large set of strings: the set's strings by a hash of their first,
 * third and last code units and their length, one bit each. A string whose bit is clear is not in
 * the set, and is passed over without hashing all of it and reading the set's table.
 */
export class ShapeFilter {
  private static readonly BITS = 16;
  private readonly bits = new Uint32Array((1 << ShapeFilter.BITS) >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = ShapeFilter.shapeOf(w, w.length);
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  private static shapeOf(word: string, length: number): number {
    const third = length > 2 ? word.charCodeAt(2) : 0;
    const h = Math.imul(Math.imul(Math.imul(word.charCodeAt(0), 0x9e3779b1) ^ third, 0x85ebca6b) ^ word.charCodeAt(length - 1), 0xc2b2ae35) ^ length;
    return Math.imul(h ^ (h >>> 15), 0x27d4eb2d) >>> (32 - ShapeFilter.BITS);
  }

  /** Whether the first `length` code units of `word` (all of it by default) may be one of the set's strings. */
  mayHold(word: string, length = word.length): boolean {
    const h = ShapeFilter.shapeOf(word, length);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
