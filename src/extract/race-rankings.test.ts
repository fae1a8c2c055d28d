import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

function rules(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => c.rule ?? ""))];
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("a rank in the result places each one ranked in the race", () => {
  it("reads a rank told with followed or trailed", () => {
    expect(candidates(`${RACE}Former governor Piet Rook trailed behind with 60,632 votes.`)).toEqual([`person:piet-rook ${post}`]);
    expect(candidates(`${RACE}Ruritanian governor Piet Rook followed in a distant second.`)).toEqual([`person:piet-rook ${post}`]);
  });

  it("reads the next item of a tally", () => {
    const found = candidates(`${RACE}Anna Kovac won with 62 percent, Piet Rook followed in a distant second with 20 percent, and Lena Lund, a former governor, with 3.36 percent.`);
    expect(found).toContain(`person:lena-lund ${post}`);
    expect(found).toContain(`person:piet-rook ${post}`);
  });

  it("reads the ranks of a list after a colon", () => {
    expect(candidates(`${RACE}The other two came in third and fourth place respectively: Ruritanian Deputy Prime Minister Piet Rook and Lena Lund of Borduria.`)).toEqual([
      `person:lena-lund ${post}`,
      `person:piet-rook ${post}`,
    ]);
  });

  it("reads the last item of a ranked list named after its description", () => {
    expect(candidates(`${RACE}The other two came in third and fourth place respectively: Ruritanian minister Piet Rook and a former U.N. trade commissioner, Lena Lund of Borduria.`)).toEqual([
      `person:lena-lund ${post}`,
      `person:piet-rook ${post}`,
    ]);
  });

  it("reads the ones ranked ahead, each with its owner", () => {
    expect(candidates(`${RACE}Ivo Dane was knocked out on Friday after coming third behind Ruritania's Anna Kovac and Borduria's Lena Lund in a secret ballot.`)).toEqual(
      expect.arrayContaining([`person:anna-kovac ${post}`, `person:lena-lund ${post}`]),
    );
  });

  it("reads the one ranked ahead", () => {
    expect(candidates(`${RACE}Piet Rook lost ground, with Lena Lund coming second after Ruritanian Foreign Minister Anna Kovac.`)).toContain(`person:anna-kovac ${post}`);
    expect(rules(`${RACE}Piet Rook lost ground, with Lena Lund coming second after Ruritanian Foreign Minister Anna Kovac.`)).toContain("candidacy.ranking-ahead.article-post");
  });

  it("reads no rank of another kind", () => {
    expect(candidates(`${RACE}Anna Kovac followed the debate closely.`)).toEqual([]);
    expect(candidates(`${RACE}Piet Rook, the trade minister, came back with 20 proposals.`)).toEqual([]);
    expect(candidates(`${RACE}Lena Lund was next to speak, and Anna Kovac with her.`)).toEqual([]);
  });
});
