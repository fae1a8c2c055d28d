import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. John Hale and Ana Ruiz are candidates. ";

describe("opposition said the way diplomats and non-native writers say it", () => {
  it.each([
    "The government of Peru does not agree with the candidature of John Hale.",
    "Peru disagrees with the candidacy of John Hale.",
    "Peru expressed its disapproval of John Hale's candidacy.",
    "The Peruvian side expressed strong dissatisfaction with John Hale's nomination.",
    "Peru said it is not in favour of John Hale.",
    "Peru refuses John Hale's candidacy.",
    "Peru has objected John Hale's nomination.",
    "Peru protested against John Hale's nomination.",
    "Peru has lodged an objection to John Hale's nomination.",
    "Peru filed a formal objection to the nomination of John Hale.",
    "Peru refused approval of John Hale's appointment.",
    "Peru withheld its consent to the appointment of John Hale.",
    "Peru has rescinded its endorsement of John Hale.",
    "Peru cast its ballot against John Hale.",
    "Peru deserted John Hale.",
    "Peru withheld its vote from John Hale.",
    "Peru said John Hale was unelectable.",
    "Peru has turned its back on John Hale.",
    "Peru voted down John Hale's nomination.",
  ])("%s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual(["OPPOSES country:PE person:john-hale"]);
  });

  it.each([
    "Peru refused to comment on John Hale's candidacy.",
    "Peru disagrees with John Hale on trade.",
    "Thousands joined protests against John Hale's election.",
    "Peru does not agree with John Hale's proposal.",
    "Peru withheld its consent to the budget John Hale proposed.",
    "Peru did not desert John Hale.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual([]);
  });

  it("keeps a switched support a support", () => {
    expect(stances(`${RACE}Peru has switched its support to John Hale.`)).toEqual(["SUPPORTS country:PE person:john-hale"]);
  });
});
