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

describe("lists of holders announced by a count, a colon or tallies", () => {
  const BERG = "Lena Berg is running for president of the Federation.";
  it("reads a 'by' list after a group named by its number and a colon", () => {
    expect(stancesOf(`${BERG} Berg has been nominated by five federations: Ghana, Kenya, Uganda, Togo and Chad.`)).toEqual([
      "SUPPORTS country:GH person:lena-berg",
      "SUPPORTS country:KE person:lena-berg",
      "SUPPORTS country:TD person:lena-berg",
      "SUPPORTS country:TG person:lena-berg",
      "SUPPORTS country:UG person:lena-berg",
    ]);
  });

  it("reads 'endorsed by the following unions:'", () => {
    expect(stancesOf(`${BERG} Berg has been endorsed by the following unions: Unite, Unison and the GMB.`)).toHaveLength(3);
  });

  it("reads a list with tallies or parties in brackets after each name", () => {
    expect(stancesOf(`${BERG} Berg received nominations from Ghana (12 votes), Kenya (8) and Uganda (5).`)).toEqual([
      "SUPPORTS country:GH person:lena-berg",
      "SUPPORTS country:KE person:lena-berg",
      "SUPPORTS country:UG person:lena-berg",
    ]);
    expect(stancesOf(`${BERG} Berg was backed by Tom Hart (Labour), Ana Ruiz (Green) and Paul Okafor.`)).toEqual([
      "SUPPORTS person:ana-ruiz person:lena-berg",
      "SUPPORTS person:paul-okafor person:lena-berg",
      "SUPPORTS person:tom-hart person:lena-berg",
    ]);
  });

  it("reads the endorsements a candidate has, after a colon or 'include', people or organizations", () => {
    expect(stancesOf(`${BERG} Berg's endorsements so far: Tom Hart, Ana Ruiz and Kenya.`)).toEqual([
      "SUPPORTS country:KE person:lena-berg",
      "SUPPORTS person:ana-ruiz person:lena-berg",
      "SUPPORTS person:tom-hart person:lena-berg",
    ]);
    expect(stancesOf(`${BERG} The endorsements for Berg so far: Tom Hart, Ana Ruiz and Paul Okafor.`)).toHaveLength(3);
  });

  it("still stops a 'by' list at a colon that does not announce a group", () => {
    expect(stancesOf(`${BERG} Berg was backed by the board: a surprise, said Tom Hart.`)).toEqual([]);
  });
});

describe("a list of backers continued past dashes, 'besides' and 'plus'", () => {
  const RACE = "Lena Berg and Max Kohl are running for party president.";
  it("reads every name of a list with a dashed part, 'and', 'besides' and 'his son'", () => {
    const found = stancesOf(`${RACE} Her proposers include four MPs — Tom Hart, Ana Ruiz, Paul Okafor and Jane Doe — and party veteran Ravi Kumar, besides former minister Peter Lamb and his son Sam Lamb.`);
    expect(found).toHaveLength(7);
    expect(found.every((f) => f.endsWith("person:lena-berg"))).toBe(true);
  });

  it("reads 'plus' as a list's last link", () => {
    expect(stancesOf(`${RACE} Berg was backed by Tom Hart and Ana Ruiz, plus Paul Okafor.`)).toEqual([
      "SUPPORTS person:ana-ruiz person:lena-berg",
      "SUPPORTS person:paul-okafor person:lena-berg",
      "SUPPORTS person:tom-hart person:lena-berg",
    ]);
  });

  it("gives 'his backers' to the man named before, not the nearest woman", () => {
    expect(stancesOf(`Max Kohl and Lena Berg are running for party president. His backers include Tom Hart.`)).toEqual(["SUPPORTS person:tom-hart person:max-kohl"]);
  });
});

describe("a sentence that opens with the support its subject has", () => {
  const RACE = "Rick Vale and Mitch Moss are running for party leader.";
  it("gives 'With the support of A and B, X ...' to A and B", () => {
    expect(stancesOf(`${RACE} With the support of Tom Hart and Ana Ruiz, Vale entered the race.`)).toEqual(["SUPPORTS person:ana-ruiz person:rick-vale", "SUPPORTS person:tom-hart person:rick-vale"]);
    expect(stancesOf(`${RACE} Buoyed by the endorsement of Ana Ruiz, Vale said he would win.`)).toEqual(["SUPPORTS person:ana-ruiz person:rick-vale"]);
  });

  it("gives nothing when no person opens the main clause", () => {
    expect(stancesOf(`${RACE} With the backing of Germany, the European Union proposed a new rule.`)).toEqual([]);
  });
});

describe("nominations told with their nominators", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("reads every nominator of 'the nomination of X by A and B was welcomed'", () => {
    expect(stancesOf(`${RACE} The nomination of Berg by Ghana and Kenya was welcomed.`)).toEqual(["SUPPORTS country:GH person:lena-berg", "SUPPORTS country:KE person:lena-berg"]);
  });

  it("reads 'Nominated by A, X faces Y' with a single nominator", () => {
    expect(stancesOf(`${RACE} Nominated by Ghana, Berg faces Kohl.`)).toEqual(["SUPPORTS country:GH person:lena-berg"]);
  });

  it("still parts two clauses joined by a comma and 'and'", () => {
    expect(stancesOf(`${RACE} Berg was backed by Ghana, and Kohl was nominated by Kenya.`)).toEqual(["SUPPORTS country:GH person:lena-berg", "SUPPORTS country:KE person:max-kohl"]);
  });
});
