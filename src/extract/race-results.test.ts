import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("a result or a ranking places each one ranked in the race", () => {
  it("reads a share of the vote", () => {
    expect(candidates(`${RACE}Piet Rook obtained 35 per cent of the votes in the first round.`)).toEqual([`person:piet-rook ${post}`]);
    expect(candidates(`${RACE}Lena Ostrova won nearly 41% on Sunday, officials said.`)).toEqual([`person:lena-ostrova ${post}`]);
    expect(candidates(`${RACE}In the second round Karl Brenner polled just over 22 percent.`)).toEqual([`person:karl-brenner ${post}`]);
  });

  it("reads the most votes, more votes than a rival, and who followed", () => {
    expect(candidates(`${RACE}Diplomats said Arno Velt received the most favourable votes, followed by Mira Sol.`)).toEqual([`person:arno-velt ${post}`, `person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Ivo Dane got more votes than Ana Ruiz at the caucus meeting.`)).toEqual([`person:ana-ruiz ${post}`, `person:ivo-dane ${post}`]);
    expect(candidates(`${RACE}Sara Holm led the delegate count with 843, followed by Tom Vale with 280 and former governor Dana Kovic with 242.`)).toEqual([
      `person:dana-kovic ${post}`,
      `person:sara-holm ${post}`,
      `person:tom-vale ${post}`,
    ]);
  });

  it("reads a place in the ranking, in the words of several styles", () => {
    expect(candidates(`${RACE}Mira Sol came in third place in the straw poll.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Rosa Linde came in fourth, diplomats said.`)).toEqual([`person:rosa-linde ${post}`]);
    expect(candidates(`${RACE}Tom Vale could get only fourth place.`)).toEqual([`person:tom-vale ${post}`]);
    expect(candidates(`${RACE}Sara Holm remained on the third position.`)).toEqual([`person:sara-holm ${post}`]);
    expect(candidates(`${RACE}Ana Ruiz was at the last position.`)).toEqual([`person:ana-ruiz ${post}`]);
    expect(candidates(`${RACE}Ivo Dane slipped to second place after the recount.`)).toEqual([`person:ivo-dane ${post}`]);
    expect(candidates(`${RACE}Karl Brenner and Lena Ostrova topped the list after the first round.`)).toEqual([`person:karl-brenner ${post}`, `person:lena-ostrova ${post}`]);
  });

  it("reads a shared place, a place after the name, and the one next", () => {
    expect(candidates(`${RACE}Arno Velt came joint third with former minister Mira Sol in the second round.`)).toEqual([`person:arno-velt ${post}`, `person:mira-sol ${post}`]);
    expect(candidates(`${RACE}The ballot saw Dana Kovic in pole position, with Tom Vale in second place.`)).toEqual([`person:dana-kovic ${post}`, `person:tom-vale ${post}`]);
    expect(candidates(`${RACE}Lena Ostrova was next with five votes in favour.`)).toEqual([`person:lena-ostrova ${post}`]);
    expect(candidates(`${RACE}Officials said Ivo Dane had more support than Ana Ruiz and Karl Brenner.`)).toEqual([`person:ana-ruiz ${post}`, `person:ivo-dane ${post}`, `person:karl-brenner ${post}`]);
  });

  it("reads a win in the race's ballot, a place on the ballot, and the favourite against a rival", () => {
    expect(candidates(`${RACE}Rivals refuse to quit despite Arno Velt's overwhelming win in the first round ballot.`)).toEqual([`person:arno-velt ${post}`]);
    expect(candidates(`${RACE}Mira Sol will appear on the ballot for the first time on Tuesday.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Sara Holm was seen as the clear favourite against Piet Rook.`)).toEqual([`person:piet-rook ${post}`, `person:sara-holm ${post}`]);
  });

  it("leaves out shares and places that are not a result in the race", () => {
    expect(candidates(`${RACE}Arno Velt won 52 per cent of the vote in the 2015 general election.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Vale has a 40 percent approval rating.`)).toEqual([]);
    expect(candidates(`${RACE}Exports followed by imports rose 3 per cent, Ana Ruiz said.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Vale's win in the 2012 ballot made him a minister.`)).toEqual([]);
    expect(candidates(`${RACE}Lena Ostrova came second with her team in the relay.`)).toEqual([`person:lena-ostrova ${post}`]);
  });
});
