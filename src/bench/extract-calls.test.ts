import { countPatternCalls } from "./extract-calls.js";

describe("countPatternCalls", () => {
  it("counts the extractor's pattern calls by site, most first, and leaves RegExp as it was", () => {
    const exec = RegExp.prototype.exec;
    const r = countPatternCalls(2, 0);
    expect(RegExp.prototype.exec).toBe(exec);
    expect(r.articles).toBe(2);
    expect(r.callsPerArticle).toBeGreaterThan(100);
    expect(r.patterns).toBeGreaterThan(10);
    expect(r.sites.length).toBeGreaterThan(10);
    expect(r.sites[0]!.site).toMatch(/^[\w/-]+\.[jt]s:\d+$/);
    for (let i = 1; i < r.sites.length; i++) expect(r.sites[i]!.callsPerArticle).toBeLessThanOrEqual(r.sites[i - 1]!.callsPerArticle);
    const sum = r.sites.reduce((a, s) => a + s.callsPerArticle, 0);
    expect(Math.abs(sum - r.callsPerArticle)).toBeLessThan(r.sites.length * 0.05 + 0.1);
  });

  it("gives the same count on every run", () => {
    expect(countPatternCalls(1, 0).callsPerArticle).toBe(countPatternCalls(1, 0).callsPerArticle);
  });
});
