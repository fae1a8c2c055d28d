import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The SUPPORTS stances of a text, as "from to" with entity keys. */
function supportsOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a 'by' list closed by an infinitive: the one named after it is the post's holder, not a backer", () => {
  it.each([
    "Ana Ruiz was nominated by her country's federation to succeed Tom Baird as vice-chairman.",
    "Ana Ruiz has been backed by party leaders to replace Tom Baird.",
    "Ana Ruiz, endorsed by the unions to take over from Tom Baird, spoke on Monday.",
    "Ana Ruiz was put forward by her government on Friday to follow Tom Baird at the agency.",
  ])("%s", (text) => {
    expect(supportsOf(text)).not.toContain("person:tom-baird person:ana-ruiz");
  });

  it("keeps the backer named right after 'by'", () => {
    expect(supportsOf("Ana Ruiz has been nominated by Tom Baird to succeed Paul Roe.")).toContain("person:tom-baird person:ana-ruiz");
  });
});

describe("a verb whose subject is a group the sentence describes, not the person named before it", () => {
  it.each([
    "Ana Ruiz spoke to party members. She described the people lining up to support Tom Baird as brave.",
    "Ana Ruiz had a strong list of proposers who signalled complete backing of Tom Baird.",
    "Ana Ruiz met voters queuing to endorse Tom Baird.",
    "Ana Ruiz thanked the members who backed Tom Baird.",
    "Ana Ruiz mocked the activists that were campaigning for Tom Baird.",
  ])("%s", (text) => {
    expect(supportsOf(text)).not.toContain("person:ana-ruiz person:tom-baird");
  });

  it.each([
    "Ana Ruiz, who backed Tom Baird in 2019, spoke first.",
    "Ana Ruiz is lining up to support Tom Baird.",
    "Ana Ruiz and other party members backed Tom Baird.",
  ])("keeps the subject's own stance: %s", (text) => {
    expect(supportsOf(text)).toContain("person:ana-ruiz person:tom-baird");
  });
});

describe("standing by what one said of a person", () => {
  it.each([
    "Tom Baird is standing by his sharp criticism of front-runner Paul Roe.",
    "Tom Baird stood by his comments about Paul Roe.",
    "Tom Baird backed her remarks on Paul Roe.",
  ])("%s", (text) => {
    expect(supportsOf(text)).not.toContain("person:tom-baird person:paul-roe");
  });
});

describe("a verb whose subject is left out: the subject of the clause it hangs on", () => {
  it.each([
    ["Tom Baird voted for Paul Roe, despite having nominated Ana Ruiz.", "person:tom-baird person:ana-ruiz", "person:paul-roe person:ana-ruiz"],
    ["Tom Baird criticized Paul Roe for his actions, and endorsed Ana Ruiz.", "person:tom-baird person:ana-ruiz", "person:paul-roe person:ana-ruiz"],
    ["Tom Baird opposed Paul Roe on Monday, but later backed Ana Ruiz.", "person:tom-baird person:ana-ruiz", "person:paul-roe person:ana-ruiz"],
    ["Tom Baird initially said Paul Roe could not win before endorsing him in March.", "person:tom-baird person:paul-roe", ""],
    ["Tom Baird met Paul Roe on Monday after endorsing Ana Ruiz.", "person:tom-baird person:ana-ruiz", "person:paul-roe person:ana-ruiz"],
    ["Tom Baird thanked Paul Roe while backing Ana Ruiz for the post.", "person:tom-baird person:ana-ruiz", "person:paul-roe person:ana-ruiz"],
  ])("%s", (text, right, wrong) => {
    const found = supportsOf(text);
    expect(found).toContain(right);
    if (wrong) expect(found).not.toContain(wrong);
  });

  it("keeps a new subject after 'and'", () => {
    expect(supportsOf("Tom Baird criticized Paul Roe, and Lisa Hahn endorsed Ana Ruiz.")).toContain("person:lisa-hahn person:ana-ruiz");
    expect(supportsOf("Tom Baird criticized Paul Roe, and Lisa Hahn endorsed Ana Ruiz.")).not.toContain("person:tom-baird person:ana-ruiz");
  });
});
