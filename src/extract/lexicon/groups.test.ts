import { extractArticle } from "../index.js";
import { findMentions } from "../mentions.js";

function organizations(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);
}

function supports(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${names.get(c.from)} -> ${names.get(c.to)}`);
}

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

  it("reads no group where a count or a vague quantity picks some of it", () => {
    expect(organizations("Ana Ruiz has the support of several Latin American governments.")).toEqual([]);
    expect(organizations("More than 30 African ministers threw their support behind Tom Vale.")).toEqual([]);
    expect(organizations("The president called a number of G20 leaders to lobby for Ana Ruiz.")).toEqual(["G20"]);
  });

  it("knows groups of states and of parliaments by name", () => {
    expect(organizations("The Visegrad Group and the Five Eyes were not consulted, nor was the 1922 Committee.")).toEqual(["Visegrad Group", "Five Eyes", "1922 Committee"]);
    expect(organizations("The Freedom Caucus opposed him; GRULAC endorsed Ana Ruiz.")).toEqual(["House Freedom Caucus", "Latin American and Caribbean Group"]);
  });
});
