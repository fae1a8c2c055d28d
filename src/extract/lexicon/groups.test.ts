import { analyzeText, extractArticle } from "../index.js";
import { findMentions } from "../mentions.js";
import { attributeQuotes } from "../quotes.js";
import { findStances } from "../stances.js";

function organizations(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);
}

function supports(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${names.get(c.from)} -> ${names.get(c.to)}`);
}

/** Stances of `text` as "TYPE from to" with entity keys, sorted. */
function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. Piet Rook and John Hale are candidates. ";

describe("groups that hold stances", () => {
  it("names a group of countries by its words", () => {
    expect(supports("Developing nations backed Tom Vale, while Western nations supported Ana Ruiz.")).toEqual(["SUPPORTS Developing nations -> Tom Vale", "SUPPORTS Western nations -> Ana Ruiz"]);
    expect(supports("Latin American countries threw their weight behind Tom Vale.")).toEqual(["SUPPORTS Latin American countries -> Tom Vale"]);
    expect(supports("The Nordic countries have endorsed Ana Ruiz for the post.")).toEqual(["SUPPORTS Nordic countries -> Ana Ruiz"]);
    expect(organizations("Other European nations supported Ana Ruiz.")).toEqual(["European nations"]);
  });

  it("reads two qualifiers of one head as one group, and a group after a country as its own", () => {
    expect(supports("Tom Vale, backed by Western and like-minded nations, leads the race.")).toEqual(["SUPPORTS Western nations -> Tom Vale"]);
    expect(supports("Ana Ruiz was backed by the US and developing nations on Monday.")).toEqual(["SUPPORTS United States -> Ana Ruiz", "SUPPORTS developing nations -> Ana Ruiz"]);
  });

  it("names a bloc's leaders and ministers apart from the bloc", () => {
    expect(supports("EU leaders endorsed Tom Vale at the summit in Brussels.")).toEqual(["SUPPORTS EU leaders -> Tom Vale"]);
    expect(supports("G7 finance ministers backed Ana Ruiz on Tuesday.")).toEqual(["SUPPORTS G7 finance ministers -> Ana Ruiz"]);
  });

  it("reads a bloc's members as the bloc", () => {
    expect(supports("Most EU member states back Tom Vale.")).toEqual(["SUPPORTS European Union -> Tom Vale"]);
    expect(supports("The Commonwealth countries voted for Ana Ruiz.")).toEqual(["SUPPORTS Commonwealth of Nations -> Ana Ruiz"]);
    const eu = findMentions("The African Union member states endorsed Ana Ruiz.").find((m) => m.type === "Organization");
    expect(eu?.aliases).toEqual(["African Union member states"]);
  });

  it("names a country's legislators apart from the country", () => {
    expect(supports("A number of US senators opposed Tom Vale.")).toEqual(["OPPOSES US senators -> Tom Vale"]);
    expect(supports("French MPs backed Ana Ruiz on Monday.")).toEqual(["SUPPORTS French MPs -> Ana Ruiz"]);
    expect(supports("The US backed Ana Ruiz.")).toEqual(["SUPPORTS United States -> Ana Ruiz"]);
  });

  it("names a party in a chamber of Congress", () => {
    expect(supports("House Republicans backed Tom Vale, but Senate Democrats opposed him.")).toEqual(["SUPPORTS House Republicans -> Tom Vale", "OPPOSES Senate Democrats -> Tom Vale"]);
  });

  it("leaves a party's name to the party lexicon", () => {
    expect(organizations("The Social Democrats backed Tom Vale.")).toEqual([]);
    expect(organizations("The Christian Democrats and the Free Democrats opposed Ana Ruiz.")).not.toContain("Christian Democrats");
    expect(organizations("Rebel Democrats opposed Ana Ruiz.")).toEqual(["Rebel Democrats"]);
  });

  it("reads no group where a vague quantity picks some of it, but keeps one under a count", () => {
    expect(organizations("Ana Ruiz has the support of several Latin American governments.")).toEqual([]);
    expect(organizations("Various Western nations backed Ana Ruiz.")).toEqual([]);
    expect(organizations("More than 30 African ministers threw their support behind Tom Vale.")).toEqual(["African ministers"]);
    expect(organizations("The president called a number of G20 leaders to lobby for Ana Ruiz.")).toEqual(["G20"]);
  });

  it("knows groups of states and of parliaments by name", () => {
    expect(organizations("The Visegrad Group and the Five Eyes were not consulted, nor was the 1922 Committee.")).toEqual(["Visegrad Group", "Five Eyes", "1922 Committee"]);
    expect(organizations("The Freedom Caucus opposed him; GRULAC endorsed Ana Ruiz.")).toEqual(["House Freedom Caucus", "Latin American and Caribbean Group"]);
  });
});

describe("groups that hold a stance without a proper name", () => {
  it.each([
    ["Developing countries have lined up behind Piet Rook.", ["SUPPORTS org:developing-countries person:piet-rook"]],
    ["The Nordic countries support Piet Rook.", ["SUPPORTS org:nordic-countries person:piet-rook"]],
    ["Piet Rook, backed by Western and like-minded nations, leads the race.", ["SUPPORTS org:western-nations person:piet-rook"]],
    ["Piet Rook won the support of a majority of EU leaders.", ["SUPPORTS org:eu-leaders person:piet-rook"]],
    ["Tory MPs are backing Piet Rook.", ["SUPPORTS org:tory-mps person:piet-rook"]],
    ["Piet Rook faces stiff opposition from a core group of right-flank Republicans.", ["OPPOSES org:right-flank-republicans person:piet-rook"]],
    ["Three leading French intellectuals opposed Piet Rook.", ["OPPOSES org:french-intellectuals person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("names the group by its bloc, with the phrase as written among its names", () => {
    const analysis = analyzeText(`${RACE}Three leading French intellectuals opposed Piet Rook.`);
    const group = analysis.entities.get("org:french-intellectuals");
    expect(group?.type).toBe("Organization");
    expect([...(group?.aliases ?? [])]).toEqual(expect.arrayContaining(["leading French intellectuals", "Three leading French intellectuals"]));
  });

  it.each([
    // Some of a bloc, unnamed, or someone's own people, or a noun with no qualifier: no holder.
    "Several Latin American governments declared their support for Piet Rook.",
    "Piet Rook is backed by Chile and several other Eastern European states.",
    "Piet Rook has secured the support of a number of Western countries.",
    "Piet Rook phoned his fellow MPs to back him.",
    "Unions have backed Piet Rook.",
    "In June MPs voted for Piet Rook.",
  ])("%s", (sentence) => {
    expect(stances(RACE + sentence).filter((s) => s.startsWith("SUPPORTS org:") || s.startsWith("OPPOSES org:"))).toEqual([]);
  });

  it("leaves an organization's members and the United States to the lexicon", () => {
    expect(stances(`${RACE}The 27 European Union members backed Piet Rook.`)).toEqual(["SUPPORTS org:european-union person:piet-rook"]);
    expect(stances(`${RACE}The United States backed Piet Rook.`)).toEqual(["SUPPORTS country:US person:piet-rook"]);
  });

  it("ends a list of agents at a verb after a comma", () => {
    expect(stances(`${RACE}Piet Rook, supported by industrialized nations, narrowly defeated John Hale.`)).toEqual(["SUPPORTS org:industrialized-nations person:piet-rook"]);
  });
});

describe("who 'she' and 'he' are in a stance", () => {
  const PEOPLE = "Peter Rook and John Hale are candidates. ";
  it.each([
    ["In a boost for Peter Rook, the influential Norwegian foreign minister Maria Lopez said on Tuesday she would vote for him.", ["SUPPORTS person:maria-lopez person:peter-rook"]],
    ["In a blow to Peter Rook, Norwegian foreign minister Maria Lopez said she would vote for John Hale.", ["SUPPORTS person:maria-lopez person:john-hale"]],
    ["Ahead of the vote, Maria Lopez said she backed John Hale.", ["SUPPORTS person:maria-lopez person:john-hale"]],
    ["Peter Rook met Maria Lopez on Monday, and she later said she would back John Hale.", ["SUPPORTS person:maria-lopez person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(stances(PEOPLE + sentence)).toEqual(expected);
  });
});

describe("an organization's countries stay the organization", () => {
  it("reads 'EU countries' as the Union and 'Arab states' as a group", () => {
    expect(stances(`${RACE}EU countries backed Piet Rook.`)).toEqual(["SUPPORTS org:european-union person:piet-rook"]);
    expect(stances(`${RACE}Arab states backed Piet Rook.`)).toEqual(["SUPPORTS org:arab-states person:piet-rook"]);
  });
});
