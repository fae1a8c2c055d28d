import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const RACE = "Anna Kovac and Piet Olsen are running for Director General of the World Health Organization. ";

describe("an 'and against' joined to a vote or a campaign for someone else", () => {
  it.each([
    "Erik Lund campaigned for Piet Olsen and against Anna Kovac.",
    "Erik Lund voted for Piet Olsen in the first round and against Anna Kovac in the second.",
  ])("%s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual(["OPPOSES person:erik-lund person:anna-kovac", "SUPPORTS person:erik-lund person:piet-olsen"]);
  });

  it.each([
    "Erik Lund voted for Piet Olsen and against the motion.",
    "Erik Lund backed Piet Olsen and against all odds won.",
  ])("reads only the support in: %s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual(["SUPPORTS person:erik-lund person:piet-olsen"]);
  });
});
