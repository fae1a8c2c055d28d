import { SpanCover, type KeyedSpan } from "./span-cover.js";

/** The plain pass the cover replaces. */
function naive(spans: readonly KeyedSpan[], position: number, key?: string | null): boolean {
  return spans.some((s) => (key === null || s.key !== key) && s.start < position && s.end > position);
}

describe("SpanCover", () => {
  it("answers as a pass over every span would, with and without a key excluded", () => {
    // A fixed pseudo-random sequence, so the test is the same on every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const keys = ["a", "b", "c", undefined];
    for (let round = 0; round < 200; round++) {
      const spans: KeyedSpan[] = [];
      for (let i = next(12); i > 0; i--) {
        const start = next(60);
        spans.push({ start, end: start + 1 + next(20), key: keys[next(keys.length)] });
      }
      const cover = new SpanCover(spans);
      for (let position = 0; position < 85; position++) {
        expect(cover.covers(position)).toBe(naive(spans, position, null));
        for (const key of keys) expect(cover.coversFrom(position, key)).toBe(naive(spans, position, key));
      }
    }
  });

  it("does not count a span that starts at the position or ends there", () => {
    const cover = new SpanCover([{ start: 10, end: 20, key: "a" }]);
    expect(cover.covers(10)).toBe(false);
    expect(cover.covers(11)).toBe(true);
    expect(cover.covers(20)).toBe(false);
    expect(cover.coversFrom(15, "a")).toBe(false);
    expect(cover.coversFrom(15, "b")).toBe(true);
  });
});
