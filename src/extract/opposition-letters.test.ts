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

  it.each([
    "A group of Ruritanian MPs signed a letter on Monday backing party leader Anna Kovac.\nThe members who signed the letter were:\n- Erik Lund of Nordland",
    `${LETTER}Two new polls came out.\nA third poll came out.\nA fourth poll came out.\nA fifth poll came out.\nA sixth poll came out.\nThe members who signed the petition were:\n- Erik Lund of Nordland`,
  ])("reads no signer against anyone in: %s", (text) => {
    expect(oppositions(text)).toEqual([]);
  });
});
