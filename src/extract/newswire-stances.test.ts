import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. Piet Rook and John Hale are candidates. ";

describe("a stance ruled out or refused", () => {
  it.each([
    ["Mira Sol has ruled out backing Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Mira Sol ruled out supporting Piet Rook on Monday.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway ruled out endorsing Piet Rook.", ["OPPOSES country:NO person:piet-rook"]],
    ["Mira Sol rules out publicly endorsing Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Former prime minister Mira Sol has refused to publicly back Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway declined to formally endorse Piet Rook.", ["OPPOSES country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("reads no stance when the refusal itself is denied", () => {
    expect(stances(`${RACE}Mira Sol has not ruled out backing Piet Rook.`)).toEqual([]);
    expect(stances(`${RACE}Mira Sol has ruled out opposing Piet Rook.`)).toEqual([]);
  });
});

describe("support lost, said with the holder's possessive", () => {
  it.each([
    ["Piet Rook lost Norway's support.", ["OPPOSES country:NO person:piet-rook"]],
    ["Piet Rook has lost Norway's backing after the vote.", ["OPPOSES country:NO person:piet-rook"]],
    ["Piet Rook is losing Chile's support.", ["OPPOSES country:CL person:piet-rook"]],
    ["Piet Rook won Norway's support.", ["SUPPORTS country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("reads no stance when the loss is denied", () => {
    expect(stances(`${RACE}Piet Rook has not lost Norway's support.`)).toEqual([]);
  });
});
