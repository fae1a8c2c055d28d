import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Lena Berg is running for party leader.";
const HART = "SUPPORTS person:tom-hart person:lena-berg";
const RUIZ = "SUPPORTS person:ana-ruiz person:lena-berg";

describe("support given by signing", () => {
  it("reads 'It was signed by' right after the letter, and not a paragraph later", () => {
    expect(stancesOf(`${INTRO} A letter backing Berg was published on Monday. It was signed by Tom Hart and Ana Ruiz.`)).toEqual([RUIZ, HART]);
    expect(stancesOf(`${INTRO} A letter backing Berg was published on Monday.\n\nIt was signed by Tom Hart and Ana Ruiz.`)).toEqual([]);
  });

  it("reads the 'signed by' list of a letter backing the candidate", () => {
    expect(stancesOf(`${INTRO} A letter backing Berg was signed by Tom Hart, Ana Ruiz and Paul Okafor.`)).toEqual([RUIZ, "SUPPORTS person:paul-okafor person:lena-berg", HART]);
  });

  it("reads the signers of the candidate's nomination papers, passive or active", () => {
    expect(stancesOf(`${INTRO} Berg's nomination papers were signed by Tom Hart and Ana Ruiz.`)).toEqual([RUIZ, HART]);
    expect(stancesOf(`${INTRO} Tom Hart signed Berg's nomination papers on Tuesday.`)).toEqual([HART]);
  });

  it("reads 'signatories include' and a reduced 'signed by' between commas", () => {
    expect(stancesOf(`${INTRO} Signatories to the letter endorsing Berg include Tom Hart and Ana Ruiz.`)).toEqual([RUIZ, HART]);
    expect(stancesOf(`${INTRO} The petition in support of Berg, signed by Tom Hart and Ana Ruiz, was handed in on Monday.`)).toEqual([RUIZ, HART]);
  });

  it("gives a later 'the letter was signed by' and a list of signatories one to a line the earlier letter's candidate", () => {
    const text = `${INTRO} Union leaders published an open letter backing Berg on Monday. The letter was signed by Tom Hart and Ana Ruiz.\n\nThe full list of signatories:\n\nPaul Okafor MP\nJane Doe MSP\nPeter Lamb, Unite\n\nThe vote is on Friday and Max Kohl will speak.`;
    const found = stancesOf(text);
    expect(found).toEqual(expect.arrayContaining([HART, RUIZ, "SUPPORTS person:paul-okafor person:lena-berg", "SUPPORTS person:jane-doe person:lena-berg", "SUPPORTS person:peter-lamb person:lena-berg"]));
    expect(found.some((f) => f.includes("max-kohl"))).toBe(false);
  });

  it("gives nothing for a letter that backs no one named, or a signed deal", () => {
    expect(stancesOf(`${INTRO} A letter calling for a fair contest was signed by Tom Hart and Ana Ruiz.`)).toEqual([]);
    expect(stancesOf(`${INTRO} The trade deal was signed by Tom Hart and Ana Ruiz in May.`)).toEqual([]);
  });
});
