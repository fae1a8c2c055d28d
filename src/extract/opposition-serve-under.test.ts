import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to} ${c.rule}`))].sort();
}

const RACE = "Anna Kovac and Piet Olsen are running for the leadership of the Ruritanian Labour Party. ";

describe("a refusal to serve under someone opposes them", () => {
  it.each([
    "Erik Lund said he could not serve under Anna Kovac.",
    "Erik Lund refused to serve under Anna Kovac.",
    "Erik Lund said he would not serve in a cabinet led by Anna Kovac.",
    "Erik Lund will not serve in Anna Kovac's government.",
  ])("%s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual(["person:erik-lund person:anna-kovac stance.serve-under-refused"]);
  });

  it.each([
    "Erik Lund said he would serve under Anna Kovac.",
    "Would Erik Lund refuse to serve under Anna Kovac?",
    "Erik Lund was asked whether he would not serve under Anna Kovac.",
    "Erik Lund will not serve in Anna Kovac's place.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});
