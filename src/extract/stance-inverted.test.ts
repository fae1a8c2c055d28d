import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys, sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("holders after the verb", () => {
  it("gives an inverted clause's stance to the actors after the copula", () => {
    expect(stancesOf("Also backing Lena Berg are Germany and France.")).toEqual(["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]);
  });

  it("reads a clause that opens on its verb with nothing before it, its copula right after the one backed", () => {
    expect(stancesOf("Supporting Lena Berg are Tom Hart, Ana Ruiz and Paul Okafor.")).toEqual([
      "SUPPORTS person:ana-ruiz person:lena-berg",
      "SUPPORTS person:paul-okafor person:lena-berg",
      "SUPPORTS person:tom-hart person:lena-berg",
    ]);
    // Words between the one backed and the copula may be a clause of its own: refused without "also".
    expect(stancesOf("Backing Lena Berg at the congress was France.")).toEqual([]);
    expect(stancesOf("Also backing Lena Berg at the congress was France.")).toEqual(["SUPPORTS country:FR person:lena-berg"]);
  });

  it("gives it to the one joined too", () => {
    expect(stancesOf("Joining German chancellor Hans Weber in voting against Lena Berg was Spanish prime minister Pablo Ruiz.")).toEqual([
      "OPPOSES person:hans-weber person:lena-berg",
      "OPPOSES person:pablo-ruiz person:lena-berg",
    ]);
  });

  it("repeats a stance for the actors of an elliptical clause", () => {
    expect(stancesOf("Germany backed Lena Berg on Monday, as did France and Italy.")).toEqual([
      "SUPPORTS country:DE person:lena-berg",
      "SUPPORTS country:FR person:lena-berg",
      "SUPPORTS country:IT person:lena-berg",
    ]);
    expect(stancesOf("Germany opposes Lena Berg, and so does Spain.")).toEqual(["OPPOSES country:DE person:lena-berg", "OPPOSES country:ES person:lena-berg"]);
  });

  it("reads no stance from an elliptical clause after no stance", () => {
    expect(stancesOf("Germany won the vote, as did Lena Berg.")).toEqual([]);
  });
});

describe("subjects and lists", () => {
  it("takes 'along with' for a joined subject", () => {
    expect(stancesOf("The United States, along with Japan, backed Lena Berg.")).toEqual(["SUPPORTS country:JP person:lena-berg", "SUPPORTS country:US person:lena-berg"]);
  });

  it("gives a control verb to every subject of a list", () => {
    expect(stancesOf("Germany and France want Lena Berg to lead the organization.")).toEqual(["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]);
  });

  it("reads a group introduced by an infinitive and listed with semicolons", () => {
    expect(stancesOf("Lena Berg is a candidate. The latest countries to endorse Lena Berg are: Kenya; Ghana; Chad; and Jamaica.")).toEqual([
      "SUPPORTS country:GH person:lena-berg",
      "SUPPORTS country:JM person:lena-berg",
      "SUPPORTS country:KE person:lena-berg",
      "SUPPORTS country:TD person:lena-berg",
    ]);
  });

  it("reads 'among those backing X are' with countries", () => {
    expect(stancesOf("Among those backing Lena Berg are Germany and France.")).toEqual(["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]);
  });
});

describe("stance words", () => {
  it.each([
    ["Germany sided with Lena Berg.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Germany sided with Pablo Ruiz against Lena Berg.", ["OPPOSES country:DE person:lena-berg", "SUPPORTS country:DE person:pablo-ruiz"]],
    ["Hans Weber urged lawmakers to side with Lena Berg.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Germany has thrown its support to Lena Berg.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Lena Berg also drew support from Germany and Italy.", ["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:IT person:lena-berg"]],
    ["Lena Berg secured the votes of Germany and France.", ["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]],
    ["Hans Weber announced his endorsement of Lena Berg on Friday.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Germany has been a staunch opponent of Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany has been highly critical of Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany is leading the opposition to Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("does not read a rival in the race as an opponent", () => {
    expect(stancesOf("Pablo Ruiz, the main opponent of Lena Berg, spoke on Monday.")).toEqual([]);
  });
});

describe("stances carried over from the sentence before", () => {
  it("gives 'followed suit' and 'did the same' the stance of the sentence before", () => {
    expect(stancesOf("Germany backed Lena Berg on Monday. France and Italy did the same on Tuesday.")).toEqual([
      "SUPPORTS country:DE person:lena-berg",
      "SUPPORTS country:FR person:lena-berg",
      "SUPPORTS country:IT person:lena-berg",
    ]);
  });

  it("carries nothing when the sentence before holds stances on two people", () => {
    expect(stancesOf("Germany backed Lena Berg and Spain backed Pablo Ruiz. France followed suit.")).toEqual([
      "SUPPORTS country:DE person:lena-berg",
      "SUPPORTS country:ES person:pablo-ruiz",
    ]);
  });

  it("reads a switch of support as support of the second, and no opposition to the first", () => {
    expect(stancesOf("Hans Weber switched his support from Pablo Ruiz to Lena Berg.")).toEqual([
      "SUPPORTS person:hans-weber person:lena-berg",
    ]);
  });
});

