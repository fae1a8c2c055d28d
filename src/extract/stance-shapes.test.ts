import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys, sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Former finance minister Lena Berg is a candidate for the post. ";

describe("holders named around the candidate", () => {
  it.each([
    ["Hans Weber, a Lena Berg ally, welcomed the result.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Lena Berg ally Hans Weber welcomed the result.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Senior lawmaker Hans Weber is a staunch Berg supporter.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Berg critic Hans Weber said the vote was rigged.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["The supporters of Berg include Germany and France.", ["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]],
    ["The critics of Berg include Spain.", ["OPPOSES country:ES person:lena-berg"]],
    ["Berg counts Hans Weber and Anna Kowal among her supporters.", ["SUPPORTS person:anna-kowal person:lena-berg", "SUPPORTS person:hans-weber person:lena-berg"]],
    ["Berg said she was grateful for Germany's support.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Berg has been endorsed by more than 100 lawmakers, including Hans Weber and Anna Kowal.", ["SUPPORTS person:anna-kowal person:lena-berg", "SUPPORTS person:hans-weber person:lena-berg"]],
    ["The EU's 27 member states agreed to back Berg.", ["SUPPORTS org:european-union person:lena-berg"]],
    ["Germany said it \"fully supports\" Berg.", ["SUPPORTS country:DE person:lena-berg"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(INTRO + text)).toEqual(expected);
  });

  it("joins listed subjects across party and state tags", () => {
    expect(stancesOf("Reps. Hans Weber, R-N.Y., and Paul Diaz, R-Calif., endorsed Lena Berg.")).toEqual([
      "SUPPORTS person:hans-weber person:lena-berg",
      "SUPPORTS person:paul-diaz person:lena-berg",
    ]);
  });

  it("reads 'the front-runner' as the one person the text calls so, and as no one when two are", () => {
    expect(stancesOf("Lena Berg is the front-runner. Hans Weber endorsed the front-runner on Monday.")).toEqual(["SUPPORTS person:hans-weber person:lena-berg"]);
    expect(stancesOf("Lena Berg is the front-runner. Pablo Ruiz was the front-runner last year. Hans Weber endorsed the front-runner.")).toEqual([]);
  });
});

describe("stance words", () => {
  it.each([
    ["Germany stands firmly by Lena Berg.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Germany remained loyal to Lena Berg.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Germany is sponsoring Lena Berg's bid.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Germany cast its ballot for Lena Berg.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Germany is unhappy with Lena Berg's candidacy.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany is sceptical of Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany moved to halt Lena Berg's appointment.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany was the lone holdout against Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany failed to endorse Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany said it could not accept Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany demanded Lena Berg's withdrawal.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany said Lena Berg was unacceptable.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany said Lena Berg would be an excellent leader.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Senator Hans Weber has called for Lena Berg's ouster.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Senator Hans Weber said he no longer had confidence in Lena Berg.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Senator Hans Weber expressed his full confidence in Lena Berg.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Senator Hans Weber said Lena Berg had his \"absolute and unqualified support\".", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["\"Lena Berg would be a leader to bring the party together,\" said Senator Hans Weber.", ["SUPPORTS person:hans-weber person:lena-berg"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("does not read a call for something else of someone's as opposition", () => {
    expect(stancesOf("Senator Hans Weber called for Lena Berg's speech to be published.")).toEqual([]);
  });

  it("reads the backers set off by dashes after a candidate's name", () => {
    expect(stancesOf(INTRO + "On Monday two of Lena Berg's backers – Hans Weber and Anna Kowal – spoke.")).toEqual([
      "SUPPORTS person:anna-kowal person:lena-berg",
      "SUPPORTS person:hans-weber person:lena-berg",
    ]);
  });

  it("does not read promoting someone to a rank as support", () => {
    expect(stancesOf("President Hans Weber promoted Lena Berg to deputy minister.")).toEqual([]);
  });

  it("does not read unhappiness with someone's remarks as opposition", () => {
    expect(stancesOf("Germany is unhappy with Lena Berg's remarks.")).toEqual([]);
  });
});

describe("what is no stance", () => {
  it("does not give a passive criticism to its subject", () => {
    expect(stancesOf("Senator Hans Weber was criticised for saying Lena Berg would lose.")).toEqual([]);
  });

  it("keeps 'is opposed to' as opposition", () => {
    expect(stancesOf("Senator Hans Weber is opposed to Lena Berg.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });

  it("does not read backing a person's position as backing the person", () => {
    expect(stancesOf("Lena Berg's position was backed by Germany.")).toEqual([]);
    expect(stancesOf("Lena Berg's candidacy was backed by Germany.")).toEqual(["SUPPORTS country:DE person:lena-berg"]);
  });

  it("reads a negation only when it bears on the stance verb", () => {
    expect(stancesOf("Germany said it did not give permission to go public as having backed Lena Berg.")).toEqual([]);
    expect(stancesOf("Germany said it would not be able to support Lena Berg.")).toEqual(["OPPOSES country:DE person:lena-berg"]);
    expect(stancesOf("Germany has decided not to back Lena Berg.")).toEqual(["OPPOSES country:DE person:lena-berg"]);
  });

  it("does not read support against someone as support of them", () => {
    expect(stancesOf("Senator Hans Weber hails broad support against Lena Berg.")).toEqual([]);
  });
});
