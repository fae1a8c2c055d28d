import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a pronoun of a candidacy stands for a person of its gender", () => {
  it("passes over the last person named when the text gives them the other gender", () => {
    expect(candidates("The race for WTO Director-General is open. Peter Vale, a rival of Anna Holm, confirmed that he will run for the post.")).toEqual(["person:peter-vale post:wto-director-general"]);
    expect(candidates("The race for WTO Director-General is open. Maria Sol, who once worked for John Hart, said she is a candidate for the post.")).toEqual(["person:maria-sol post:wto-director-general"]);
    expect(candidates("The race for WTO Director-General is open. Diplomats close to Robert Kane backed her bid for the post.")).toEqual([]);
  });
});

describe("an object pronoun of support", () => {
  it("is not the subject of its own clause", () => {
    expect(candidates("The race for WTO Director-General is open. Arno Velt is on a tour of Asia. The endorsements keep coming for Arno Velt, and Tom Hart plans to endorse him on Monday.")).toEqual(["person:arno-velt post:wto-director-general"]);
    expect(candidates("The race for WTO Director-General is open. Mira Sol flew to Geneva, where Mira Sol met Tom Hart, who promised to endorse her.")).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("is a determiner before a demonym and a noun", () => {
    expect(candidates("The race for WTO Director-General is open. Anna Holm said Anna Holm withdrew, expressing support for her Nigerian rival.")).toEqual(["person:anna-holm post:wto-director-general"]);
  });
});
