import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for Ruritanian Union Secretary General is open. Anna Kovac and Boris Petrov are candidates. ";

describe("an opposition's further objects", () => {
  it.each([
    // "and also" before a described name.
    ["Tomas Berg shares the view by opposing Kovac and also the Socialist leader Boris Petrov.", ["person:tomas-berg person:anna-kovac", "person:tomas-berg person:boris-petrov"]],
    // "but also to", after a relative clause on the first object and before an apposition.
    ["The decision by Norway is a clear snub to Anna Kovac, whom the government blames for the crisis, but also to her challenger, Boris Petrov.", ["country:NO person:anna-kovac", "country:NO person:boris-petrov"]],
    // A plain "and" before a long title that holds "for", with conjoined holders.
    ["Norway and Chile refused the approval of Secretary General Anna Kovac and High Commissioner for National Minorities Lamberto Zannier, explaining the decision.", ["country:CL person:anna-kovac", "country:CL person:lamberto-zannier", "country:NO person:anna-kovac", "country:NO person:lamberto-zannier"]],
    ["Tomas Berg criticised Kovac as well as the former minister Boris Petrov.", ["person:tomas-berg person:anna-kovac", "person:tomas-berg person:boris-petrov"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(RACE + sentence)).toEqual(expected);
  });

  it.each([
    // The words after "also" are a clause of the holder's, not a description.
    "Tomas Berg opposes Kovac and also said that Boris Petrov was weak.",
    // The name after "and also" opens its own clause.
    "Tomas Berg opposes Kovac, and also the minister Boris Petrov said so.",
    // What is opposed is something of the name's.
    "Tomas Berg opposes Kovac and also the plan of Boris Petrov.",
    // The name after a long title is the subject of its own verb.
    "Tomas Berg opposed Kovac and Minister for Health Boris Petrov agreed.",
    // A relative clause is skipped only before "also".
    "Tomas Berg opposes Kovac, whom he blames for the crisis, and Minister for Health Boris Petrov agrees.",
  ])("reads no further object in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).not.toContain("person:tomas-berg person:boris-petrov");
  });
});
