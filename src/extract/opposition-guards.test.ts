import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";
import { headOfOrganization, indirectChoice, insideDashAside, notOnlyBefore, opposedThroughGerund, opposedWithOthers, oppositionEnded, personInsideThing, sayerInLead } from "./opposition-guards.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. Piet Rook and John Hale are candidates. ";

describe("opposition given up or only named is no opposition", () => {
  it.each([
    "Israel will stop the campaign against Piet Rook, the prime minister said.",
    "The government of Chile has dropped its objection to Piet Rook.",
    "Chile lifted its veto on Piet Rook on Friday.",
    "Norway has called off its campaign against Piet Rook.",
    "After the London terror attacks, Piet Rook posted a message.",
    "Amid the attacks, Piet Rook kept silent.",
    "The WIPO director is lobbying against Piet Rook.",
    "The African Union president spoke out against Piet Rook.",
    "Mira Sol criticized the government for backing Piet Rook.",
    "Norway not only backs Piet Rook but campaigns for him.",
    "Mira Sol warned against complacency, said Piet Rook.",
    "Mira Sol has not decided whom to support, Piet Rook or John Hale.",
    "Ana Ruiz's attacks on Piet Rook were condemned by Mira Sol.",
    "Mira Sol defended Piet Rook against the attacks of John Hale.",
    "Norway will not back Piet Rook unless he commits to reform.",
    "Mira Sol does not need to back Piet Rook.",
    "Mira Sol did not immediately endorse Piet Rook.",
    "Mira Sol can't wait to back Piet Rook.",
    "Norway did not nominate Piet Rook.",
    "Mira Sol, who opposed Piet Rook and other officials on the war, spoke.",
    "It is unclear if the members who backed John Hale — all but one, Mira Sol — will vote against Piet Rook.",
    "Norway opposed Piet Rook's predecessor.",
    "Norway campaigned against Piet Rook's party.",
    "Norway opposed Piet Rook's supporters.",
    "Norway voted against Piet Rook's deputy.",
    "Mira Sol opposed Piet Rook in the 2016 primary.",
  ])("%s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });

  it.each([
    ["Norway will continue the campaign against Piet Rook.", ["country:NO person:piet-rook"]],
    ["Norway stepped up its campaign against Piet Rook.", ["country:NO person:piet-rook"]],
    ["Mira Sol said she would stop at nothing to block Piet Rook.", ["person:mira-sol person:piet-rook"]],
    ["Norway attacks Piet Rook, a former ally.", ["country:NO person:piet-rook"]],
    ["The African Union spoke out against Piet Rook.", ["org:african-union person:piet-rook"]],
    ["Norway does not support Piet Rook.", ["country:NO person:piet-rook"]],
    ["The nomination of Piet Rook was condemned by Mira Sol.", ["person:mira-sol person:piet-rook"]],
    ["Mira Sol warned against Piet Rook.", ["person:mira-sol person:piet-rook"]],
    ["Norway opposes Piet Rook's re-election.", ["country:NO person:piet-rook"]],
    ["Mira Sol opposed Piet Rook in the second ballot.", ["person:mira-sol person:piet-rook"]],
    ["Mira Sol voted against Piet Rook in the 2016 election.", ["person:mira-sol person:piet-rook"]],
    ["Norway opposes Piet Rook's bid for a second term.", ["country:NO person:piet-rook"]],
    ["Mira Sol said she would not support Piet Rook.", ["person:mira-sol person:piet-rook"]],
  ])("keeps %s", (sentence, expected) => {
    expect(oppositions(RACE + sentence)).toEqual(expected);
  });
});

describe("the guards' patterns", () => {
  it("reads a gerund between the verb and the person", () => {
    expect(opposedThroughGerund(" the government for backing ")).toBe(true);
    expect(opposedThroughGerund(" Norway over openly supporting the candidacy of ")).toBe(true);
    expect(opposedThroughGerund(" ")).toBe(false);
    expect(opposedThroughGerund("")).toBe(false);
  });

  it("reads a correlative 'not only'", () => {
    expect(notOnlyBefore("Norway not only ")).toBe(true);
    expect(notOnlyBefore("Norway does not ")).toBe(false);
  });

  it("reads an opposition ended or given up", () => {
    expect(oppositionEnded("we will stop the ")).toBe(true);
    expect(oppositionEnded("it has withdrawn its ")).toBe(true);
    expect(oppositionEnded("it gave up its long ")).toBe(true);
    expect(oppositionEnded("it stepped up its ")).toBe(false);
    expect(oppositionEnded("it continued the ")).toBe(false);
  });

  it("reads a head's title after an organization's name", () => {
    expect(headOfOrganization(" Director are lobbying")).toBe(true);
    expect(headOfOrganization(" deputy secretary-general said")).toBe(true);
    expect(headOfOrganization(" has spoken out")).toBe(false);
    expect(headOfOrganization(" directorate voted")).toBe(false);
  });

  it("reads the sentence's sayer between the verb and the person", () => {
    expect(sayerInLead(" complacency, said ")).toBe(true);
    expect(sayerInLead(" the plan, according to ")).toBe(true);
    expect(sayerInLead(" the plan and ")).toBe(false);
  });

  it("reads an indirect question before a stance verb", () => {
    expect(indirectChoice("has not decided whom to ")).toBe(true);
    expect(indirectChoice("did not know which candidate to ")).toBe(true);
    expect(indirectChoice("has decided not to ")).toBe(false);
  });

  it("reads a person who is only the object of a noun", () => {
    const text = "The attacks on Piet Rook";
    expect(personInsideThing(text, 0, text.indexOf("Piet"))).toBe(true);
    const nominated = "The nomination of Piet Rook";
    expect(personInsideThing(nominated, 0, nominated.indexOf("Piet"))).toBe(false);
  });

  it("reads a subject inside an aside set off by dashes", () => {
    const text = "The members — one for Mira Sol — will vote against X.";
    const at = text.indexOf("Mira");
    expect(insideDashAside(text, { start: at, end: at + 8 }, text.indexOf("will"))).toBe(true);
    const plain = "Mira Sol — as expected — will vote against X.";
    expect(insideDashAside(plain, { start: 0, end: 8 }, plain.indexOf("will"))).toBe(false);
  });

  it("keeps the names of an aside that only lists names as the subject", () => {
    for (const text of ["Two of her rivals – Tom Hart and Ana Ruiz – refused to back her.", "Three ministers — Tom Hart, Ana Ruiz and Lee Moss — will vote against X.", "His critics - Ana Ruiz and Tom Hart - lobbied against X."]) {
      const at = text.indexOf("Ana");
      expect(insideDashAside(text, { start: at, end: at + 8 }, text.search(/ (?:refused|will|lobbied)/))).toBe(false);
    }
  });

  it("reads an object joined to a class of others", () => {
    expect(opposedWithOthers(" and other administration officials on the war")).toBe(true);
    expect(opposedWithOthers(" and Ana Ruiz")).toBe(false);
  });
});

describe("criticism of conduct, a loss only possible, a subject that is a preposition's object", () => {
  const CONTEST = "Anna Kovac and Piet Olsen are running for Director General of the World Health Organization. ";
  it.each([
    "Erik Lund has previously criticized Anna Kovac for her actions during the strike.",
    "Anna Kovac can afford to lose support from Norway.",
    "Anna Kovac risks losing the support of Norway.",
    "Piet Olsen said he had felt under attack from Erik Lund and unnamed officials and accused Anna Kovac of failing to offer him any support.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(CONTEST + sentence).filter((s) => s !== "person:piet-olsen person:anna-kovac")).toEqual([]);
  });

  it.each([
    ["Erik Lund criticized Anna Kovac for her record.", ["person:erik-lund person:anna-kovac"]],
    ["Anna Kovac lost the support of Norway.", ["country:NO person:anna-kovac"]],
  ])("still reads: %s", (sentence, expected) => {
    expect(oppositions(CONTEST + sentence)).toEqual(expected);
  });
});
