import { FULL_SIZES, latencyChartName, resultsStem } from "./report.js";

describe("resultsStem", () => {
  it("gives the full run, and only it, the figures the README quotes", () => {
    expect(resultsStem({ quick: false, sizes: [...FULL_SIZES] })).toBe("latest");
  });

  it("keeps quick and partial runs beside them", () => {
    expect(resultsStem({ quick: true, sizes: [1000] })).toBe("quick");
    expect(resultsStem({ quick: false, sizes: [1000] })).toBe("partial");
    expect(resultsStem({ quick: false, sizes: [100_000] })).toBe("partial");
    expect(resultsStem({ quick: false, sizes: [1000, 10_000, 200_000] })).toBe("partial");
    expect(resultsStem({ quick: false, sizes: [...FULL_SIZES], only: ["supporters"] })).toBe("partial");
  });

  it("names each latency chart after its results", () => {
    expect(latencyChartName("latest")).toBe("latency");
    expect(latencyChartName("partial")).toBe("partial-latency");
    expect(latencyChartName("quick")).toBe("quick-latency");
  });
});
