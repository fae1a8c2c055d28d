import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text with their rules, as "TYPE from to rule", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = "Anna Kovac is running for the leadership. Peter Lund is a senator. ";

describe("praising a candidate as a good choice", () => {
  it("reads 'described X as a very solid candidate' and 'hailed X as the ideal choice'", () => {
    expect(stancesOf(`${INTRO}Lund described Kovac as a "very solid candidate".`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.praised-as"]);
    expect(stancesOf(`${INTRO}Lund hailed Kovac as the ideal choice.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.praised-as"]);
  });

  it("reads nothing from a denied praise, a passive or a poor opinion", () => {
    expect(stancesOf(`${INTRO}Lund did not describe Kovac as a strong candidate.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Lund called Kovac a weak candidate.`)).toEqual([]);
  });
});
