import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("who is not made a candidate", () => {
  it("leaves out a holder who bows out of the office, not the race", () => {
    expect(candidates(`${RACE}Mira Sol is the main contender to succeed Tom Hart, who bows out as head of the WTO this year.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Tom Hart pulled out as chairman of the board last week.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Hart bowed out of the race on Monday.`)).toEqual([`person:tom-hart ${post}`]);
  });

  it("leaves out a compound noun read as a person ('the chancellor candidate')", () => {
    expect(candidates("The Freedom Party leadership race is open. Chancellor Anna Holm will step down in September. By tradition, the party chairman is usually the chancellor candidate for the bloc.")).toEqual([]);
  });

  it("reads the pronoun nearest the candidacy, and one reported by another's speech as that other person", () => {
    expect(candidates(`${RACE}Mira Sol said last week that Tom Hart was able, and she said he is running for the post.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Mira Sol met Tom Hart in May. She said he is running.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Mira Sol met Tom Hart in May. She said she is running.`)).toEqual([`person:mira-sol ${post}`]);
  });

  it("ties a noun of candidacy to its subject only through a copula", () => {
    expect(candidates(`${RACE}Tom Hart has made clear that he believes leaders have the power to nominate candidates for top jobs.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Hart says ministers should put forward candidates for the post.`)).toEqual([]);
    expect(candidates(`${RACE}Mira Sol is one of four candidates for the post.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Mira Sol and Tom Hart are now candidates for the post.`)).toEqual([`person:mira-sol ${post}`, `person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Mira Sol said she is a candidate for the post.`)).toEqual([`person:mira-sol ${post}`]);
  });
});
