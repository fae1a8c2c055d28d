import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys, sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("a 'who' clause after an apposition", () => {
  it("gives the clause's stance to the person before the apposition", () => {
    expect(stancesOf("Peter Lund, boss of the Example Group, who campaigned for Anna Kovac, spoke on Monday.")).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
    expect(stancesOf("Peter Lund, a former senator, who endorsed Anna Kovac on Monday, spoke.")).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });

  it("gives it to no one when a person named in the apposition could be meant", () => {
    expect(stancesOf("Peter Lund, a friend of Maria Olsen, who endorsed Anna Kovac on Monday, spoke.")).toEqual([]);
  });

  it("gives it to no one when the apposition is a clause", () => {
    expect(stancesOf("Peter Lund, he said, who endorsed Anna Kovac on Monday, spoke.")).toEqual([]);
  });
});
