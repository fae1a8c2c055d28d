import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("support that a candidate does not have", () => {
  it("reads a negated possession of support as opposition by its holders", () => {
    expect(stancesOf("Lena Berg did not have the support of Hungary.")).toEqual(["OPPOSES country:HU person:lena-berg"]);
    expect(stancesOf("Lena Berg lacks the backing of Hungary.")).toEqual(["OPPOSES country:HU person:lena-berg"]);
    expect(stancesOf("Lena Berg is a candidate. She didn't have the support of Hungary.")).toEqual(["OPPOSES country:HU person:lena-berg"]);
  });

  it("reads support not yet won as no stance, and support won as support", () => {
    expect(stancesOf("Lena Berg has not yet won the backing of Hungary.")).toEqual([]);
    expect(stancesOf("Lena Berg won the backing of Hungary.")).toEqual(["SUPPORTS country:HU person:lena-berg"]);
  });

  it("gives the stance to the members listed one to a paragraph after a colon", () => {
    const text = "Lena Berg is a candidate for speaker. She did not have the support of these 3 members:\n\n• Hans Weber, Ariz.-05\n• Anna Kowal, Fla.-01\n\nThe vote was held on Tuesday.";
    expect(stancesOf(text)).toEqual(["OPPOSES person:anna-kowal person:lena-berg", "OPPOSES person:hans-weber person:lena-berg"]);
  });

  it("gives support to the members listed after a colon when the support is had", () => {
    const text = "Lena Berg is a candidate for speaker. She has the support of these members:\n\n• Hans Weber, Ariz.-05\n• Anna Kowal, Fla.-01";
    expect(stancesOf(text)).toEqual(["SUPPORTS person:anna-kowal person:lena-berg", "SUPPORTS person:hans-weber person:lena-berg"]);
  });

  it("leaves a list after a colon alone when no stance introduces it", () => {
    const text = "Lena Berg is a candidate for speaker. She met these members:\n\n• Hans Weber, Ariz.-05\n• Anna Kowal, Fla.-01";
    expect(stancesOf(text)).toEqual([]);
  });
});

describe("a party named by the plural of its members", () => {
  it("reads some of its members, not the party, as the holder", () => {
    expect(stancesOf("Lena Berg is a candidate. More Republicans got behind Lena Berg.")).toEqual([]);
    expect(stancesOf("Lena Berg is a candidate. Twenty Republicans blocked her.")).toEqual([]);
  });

  it("keeps the party when it is named as such or all its members act", () => {
    expect(stancesOf("The Republican Party backed Lena Berg.")).toEqual(["SUPPORTS org:republican-party person:lena-berg"]);
    expect(stancesOf("All 212 Democrats voted for Lena Berg.")).toEqual(["SUPPORTS org:democratic-party person:lena-berg"]);
  });
});

describe("a stance wished on someone", () => {
  it("reads 'time for A to back X' and 'the duty of A to back X' as no stance of A", () => {
    expect(stancesOf("Hans Weber said it was time for Germany to back Lena Berg.")).toEqual([]);
    expect(stancesOf("It is now the duty of the Conservative Party to unite behind Lena Berg.")).toEqual([]);
  });

  it("keeps the stance of A in a plain infinitive clause", () => {
    expect(stancesOf("Germany decided to back Lena Berg.")).toEqual(["SUPPORTS country:DE person:lena-berg"]);
  });
});

describe("where a holder's phrase ends", () => {
  it("closes a 'by' phrase at a comma followed by the main verb", () => {
    // The group is the holder; Germany, after the main verb, is not one of its agents.
    expect(stancesOf("Lena Berg, supported by rich nations, narrowly defeated Germany's Hans Weber.")).toEqual(["SUPPORTS org:rich-nations person:lena-berg"]);
  });

  it("reads a quantified relative ('most of whom') as having its antecedent for subject", () => {
    expect(stancesOf("Hans Weber won few votes from poor nations, most of whom endorsed Lena Berg.")).toEqual(["SUPPORTS org:poor-nations person:lena-berg"]);
    expect(stancesOf("He met Hungary and Poland, both of which endorsed Lena Berg.")).toEqual(["SUPPORTS country:HU person:lena-berg", "SUPPORTS country:PL person:lena-berg"]);
  });

  it("reads 'came out in support of X' as X's support, never the other way round", () => {
    expect(stancesOf("Lena Berg is a candidate. Hans Weber has come out in support of Lena Berg.")).toEqual(["SUPPORTS person:hans-weber person:lena-berg"]);
  });
});

describe("nominations said in the passive", () => {
  it("reads 'put forward by', 'proposed by' as support by the agent", () => {
    expect(stancesOf("Lena Berg has been put forward by the European People's Party.")).toEqual(["SUPPORTS org:epp person:lena-berg"]);
    expect(stancesOf("Lena Berg, proposed by Hungary, leads the race.")).toEqual(["SUPPORTS country:HU person:lena-berg"]);
  });

  it("does not take the agent of an inserted participle for the candidate", () => {
    expect(stancesOf("The former minister, viewed as a roadblock by Hans Weber, has been put forward by Hungary.")).toEqual([]);
  });
});
