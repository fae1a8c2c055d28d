import { formatAnswer, formatCell, formatTable } from "./format-table.js";

const evidence = { claimId: "c1", kind: "SUPPORTS", evidence: "we support him", sentence: "x", date: "2024-03-06", statedDate: null, confidence: 1, article: { id: "a", title: "T", source: "RT", url: null, publishedAt: "2024-03-06" } };

describe("formatCell", () => {
  it("shows an actor by name and evidence with its date and source", () => {
    expect(formatCell({ id: "country:FR", name: "France", type: "Country" })).toBe("France");
    expect(formatCell(evidence)).toBe("“we support him” (2024-03-06, RT)");
    expect(formatCell({ stance: "SUPPORTS", via: { id: "person:a", name: "Attal", type: "Person" }, role: "PM", evidence })).toBe(
      "SUPPORTS via Attal: “we support him” (2024-03-06, RT)",
    );
  });

  it("lists items one a line, and says how many more there are", () => {
    const actors = Array.from({ length: 8 }, (_, i) => ({ id: `x:${i}`, name: `A${i}`, type: "Country" }));
    expect(formatCell(actors).split("\n")).toEqual(["A0", "A1", "A2", "A3", "A4", "A5", "… 2 more"]);
  });
});

describe("formatTable", () => {
  it("has one column per field", () => {
    const text = formatTable([{ actor: { id: "country:FR", name: "France", type: "Country" }, first: "2024-03-06" }]);
    expect(text).toMatch(/actor.*first/);
    expect(text).toMatch(/France.*2024-03-06/);
  });

  it("says when there is no row", () => {
    expect(formatTable([])).toBe("(no rows)");
  });
});

describe("formatAnswer", () => {
  it("shows a page's fields, then its items as a table, with the cursor of the next page", () => {
    const text = formatAnswer([
      {
        candidate: { id: "person:r", name: "Rutte", type: "Person" },
        totalCount: 8,
        holders: [{ actor: { id: "country:FR", name: "France", type: "Country" }, first: "2024-03-06", claimCount: 1 }],
        pageInfo: { hasNextPage: true, endCursor: "2024-03-06|country:FR" },
      },
    ]);
    expect(text).toMatch(/Rutte/);
    expect(text).toContain('holders: 1 of 8; next page: --param after="2024-03-06|country:FR"');
    expect(text).toMatch(/France.*2024-03-06/);
  });

  it("shows pages nested in an answer (the sides of a coalition)", () => {
    const text = formatAnswer([{ summary: "1 of 2", supporting: { totalCount: 1, positions: [{ actor: { id: "x", name: "Chile", type: "Country" }, stance: "SUPPORTS" }], pageInfo: { hasNextPage: false, endCursor: null } } }]);
    expect(text).toContain("supporting: 1 of 1");
    expect(text).toMatch(/Chile/);
  });

  it("keeps answers of several rows as one table", () => {
    expect(formatAnswer([{ a: 1 }, { a: 2 }])).toBe(formatTable([{ a: 1 }, { a: 2 }]));
  });
});
