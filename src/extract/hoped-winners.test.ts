import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text with their rules, as "TYPE from to rule", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = "Anna Kovac is running for the leadership. Peter Lund is a senator. ";

describe("hoping a candidate wins", () => {
  it("reads the hope for a candidate's victory as support", () => {
    expect(stancesOf(`${INTRO}Lund said he hoped Kovac would win the election.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.hoped-winner"]);
    expect(stancesOf(`${INTRO}Lund hopes that Kovac will be elected.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.hoped-winner"]);
  });

  it("reads nothing from a negated hope or a hoped defeat", () => {
    expect(stancesOf(`${INTRO}Lund does not hope Kovac will win.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Lund hoped Kovac would lose.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Lund hoped Kovac would not win.`)).toEqual([]);
  });
});
