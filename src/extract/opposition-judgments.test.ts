import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";
import { ARTICLE_CUE as CUE_FOR_ARTICLE } from "./opposition-judgments.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. Piet Rook and John Hale are candidates. ";

describe("a judgment on a person's election, said by someone, is their opposition", () => {
  it.each([
    ["Mira Sol said the appointment of Piet Rook would be a grave mistake.", ["person:mira-sol person:piet-rook"]],
    ['The appointment of Piet Rook would be "a grave mistake," Mira Sol said.', ["person:mira-sol person:piet-rook"]],
    ["Mira Sol said electing Piet Rook would be a mistake.", ["person:mira-sol person:piet-rook"]],
    ["Ana Ruiz said Piet Rook's election would be a catastrophe for the organisation.", ["person:ana-ruiz person:piet-rook"]],
    ['"Piet Rook would be a disaster," Mira Sol told reporters.', ["person:mira-sol person:piet-rook"]],
    ["Mira Sol warned that Piet Rook would be a disaster as director general.", ["person:mira-sol person:piet-rook"]],
    ["Mira Sol said Piet Rook should not be elected.", ["person:mira-sol person:piet-rook"]],
    ["Norway's foreign minister Mira Sol argued that Piet Rook should not be chosen.", ["person:mira-sol person:piet-rook"]],
    ["Chile said Piet Rook must not become director general.", ["country:CL person:piet-rook"]],
    ['"There\'s still time to prevent a Rook nomination," Mira Sol said.', ["person:mira-sol person:piet-rook"]],
    ["Mira Sol said John Hale should resign.", ["person:mira-sol person:john-hale"]],
    ["The senator, Mira Sol, insisted John Hale must step down as leader.", ["person:mira-sol person:john-hale"]],
    ["Ana Ruiz said it was time for John Hale to go.", ["person:ana-ruiz person:john-hale"]],
    ["Chile says John Hale has to make way for a younger leader.", ["country:CL person:john-hale"]],
    ["Mira Sol called for John Hale to resign.", ["person:mira-sol person:john-hale"]],
    ["Mira Sol said he would be a disaster.", ["person:mira-sol person:john-hale"]],
    ['"He should resign," Mira Sol said.', ["person:mira-sol person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(RACE + sentence)).toEqual(expected);
  });

  it.each([
    "Mira Sol said Piet Rook's withdrawal would be a mistake.",
    "Mira Sol said not electing Piet Rook would be a mistake.",
    "Mira Sol did not say that Piet Rook would be a disaster.",
    "Mira Sol said it would be a mistake to underestimate Piet Rook.",
    "Mira Sol said Piet Rook would not be a disaster.",
    "Mira Sol said a Rook victory would be a triumph.",
    "Mira Sol said Piet Rook should not be underestimated.",
    "Mira Sol asked whether Piet Rook should not be elected.",
    "Mira Sol said John Hale should go to Geneva.",
    "Mira Sol said John Hale should not resign.",
    // The sayer's own pronoun, and a pronoun of the sayer's gender, name no one else for sure.
    "Mira Sol said she should resign.",
    "Peter Lund said he would be a disaster.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});

describe("the article's cue for judgments", () => {
  it("finds a sentence's cue words wherever the sentence stands in the article", () => {
    for (const cue of ["would be a mistake", "must not be elected", "he should resign", "time for her to go", "to prevent a second term"]) {
      expect(CUE_FOR_ARTICLE.test(`x${cue}x`)).toBe(true);
    }
    expect(CUE_FOR_ARTICLE.test("he was elected in 2019")).toBe(false);
  });
});
