import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Lena Berg is a candidate for Secretary-General of the Federation.";
const FOUR = ["SUPPORTS person:kofi-mensah person:lena-berg", "SUPPORTS person:ruth-wanjiru person:lena-berg", "SUPPORTS person:tom-okello person:lena-berg"];

describe("a person's country named after the name", () => {
  it("gives the stance to the person, not to the country after 'of'", () => {
    expect(stancesOf(`${INTRO} Tom Okello of Uganda backed Berg on Monday.`)).toEqual(["SUPPORTS person:tom-okello person:lena-berg"]);
  });

  it("reads a list of holders each with their country, before or after the name", () => {
    expect(stancesOf(`${INTRO} Ghana's Kofi Mensah, Kenya's Ruth Wanjiru and Tom Okello of Uganda backed Berg on Monday.`)).toEqual(FOUR);
  });

  it("reads countries in brackets and 'from' as where the people are from", () => {
    expect(stancesOf(`${INTRO} Kofi Mensah (Ghana), Ruth Wanjiru (Kenya) and Tom Okello from Uganda have all endorsed Berg.`)).toEqual(FOUR);
  });

  it("reads the 'by' list of a passive past each person's country", () => {
    expect(stancesOf(`${INTRO} Berg's bid is supported by Kofi Mensah of Ghana, Ruth Wanjiru of Kenya and Tom Okello of Uganda.`)).toEqual(FOUR);
  });

  it("reads the people of 'the support of' with their countries, and no support given to one of them", () => {
    expect(stancesOf(`${INTRO} Berg won the support of Ruth Wanjiru from Kenya, Kofi Mensah of Ghana and Tom Okello of Uganda.`)).toEqual(FOUR);
  });

  it("gives 'they said they would vote for' to the people named with their countries", () => {
    expect(stancesOf(`${INTRO} Kofi Mensah of Ghana, Ruth Wanjiru of Kenya and Tom Okello of Uganda said they would vote for Berg.`)).toEqual(FOUR);
  });

  it("still gives the stance to countries listed alone", () => {
    expect(stancesOf(`${INTRO} Ghana and Kenya said they would vote for Berg.`)).toEqual(["SUPPORTS country:GH person:lena-berg", "SUPPORTS country:KE person:lena-berg"]);
  });

  it("still gives the stance to a government named with 'of'", () => {
    expect(stancesOf(`${INTRO} The government of Ghana endorsed Berg.`)).toEqual(["SUPPORTS country:GH person:lena-berg"]);
  });
});

describe("a country's government as the antecedent of 'which'", () => {
  it("gives the stance of 'the Kenyan government, which backs X' to the country", () => {
    expect(stancesOf(`${INTRO} The Kenyan government, which backs Berg, hosted the summit.`)).toEqual(["SUPPORTS country:KE person:lena-berg"]);
    expect(stancesOf(`${INTRO} The Ghanaian authorities, which have endorsed Berg, said little.`)).toEqual(["SUPPORTS country:GH person:lena-berg"]);
  });

  it("gives none to a country's team", () => {
    expect(stancesOf(`${INTRO} The Kenyan team, which backs Berg, won.`)).toEqual([]);
  });
});
