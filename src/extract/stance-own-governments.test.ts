import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

/** The stances of a text read from its list lines ("- A (Ruritania)"), as "TYPE from to" with entity keys. */
function listedOf(text: string): string[] {
  const analysis = analyzeText(text);
  const claims = findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.rule === "stance.own-government-list");
  return [...new Set(claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("candidates put forward by their own governments", () => {
  it("gives each candidate listed one to a line the support of the country on their line", () => {
    const text = "Six candidates were nominated by their Governments for the post of Secretary-General. The nominations received are:\n- Mr. Andreas Kyprianou, Republic of Cyprus\n- Ms. Ruth Wanjiru, Republic of Kenya\nThe incumbent ends his term in December.";
    expect(stancesOf(text)).toEqual(["SUPPORTS country:CY person:andreas-kyprianou", "SUPPORTS country:KE person:ruth-wanjiru"]);
  });

  it("reads 'whose countries have nominated them' and the list after the colon, with a demonym title", () => {
    const text = "Lena Berg is running for Secretary-General. The other two, whose countries have nominated them, came third and fourth: Thai Deputy Prime Minister Somchai Wong and Jayantha Perera of Sri Lanka.";
    expect(stancesOf(text)).toEqual(["SUPPORTS country:LK person:jayantha-perera", "SUPPORTS country:TH person:somchai-wong"]);
  });

  it("reads a list after 'are' with countries after 'of', before the name and in brackets", () => {
    const text = "The candidates, all put forward by their national governments, are Kofi Mensah of Ghana, Kenya's Ruth Wanjiru and Tom Okello (Uganda).";
    expect(stancesOf(text)).toEqual(["SUPPORTS country:GH person:kofi-mensah", "SUPPORTS country:KE person:ruth-wanjiru", "SUPPORTS country:UG person:tom-okello"]);
  });

  it("reads the people named right before 'both nominated by their governments'", () => {
    const text = "Kofi Mensah of Ghana and Ruth Wanjiru of Kenya, both nominated by their governments, led the first round.";
    expect(stancesOf(text)).toEqual(["SUPPORTS country:GH person:kofi-mensah", "SUPPORTS country:KE person:ruth-wanjiru"]);
  });

  it("reads one person 'nominated by his government' in a relative clause", () => {
    expect(stancesOf("Tom Okello of Uganda, who was nominated by his government in May, leads the race.")).toEqual(["SUPPORTS country:UG person:tom-okello"]);
  });

  it("gives nothing to people named in another clause of the sentence", () => {
    expect(stancesOf("Lena Berg said candidates backed by their own countries should not campaign, and Tom Okello of Uganda agreed.")).toEqual([]);
  });

  it("takes no one named after 'by her government' and a comma as its holder", () => {
    expect(stancesOf("Lena Berg, who was nominated by her government last month, faces Tom Okello of Uganda.")).toEqual([]);
  });

  it("still reads the people a possessed 'by' phrase lists after 'including'", () => {
    expect(stancesOf("Lena Berg, nominated by her party colleagues, including Tom Okello, leads the race.")).toEqual(["SUPPORTS person:tom-okello person:lena-berg"]);
  });
});

describe("a list of candidates each backed by their own government", () => {
  const LIST = "The nominations received are:\n- Mr. Anna Kovac, Republic of Ruritania\n- Dr. Piet Lund (Denmark)\n- Mara Olsen, Kingdom of Norway";

  it("gives each candidate the country beside them when the article says governments nominated them", () => {
    const text = `Six candidates vie for the post\n\nThe agency has received the nominations of three candidates, nominated by their Governments.\n${LIST}`;
    expect(listedOf(text).filter((c) => c.startsWith("SUPPORTS country:"))).toEqual(["SUPPORTS country:DK person:piet-lund", "SUPPORTS country:NO person:mara-olsen"]);
  });

  it("reads nothing when the article does not say so, or says they were not", () => {
    expect(listedOf(`Three candidates vie for the post\n\nThe agency has received three nominations.\n${LIST}`)).toEqual([]);
    expect(listedOf(`Three candidates vie for the post\n\nThe candidates were not nominated by their governments.\n${LIST}`)).toEqual([]);
  });
});
