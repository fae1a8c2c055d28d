import { analyzeText, deriveSpokenStances, extractArticle } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys, sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("speakers who report their own stance after an adverb", () => {
  it.each([
    ["Hans Weber and Anna Kowal now say they back Lena Berg.", ["SUPPORTS person:anna-kowal person:lena-berg", "SUPPORTS person:hans-weber person:lena-berg"]],
    ["Germany and France later said they would support Lena Berg.", ["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]],
    ["Piet Smit and Karl Mann publicly said they were backing Eva Stein.", ["SUPPORTS person:karl-mann person:eva-stein", "SUPPORTS person:piet-smit person:eva-stein"]],
    ["Spain and Italy have since said they oppose Lena Berg.", ["OPPOSES country:ES person:lena-berg", "OPPOSES country:IT person:lena-berg"]],
    ["The African Union previously said it would back Lena Berg.", ["SUPPORTS org:african-union person:lena-berg"]],
    ["Kenya, a neighbour, yesterday said it backed Eva Stein.", ["SUPPORTS country:KE person:eva-stein"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("still needs a verb of saying between the names and the pronoun", () => {
    expect(stancesOf("Hans Weber and Anna Kowal met on Monday, and they back Lena Berg.")).toEqual([]);
  });
});

describe("a title made of a word before its noun, used as a description", () => {
  it.each([
    ["Foreign Secretary Lena Berg is running for leader. The Foreign Secretary won the backing of Hans Weber.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Home Secretary Eva Stein entered the race. Piet Smit said he backed the Home Secretary.", ["SUPPORTS person:piet-smit person:eva-stein"]],
    ["Lena Berg, the Environment Secretary, is a candidate. Karl Mann endorsed the Environment Secretary on Monday.", ["SUPPORTS person:karl-mann person:lena-berg"]],
    ["Labour leader Eva Stein is standing again. Hans Weber opposed the Labour leader.", ["OPPOSES person:hans-weber person:eva-stein"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("does not read a title nobody in the text holds as anyone", () => {
    expect(stancesOf("Lena Berg is running for leader. Hans Weber endorsed the Health Secretary.")).toEqual([]);
  });
});

describe("switching support", () => {
  it.each([
    ["Hans Weber has switched his support from Eva Stein to Lena Berg.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Anna Kowal switched her backing from Lena Berg to Eva Stein on Friday.", ["SUPPORTS person:anna-kowal person:eva-stein"]],
    ["Germany has shifted its support to Lena Berg.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Kenya has switched its support to Eva Stein.", ["SUPPORTS country:KE person:eva-stein"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("never reads the person switched from as backing the one who switched", () => {
    expect(stancesOf("Piet Smit had switched his support from Karl Mann.")).not.toContain("SUPPORTS person:karl-mann person:piet-smit");
  });
});

describe("a body named in the title of the person backed", () => {
  it.each([
    ["Hans Weber switched his support to FIFA vice-president Lena Berg.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Germany backed UEFA general secretary Eva Stein.", ["SUPPORTS country:DE person:eva-stein"]],
    ["Kenya endorsed African Union commissioner Lena Berg for the post.", ["SUPPORTS country:KE person:lena-berg"]],
    ["Anna Kowal voted for Labour MP Eva Stein.", ["SUPPORTS person:anna-kowal person:eva-stein"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("does not take the body's own stance object for a title", () => {
    expect(stancesOf("Hans Weber backed FIFA, said Lena Berg.")).toEqual([]);
  });
});

describe("a description nobody in the text holds, for the article's focal candidate", () => {
  const LEAD = "Lena Berg is the front-runner in the race. Lena Berg leads the polls. Critics say Lena Berg is too cautious. Eva Stein is a candidate too. ";
  it.each([
    [LEAD + "Hans Weber and Anna Kowal say they back the home secretary.", ["SUPPORTS person:anna-kowal person:lena-berg", "SUPPORTS person:hans-weber person:lena-berg"]],
    [LEAD + "Two MPs, Piet Smit and Karl Mann, lent their support to the Labour front-runner.", ["SUPPORTS person:karl-mann person:lena-berg", "SUPPORTS person:piet-smit person:lena-berg"]],
    [LEAD + "The Daily Mail backed the former minister on Friday.", ["SUPPORTS media:daily-mail person:lena-berg"]],
    [LEAD + "Germany endorsed the Texas senator.", ["SUPPORTS country:DE person:lena-berg"]],
    [LEAD + "Hans Weber is supporting the candidate.", ["SUPPORTS person:hans-weber person:lena-berg"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text).filter((s) => !s.includes("eva-stein"))).toEqual(expected);
  });

  it("reads no one when no candidate is named far more often than the others", () => {
    expect(stancesOf("Lena Berg and Eva Stein are candidates. Lena Berg leads; Eva Stein trails. Hans Weber backed the home secretary.")).toEqual([]);
  });

  it("does not give the description to the focal candidate when it names someone else in the text", () => {
    expect(stancesOf(LEAD + "Foreign Secretary Anna Kowal met Hans Weber. Hans Weber backed the foreign secretary.")).toEqual(["SUPPORTS person:hans-weber person:anna-kowal"]);
  });

  it("does not read the description's country as the focal candidate's when it is another one's", () => {
    expect(stancesOf("Nigerian minister Lena Berg is a candidate. Lena Berg leads. Lena Berg is popular. Germany backed the French candidate.")).toEqual([]);
  });

  it("does not take a possessive description for a person", () => {
    expect(stancesOf(LEAD + "Hans Weber backed the home secretary's plan.")).toEqual([]);
  });
});

/** The stances of a text with those its officials give their country, as the evaluation scores them. */
function derivedStancesOf(text: string): string[] {
  const doc = extractArticle({ url: "https://example.org/a", title: "News", source: "Example", publishedAt: "2024-01-01", text });
  return [...new Set([...doc.claims, ...deriveSpokenStances(doc)].filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("an official's title around the name gives the country's stance", () => {
  it.each([
    ["Algerian Minister for Health, Population and Hospital Reform, Hans Weber, endorsed Lena Berg.", "SUPPORTS country:DZ person:lena-berg"],
    ["The incumbent Ethiopian minister for health, Dr. Hans Weber, also endorsed Lena Berg.", "SUPPORTS country:ET person:lena-berg"],
    ["Anna Kowal, Kenya's Minister of Foreign Affairs, opposes Eva Stein.", "OPPOSES country:KE person:eva-stein"],
    ["Anna Kowal, Kenyan Minister of Foreign Affairs, opposes Eva Stein.", "OPPOSES country:KE person:eva-stein"],
    ["Piet Smit, Ghanaian ambassador to Geneva, backs Lena Berg.", "SUPPORTS country:GH person:lena-berg"],
    ["Piet Smit, President of Ghana, backs Lena Berg.", "SUPPORTS country:GH person:lena-berg"],
    ["Karl Mann, Prime Minister of the United Kingdom, shares her views by opposing Eva Stein.", "OPPOSES country:GB person:eva-stein"],
  ])("%s", (text, expected) => {
    expect(derivedStancesOf(text)).toContain(expected);
  });

  it("does not read a capitalized phrase after a name as a title unless it opens with one", () => {
    expect(derivedStancesOf("Piet Smit, Lagos State Governor, backs Lena Berg.").filter((s) => s.includes("country:"))).toEqual([]);
    expect(derivedStancesOf("Piet Smit, Ghana Football Association, backs Lena Berg.").filter((s) => s.includes("country:"))).toEqual([]);
  });
});
