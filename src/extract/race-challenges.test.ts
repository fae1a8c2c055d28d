import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The Labour leadership contest opens. ";
const post = "post:leader-of-the-labour-party";

describe("a challenge to a holder places the holder and the challenger in the race", () => {
  it("reads the holder who faces, survives or sees off a challenge", () => {
    expect(candidates(`${RACE}Tom Hart faces a leadership challenge from Rick Vale.`)).toEqual([`person:rick-vale ${post}`, `person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Tom Hart narrowly survived a leadership challenge on Tuesday night.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Ana Ruiz, who is facing a challenge to her leadership, spoke to MPs.`)).toEqual([`person:ana-ruiz ${post}`]);
    expect(candidates(`${RACE}Ana Ruiz said she had seen off a leadership challenge before.`)).toEqual([`person:ana-ruiz ${post}`]);
  });

  it("reads a challenger's challenge to the holder, and a bid to oust the holder", () => {
    expect(candidates(`${RACE}Insiders say Rick Vale's challenge to Tom Hart is gaining support.`)).toEqual([`person:rick-vale ${post}`, `person:tom-hart ${post}`]);
    expect(candidates(`${RACE}MPs backed a bid to oust Ana Ruiz after the poll.`)).toEqual([`person:ana-ruiz ${post}`]);
    expect(candidates(`${RACE}The move to topple Tom Hart was led by backbenchers.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}She is now the only one challenging incumbent Tom Hart in the race.`)).toEqual([`person:tom-hart ${post}`]);
  });

  it("leaves out challenges that are no race", () => {
    expect(candidates(`${RACE}Tom Hart faces a legal challenge over his expenses.`)).toEqual([]);
    expect(candidates(`${RACE}Ana Ruiz faces a challenge in getting the bill through.`)).toEqual([]);
    expect(candidates(`${RACE}Rick Vale's challenge to the ruling was dismissed.`)).toEqual([]);
  });
});
