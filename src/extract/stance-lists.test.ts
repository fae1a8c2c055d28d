import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Lena Berg is a candidate for president of the Federation.";

describe("countries and organizations listed as a group's members", () => {
  it("gives the group's stance to countries listed after 'include'", () => {
    expect(stancesOf(`${INTRO} Countries backing Lena Berg include Kenya, Ethiopia and Uganda.`)).toEqual([
      "SUPPORTS country:ET person:lena-berg",
      "SUPPORTS country:KE person:lena-berg",
      "SUPPORTS country:UG person:lena-berg",
    ]);
  });

  it("gives it to countries listed one to a paragraph after a colon, and stops at the first other paragraph", () => {
    const text = `${INTRO}\n\nCountries opposing Lena Berg:\n\nKenya\nEthiopia\n\nThe vote is on Friday and Uganda will attend.`;
    expect(stancesOf(text)).toEqual(["OPPOSES country:ET person:lena-berg", "OPPOSES country:KE person:lena-berg"]);
  });

  it("gives it to a one-line list after a passive that ends on 'by:'", () => {
    const text = `${INTRO}\n\nLena Berg has been nominated by:\n\nKenya, Ethiopia and Uganda.`;
    expect(stancesOf(text)).toEqual([
      "SUPPORTS country:ET person:lena-berg",
      "SUPPORTS country:KE person:lena-berg",
      "SUPPORTS country:UG person:lena-berg",
    ]);
  });

  it("gives nothing to a country that opens an ordinary sentence after the colon", () => {
    const text = `${INTRO}\n\nCountries supporting Lena Berg:\n\nKenya said on Monday that the vote would be close.`;
    expect(stancesOf(text)).toEqual([]);
  });
});
