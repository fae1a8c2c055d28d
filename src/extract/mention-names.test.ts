import { extractArticle } from "./index.js";
import { findMentions } from "./mentions.js";

function mentions(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Person" || m.type === "Organization").map((m) => `${m.type}:${m.name}`);
}

describe("names listed without commas", () => {
  it("cuts a run of names at each given name that opens another", () => {
    expect(mentions("The finalists are Ana Ruiz Tom Vale and Jo Park.")).toEqual(["Person:Ana Ruiz", "Person:Tom Vale", "Person:Jo Park"]);
    expect(mentions("The backers were Mary Stone Peter Hale Olga Brandt.")).toEqual(["Person:Mary Stone", "Person:Peter Hale", "Person:Olga Brandt"]);
    expect(mentions("Ana Maria Ruiz Tom Vale backed him.")).toEqual(["Person:Ana Maria Ruiz", "Person:Tom Vale"]);
  });

  it("keeps one name whole", () => {
    expect(mentions("John Paul Jones backed him.")).toEqual(["Person:John Paul Jones"]);
    expect(mentions("Mary Ann Evans backed him.")).toEqual(["Person:Mary Ann Evans"]);
  });
});

describe("a clause of attribution after a name", () => {
  it("reads ', the foreign ministry said' as who said it, not as what the name is", () => {
    expect(mentions("Germany will support Ana Ruiz, the foreign ministry said on Monday.")).toEqual(["Person:Ana Ruiz"]);
    expect(mentions("Tom Vale, the union leader, backed her.")).toEqual(["Person:Tom Vale"]);
    expect(mentions("Ana Ruiz, a party official, endorsed him.")).toEqual(["Person:Ana Ruiz"]);
  });

  it("reads a person's role for an organization as a role, not as what the name is", () => {
    expect(mentions("Ana Ruiz, a spokeswoman for the ministry, said Norway would back him.")).toEqual(["Person:Ana Ruiz"]);
    expect(mentions("Tom Vale, the head of the union, endorsed her.")).toEqual(["Person:Tom Vale"]);
    expect(mentions("Jo Park, an adviser to the party, backed her.")).toEqual(["Person:Jo Park"]);
    expect(mentions("Momentum, a left-wing campaign group, backs Ana Ruiz.")).toEqual(["Organization:Momentum", "Person:Ana Ruiz"]);
  });

  it("still reads an apposition that says what an organization is", () => {
    expect(mentions("Unison, the union that represents nurses, backed him.")).toEqual(["Organization:Unison"]);
  });

  it("keeps the sentence's stance", () => {
    const doc = extractArticle({ title: "t", source: "s", text: "Germany will support Ana Ruiz, the foreign ministry said on Monday." });
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    expect(doc.claims.filter((c) => c.type === "SUPPORTS").map((c) => `${names.get(c.from)} -> ${names.get(c.to)}`)).toEqual(["Germany -> Ana Ruiz"]);
  });
});

describe("a royal title before a demonym opening an organization's name", () => {
  it("keeps 'Royal' in the name", () => {
    const orgs = (text: string) => findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs("The Royal Belgian Federation nominated Ana Ruiz.")).toEqual(["Royal Belgian Federation"]);
    expect(orgs("Tom Vale won the backing of the Royal Dutch Football Association on Monday.")).toEqual(["Royal Dutch Football Association"]);
    expect(orgs("The Imperial Japanese Society and the Swedish Olympic Committee backed Tom Vale.")).toEqual(["Imperial Japanese Society", "Swedish Olympic Committee"]);
  });
});

describe("an age before a name", () => {
  it("is not part of the name", () => {
    expect(mentions("Eighty-year-old Ana Ruiz filed her papers, and Seventy-Two-year-old Tom Vale did not.")).toEqual(["Person:Ana Ruiz", "Person:Tom Vale"]);
  });
});

describe("initials written without full stops", () => {
  it("keeps them in the name, with the spaced and dotted spellings as aliases", () => {
    expect(mentions("The backers include M K Raghavan and A K Antony, as did K S Sabarinath.")).toEqual(["Person:M K Raghavan", "Person:A K Antony", "Person:K S Sabarinath"]);
    const found = findMentions("Former MLA KN Tripathi also filed his papers on Friday.").filter((m) => m.type === "Person");
    expect(found.map((m) => m.name)).toEqual(["KN Tripathi"]);
    expect(found[0]!.aliases).toEqual(expect.arrayContaining(["K N Tripathi", "K.N. Tripathi"]));
  });

  it("reads no initials in a country's code or a post-nominal", () => {
    expect(mentions("Tom Vale, put forward by GB Snowsport, thanked MP Ana Ruiz.")).not.toContain("Person:GB Snowsport");
    expect(mentions("Tom Vale, put forward by GB Snowsport, thanked MP Ana Ruiz.")).toContain("Person:Ana Ruiz");
  });
});

describe("a country's sport body", () => {
  const orgs = (text: string) => findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);

  it("is named by a country and a sport, either way round", () => {
    expect(orgs("UK Athletics and Athletics Kenya backed Tom Vale.")).toEqual(["UK Athletics", "Athletics Kenya"]);
    expect(orgs("British Cycling and Rugby Australia nominated Ana Ruiz, as did New Zealand Rugby.")).toEqual(["British Cycling", "Rugby Australia", "New Zealand Rugby"]);
    expect(orgs("Tom Vale, put forward by GB Snowsport, thanked USA Swimming, Swiss-Ski and Ski Austria.")).toEqual(["GB Snowsport", "USA Swimming", "Swiss-Ski", "Ski Austria"]);
  });

  it("leaves a sport alone or a country alone as it was", () => {
    expect(orgs("Kenya backed Tom Vale, and Ana Ruiz said athletics needed him.")).toEqual([]);
  });
});

describe("descriptions and titles before a name", () => {
  it("leaves them out of the name", () => {
    expect(mentions("Ex-French PM Valls backed Tom Vale.")).toEqual(["Person:Valls", "Person:Tom Vale"]);
    expect(mentions("Brexiteer Steve Baker and Superdelegate Ana Ruiz backed him.")).toEqual(["Person:Steve Baker", "Person:Ana Ruiz"]);
    expect(mentions("DG Okonjo said so, and MLA Tom Vale agreed.")).toEqual(["Person:Okonjo", "Person:Tom Vale"]);
  });
});
