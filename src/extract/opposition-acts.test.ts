import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "Anna Kovac and Boris Petrov are running for president of the Ruritanian Union. ";

describe("opposition said as an act against someone", () => {
  it.each([
    // A refusal, its holder by a possessive, a pronoun or "by".
    ["Norway's refusal to support Kovac angered Petrov.", ["country:NO person:anna-kovac"]],
    ["Relations with Norway soured because of its refusal to support Kovac.", ["country:NO person:anna-kovac"]],
    ["The refusal by Norway to back Kovac was a surprise.", ["country:NO person:anna-kovac"]],
    ["Tomas Berg's refusal to endorse Kovac's candidacy split the party.", ["person:tomas-berg person:anna-kovac"]],
    // A move to remove, its holder by "by" or a possessive.
    ["That goes back to an attempt in 2017 by the Ruritanian Swimming Federation to remove Kovac from the bureau.", ["org:ruritanian-swimming-federation person:anna-kovac"]],
    ["The Ruritanian Swimming Federation's attempt to oust Kovac failed.", ["org:ruritanian-swimming-federation person:anna-kovac"]],
    // A note or attacks, made by the subject (a country, or a country's envoy).
    ["On June 11, Norway sent a note against the extension of the mandate of the Union Representative on Freedom of the Media Anna Kovac.", ["country:NO person:anna-kovac"]],
    ["The envoy of Norway once again started traditional attacks against the veteran diplomat Anna Kovac.", ["country:NO person:anna-kovac"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(RACE + sentence)).toEqual(expected);
  });

  it.each([
    // A person's attacks are a rival's campaign.
    "Petrov launched fierce attacks against Kovac.",
    // A refusal denied.
    "Norway denied any refusal to support Kovac.",
    // Something of the person's other than the candidacy.
    "Norway's refusal to accept Kovac's resignation angered Petrov.",
    // The words after the act are another clause.
    "Norway's refusal to support the plan said much, Kovac noted.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(RACE + sentence)).toEqual([]);
  });
});
