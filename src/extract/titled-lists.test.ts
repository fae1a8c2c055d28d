import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

/** The people this module's rule reads (other readers may read more). */
function listed(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.filter((c) => c.rule.startsWith("candidacy.titled-list")).map((c) => c.from))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("a list of candidates whose items carry titles, ages and origins", () => {
  it("reads the person heading each item after 'The candidates are'", () => {
    expect(candidates(`${RACE}The candidates are Ivo Dane, 62, former adviser to the prime minister, Tom Vale, 50, former vice minister for trade, party policy chief Mira Sol, 47, and Ana Ruiz, 54, former minister of health.`)).toEqual(
      [`person:ana-ruiz ${post}`, `person:ivo-dane ${post}`, `person:mira-sol ${post}`, `person:tom-vale ${post}`],
    );
  });

  it("reads items parted by semicolons after 'hopefuls,'", () => {
    expect(candidates(`${RACE}Piet Rook is competing with three other hopefuls, Ivo Dane from Ruritania; Tom Vale from Elbonia and Mira Sol, Grand Fenwick.`)).toEqual(
      expect.arrayContaining([`person:ivo-dane ${post}`, `person:mira-sol ${post}`, `person:tom-vale ${post}`]),
    );
  });

  it("reads 'The others were' after a field counted in the sentence before", () => {
    expect(candidates(`${RACE}Mr Rook was among four candidates seeking the post. The others were Ms Ruiz, Mr Ivo Dane of Ruritania and Mr Tom Vale from Elbonia.`)).toEqual(
      expect.arrayContaining([`person:ivo-dane ${post}`, `person:ruiz ${post}`, `person:tom-vale ${post}`]),
    );
  });

  it("reads the rivals of 'a challenge from' a list with semicolons", () => {
    expect(candidates(`${RACE}Incumbent Tom Vale, a lawmaker from Ostia, is fighting off a challenge from former minister Ivo Dane, 60; former county chief Mira Sol, 56; and political scientist Ana Ruiz, 66.`)).toEqual(
      expect.arrayContaining([`person:ana-ruiz ${post}`, `person:ivo-dane ${post}`, `person:mira-sol ${post}`]),
    );
  });

  it("reads a caption's list after 'The candidate pairs (l-r) for the leadership,'", () => {
    expect(listed(`${RACE}The candidate pairs (l-r) for the party leadership, Ivo Dane, Minister of Trade, Mira Sol, Tom Vale and Ana Ruiz take part in a debate.`)).toEqual(
      ["person:ana-ruiz", "person:ivo-dane", "person:mira-sol", "person:tom-vale"],
    );
  });

  it("reads everyone 'joined by' after a race named in the two sentences before", () => {
    const text = `${RACE}Ana Ruiz was the last to enter the race. She served the federation for years. She will be joined by Ruritanian banker Ivo Dane, put forward by the Ostia Club, federation vice-president Mira Sol, and Tom Vale, a former champion.`;
    expect(listed(text)).toEqual(["person:ivo-dane", "person:mira-sol", "person:tom-vale"]);
    expect(listed("Ana Ruiz arrived at the gala. She will be joined by her partner Ivo Dane and her aide Mira Sol.")).toEqual([]);
  });

  it("reads no one named in an item's description, nor an announcement of something else", () => {
    expect(listed(`${RACE}The candidates are Ivo Dane, backed by Tom Vale, and Mira Sol, an ally of Ana Ruiz.`)).toEqual(["person:ivo-dane", "person:mira-sol"]);
    expect(candidates(`${RACE}The candidates are expected to meet Ivo Dane and Tom Vale on Monday.`)).toEqual([]);
    expect(candidates(`${RACE}Mr Rook was at the meeting. The others were Ms Ruiz, Mr Ivo Dane of Ruritania and Mr Tom Vale from Elbonia.`)).toEqual([]);
  });

  it("reads nothing where the announcement names another race", () => {
    expect(candidates(`${RACE}The presidential candidates are former minister Ivo Dane, 62, and union chief Tom Vale, 50.`)).toEqual([]);
  });
});
