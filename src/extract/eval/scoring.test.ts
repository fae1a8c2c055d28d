import type { ClaimInput, EntityInput } from "../../model/claims-document.js";
import { parseGold, type GoldFile } from "./gold.js";
import { bandScores, f1, precision, recall, scoreArticle, sumScores } from "./scoring.js";

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

function claim(type: ClaimInput["type"], from: string, to: string, confidence = 1): ClaimInput {
  return { type, from, to, evidence: "e", start: 0, end: 1, confidence };
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

  it("keeps the highest confidence of a relation read twice, and leaves optional matches out of the bands", () => {
    const score = scoreArticle(gold, {
      entities,
      claims: [claim("SUPPORTS", "c1", "p1", 0.6), claim("SUPPORTS", "c1", "p1", 0.95), claim("OPPOSES", "c1", "p1", 0.4), claim("SUPPORTS", "c2", "p2", 0.3)],
    });
    expect(score.predictions).toEqual([
      { confidence: 0.95, correct: true },
      { confidence: 0.4, correct: false },
    ]);
  });

  it("scores a stance's post only when gold and prediction both name one", () => {
    const tagged = parseGold({
      article: { title: "T", source: "S" },
      entities: [...gold.entities, { name: "EU Commission President", type: "Post", aliases: [] }],
      relations: [
        { type: "SUPPORTS", from: "France", to: "Mark Rutte", post: "NATO Secretary General" },
        { type: "SUPPORTS", from: "Hungary", to: "Kaja Kallas", post: "NATO Secretary General" },
        { type: "OPPOSES", from: "Hungary", to: "Mark Rutte" },
      ],
    });
    const posts: EntityInput[] = [...entities, { id: "post1", name: "Secretary General of NATO", type: "Post" }, { id: "post2", name: "EU Commission President", type: "Post" }];
    const score = scoreArticle(tagged, {
      entities: posts,
      claims: [
        { ...claim("SUPPORTS", "c1", "p1"), post: "post1" },
        { ...claim("SUPPORTS", "c2", "p2"), post: "post2" },
        { ...claim("OPPOSES", "c2", "p1"), post: "post2" },
      ],
    });
    expect(score.total).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(score.posts).toEqual({
      agree: 1,
      disagree: 1,
      disagreements: ["SUPPORTS Hungary -> Kaja Kallas: post 'EU Commission President', gold 'NATO Secretary General'"],
    });
  });
});

describe("bandScores", () => {
  it("gives precision per band and what a confidence cut keeps, against every gold relation", () => {
    const score = scoreArticle(gold, {
      entities,
      claims: [claim("SUPPORTS", "c1", "p1", 0.95), claim("OPPOSES", "c1", "p1", 0.92), claim("OPPOSES", "c2", "p1", 0.8), claim("SUPPORTS", "x", "p1", 0.2)],
    });
    const bands = bandScores(score);
    expect(bands.map((b) => b.inBand)).toEqual([
      { tp: 1, fp: 1 },
      { tp: 1, fp: 0 },
      { tp: 0, fp: 0 },
      { tp: 0, fp: 1 },
    ]);
    expect(bands.map((b) => b.atLeast)).toEqual([
      { tp: 1, fp: 1, fn: 3 },
      { tp: 2, fp: 1, fn: 2 },
      { tp: 2, fp: 1, fn: 2 },
      { tp: 2, fp: 2, fn: 2 },
    ]);
    expect(sumScores([score, score]).predictions).toHaveLength(8);
  });
});
