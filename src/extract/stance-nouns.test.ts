import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text with their rules, as "TYPE from to rule", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`))].sort();
}

describe("a nominee named in apposition", () => {
  it("reads the organization that qualifies the description naming the candidate again", () => {
    expect(stancesOf("Anna Kovac, the European Union candidate for the post, appears set to win.")).toEqual(["SUPPORTS org:european-union person:anna-kovac stance.nominee-of"]);
  });
});
