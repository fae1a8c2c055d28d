import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("more phrasings of a standing, a win and a lead", () => {
  it("reads an apposition that names whose candidate one is", () => {
    expect(candidates(`${RACE}Arno Velt, the country's candidate, met envoys on Monday.`)).toEqual([`person:arno-velt ${post}`]);
    expect(candidates(`${RACE}Mira Sol, the continent's only nominee, spoke.`)).toEqual([`person:mira-sol ${post}`]);
  });

  it("reads a plan to stand in the vote, a runner-up, a nod and a pick", () => {
    expect(candidates(`${RACE}Arno Velt will stand in the election, his office said.`)).toEqual([`person:arno-velt ${post}`]);
    expect(candidates(`${RACE}Mira Sol, who was runner-up, congratulated the winner.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Dana Kovic got the nod on Friday.`)).toEqual([`person:dana-kovic ${post}`]);
    expect(candidates(`${RACE}Tom Hart was picked for the post on Friday.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Ana Ruiz clinched the post after a second ballot.`)).toEqual([`person:ana-ruiz ${post}`]);
  });

  it("reads a lead over a rival", () => {
    expect(candidates(`${RACE}Arno Velt pulled ahead of Mira Sol in the count.`)).toEqual([`person:arno-velt ${post}`, `person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Ivo Dane stayed narrowly ahead of Sara Holm in the vote.`)).toEqual([`person:ivo-dane ${post}`, `person:sara-holm ${post}`]);
  });

  it("leaves out a nod to a bill and a stand in another election", () => {
    expect(candidates(`${RACE}Tom Hart got the nod for the budget from ministers.`)).toEqual([]);
    expect(candidates(`${RACE}Arno Velt will stand in the presidential election at home.`)).toEqual([]);
  });
});
