import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to} ${c.rule}`))].sort();
}

const RACE = "Anna Kovac and Piet Olsen are running for Director General of the World Health Organization. ";

describe("the will to keep someone from the post, or a threat should they get it", () => {
  it.each([
    ["Norway will do everything to prevent Anna Kovac from becoming Director General.", ["country:NO person:anna-kovac stance.prevent-election"]],
    ["Norway will seek to ensure that Anna Kovac is not elected.", ["country:NO person:anna-kovac stance.prevent-election"]],
    ["Norway threatened to leave the organization if Anna Kovac was elected.", ["country:NO person:anna-kovac stance.threat-if-elected"]],
    ["Erik Lund said he would quit the party if Anna Kovac became leader.", ["person:erik-lund person:anna-kovac stance.threat-if-elected"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(RACE + sentence)).toEqual(expected);
  });

  it.each([
    "Norway might leave if Anna Kovac wins.",
    "Norway could not prevent Anna Kovac from winning.",
    "Erik Lund said he would resign if he lost to Anna Kovac.",
    "An injury kept Anna Kovac from winning.",
    "Norway said nothing will stop Anna Kovac from becoming Director General.",
    "Norway said it would leave if the talks failed, and Anna Kovac was elected anyway.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});
