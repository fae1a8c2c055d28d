import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("the post an article implies without naming it", () => {
  it("is the head of the one organization the article is about", () => {
    expect(candidates("UNESCO vote goes to a second round\n\nMira Sol has entered the race. Diplomats at UNESCO expect a long night.")).toEqual(["person:mira-sol post:unesco-director-general"]);
    expect(candidates("The IAEA board met again on Friday. Arno Velt won the vote, a week after talks at the IAEA stalled.")).toEqual(["person:arno-velt post:iaea-director-general"]);
  });

  it("is not a party's leadership or nomination, which the text must name", () => {
    expect(candidates("Labour MPs in Wellington gather for a showdown\n\nTodd Vale is a challenger in the caucus vote. He says the leadership needs a change. Labour members are watching.")).toEqual([]);
    expect(candidates("Fine Gael TDs gather for a showdown\n\nAnna Byrne came in second place in the vote. Fine Gael insiders expect the leadership to change hands.")).toEqual([]);
  });

  it("is nothing for an organization named once, or for a body inside the organization", () => {
    expect(candidates("Mira Sol won the vote. Diplomats at UNESCO expect a long night.")).toEqual([]);
    expect(candidates("UNESCO delegates met. Todd Vale is a challenger in the caucus vote. The UNESCO culture panel said nothing.")).toEqual([]);
  });
});
