import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES" && c.from.startsWith("person:")).map((c) => `${c.from} ${c.to}`))].sort();
}

const LETTER = "A group of Ruritanian MPs signed a letter on Monday pledging to oppose party leader Anna Kovac.\n";

describe("the signers of a letter against someone oppose them", () => {
  it("reads the signers listed one to a line", () => {
    const text = `${LETTER}"The time has come for change," the letter said.\nThe members who signed the letter were:\n- Erik Lund of Nordland\n- Maria Berg of Sudland\nThe new members who signed are:\n- Piet Olsen of Westland`;
    expect(oppositions(text)).toEqual(["person:erik-lund person:anna-kovac", "person:maria-berg person:anna-kovac", "person:piet-olsen person:anna-kovac"]);
  });

  it("reads the signers named after 'signatories'", () => {
    expect(oppositions(`${LETTER}Two of the signatories — Erik Lund and Maria Berg — were elected last week.`)).toEqual(["person:erik-lund person:anna-kovac", "person:maria-berg person:anna-kovac"]);
  });

  it("reads the one said to be among the signers in the letter's own sentence", () => {
    expect(oppositions("Erik Lund, pictured in the chamber on Monday, is one of 16 members who signed a letter saying they will not vote for Anna Kovac.")).toEqual(["person:erik-lund person:anna-kovac"]);
  });

  it("takes no signer who does not open the sentence", () => {
    const analysis = analyzeText("According to Maria Berg, Erik Lund is one of 16 members who signed a letter saying they will not vote for Anna Kovac.");
    expect(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.rule === "stance.opposition-letter")).toEqual([]);
  });

  it.each([
    "A group of Ruritanian MPs signed a letter on Monday backing party leader Anna Kovac.\nThe members who signed the letter were:\n- Erik Lund of Nordland",
    `${LETTER}Two new polls came out.\nA third poll came out.\nA fourth poll came out.\nA fifth poll came out.\nA sixth poll came out.\nThe members who signed the petition were:\n- Erik Lund of Nordland`,
  ])("reads no signer against anyone in: %s", (text) => {
    expect(oppositions(text)).toEqual([]);
  });
});
