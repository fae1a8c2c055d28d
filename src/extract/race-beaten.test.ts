import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("everyone a winner beat, and the one a loser lost to, ran", () => {
  it("reads each one of a list of beaten rivals", () => {
    expect(candidates(`${RACE}He took 75 per cent of the vote as he defeated Piet Rook and Lena Ostrova.`)).toEqual([`person:lena-ostrova ${post}`, `person:piet-rook ${post}`]);
    expect(candidates(`${RACE}She won easily, beating Karl Brenner, Mira Sol and Ivo Dane in the first round.`)).toEqual([`person:ivo-dane ${post}`, `person:karl-brenner ${post}`, `person:mira-sol ${post}`]);
    expect(candidates(`${RACE}On Tuesday he saw off Dana Kovic and Tom Vale by a wide margin.`)).toEqual([`person:dana-kovic ${post}`, `person:tom-vale ${post}`]);
  });

  it("reads the rivals named after 'several candidates, including'", () => {
    expect(candidates(`${RACE}The envoy beat out several candidates, including Arno Velt, a veteran official, and Rosa Linde.`)).toEqual([`person:arno-velt ${post}`, `person:rosa-linde ${post}`]);
    expect(candidates(`${RACE}In the end she defeated four rivals, among them Sara Holm.`)).toEqual([`person:sara-holm ${post}`]);
  });

  it("reads the winner a pronoun or a name lost to", () => {
    expect(candidates(`${RACE}She lost to Spain's Alvaro Lario, the fund's finance chief.`)).toEqual([`person:alvaro-lario ${post}`]);
    expect(candidates(`${RACE}In a close vote he lost narrowly to Ana Ruiz.`)).toEqual([`person:ana-ruiz ${post}`]);
    expect(candidates(`${RACE}Last week he was soundly beaten by Tom Vale.`)).toEqual([`person:tom-vale ${post}`]);
  });

  it("reads no one outside a race, nor an owner's side", () => {
    expect(candidates("The Lions lost to Tom Vale's side on Sunday in Leeds.")).toEqual([]);
    expect(candidates(`${RACE}The Lions lost to Tom Vale's side on Sunday.`)).toEqual([]);
    expect(candidates("In the final, Ana Ruiz beat Mira Sol and Ivo Dane in straight sets.")).toEqual([]);
  });
});
