import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to rule" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.rule}`);
}

const LEAD = "Anna Kovac is running for secretary-general of the United Nations.";

describe("his or her government as a stance's holder", () => {
  it.each([
    `${LEAD} Kenya's President Ivo Berg spoke on Monday. His government backs Anna Kovac.`,
    `${LEAD} Kenya's President Ivo Berg said on Monday that his government backs Anna Kovac.`,
    `${LEAD} Kenyan Foreign Minister Ivo Berg spoke in Nairobi. He said his government would support Anna Kovac.`,
  ])("is the country of the person the pronoun stands for: %s", (text) => {
    expect(stancesOf(text)).toContain("SUPPORTS country:KE person:anna-kovac stance.support-verb.pronoun-government");
  });

  it("reads no country where the pronoun's person has none", () => {
    expect(stancesOf(`${LEAD} Ivo Berg spoke on Monday. His government backs Anna Kovac.`).filter((s) => s.includes("pronoun-government"))).toEqual([]);
  });

  it("reads no country when the pronoun's gender is not the person's", () => {
    const text = `${LEAD} Kenya's President Ivo Berg spoke on Monday. Mr Berg said that her government backs Anna Kovac.`;
    expect(stancesOf(text).filter((s) => s.includes("pronoun-government"))).toEqual([]);
  });

  it("is the party the pronoun's person leads for \"his party\"", () => {
    const lead = "Anna Kovac is running for president of the European Commission.";
    expect(stancesOf(`${lead} Ivo Berg, the leader of the Labour Party, said his party would back Anna Kovac.`)).toContain("SUPPORTS org:labour-party person:anna-kovac stance.support-verb.pronoun-party");
    expect(stancesOf(`${lead} Labour leader Ivo Berg spoke on Monday. His party will back Anna Kovac.`)).toContain("SUPPORTS org:labour-party person:anna-kovac stance.support-verb.pronoun-party");
  });

  it("reads no party the person only belongs to", () => {
    const text = "Anna Kovac is running for president of the European Commission. Ivo Berg, a Labour MP, said his party would back Anna Kovac.";
    expect(stancesOf(text).filter((s) => s.includes("pronoun-party"))).toEqual([]);
  });
});
