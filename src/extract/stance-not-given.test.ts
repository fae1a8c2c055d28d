import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const LEAD = "Maria Lenz is running for the party leadership. ";

describe("support asked about, asked for or only supposed", () => {
  it.each([
    "Tom Baird did not say if he would back Lenz.",
    "Tom Baird would not say if he supported Lenz.",
    "Tom Baird refused to say who he backed, Lenz or Paul Roe.",
    "Asked on Monday, Tom Baird declined to reveal whether he will endorse Lenz.",
    "Tom Baird was asked to back Lenz.",
    "Tom Baird is being urged by party elders to back Lenz.",
    "Tom Baird has been tipped to back Lenz.",
    "Tom Baird, 61, was approached to endorse Lenz last week.",
    "If Lenz reaches the run-off, Tom Baird would back her.",
    "Tom Baird will support Lenz if she drops her tax plan.",
    "Tom Baird could endorse Lenz, provided she keeps the pension pledge.",
  ])("reads no support in: %s", (sentence) => {
    expect(stancesOf(LEAD + sentence)).not.toContain("SUPPORTS person:tom-baird person:maria-lenz");
  });

  it.each([
    "Tom Baird said he would back Lenz.",
    "Tom Baird, who was asked to chair the campaign, backs Lenz.",
    "Tom Baird backed Lenz, even if he has doubts about her tax plan.",
    "Asked about the race, Tom Baird said he supports Lenz.",
    "Tom Baird will support Lenz in the first round.",
    "Tom Baird has endorsed Lenz and asked colleagues to do the same.",
    "Many MPs refused to say who they supported but Tom Baird said he would back Lenz.",
  ])("still reads the support in: %s", (sentence) => {
    expect(stancesOf(LEAD + sentence)).toContain("SUPPORTS person:tom-baird person:maria-lenz");
  });
});
