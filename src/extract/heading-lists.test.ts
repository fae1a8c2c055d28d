import { findCandidacies } from "./candidacies.js";
import { headingListStatements } from "./heading-lists.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function headed(text: string): string[] {
  return headingListStatements(analyzeText(text)).map((s) => s.person.entity);
}

const PROFILES = [
  "The race for WTO Director-General is open.",
  "These were the contenders for the post:",
  "Anna Kovac",
  "Ms Kovac is a former trade minister.",
  "She studied law in Geneva and joined the ministry in 1990.",
  "Piet Rook",
  "Mr Rook has led the federation since 2010.",
].join("\n\n");

describe("candidates profiled under a heading each", () => {
  it("reads every name heading a paragraph about the same person after the announcement", () => {
    expect(headed(PROFILES)).toEqual(["person:anna-kovac", "person:piet-rook"]);
    const analysis = analyzeText(PROFILES);
    const claims = findCandidacies(analysis, attributeQuotes(analysis)).claims.filter((c) => c.rule.startsWith("candidacy.heading-list"));
    expect(claims.map((c) => `${c.from} ${c.to}`)).toEqual(["person:anna-kovac post:wto-director-general", "person:piet-rook post:wto-director-general"]);
  });

  it("reads no name alone that is not followed by a paragraph about that person", () => {
    const caption = PROFILES.replace("Mr Rook has led", "The federation has been led by Ivo Dane");
    expect(headed(caption)).toEqual(["person:anna-kovac"]);
  });

  it("reads no headings without an announcement of candidates", () => {
    expect(headed(PROFILES.replace("These were the contenders for the post:", "Here is what we know:"))).toEqual([]);
  });
});
