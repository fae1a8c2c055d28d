import { measureExtractWindows } from "./extract-bench.js";

describe("measureExtractWindows", () => {
  it("keeps the first window apart and gives the medians of the later ones as the steady state", () => {
    const seen: number[] = [];
    const m = measureExtractWindows(0.05, 4, 0, (_r, w) => seen.push(w));
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(m.later).toHaveLength(3);
    expect(m.first.articles).toBeGreaterThan(0);
    const rates = m.later.map((r) => r.articlesPerCpuSec).sort((a, b) => a - b);
    expect(m.steady?.articlesPerCpuSec).toBe(rates[1]);
    const clock = m.later.map((r) => r.articlesPerSec).sort((a, b) => a - b);
    expect(m.steady?.articlesPerSec).toBe(clock[1]);
  });

  it("has no steady state from a single window", () => {
    const m = measureExtractWindows(0.05, 1, 0);
    expect(m.later).toHaveLength(0);
    expect(m.steady).toBeUndefined();
  });
});
