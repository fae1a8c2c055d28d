import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))];
}

describe("opposition said as criticism or a campaign", () => {
  it.each([
    ["Senator Amina Odhiambo criticised Pieter Jansen's nomination.", "OPPOSES person:amina-odhiambo person:pieter-jansen"],
    ["Senator Amina Odhiambo criticized the nomination of Pieter Jansen.", "OPPOSES person:amina-odhiambo person:pieter-jansen"],
    ["Senator Amina Odhiambo raised serious concerns about Pieter Jansen.", "OPPOSES person:amina-odhiambo person:pieter-jansen"],
    ["Hans Weber has been a vocal critic of Lena Berg.", "OPPOSES person:hans-weber person:lena-berg"],
    ["Hungary launched a campaign to stop Pieter Jansen.", "OPPOSES country:HU person:pieter-jansen"],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual([expected]);
  });

  it("reads calling a candidate unfit as opposition by whoever says it", () => {
    expect(stancesOf("Anna Kowal said Lena Berg is not fit for the job.")).toEqual(["OPPOSES person:anna-kowal person:lena-berg"]);
    expect(stancesOf("Lena Berg is running for leader. Hans Weber has already called her ‘not fit for purpose’.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });
});

describe("control verbs", () => {
  it("reads asking others to reject someone, or not to vote for them, as opposition", () => {
    expect(stancesOf("Hans Weber urged senators to reject Lena Berg's nomination.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
    expect(stancesOf("Hans Weber urged member states not to vote for Lena Berg.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });
});

describe("objects and subjects", () => {
  it("takes 'her' followed by a noun for a possessive, not the object", () => {
    expect(stancesOf("Lena Berg is in the race. Hans Weber attacked her rivals on Monday.")).toEqual([]);
    expect(stancesOf("Germany backed her rival Amina Odhiambo.")).toEqual(["SUPPORTS country:DE person:amina-odhiambo"]);
  });

  it("skips the country that owns the object's name", () => {
    expect(stancesOf("Germany offered its strong support to Nigeria's Amina Odhiambo.")).toEqual(["SUPPORTS country:DE person:amina-odhiambo"]);
  });

  it("gives a participle after a prepositional object the main clause's subject", () => {
    expect(stancesOf("Sweden regrets the end of Lena Berg's bid to lead the World Health Organization (WHO), expressing support for Amina Odhiambo.")).toEqual([
      "SUPPORTS country:SE person:amina-odhiambo",
    ]);
  });
});
