import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { partyLeadershipInPlay } from "./unnamed-party-post.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a party's head post told in leadership words without its title", () => {
  it("reads leadership candidates, a party election and a vote on the leadership", () => {
    expect(partyLeadershipInPlay("The official list of leadership candidates was announced.", "Leader of the Green Party")).toBe(true);
    expect(partyLeadershipInPlay("Ana Ruiz thanked members after winning the party election.", "President of the Freedom Party")).toBe(true);
    expect(partyLeadershipInPlay("From Monday, members can vote on the future leadership.", "SPD Leader")).toBe(true);
    expect(partyLeadershipInPlay("The party elected its policy chief Ana Ruiz as its new leader.", "Leader of the Labour Party")).toBe(true);
  });

  it("is nothing without such words, or for a post that is not the party's head", () => {
    expect(partyLeadershipInPlay("Fine Gael insiders expect the leadership to change hands.", "Leader of Fine Gael")).toBe(false);
    expect(partyLeadershipInPlay("The official list of leadership candidates was announced.", "Republican presidential nomination")).toBe(false);
  });

  it("makes the one party's head the post its candidates run for", () => {
    const text = "SPD members pick a new head\n\nBefore the SPD vote, Anna Kovac withdrew her candidacy. From Monday, SPD members can vote on the future leadership.";
    expect(candidates(text)).toEqual(["person:anna-kovac post:spd-leader"]);
    expect(candidates(text.replace("vote on the future leadership", "vote on the future budget"))).toEqual([]);
  });

  it("lets another body's title found by shape stand aside when it is not raced for", () => {
    const text = "Green Party members pick a new head\n\nBefore the Green Party vote, Anna Kovac and Verdi chief economist Tom Vale withdrew their candidacy. From Monday, Green Party members can vote on the future leadership.";
    expect(candidates(text)).toContain("person:anna-kovac post:leader-of-the-green-party");
  });
});
