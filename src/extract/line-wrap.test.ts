import { unwrapLines } from "./line-wrap.js";
import { extractArticle } from "./index.js";

const wrapped = [
  "The government of Chile said on Monday that it would",
  "back former trade minister John Example in the contest to",
  "lead the World Bank, officials said on Monday.",
  "Example, a veteran economist, is competing against two other",
  "candidates for the post, which falls vacant in the spring.",
].join("\n");

describe("unwrapLines", () => {
  it("joins the lines of a text broken at a fixed width, keeping every offset", () => {
    const out = unwrapLines(wrapped);
    expect(out.length).toBe(wrapped.length);
    expect(out.split("\n")).toHaveLength(2);
    expect(out).toContain("it would back former trade minister");
    for (let i = 0; i < out.length; i++) if (out[i] !== wrapped[i]) expect([wrapped[i], out[i]]).toEqual(["\n", " "]);
  });

  it("joins a line that goes on in lower case in any text", () => {
    const text = "A headline\n\nThe finance ministry of Chile said it would\nsupport John Example for the post. It gave no reason.\nA second paragraph.";
    expect(unwrapLines(text)).toBe(text.replace("would\nsupport", "would support"));
  });

  it("leaves headlines, short lines, list items and paragraphs that end a sentence alone", () => {
    const text = [
      "Example wins the vote",
      "March 4, 2030",
      "The board chose John Example as its head on Tuesday after two rounds of voting.",
      "The candidates nominated by their governments were the following ones",
      "• John Example, submitted by the Government of Chile",
      "• Jane Placeholder, submitted by the Government of Peru",
    ].join("\n");
    expect(unwrapLines(text)).toBe(text);
  });

  it("lets the extractor read a sentence broken over lines, with evidence from the stored text", () => {
    const read = (text: string) => extractArticle({ title: "Chile backs Example", source: "Test Wire", text }).claims;
    const support = (text: string) => read(text).find((c) => c.type === "SUPPORTS" && c.to === "person:john-example");
    expect(support(wrapped.replace(/\n/g, " "))).toBeDefined();
    const claim = support(wrapped);
    expect(claim).toBeDefined();
    expect(claim!.evidence).toBe(wrapped.slice(claim!.start, claim!.end));
  });
});
