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

describe("support refused to both of two", () => {
  it.each([
    "Erik Lund will not vote for either Anna Kovac or Piet Olsen.",
    "Erik Lund supports neither Anna Kovac nor Piet Olsen.",
  ])("%s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual(["OPPOSES person:erik-lund person:anna-kovac", "OPPOSES person:erik-lund person:piet-olsen"]);
  });

  it.each([
    "Erik Lund may not back either Anna Kovac or Piet Olsen.",
    "Neither Anna Kovac nor Piet Olsen backed Erik Lund.",
    "Erik Lund has not decided whether to back either Anna Kovac or Piet Olsen.",
  ])("reads no refusal in: %s", (sentence) => {
    expect(stances(RACE + sentence).filter((s) => s.endsWith("person:piet-olsen") && s.startsWith("OPPOSES"))).toEqual([]);
  });
});

describe("a support refused 'rather than' given", () => {
  it.each([
    "Erik Lund abstained rather than vote for Anna Kovac.",
    "Erik Lund voted present rather than back Anna Kovac.",
  ])("%s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual(["OPPOSES person:erik-lund person:anna-kovac"]);
  });

  it("reads no support of the one not chosen", () => {
    expect(stances(`${RACE}Erik Lund chose to back Piet Olsen rather than support Anna Kovac.`).filter((s) => s.startsWith("SUPPORTS"))).toEqual(["SUPPORTS person:erik-lund person:piet-olsen"]);
  });

  it("reads nothing of an abstention denied", () => {
    expect(stances(`${RACE}Erik Lund did not abstain rather than vote for Anna Kovac.`).filter((s) => s.startsWith("OPPOSES"))).toEqual([]);
  });
});
