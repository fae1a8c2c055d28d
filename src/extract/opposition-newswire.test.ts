import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const oppositions = (text: string) => stances(text).filter((s) => s.startsWith("OPPOSES"));

const PARTY = "John Hale is a candidate for the leadership of the Labour Party. He launched his campaign on Monday. ";
const RIVALS = "John Hale and Piet Rook are candidates for the leadership of the Labour Party. ";
const AGENCY = "Piet Rook of Chile and Ana Ruiz of Kenya are running for Director-General of the World Health Organization. ";

describe("oppositions in the words of party contests", () => {
  it.each([
    'Tory MP Mira Sol said Hale was "totally unsuited" to be prime minister.',
    'Mira Sol said Hale was "the wrong man for the job".',
    "Mira Sol branded Hale a liability.",
    "Mira Sol submitted a letter of no confidence in Hale.",
    "Mira Sol tore into Hale on Twitter.",
    "Mira Sol refuses support to Hale.",
    "Mira Sol refused to give her support to him.",
    "Mira Sol refused to throw her weight behind Hale.",
    '"Under no circumstances will I vote for Hale," Mira Sol said.',
    "Mira Sol said there was no way she would back Hale.",
    "Mira Sol said she had lost faith in Hale.",
    "Mira Sol told the Daily Mail she had lost all trust in Hale.",
  ])("%s", (sentence) => {
    expect(oppositions(PARTY + sentence)).toEqual(["OPPOSES person:mira-sol person:john-hale"]);
  });

  it.each([
    "Mira Sol branded Hale's plan a disaster.",
    "Mira Sol said Hale was not unsuited to the job.",
    "Mira Sol branded the attack on Hale a disgrace.",
    "Mira Sol refused support from Hale.",
    "Mira Sol refused to say whether she would back Hale.",
    "Mira Sol declined to comment on whether she backed Hale.",
    "There is no way Hale can win, said Mira Sol, who backs him.",
    "Mira Sol said she had no faith in Hale's plan.",
    "Mira Sol has not lost faith in Hale.",
    "Mira Sol protested over John Hale's exclusion from the ballot.",
    "Mira Sol resigned in protest at John Hale's arrest.",
    "Mira Sol turned down Hale's invitation.",
    "Mira Sol closed ranks against Hale's rivals.",
    "Mira Sol opposed Hale's rivals.",
    "The party's executive held a vote of no confidence in Hale.",
    "Hale survived a vote of no confidence in his leadership.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(PARTY + sentence)).toEqual([]);
  });

  it("reads no support in a refusal to give it", () => {
    expect(stances(PARTY + "The Transport Workers Union has refused to give its support to John Hale.")).toEqual(["OPPOSES org:workers-union person:john-hale"]);
  });
});

describe("oppositions of governments to an agency's candidate", () => {
  it.each([
    ["Rook's candidacy has drawn fierce criticism from Norway.", ["OPPOSES country:NO person:piet-rook"]],
    ["Rook has come under fire from Norway and Sweden.", ["OPPOSES country:NO person:piet-rook", "OPPOSES country:SE person:piet-rook"]],
    ["Rook has drawn opposition from Brazil.", ["OPPOSES country:BR person:piet-rook"]],
    ["Ghana said it could not endorse Rook.", ["OPPOSES country:GH person:piet-rook"]],
    ["Kenya's government strongly objected to the nomination of Rook.", ["OPPOSES country:KE person:piet-rook"]],
    ["The government of Peru expressed its disagreement with the candidacy of Rook.", ["OPPOSES country:PE person:piet-rook"]],
    ["Peru has disagreed with Rook candidature.", ["OPPOSES country:PE person:piet-rook"]],
    ["Brazil put a veto on Rook.", ["OPPOSES country:BR person:piet-rook"]],
    ["Brazil has placed a hold on Rook's nomination.", ["OPPOSES country:BR person:piet-rook"]],
    ["African countries closed ranks against Rook.", ["OPPOSES org:african-countries person:piet-rook"]],
    ["Kenya says no to Rook.", ["OPPOSES country:KE person:piet-rook"]],
    ["Kenya said no to the candidacy of Rook.", ["OPPOSES country:KE person:piet-rook"]],
    ["Kenya turned down Rook's candidacy.", ["OPPOSES country:KE person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(AGENCY + sentence)).toEqual(expected);
  });

  it.each([
    "Norway has drawn criticism from Rook.",
    "Rook has drawn praise from Norway.",
    "Ghana did not endorse Rook.",
    "Kenya turned down Rook's offer of a post.",
    "Kenya said no to a second round, Rook said.",
    "Kenya turned down the job, Rook said.",
    "Kenya put a hold on the vote after Rook spoke.",
  ])("reads no opposition to Rook in: %s", (sentence) => {
    expect(oppositions(AGENCY + sentence).filter((s) => s.endsWith("piet-rook"))).toEqual([]);
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
    expect(oppositions(RIVALS + sentence)).toEqual(["OPPOSES person:mira-sol person:john-hale"]);
  });

  it("reads a refused nomination as no support", () => {
    expect(stances(RIVALS + "Mira Sol refused to nominate John Hale.")).toEqual(["OPPOSES person:mira-sol person:john-hale"]);
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
    expect(oppositions(RIVALS + sentence)).toEqual([]);
  });
});

describe("backing one's own opposition", () => {
  it("reads the opposition, not a support, in a criticism stood by", () => {
    expect(stances(RIVALS + "Mira Sol is standing by her sharp criticism of party leadership front-runner John Hale.")).toEqual(["OPPOSES person:mira-sol person:john-hale"]);
  });

  it.each(["Mira Sol did not stand by her criticism of Hale.", "Mira Sol backed her party's criticism of Hale's plan."])("reads no stance in: %s", (sentence) => {
    expect(stances(RIVALS + sentence)).toEqual([]);
  });
});
