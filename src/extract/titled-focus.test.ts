import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The SUPPORTS of a text as "from to rule", sorted. */
function supportsOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = [
  "Anna Kovac wins more backing",
  "Anna Kovac picked up support on Monday.",
  "Kovac toured the north. Kovac spoke in Ostrava, and Kovac is expected in Varna next week.",
].join("\n\n");

describe("a title with no name after a support verb stands for the focal candidate", () => {
  it("reads a title, an office or a candidacy of the title's", () => {
    expect(supportsOf(`${INTRO}\n\nMarek Novak said he would be backing the port authority president.`)).toEqual(["person:marek-novak person:anna-kovac stance.titled-target"]);
    expect(supportsOf(`${INTRO}\n\nMarek Novak was in Varna to support the Ruritania's candidate.`)).toEqual(["person:marek-novak person:anna-kovac stance.titled-target"]);
    expect(supportsOf(`${INTRO}\n\nThe union Unity became the first to publicly back the finance minister's campaign.`)).toEqual(["org:unity person:anna-kovac stance.titled-target"]);
  });

  it("reads nothing when a name follows the title or the title is of something", () => {
    expect(supportsOf(`${INTRO}\n\nMarek Novak said he would be backing the port authority president Ivan Dragic.`)).not.toContainEqual(expect.stringContaining("stance.titled-target"));
    expect(supportsOf(`${INTRO}\n\nMarek Novak said he would be backing the envoy of the union.`)).toEqual([]);
  });

  it("reads nothing after a participle with no auxiliary", () => {
    expect(supportsOf(`${INTRO}\n\nMarek Novak added his name to a long list of ministers endorsing the port authority president.`)).toEqual([]);
  });

  it("reads nothing when the article has no focus", () => {
    const rivals = "Anna Kovac and Petra Horvat court senators\n\nKovac and Horvat spoke. Kovac and Horvat met. Kovac and Horvat left.\n\nMarek Novak said he would be backing the finance minister.";
    expect(supportsOf(rivals)).toEqual([]);
  });
});
