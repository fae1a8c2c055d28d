import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. John Hale and Piet Rook are candidates. ";

describe("critics named in apposition oppose the one they criticise", () => {
  it.each([
    ["One vocal critic of Senator John Hale, Missouri Senator Mira Sol, spoke to reporters this week.", ["person:mira-sol person:john-hale"]],
    ["John Hale's critics, including Mira Sol and Ana Ruiz, say he is too old.", ["person:ana-ruiz person:john-hale", "person:mira-sol person:john-hale"]],
    ["Critics of John Hale, among them Mira Sol, say he lacks experience.", ["person:mira-sol person:john-hale"]],
    ["John Hale's fiercest critic, Mira Sol, said the vote was rigged.", ["person:mira-sol person:john-hale"]],
    ["Among the critics of John Hale was Mira Sol.", ["person:mira-sol person:john-hale"]],
    ["Among John Hale's harshest critics were Norway and Chile.", ["country:CL person:john-hale", "country:NO person:john-hale"]],
    ["John Hale's fiercest opponents, Mira Sol and Ana Ruiz, voted no.", ["person:ana-ruiz person:john-hale", "person:mira-sol person:john-hale"]],
    ["Another critic of John Hale, the Norwegian government, said it would vote no.", ["country:NO person:john-hale"]],
    ["Mira Sol, one of John Hale's fiercest critics, spoke to reporters.", ["person:mira-sol person:john-hale"]],
    ["Mira Sol is one of John Hale's critics.", ["person:mira-sol person:john-hale"]],
    ["Mira Sol and Ana Ruiz are John Hale's harshest critics.", ["person:ana-ruiz person:john-hale", "person:mira-sol person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(RACE + sentence)).toEqual(expected);
  });

  it.each([
    // A candidate's plain opponents are their rivals.
    "John Hale's opponents, Mira Sol and Ana Ruiz, are both former ministers.",
    "A critic of John Hale's plan, Mira Sol, spoke.",
    "Critics of the plan, including Mira Sol, met John Hale.",
    "Mira Sol, one of John Hale's rivals, spoke.",
    "Mira Sol, one of John Hale's opponents, spoke.",
    "Mira Sol is John Hale's main rival.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});
