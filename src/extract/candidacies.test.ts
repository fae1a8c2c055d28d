import { candidaciesOfStanceObjects } from "./candidacies.js";
import { analyzeText } from "./index.js";
import type { DraftClaim } from "./types.js";

/** The candidacies read from one SUPPORTS draft for `person`, said in the last sentence. */
function fromSupport(text: string, person: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences.length - 1;
  const support: DraftClaim = { type: "SUPPORTS", from: "country:fr", to: person, start: 0, end: 1, confidence: 0.8, sentence, rule: "test" };
  return candidaciesOfStanceObjects(analysis, [support], new Set()).map((c) => `${c.from} ${c.to}`);
}

describe("candidacies of the people a stance is about", () => {
  const race = "The race for WTO Director-General is open. The vote is in May.";

  it("reads one named often in the article as a candidate in its race", () => {
    const text = `${race} Mira Sol spoke in Geneva. Sol met envoys. France said it backs Sol.`;
    expect(fromSupport(text, "person:mira-sol")).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("leaves out a sitting head of state or government, however often named", () => {
    const text = `${race} French President Mira Sol spoke in Geneva. Sol met envoys. France said it backs Sol.`;
    expect(fromSupport(text, "person:mira-sol")).toEqual([]);
    const former = `${race} Former President Mira Sol spoke in Geneva. Sol met envoys. France said it backs Sol.`;
    expect(fromSupport(former, "person:mira-sol")).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("leaves out one named once, more often an official than a candidate", () => {
    const text = `${race} France said it backs Mira Sol.`;
    expect(fromSupport(text, "person:mira-sol")).toEqual([]);
  });
});
