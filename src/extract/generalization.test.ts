import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`);
}

function candidaciesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`);
}

describe("stance phrases beyond plain verbs", () => {
  it.each([
    ["Ethiopia threw its weight behind Wanjiru Kamau.", "SUPPORTS country:ET person:wanjiru-kamau"],
    ["South Africa voiced support for Wanjiru Kamau on Tuesday.", "SUPPORTS country:ZA person:wanjiru-kamau"],
    ["Sweden came out in favour of Ana Ruiz.", "SUPPORTS country:SE person:ana-ruiz"],
    ["Ireland came out for Ana Ruiz on Monday.", "SUPPORTS country:IE person:ana-ruiz"],
    ["Poland lent its support to Andrius Petrauskas.", "SUPPORTS country:PL person:andrius-petrauskas"],
    ["Morocco came out against Hassan Farah Ali.", "OPPOSES country:MA person:hassan-farah-ali"],
    ["Egypt will not back Wanjiru Kamau.", "OPPOSES country:EG person:wanjiru-kamau"],
    ["Hungary has so far withheld support from Andrius Petrauskas.", "OPPOSES country:HU person:andrius-petrauskas"],
    ["Hungary withheld its backing for Andrius Petrauskas.", "OPPOSES country:HU person:andrius-petrauskas"],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual([expected]);
  });
});

describe("pronouns that continue the previous sentence's subject", () => {
  it("gives 'Her bid' to the subject of the sentence before, not to the last name in it", () => {
    const text = "Wanjiru Kamau is competing for the post with Hassan Farah Ali and Voahangy Rakoto. Her bid is backed by Tanzania.";
    expect(stancesOf(text)).toEqual(["SUPPORTS country:TZ person:wanjiru-kamau"]);
  });

  it("keeps the nearest person when the previous sentence does not open with one", () => {
    const text = "Spain met Voahangy Rakoto and Wanjiru Kamau. Tanzania backs her.";
    expect(stancesOf(text)).toEqual(["SUPPORTS country:TZ person:wanjiru-kamau"]);
  });

  it("keeps the nearest person after a speaker's report about someone else", () => {
    expect(stancesOf("Mark Rutte said Kaja Kallas was able. Spain backs her.")).toEqual(["SUPPORTS country:ES person:kaja-kallas"]);
  });
});

describe("candidacies without a candidacy verb of their own", () => {
  it("makes the rivals a candidate competes 'with' or 'against' candidates too", () => {
    expect(candidaciesOf("Elena Vargas is running for UN Secretary-General against Park Ji-hoon and Amina Wekesa.")).toEqual([
      "person:elena-vargas post:un-secretary-general",
      "person:park-ji-hoon post:un-secretary-general",
      "person:amina-wekesa post:un-secretary-general",
    ]);
  });

  it("does not take a backer named after 'with the backing of' for a rival", () => {
    expect(candidaciesOf("Elena Vargas is running for UN Secretary-General with the backing of Spanish Prime Minister Pedro Morales.")).toEqual([
      "person:elena-vargas post:un-secretary-general",
    ]);
  });

  it("reads 'the frontrunner is X' and 'her main rival is Y' as candidacies for the article's post", () => {
    const text = "The race for UN Secretary-General is open. The frontrunner is still Elena Vargas. Her main rival is Park Ji-hoon.";
    expect(candidaciesOf(text)).toEqual(expect.arrayContaining(["person:elena-vargas post:un-secretary-general", "person:park-ji-hoon post:un-secretary-general"]));
    expect(candidaciesOf("Elena Vargas met Spain's foreign minister. The weather is still bad.")).toEqual([]);
  });
});

describe("institution names", () => {
  it("does not take the end of an institution's name for a person", () => {
    const persons = findMentions("She served on the European Court of Human Rights and the Institute for Security Studies.").filter((m) => m.type === "Person");
    expect(persons).toEqual([]);
  });

  it("still reads a name after a title with 'of'", () => {
    const persons = findMentions("Secretary of State Antony Blinken met Marta Nogueira.").filter((m) => m.type === "Person").map((m) => m.name);
    expect(persons).toEqual(["Antony Blinken", "Marta Nogueira"]);
  });
});

describe("demonym and title descriptions", () => {
  const descriptor = (text: string, surface: string) => {
    const analysis = analyzeText(text);
    return analysis.mentions.find((m) => m.type === "Person" && text.slice(m.start, m.end) === surface)?.entity;
  };

  it("resolve to the person who holds that country's role, not to the last person named", () => {
    const text = "Kenyan President David Mwangi met Ugandan President Joseph Kato. Later the Kenyan president spoke.";
    expect(descriptor(text, "the Kenyan president")).toBe("person:david-mwangi");
  });

  it("read the role from a country's possessive in apposition", () => {
    const text = "David Mwangi, Kenya's president, arrived on Monday. Joseph Kato was there. Later the Kenyan president spoke.";
    const analysis = analyzeText(text);
    expect(analysis.entities.get("person:david-mwangi")!.roles[0]).toMatchObject({ role: "President", of: "country:KE" });
    expect(descriptor(text, "the Kenyan president")).toBe("person:david-mwangi");
  });

  it("stay unresolved when only a surname-only person could fit", () => {
    const text = "Mwangi arrived on Monday. “We will win,” Mwangi said. Later the Kenyan president spoke.";
    expect(descriptor(text, "the Kenyan president")).toBeUndefined();
  });
});
