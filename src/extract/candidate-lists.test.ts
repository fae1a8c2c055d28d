import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open.\n\n";
const post = "post:wto-director-general";

describe("a list of candidates announced in other words", () => {
  it("reads the items after 'The nominations received are:', 'stands as follows:' and 'Who's running?'", () => {
    expect(candidates(`${RACE}The nominations received are:\n\n- Mr. Piet Rook, Republic of Freedonia\n\n- Ms. Lena Ostrova, Kingdom of Ruritania\n\nThe vote is in June.\n`)).toEqual([`person:lena-ostrova ${post}`, `person:piet-rook ${post}`]);
    expect(candidates(`${RACE}The candidate list stands as follows:\n- Ana Ruiz\n- Ivo Dane\n`)).toEqual([`person:ana-ruiz ${post}`, `person:ivo-dane ${post}`]);
    expect(candidates(`${RACE}Who’s Running?\n\n  • Karl Brenner, MEP for the North\n  • Dana Kovic, councillor for Leeds\n`)).toEqual([`person:dana-kovic ${post}`, `person:karl-brenner ${post}`]);
    expect(candidates(`${RACE}The final shortlist:\n\n• Arno Velt (Freedonia)\n\n• Rosa Linde (Ruritania)\n`)).toEqual([`person:arno-velt ${post}`, `person:rosa-linde ${post}`]);
  });

  it("reads both names of a joint ticket on one item", () => {
    expect(candidates(`${RACE}The candidate list stands as follows:\n- Ana Ruiz\n- Tom Vale & Mira Sol\n`)).toEqual([`person:ana-ruiz ${post}`, `person:mira-sol ${post}`, `person:tom-vale ${post}`]);
  });

  it("reads a count of candidatures, then 'They are' and a list parted by semicolons", () => {
    expect(candidates(`${RACE}As of May, three candidatures were received. They are Mr. Arno Velt (Freedonia); Ms. Rosa Linde (Ruritania); and Dr. Sara Holm (Sylvania).`)).toEqual([
      `person:arno-velt ${post}`,
      `person:rosa-linde ${post}`,
      `person:sara-holm ${post}`,
    ]);
  });

  it("reads no list that is not of candidates, and stops where the items stop", () => {
    expect(candidates(`${RACE}The speakers at the dinner were:\n\n- Ana Ruiz\n\n- Tom Vale\n`)).toEqual([]);
    expect(candidates(`${RACE}Her supporters include:\n\n- Ivo Dane\n\n- Mira Sol\n`)).toEqual([]);
    expect(candidates(`${RACE}The nominations received are:\n\n- Piet Rook\n\nThe vote was praised by Lena Ostrova, the council's chair.\n\n- Karl Brenner\n`)).toEqual([`person:piet-rook ${post}`]);
  });
});

describe("a list of names, then a plural apposition of race roles", () => {
  it("reads every name of the list", () => {
    expect(candidates(`${RACE}Referring to Ana Ruiz, Tom Vale and Mira Sol, Dana Kovic's competitors, the donor said the field was weak.`)).toEqual(
      expect.arrayContaining([`person:ana-ruiz ${post}`, `person:mira-sol ${post}`, `person:tom-vale ${post}`]),
    );
    expect(candidates(`${RACE}Ivo Dane and Rosa Linde, her two challengers, spoke on Monday.`)).toEqual([`person:ivo-dane ${post}`, `person:rosa-linde ${post}`]);
    expect(candidates(`${RACE}Piet Rook and Lena Ostrova, the only candidates to have put themselves forward, met the board.`)).toEqual([`person:lena-ostrova ${post}`, `person:piet-rook ${post}`]);
  });

  it("reads no one where the apposition is no race role or is about another race", () => {
    expect(candidates(`${RACE}Ivo Dane and Rosa Linde, her two advisers, spoke on Monday.`)).toEqual([]);
    expect(candidates(`${RACE}Ivo Dane and Rosa Linde, the presidential candidates in Freedonia, spoke on Monday.`)).toEqual([]);
    expect(candidates(`${RACE}Ivo Dane and Rosa Linde, the party's candidates in the May local elections, spoke.`)).toEqual([]);
  });
});
