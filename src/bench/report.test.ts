import { FULL_SIZES, latencyChartName, resultsStem } from "./report.js";

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
