import { analyzeText } from "./index.js";
import { pairHolders } from "./pair-holders.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The SUPPORTS stances of a text, as "from to" with entity keys, and their rules. */
function supportsOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to}`))].sort();
}

function rulesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => c.rule))].sort();
}

const LEAD = "Anna Kovac is running for the Labour leadership.";

describe("a pair named in the sentence before as the holders of a stance", () => {
  it.each([
    `${LEAD} Westford MP Piet Lund and Eastford MP Mira Holt both told reporters they were behind Ivo Berg. Both MPs had publicly supported Anna Kovac in the leadership contest.`,
    `${LEAD} Piet Lund and Mira Holt spoke to reporters on Monday. The two MPs said they would vote for Anna Kovac.`,
    `${LEAD} Piet Lund and Mira Holt spoke to reporters on Monday. Both said they would vote for Anna Kovac.`,
    `${LEAD} Piet Lund and Mira Holt spoke to reporters on Monday. They said they would vote for Anna Kovac.`,
    `${LEAD} Piet Lund and Mira Holt spoke on Monday.\n\nThe pair have endorsed Anna Kovac.`,
  ])("reads both people of the pair: %s", (text) => {
    expect(supportsOf(text)).toEqual(["person:mira-holt person:anna-kovac", "person:piet-lund person:anna-kovac"]);
    expect(rulesOf(text).filter((r) => r.includes("pair-holder")).length).toBeGreaterThan(0);
  });

  it.each([
    // Three people are no pair.
    `${LEAD} Piet Lund, Ivo Berg and Mira Holt spoke on Monday. Both said they would vote for Anna Kovac.`,
    // "They" might be the donors.
    `${LEAD} Piet Lund and Mira Holt met party donors on Monday. They said they would vote for Anna Kovac.`,
    // "They" might be someone else the sentence names.
    `${LEAD} Piet Lund and Mira Holt met Ivo Berg on Monday. They said they would vote for Anna Kovac.`,
    // The pair is not the subject of the sentence before.
    `${LEAD} On Monday the paper interviewed Piet Lund and Mira Holt. Both said they would vote for Anna Kovac.`,
    // "both" not opening its sentence.
    `${LEAD} Piet Lund and Mira Holt spoke on Monday. Party officials said both would vote for Anna Kovac.`,
  ])("reads no pair where the pair is not unambiguous: %s", (text) => {
    expect(supportsOf(text)).not.toContain("person:piet-lund person:anna-kovac");
  });

  it("reads a pair of countries, and a place they met in is no one", () => {
    const text = "Anna Kovac is running for secretary-general of the United Nations. Germany and France met in Brussels on Monday. They said they would back Anna Kovac.";
    expect(supportsOf(text)).toEqual(["country:DE person:anna-kovac", "country:FR person:anna-kovac"]);
  });

  it("reads no pair of a country and a person, nor a pair that met a third country", () => {
    expect(supportsOf("Anna Kovac is running for secretary-general of the United Nations. Germany and Piet Lund met on Monday. They said they would back Anna Kovac.")).toEqual([]);
    expect(supportsOf("Anna Kovac is running for secretary-general of the United Nations. Germany and France met Kenya on Monday. They said they would back Anna Kovac.")).toEqual([]);
  });

  it("returns the pair and where the words naming them end", () => {
    const text = `${LEAD} Piet Lund and Mira Holt spoke on Monday. The two ministers backed Anna Kovac.`;
    const analysis = analyzeText(text);
    const sentence = analysis.sentences[2]!;
    const at = text.indexOf("backed");
    const pair = pairHolders(analysis, sentence, sentence.start, at);
    expect(pair?.people.map((m) => m.entity)).toEqual(["person:piet-lund", "person:mira-holt"]);
    expect(text.slice(sentence.start, pair!.end)).toBe("The two ministers");
  });
});
