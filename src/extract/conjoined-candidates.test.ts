import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Anna Kovac and Ivan Berg are standing on a joint ticket. Peter Lund is a senator. ";

describe("a passive stance on a list of candidates", () => {
  it("gives the backer's stance to every candidate of the list", () => {
    expect(stancesOf(`${INTRO}Kovac and Berg have also been backed by Peter Lund.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac", "SUPPORTS person:peter-lund person:ivan-berg"]);
  });

  it("keeps the stance on the last name when the list does not open the sentence", () => {
    expect(stancesOf(`${INTRO}Kovac defeated Berg and was backed by Peter Lund.`)).toEqual(["SUPPORTS person:peter-lund person:ivan-berg"]);
  });
});
