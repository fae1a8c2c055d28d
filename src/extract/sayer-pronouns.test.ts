import { extractArticle } from "./index.js";

function claimsOf(text: string, type: string): string[] {
  const doc = extractArticle({ title: "Ruritanian Party leadership", source: "test", text });
  return [...new Set(doc.claims.filter((c) => c.type === type).map((c) => (type === "QUOTED_IN" ? c.from : `${c.from} ${c.to}`)))].sort();
}

const LEAD = "Anna Kovac is running for leader of the Ruritanian Party.";

describe("the sayer who goes on 'adding that ...'", () => {
  it("is the one a pronoun in the participle's clause stands for, not the first name of the sentence", () => {
    const text = `${LEAD} Kovac is “a fine choice”, Petra Novak said, adding that she would back her.`;
    expect(claimsOf(text, "SUPPORTS")).toEqual(["person:petra-novak person:anna-kovac"]);
  });

  it("is the speaker of a quotation in the participle's clause", () => {
    const text = `${LEAD} Kovac is “a fine choice”, Petra Novak said, adding that the party should “look completely different” next year.`;
    expect(claimsOf(text, "QUOTED_IN")).toEqual(["person:petra-novak"]);
  });

  it("leaves a pronoun before the sayer to the sentence's subject", () => {
    const text = `${LEAD} Boris Lind said he would back Kovac, Petra Novak said on Monday.`;
    expect(claimsOf(text, "SUPPORTS")).toContain("person:boris-lind person:anna-kovac");
  });
});
