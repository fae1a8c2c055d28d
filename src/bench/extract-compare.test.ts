import { extractArticle } from "../extract/index.js";
import type { ArticleInput } from "../model/claims-document.js";
import { compareExtract } from "./extract-compare.js";

describe("compareExtract", () => {
  it("finds a build the same as itself, with ordered quartiles", () => {
    const r = compareExtract(extractArticle, 4, 0);
    expect(r.articles).toBe(4);
    expect(r.differing).toBe(0);
    expect(r.medianMs.self).toBeGreaterThan(0);
    expect(r.medianMs.other).toBeGreaterThan(0);
    expect(r.ratio.q1).toBeLessThanOrEqual(r.ratio.median);
    expect(r.ratio.median).toBeLessThanOrEqual(r.ratio.q3);
  });

  it("counts the articles whose documents differ", () => {
    let calls = 0;
    // Every other article, the "other build" loses its claims.
    const other = (input: ArticleInput) => {
      const doc = extractArticle(input);
      return calls++ % 2 === 0 ? { ...doc, claims: [] } : doc;
    };
    expect(compareExtract(other, 4, 0).differing).toBe(2);
  });
});
