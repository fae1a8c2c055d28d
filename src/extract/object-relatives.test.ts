import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text with their rules, as "TYPE from to rule", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = "Anna Kovac is running for the leadership. Peter Lund is a senator. ";

describe("a candidate named before a relative clause whose subject backs them", () => {
  it("reads 'whom A endorsed' and 'whose candidacy A supports'", () => {
    expect(stancesOf(`${INTRO}Kovac, whom Lund endorsed on Monday, leads the race.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.object-relative"]);
    expect(stancesOf(`${INTRO}Kovac, whose candidacy Norway supports, leads the race.`)).toEqual(["SUPPORTS country:NO person:anna-kovac stance.object-relative"]);
  });

  it("reads nothing from a clause that says something else or is negated", () => {
    expect(stancesOf(`${INTRO}Kovac, who Lund said was tired, leads the race.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Kovac, who Lund has not backed, leads the race.`)).toEqual([]);
  });
});
