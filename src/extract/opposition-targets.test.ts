import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`))].sort();
}

// John Hale is named far more often than anyone else: the article's focal candidate.
const ARTICLE = "John Hale is the front-runner for WIPO Director General. John Hale was nominated by Peru. John Hale has campaigned for months. ";

describe("opposition to the candidacy the article is about", () => {
  it.each([
    "Chile has rejected the nomination.",
    "Chile has voiced opposition to the candidacy.",
    "The Chilean government opposes the controversial nomination, officials said.",
    "Chile vowed to block the bid on Monday.",
  ])("%s", (sentence) => {
    expect(oppositions(ARTICLE + sentence)).toEqual(["country:CL person:john-hale"]);
  });

  it.each([
    "Chile has rejected the nomination process.",
    "Chile criticised the nomination.",
    "Chile has rejected the candidacy of Ana Ruiz.",
  ])("reads no opposition to the focal candidate in: %s", (sentence) => {
    expect(oppositions(ARTICLE + sentence).filter((c) => c.endsWith("person:john-hale"))).toEqual([]);
  });
});
