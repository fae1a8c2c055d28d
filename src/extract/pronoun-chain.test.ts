import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The SUPPORTS stances of a text, as "from to" with entity keys. */
function supportsOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a pronoun whose sentence before opens on the same pronoun after an introductory phrase", () => {
  it.each([
    [
      "Tom Baird filed his papers on Friday. According to party officials, his backers include Paul Roe and Karl Weber.\n\nIn his home region, he also won the support of Lisa Hahn.",
      "person:lisa-hahn person:tom-baird",
      "person:lisa-hahn person:karl-weber",
    ],
    [
      "Maria Lenz launched her bid on Monday. As expected, her campaign will be run by Tom Baird and Ana Ruiz. She also has the backing of Karl Weber.",
      "person:karl-weber person:maria-lenz",
      "person:karl-weber person:ana-ruiz",
    ],
    [
      "Candidate Peter Osei toured the north. Speaking in Tamale, his spokesman Kofi Mensah praised Ali Hassan. His bid is backed by Jane Moyo.",
      "person:jane-moyo person:peter-osei",
      "person:jane-moyo person:ali-hassan",
    ],
    [
      "Ana Ruiz is the front-runner. On Monday, her allies rejected claims by Lisa Hahn.\n\nShe has since won the endorsement of Karl Weber.",
      "person:karl-weber person:ana-ruiz",
      "person:karl-weber person:lisa-hahn",
    ],
    [
      "James Roe, 54, wants to lead the party. Last week his rivals Mark Dunn and Pete Lowe attacked him. He has been endorsed by Liz Kerr.",
      "person:liz-kerr person:james-roe",
      "person:liz-kerr person:pete-lowe",
    ],
  ])("%s", (text, right, wrong) => {
    const found = supportsOf(text);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it("does not chain through a pronoun of the other gender", () => {
    const text = "Maria Lenz launched her bid on Monday. According to aides, his team, led by Tom Baird, backs Paul Roe. She also has the backing of Karl Weber.";
    expect(supportsOf(text)).not.toContain("person:karl-weber person:tom-baird");
  });
});

describe("a pronoun is never a person the text gives the other gender", () => {
  it.each([
    ["Maria Lenz launched her bid on Monday. Paul Roe attacked the plan. She has the backing of Ana Ruiz.", "person:ana-ruiz person:maria-lenz", "person:ana-ruiz person:paul-roe"],
    ["Maria Lenz launched her bid on Monday. Paul Roe criticised it. Her campaign is backed by Tom Baird.", "person:tom-baird person:maria-lenz", "person:tom-baird person:paul-roe"],
    ["Maria Lenz launched her bid on Monday. Paul Roe, a rival, was scathing. She has since been endorsed by Tom Baird.", "person:tom-baird person:maria-lenz", "person:tom-baird person:paul-roe"],
    ["Paul Roe launched his bid on Monday. Maria Lenz mocked it. He has the support of Tom Baird.", "person:tom-baird person:paul-roe", "person:tom-baird person:maria-lenz"],
    ["Paul Roe launched his bid on Monday. Mrs Lenz mocked it. He won the endorsement of Tom Baird on Tuesday.", "person:tom-baird person:paul-roe", "person:tom-baird person:lenz"],
  ])("%s", (text, right, wrong) => {
    const found = supportsOf(text);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it("keeps the nearest person when the text gives no gender", () => {
    expect(supportsOf("Maria Lenz launched her bid on Monday. Kim Roe criticised it. She has the backing of Ana Ruiz.")).toContain("person:ana-ruiz person:kim-roe");
  });
});

describe("an object pronoun of a support verb: the candidate in the passage before a bystander of the same gender", () => {
  it.each([
    ["Maria Lenz launched her leadership bid on Monday. At the rally, former minister Ana Ruiz introduced Tom Baird, who endorsed her.", "person:tom-baird person:maria-lenz", "person:tom-baird person:ana-ruiz"],
    ["Candidate Paul Roe toured Leeds on Tuesday. Local MP Tom Baird, whose brother Ian Kerr runs a bakery, has backed him.", "person:tom-baird person:paul-roe", "person:tom-baird person:ian-kerr"],
    ["Maria Lenz is running for the party leadership. Her rival Tom Baird has the support of Ana Ruiz. Lisa Hahn, a senator, is backing her.", "person:lisa-hahn person:maria-lenz", "person:lisa-hahn person:ana-ruiz"],
  ])("%s", (text, right, wrong) => {
    const found = supportsOf(text);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it("refuses when two candidates of that gender are in the passage", () => {
    const text = "Maria Lenz and Ana Ruiz are both running for the party leadership. At a rally, Lisa Hahn introduced Tom Baird, who endorsed her.";
    expect(supportsOf(text).filter((s) => s.startsWith("person:tom-baird"))).not.toContain("person:tom-baird person:maria-lenz");
  });
});

describe("a pronoun after a name in a sentence that opens on the same pronoun", () => {
  it("keeps the referent of the opening pronoun, not the name after it", () => {
    const text = "Anna Kovac is running for the Labour leadership. Piet Lund, a voter from Kent, said he liked the debate. He added that Mr Berg needs to stay in the cabinet but also stated that he is going to support Ms Kovac.";
    expect(supportsOf(text)).toContain("person:piet-lund person:anna-kovac");
    expect(supportsOf(text)).not.toContain("person:berg person:anna-kovac");
  });

  it("reads an intention quoted in part as the holder's own", () => {
    expect(supportsOf('Anna Kovac is running for the Labour leadership. Piet Lund said he is "going to support Ms Kovac".')).toEqual(["person:piet-lund person:anna-kovac"]);
  });
});
