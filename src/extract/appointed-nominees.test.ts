import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

/** The people this module's rule reads, with their post (other readers may read more). */
function nominees(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.filter((c) => c.rule === "candidacy.appointed-nominee").map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("a person put forward for a post by whoever fills it", () => {
  it("reads 'recommended X of Ruritania to be the next <post>'", () => {
    expect(nominees(`${RACE}The board recommended Ana Ruiz of Ruritania to be the next WTO Director-General.`)).toEqual([`person:ana-ruiz ${post}`]);
  });

  it("reads 'intention to appoint X as <post>' and 'to elevate X, <apposition>, as <post>'", () => {
    expect(nominees(`${RACE}The chief told members of his intention to appoint Ana Ruiz as WTO Director-General.`)).toEqual([`person:ana-ruiz ${post}`]);
    expect(nominees(`${RACE}The White House is working to elevate Mira Sol, widow of a late senator, as the WTO Director-General.`)).toEqual([`person:mira-sol ${post}`]);
  });

  it("reads a title between the verb and the name, and 'to head <post>'", () => {
    const text = "The race for UNEP Executive Director is open. The chief appointed Ruritania's former environment minister Ana Ruiz to head the UN environment agency.";
    expect(nominees(text)).toEqual(["person:ana-ruiz post:unep-executive-director"]);
  });

  it("reads nothing with no post named after the person, nor a refusal", () => {
    expect(nominees(`${RACE}The board recommended Ana Ruiz for her work on trade.`)).toEqual([]);
    expect(nominees(`${RACE}The chief appointed Tom Vale as his spokesman.`)).toEqual([]);
    expect(nominees(`${RACE}The chief refused to appoint Ana Ruiz as WTO Director-General.`)).toEqual([]);
  });
});
