import { POOL_WEIGHT, ruleConfidence, unseenDiscount } from "./calibration.js";

const counts = {
  SUPPORTS: { fitted: { correct: 90, wrong: 10 }, firstRun: { correct: 60, wrong: 40 } },
  QUOTED_IN: { fitted: { correct: 80, wrong: 20 }, firstRun: { correct: 80, wrong: 20 } },
  OPPOSES: { fitted: { correct: 2, wrong: 0 }, firstRun: { correct: 0, wrong: 2 } },
};

describe("unseenDiscount", () => {
  it("scales by how far first-run precision fell below fitted precision", () => {
    const d = unseenDiscount("SUPPORTS", counts);
    expect(d).toBeLessThan(0.8);
    expect(d).toBeGreaterThan(0.6);
  });

  it("is 1 when unseen text did as well as the fitted rules, and never above 1", () => {
    expect(unseenDiscount("QUOTED_IN", counts)).toBeGreaterThan(unseenDiscount("SUPPORTS", counts));
    expect(unseenDiscount("QUOTED_IN", { QUOTED_IN: counts.QUOTED_IN })).toBe(1);
    const better = { X: { fitted: { correct: 5, wrong: 5 }, firstRun: { correct: 9, wrong: 1 } } };
    expect(unseenDiscount("X", better)).toBe(1);
  });

  it("pulls a type with few claims toward the pooled figures", () => {
    // Two wrong first-run claims alone would mean a discount of 0; the pool keeps it moderate.
    const d = unseenDiscount("OPPOSES", counts);
    expect(POOL_WEIGHT).toBeGreaterThan(2);
    expect(d).toBeGreaterThan(0.5);
    expect(d).toBeLessThan(1);
  });

  it("leaves types the corpus does not score alone", () => {
    expect(unseenDiscount("SPEAKS_FOR", counts)).toBe(1);
  });
});

describe("ruleConfidence", () => {
  it("keeps the stage's estimate for an unmeasured rule and type", () => {
    expect(ruleConfidence("no.such.rule", 0.7, "SPEAKS_FOR")).toBeCloseTo(0.7, 10);
  });

  it("grows with the stage's estimate and stays within 0 and 1", () => {
    const low = ruleConfidence("no.such.rule", 0.4, "SUPPORTS");
    const high = ruleConfidence("no.such.rule", 0.9, "SUPPORTS");
    expect(high).toBeGreaterThan(low);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeGreaterThanOrEqual(0);
  });
});
