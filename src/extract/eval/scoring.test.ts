import type { ClaimInput, EntityInput } from "../../model/claims-document.js";
import { parseGold, type GoldFile } from "./gold.js";
import { f1, precision, recall, scoreArticle, sumScores } from "./scoring.js";

const gold: GoldFile = parseGold({
  article: { title: "T", source: "S" },
  entities: [
    { name: "Mark Rutte", type: "Person", aliases: ["Rutte"] },
    { name: "France", type: "Country", aliases: ["French"] },
    { name: "Hungary", type: "Country", aliases: [] },
    { name: "Kaja Kallas", type: "Person", aliases: [] },
    { name: "NATO Secretary General", type: "Post", aliases: ["Secretary General of NATO"] },
  ],
  relations: [
    { type: "SUPPORTS", from: "France", to: "Mark Rutte" },
    { type: "OPPOSES", from: "Hungary", to: "Rutte" },
    { type: "CANDIDATE_FOR", from: "Kaja Kallas", to: "NATO Secretary General" },
    { type: "SUPPORTS", from: "Hungary", to: "Kaja Kallas", optional: true },
    { type: "QUOTED_IN", from: "Mark Rutte", to: "T" },
  ],
});

const entities: EntityInput[] = [
  { id: "p1", name: "RUTTE", type: "Person" },
  { id: "c1", name: "Republic of France", type: "Country", aliases: ["French"] },
  { id: "c2", name: "Hungary", type: "Country" },
  { id: "p2", name: "Kaja Kallas", type: "Person" },
  { id: "x", name: "Nobody", type: "Person" },
];

function claim(type: ClaimInput["type"], from: string, to: string): ClaimInput {
  return { type, from, to, evidence: "e", start: 0, end: 1, confidence: 1 };
}

describe("scoreArticle", () => {
  it("matches ends by canonical name or alias, case-insensitively, and the speaker only for quotes", () => {
    const score = scoreArticle(gold, {
      entities,
      claims: [claim("SUPPORTS", "c1", "p1"), claim("OPPOSES", "c2", "p1"), claim("QUOTED_IN", "p1", "article"), claim("SUPPORTS", "c1", "p1")],
    });
    expect(score.total).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(score.missed).toEqual(["CANDIDATE_FOR Kaja Kallas -> NATO Secretary General"]);
  });

  it("counts a wrong type, a wrong end or an unknown entity as false", () => {
    const score = scoreArticle(gold, { entities, claims: [claim("OPPOSES", "c1", "p1"), claim("SUPPORTS", "x", "p1")] });
    expect(score.byType.OPPOSES).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.byType.SUPPORTS).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.falsePositives).toEqual(["OPPOSES France -> Mark Rutte", "SUPPORTS ?Nobody -> Mark Rutte"]);
  });

  it("counts optional relations neither way, and ignores SPEAKS_FOR", () => {
    const score = scoreArticle(gold, { entities, claims: [claim("SUPPORTS", "c2", "p2"), claim("SPEAKS_FOR", "p1", "c1")] });
    expect(score.total).toEqual({ tp: 0, fp: 0, fn: 4 });
  });

  it("computes precision, recall and F1, and sums articles", () => {
    const a = scoreArticle(gold, { entities, claims: [claim("SUPPORTS", "c1", "p1"), claim("OPPOSES", "c1", "p1")] });
    expect(precision(a.total)).toBe(0.5);
    expect(recall(a.total)).toBe(0.25);
    expect(f1(a.total)).toBeCloseTo(1 / 3, 10);
    expect(sumScores([a, a]).total).toEqual({ tp: 2, fp: 2, fn: 6 });
    expect(precision({ tp: 0, fp: 0, fn: 0 })).toBe(1);
  });

  it("rejects gold relations naming unknown entities", () => {
    expect(() => parseGold({ article: { title: "T", source: "S" }, entities: [], relations: [{ type: "SUPPORTS", from: "A", to: "B" }] })).toThrow(/not a gold entity/);
  });
});
