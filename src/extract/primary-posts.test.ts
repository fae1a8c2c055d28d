import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";

function posts(text: string): string[] {
  return [...new Set(findMentions(text).filter((m) => m.type === "Post").map((m) => m.name))];
}

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a party's presidential nomination named by its primary", () => {
  it("reads the nomination of the party the primary is named after", () => {
    expect(posts("Turnout in the Socialist primary was low. The winner will run for president.")).toEqual(["Socialist presidential nomination"]);
    expect(posts("Voters in the Freedom Party primaries chose a presidential hopeful.")).toEqual(["Freedom presidential nomination"]);
    expect(candidates("Ana Ruiz won the Socialist primary on Sunday and will face the president in April.")).toEqual(["person:ana-ruiz post:socialist-presidential-nomination"]);
    expect(candidates("Ana Ruiz and Tom Hart topped the list after the first round of the Socialist Party primaries, ahead of the presidential election.")).toEqual([
      "person:ana-ruiz post:socialist-presidential-nomination",
      "person:tom-hart post:socialist-presidential-nomination",
    ]);
  });

  it("leaves a primary alone when the text speaks of no presidency, or names no party", () => {
    expect(posts("Turnout in the Socialist primary for mayor was low.")).toEqual([]);
    expect(posts("The Left primary drew two million voters to choose a presidential candidate.")).toEqual([]);
    expect(posts("The Ohio primary is next week, the presidential hopefuls said.")).toEqual([]);
  });
});
