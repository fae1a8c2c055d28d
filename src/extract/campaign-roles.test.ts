import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text with their rules, as "TYPE from to rule", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = "Anna Kovac is running for the leadership. Peter Lund is a senator. ";
const LUND_BACKS_KOVAC = ["SUPPORTS person:peter-lund person:anna-kovac stance.campaign-role"];

describe("campaign staff support their candidate", () => {
  it("reads the role in apposition, after a copula and before the name", () => {
    expect(stancesOf(`${INTRO}Lund, Kovac's campaign manager, said the race was close.`)).toEqual(LUND_BACKS_KOVAC);
    expect(stancesOf(`${INTRO}Lund is Kovac's campaign spokesman.`)).toEqual(LUND_BACKS_KOVAC);
    expect(stancesOf(`${INTRO}Kovac's campaign chair Peter Lund spoke on Monday.`)).toEqual(LUND_BACKS_KOVAC);
  });

  it("reads a role of the candidate's campaign", () => {
    expect(stancesOf(`${INTRO}Peter Lund, secretary general of Kovac's campaign headquarters, told reporters the vote was close.`)).toEqual(LUND_BACKS_KOVAC);
  });

  it("reads nothing from a past role or a campaign without a role", () => {
    expect(stancesOf(`${INTRO}Lund was Kovac's campaign manager in 2011.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Lund, who watched Kovac's campaign launch, spoke.`)).toEqual([]);
  });
});
