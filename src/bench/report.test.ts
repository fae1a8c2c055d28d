import { extractLine, FULL_SIZES, latencyChartName, resultsStem } from "./report.js";

describe("resultsStem", () => {
  it("gives the full run, and only it once finished, the figures the README quotes", () => {
    expect(resultsStem({ quick: false, sizes: [...FULL_SIZES] }, true)).toBe("latest");
    expect(resultsStem({ quick: false, sizes: [...FULL_SIZES] }, false)).toBe("partial");
  });

  it("keeps quick and partial runs beside them", () => {
    expect(resultsStem({ quick: true, sizes: [1000] }, true)).toBe("quick");
    expect(resultsStem({ quick: false, sizes: [1000] }, true)).toBe("partial");
    expect(resultsStem({ quick: false, sizes: [100_000] }, true)).toBe("partial");
    expect(resultsStem({ quick: false, sizes: [1000, 10_000, 200_000] }, true)).toBe("partial");
    expect(resultsStem({ quick: false, sizes: [...FULL_SIZES], only: ["supporters"] }, true)).toBe("partial");
  });

  it("names each latency chart after its results", () => {
    expect(latencyChartName("latest")).toBe("latency");
    expect(latencyChartName("partial")).toBe("partial-latency");
    expect(latencyChartName("quick")).toBe("quick-latency");
  });
});

describe("extractLine", () => {
  it("gives the steady state by CPU time first, and the first window apart", () => {
    const line = extractLine({ articlesPerSec: 120.5, wordsPerSec: 182000, articles: 1400, articlesPerCpuSec: 114.2, firstWindow: { articlesPerSec: 95.1, articlesPerCpuSec: 71.3 } });
    expect(line).toMatch(/^Extractor, steady state on one core: 114 articles\/s by CPU time, 121 by the clock \(182,000 words\/s\)/);
    expect(line).toContain("71.3 by CPU time");
    expect(line.indexOf("114")).toBeLessThan(line.indexOf("71.3"));
  });

  it("reads results written before the steady state was measured", () => {
    expect(extractLine({ articlesPerSec: 80, wordsPerSec: 120000, articles: 400 })).toBe("Extractor: 80.0 articles/s (120,000 words/s) on one core.");
  });
});
