import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text with their rules, as "TYPE from to rule", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = "Anna Kovac and Ivan Berg are running for the leadership. Peter Lund is a senator. ";

describe("holders named after a copula", () => {
  it("reads the latest one to back a candidate", () => {
    expect(stancesOf(`${INTRO}The latest member of the party to declare his support for Ms Kovac is Peter Lund.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.latest-to"]);
  });

  it("reads the one among those backing a candidate, past a description", () => {
    expect(stancesOf(`${INTRO}Among those backing Kovac is the author and columnist Peter Lund.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.among-those"]);
  });

  it("reads no stance from a refusal", () => {
    expect(stancesOf(`${INTRO}The first senator not to back Kovac is Peter Lund.`)).toEqual([]);
  });
});

describe("one of a candidate's backers", () => {
  it("reads the holder before 'is one of' and before ', one of'", () => {
    expect(stancesOf(`${INTRO}Lund is one of Kovac's most prominent backers.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.one-of-backers"]);
    expect(stancesOf(`${INTRO}Lund, one of Kovac's main supporters, spoke on Monday.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.one-of-backers"]);
  });

  it("reads nothing from one of a candidate's rivals or a negation", () => {
    expect(stancesOf(`${INTRO}Lund is one of Kovac's rivals.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Lund is not one of Kovac's backers.`)).toEqual([]);
  });
});

describe("one of the backers of a candidate", () => {
  it("reads 'who was one of the proposers for X' and 'one of the supporters of X'", () => {
    expect(stancesOf(`${INTRO}Lund, who was one of the formidable proposers for Kovac today, spoke.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.one-of-backers"]);
    expect(stancesOf(`${INTRO}Lund is one of the proposers of Kovac.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.one-of-backers"]);
  });
});

describe("a candidate's one backer in apposition", () => {
  it("reads 'A, X's chief backer' and 'A is X's biggest supporter'", () => {
    expect(stancesOf(`${INTRO}Lund, Kovac's chief backer, spoke on Monday.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.backer-apposition"]);
    expect(stancesOf(`${INTRO}Lund is Kovac's biggest supporter.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac stance.backer-apposition"]);
  });

  it("reads nothing from a past backer", () => {
    expect(stancesOf(`${INTRO}Lund was Kovac's biggest supporter in 2011.`)).toEqual([]);
  });
});
