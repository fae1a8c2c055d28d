import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("the post of the one who chooses is not the post in play", () => {
  it("reads the race's post, not the chooser's, whatever the verb of choosing", () => {
    for (const lead of [
      "The United Nations Secretary-General has selected Ana Ruiz to lead UNICEF.",
      "The UN Secretary-General, António Vale, appointed Ana Ruiz to head UNICEF on Monday.",
      "The United Nations Secretary-General will nominate Ana Ruiz as the next head of UNICEF.",
      "The United Nations Secretary-General picked Ana Ruiz to run UNICEF, diplomats said.",
    ]) {
      const found = candidates(`${lead} Her rivals were Tom Vale and Mira Sol.`);
      expect(found).toEqual(expect.arrayContaining(["person:tom-vale post:unicef-executive-director", "person:mira-sol post:unicef-executive-director"]));
      expect(found.some((c) => c.endsWith("post:un-secretary-general"))).toBe(false);
    }
  });

  it("keeps a chooser's post that is the only post named", () => {
    expect(candidates("Ana Ruiz is vying to become United Nations Secretary-General. The Secretary-General appointed Mira Sol as an envoy.")).toEqual(["person:ana-ruiz post:un-secretary-general"]);
  });
});
