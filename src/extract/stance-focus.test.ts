import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The SUPPORTS stances of a text, as "from to" with entity keys. */
function supportsOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to}`))].sort();
}

describe("support declared with no one named: the candidate the passage is about", () => {
  it.each([
    ["Maria Lenz launched her campaign for the party leadership on Monday. Within hours, former minister Tom Baird tweeted his support.", ["person:tom-baird person:maria-lenz"]],
    ["Maria Lenz’s bid has been gathering momentum. Both Finance Minister Ana Ruiz and Transport Minister Karl Weber have voiced their support.", ["person:ana-ruiz person:maria-lenz", "person:karl-weber person:maria-lenz"]],
    ["Leadership candidate Peter Osei has won the backing of most of the party's MPs.\n\nSenator Jane Moyo and former governor Ali Hassan have pledged their support.", ["person:ali-hassan person:peter-osei", "person:jane-moyo person:peter-osei"]],
    ["The endorsements keep coming for candidate Peter Osei - Governor Jane Moyo offered her support on Sunday.", ["person:jane-moyo person:peter-osei"]],
    ["James Roe’s leadership bid got a huge boost last night. Party grandee Liz Kerr declared her backing at a rally in Leeds.", ["person:liz-kerr person:james-roe"]],
    ["The candidature of Mr. Ibrahim Sow for the post of Director-General is going strong. The Minister of Foreign Affairs, Mr. Amadou Fall, has expressed his full support.", ["person:amadou-fall person:ibrahim-sow"]],
    ["Candidate Ana Ruiz gained ground this week. Senator Karl Weber from the Labour party and Governor Lisa Hahn from the Greens have pledged their support.", ["person:karl-weber person:ana-ruiz", "person:lisa-hahn person:ana-ruiz"]],
    ["Ana Ruiz is running for mayor. Former mayor Karl Weber, who lost to her in 2019, has now given his endorsement, aides said.", ["person:karl-weber person:ana-ruiz"]],
  ])("%s", (text, expected) => {
    expect(supportsOf(text)).toEqual(expected);
  });

  it.each([
    // Two candidates in the passage: the support is for neither surely.
    "Maria Lenz and Tom Baird are the two candidates for the leadership. Former minister Ana Ruiz tweeted her support on Monday.",
    "Maria Lenz is running against Tom Baird. Former minister Ana Ruiz tweeted her support on Monday.",
    // Not declared, hedged, or asked for.
    "Maria Lenz launched her campaign on Monday. Tom Baird has not yet declared his support.",
    "Maria Lenz launched her campaign on Monday. Tom Baird said he would offer his support if she dropped her tax plan.",
    "Maria Lenz launched her campaign on Monday. Tom Baird is expected to declare his support next week.",
    // Support for something named: not this reader's.
    "Maria Lenz launched her campaign on Monday. Tom Baird declared his support for the plan.",
    // No candidate in the passage.
    "The council met on Monday. Tom Baird voiced his support.",
  ])("reads nothing in: %s", (text) => {
    expect(supportsOf(text)).toEqual([]);
  });
});

describe("praise that says the candidate deserves the post, or is surely the one for it", () => {
  /** The stances of a text, as "TYPE from to" with entity keys. */
  function stancesOf(text: string): string[] {
    const analysis = analyzeText(text);
    return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
  }
  const LEAD = "Maria Lenz launched her bid for the party leadership on Monday. ";
  it.each([
    "“I think Maria deserves the job,” Tom Baird told reporters.",
    "“She deserves a promotion,” said Tom Baird. “She has done great work.”",
    "Tom Baird said Lenz deserves to win the leadership.",
    "“We need someone who will unite us. Maria is definitely the right person to do this,” said Tom Baird.",
    "Tom Baird, a senator, said Lenz was clearly the best candidate.",
    "“Maria deserves to be the next leader,” Tom Baird wrote on Twitter.",
  ])("%s", (sentence) => {
    expect(stancesOf(LEAD + sentence)).toContain("SUPPORTS person:tom-baird person:maria-lenz");
  });

  it.each([
    "“Maria deserves to be heard,” said Tom Baird.",
    "Tom Baird said Lenz did not deserve the job.",
    "“Maria is not the right person to do this,” said Tom Baird.",
  ])("reads no support in: %s", (sentence) => {
    expect(stancesOf(LEAD + sentence)).not.toContain("SUPPORTS person:tom-baird person:maria-lenz");
  });
});
