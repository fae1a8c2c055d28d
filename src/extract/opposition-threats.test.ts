import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

function oppositions(text: string): string[] {
  return stances(text).filter((s) => s.startsWith("OPPOSES"));
}

const RACE = "John Hale and Piet Rook are candidates for the leadership of the Labour Party. ";
const SOL_HALE = ["OPPOSES person:mira-sol person:john-hale"];

describe("opposition kept up, threatened or refused in service", () => {
  it.each([
    "Mira Sol renewed her criticism of John Hale on Sunday.",
    "Mira Sol stepped up her attacks on John Hale ahead of the hustings.",
    "Mira Sol made clear her opposition to John Hale.",
    "Mira Sol stood by her sharp criticism of John Hale's candidacy.",
    "Mira Sol said she would quit the party if John Hale won.",
    "Mira Sol has threatened to resign from the shadow cabinet if John Hale is elected leader.",
    "Mira Sol told reporters she could never serve under John Hale.",
    "Mira Sol said she would refuse to serve in a cabinet led by John Hale.",
    "Mira Sol was one of John Hale's most outspoken critics.",
    "Mira Sol has long been one of John Hale's fiercest critics.",
  ])("%s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual(SOL_HALE);
  });

  it("reads a country's threat to boycott the vote", () => {
    expect(oppositions(RACE + "Kenya threatened to boycott the vote if Piet Rook was nominated.")).toEqual(["OPPOSES country:KE person:piet-rook"]);
  });

  it.each([
    "Mira Sol renewed her criticism of John Hale's tax plan.",
    "Mira Sol has not renewed her criticism of John Hale.",
    "Mira Sol stepped up her campaign for John Hale.",
    "Mira Sol renewed her support for John Hale.",
    "Mira Sol said she would quit if she lost.",
    "Mira Sol said she would quit the party if John Hale lost.",
    "Mira Sol said she would not quit the party if John Hale won.",
    "Mira Sol said she would serve under John Hale.",
    "Mira Sol is expected to threaten to quit if John Hale wins.",
    "Mira Sol was one of John Hale's closest allies.",
    "Mira Sol is not one of John Hale's critics.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});

describe("refusals, losses and votes said with the opposition verbs", () => {
  it.each([
    "Mira Sol refused to vote for John Hale.",
    "Mira Sol declined to nominate John Hale.",
    "Mira Sol will not be nominating John Hale.",
    "Mira Sol flatly refused to rally behind John Hale.",
    "Mira Sol balked at backing John Hale.",
    "Mira Sol has spoken out against John Hale.",
    "Mira Sol voted no confidence in John Hale.",
    "John Hale lost the crucial backing of Mira Sol.",
    "John Hale has lost key support from Mira Sol.",
    "Mira Sol became the latest MP to withdraw support from John Hale.",
    "Mira Sol resigned in protest at John Hale's election.",
    "Mira Sol warned members against electing John Hale.",
    "Mira Sol is no fan of John Hale.",
  ])("%s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual(SOL_HALE);
  });

  it("reads a refused nomination as no support", () => {
    expect(stances(RACE + "Mira Sol refused to nominate John Hale.")).toEqual(SOL_HALE);
  });

  it.each([
    // A past act not done is no refusal.
    "Mira Sol did not endorse John Hale.",
    "Mira Sol has never endorsed John Hale.",
    "Mira Sol did not nominate John Hale.",
    // Running against someone is rivalry.
    "Mira Sol will oppose incumbent John Hale, of the Labour Party, in the September 29, 2009 election.",
    "Mira Sol declined to say whether she would vote for John Hale.",
    "Mira Sol switched support from John Hale to Piet Rook.",
    "Mira Sol quit in protest at John Hale's tax plan.",
    "Mira Sol was no fan of John Hale's policies.",
    "Mira Sol warned John Hale against complacency.",
    "Mira Sol said she had no reservations about John Hale.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});
