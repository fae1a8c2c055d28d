import { analyzeText } from "./index.js";
import { looseListLink } from "./list-links.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys, sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const plain = (gap: string) => /^\s*(?:,|,?\s+and)\s+$/.test(gap);

describe("loose list links", () => {
  it("passes over the place a person represents", () => {
    expect(looseListLink(" of South Dakota and ", true, plain)).toBe(true);
    expect(looseListLink(" of South Dakota and ", false, plain)).toBe(false);
  });

  it("passes over a long title before the next name", () => {
    expect(looseListLink(" and Minister of State for Rural Affairs ", true, plain)).toBe(true);
    expect(looseListLink(" and then ", true, plain)).toBe(false);
    expect(looseListLink(" met with the Minister of Finance and ", true, plain)).toBe(false);
  });
});

describe("subjects of a list with titles and places", () => {
  it("gives the stance to a senator named with his state before the other", () => {
    expect(stancesOf("Peter Lund of Wessex and Maria Olsen of Borduria endorsed Anna Kovac.")).toEqual([
      "SUPPORTS person:maria-olsen person:anna-kovac",
      "SUPPORTS person:peter-lund person:anna-kovac",
    ]);
  });

  it("gives the stance to a minister named before a long title", () => {
    expect(stancesOf("Health Minister Peter Lund and Minister of State for Rural Affairs Maria Olsen declared for Anna Kovac.")).toEqual([
      "SUPPORTS person:maria-olsen person:anna-kovac",
      "SUPPORTS person:peter-lund person:anna-kovac",
    ]);
  });
});
