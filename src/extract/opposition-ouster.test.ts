import { analyzeText, extractArticle } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function oppositions(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to} ${c.rule}`))].sort();
}

const PARTY = "Anna Kovac has led the Ruritanian Labour Party since 2019. ";

describe("those who back a motion of no confidence in a leader, or try to oust them, oppose the leader", () => {
  it.each([
    ["Erik Lund said he intended to support a motion of no confidence in Anna Kovac.", ["person:erik-lund person:anna-kovac stance.no-confidence"]],
    ["Erik Lund will back a no-confidence motion against Anna Kovac.", ["person:erik-lund person:anna-kovac stance.no-confidence"]],
    ["Erik Lund and Maria Berg tabled a motion of no confidence in the party leader Anna Kovac.", ["person:erik-lund person:anna-kovac stance.no-confidence", "person:maria-berg person:anna-kovac stance.no-confidence"]],
    ["Erik Lund voted to oust Anna Kovac.", ["person:erik-lund person:anna-kovac stance.ouster"]],
    ["Erik Lund voted for the spill motion against Anna Kovac.", ["person:erik-lund person:anna-kovac stance.no-confidence"]],
    ["Erik Lund backed the leadership challenge against Anna Kovac.", ["person:erik-lund person:anna-kovac stance.challenge-backed"]],
    ["Erik Lund tried to unseat Anna Kovac as leader.", ["person:erik-lund person:anna-kovac stance.ouster"]],
    ["Erik Lund demanded that Anna Kovac resign.", ["person:erik-lund person:anna-kovac stance.demanded-exit"]],
  ])("%s", (sentence, expected) => {
    expect(oppositions(PARTY + sentence)).toEqual(expected);
  });

  it.each([
    "Erik Lund said he would not support a motion of no confidence in Anna Kovac.",
    "Anna Kovac survived a vote of no confidence in her leadership.",
    "Erik Lund may try to oust Anna Kovac.",
    "Erik Lund supported a motion of no confidence in the government.",
    "Erik Lund voted to oust Anna Kovac's deputy.",
    "Erik Lund demanded that Anna Kovac explain herself.",
    "Twenty Republicans voted for a motion of no confidence in Anna Kovac.",
    "Piet Olsen launched a leadership challenge against Anna Kovac.",
  ])("reads no opposition in: %s", (sentence) => {
    expect(oppositions(PARTY + sentence)).toEqual([]);
  });
});

describe("what the ouster reader leaves alone", () => {
  it("reads no holder in a campaign said as a noun", () => {
    expect(oppositions(`${PARTY}Norway backed Piet Olsen in his campaign to oust Anna Kovac.`).filter((s) => s.endsWith("stance.ouster"))).toEqual([]);
  });

  it("does not make the leader a motion is against a candidate", () => {
    const doc = extractArticle({ title: "Party news", source: "Example News", text: "Anna Kovac has been leader of the Labour Party since 2019. Kovac said she would stay on as party leader. Erik Lund, a party MP, said he would support a motion of no confidence in Anna Kovac." });
    expect(doc.claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`)).toEqual(["person:erik-lund person:anna-kovac"]);
    expect(doc.claims.filter((c) => c.type === "CANDIDATE_FOR" && c.from === "person:anna-kovac")).toEqual([]);
  });

  it("does not make the leader asked to resign a candidate", () => {
    const doc = extractArticle({ title: "Party news", source: "Example News", text: "Anna Kovac has been leader of the Labour Party since 2019. Kovac said she would stay on as party leader. Erik Lund, a party MP, demanded that Anna Kovac resign." });
    expect(doc.claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`)).toEqual(["person:erik-lund person:anna-kovac"]);
    expect(doc.claims.filter((c) => c.type === "CANDIDATE_FOR" && c.from === "person:anna-kovac")).toEqual([]);
  });
});

describe("a call for a move to oust someone", () => {
  it("is not read as the move of the clause's subject", () => {
    expect(oppositions(`${PARTY}Party members, answering Piet Olsen's call for an effort to oust Anna Kovac, met on Monday.`).filter((s) => s.endsWith("stance.ouster"))).toEqual([]);
  });
});
