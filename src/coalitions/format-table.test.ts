import { formatCell, formatTable } from "./format-table.js";

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
