import { checkGoldText, parseCorpusGold, parseGold, sha256Hex } from "./gold.js";

const text = "France backs Mark Rutte for NATO chief. Hungary opposes him.";

function corpusGold(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    article: {
      title: "T",
      outlet: "Wire",
      url: "https://example.org/a",
      published: "2019-06-20",
      race: "nato-secretary-general-2019",
      split: "dev",
      sha256: sha256Hex(text),
      chars: text.length,
      collected: "2026-11-29",
      query: "rutte nato backs",
    },
    entities: [
      { name: "Mark Rutte", type: "Person", aliases: ["Rutte"] },
      { name: "France", type: "Country" },
      { name: "Hungary", type: "Country" },
      { name: "NATO Secretary General", type: "Post", aliases: ["NATO chief"] },
    ],
    relations: [
      { type: "SUPPORTS", from: "France", to: "Rutte", post: "NATO chief", evidence: [{ start: 0, end: 38 }] },
      { type: "OPPOSES", from: "Hungary", to: "Mark Rutte", evidence: [{ start: 40, end: 60 }], optional: true, note: "him" },
    ],
    ...overrides,
  };
}

describe("parseCorpusGold", () => {
  it("accepts a complete gold file and defaults aliases and optional", () => {
    const gold = parseCorpusGold(corpusGold());
    expect(gold.entities[1]?.aliases).toEqual([]);
    expect(gold.relations[0]?.optional).toBe(false);
    expect(gold.article.split).toBe("dev");
  });

  it("lists every shape problem with its location", () => {
    const bad = corpusGold();
    (bad.article as Record<string, unknown>).split = "train";
    (bad.article as Record<string, unknown>).sha256 = "abc";
    delete (bad.article as Record<string, unknown>).url;
    (bad.relations as Record<string, unknown>[])[0]!.evidence = "France backs Mark Rutte";
    try {
      parseCorpusGold(bad);
      throw new Error("accepted");
    } catch (e) {
      const problems = (e as { problems: string[] }).problems;
      expect(problems.some((p) => p.startsWith("/article/split"))).toBe(true);
      expect(problems.some((p) => p.startsWith("/article/sha256"))).toBe(true);
      expect(problems.some((p) => p.startsWith("/article/url"))).toBe(true);
      expect(problems.some((p) => p.startsWith("/relations/0/evidence"))).toBe(true);
    }
  });

  it("rejects ends and posts that name no gold entity, a post that is not a Post, empty spans and shared names", () => {
    const bad = corpusGold({
      relations: [
        { type: "SUPPORTS", from: "Spain", to: "Rutte", evidence: [{ start: 0, end: 5 }] },
        { type: "SUPPORTS", from: "France", to: "Rutte", post: "Hungary", evidence: [{ start: 5, end: 5 }] },
      ],
    });
    (bad.entities as Record<string, unknown>[]).push({ name: "Rutte", type: "Person" });
    try {
      parseCorpusGold(bad);
      throw new Error("accepted");
    } catch (e) {
      expect((e as { problems: string[] }).problems).toEqual([
        "/entities/4: 'Rutte' already names 'Mark Rutte'",
        "/relations/0/from: 'Spain' is not a gold entity",
        "/relations/1/post: 'Hungary' is a Country, not a Post",
        "/relations/1/evidence/0: end 5 is not after start 5",
      ]);
    }
  });

  it("accepts a first run and refuses a malformed one", () => {
    const run = { date: "2026-11-29", extractor: "abc", tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, byType: { SUPPORTS: { tp: 1, fp: 0, fn: 0 } } };
    expect(parseCorpusGold(corpusGold({ firstRun: run })).firstRun?.tp).toBe(1);
    expect(() => parseCorpusGold(corpusGold({ firstRun: { ...run, byType: { SPEAKS_FOR: { tp: 1, fp: 0, fn: 0 } } } }))).toThrow(/firstRun/);
  });
});

describe("checkGoldText", () => {
  it("accepts the annotated text", () => {
    expect(checkGoldText(parseCorpusGold(corpusGold()), text)).toEqual({ mismatch: [], problems: [] });
  });

  it("reports a different text as a mismatch, not as annotation problems", () => {
    const check = checkGoldText(parseCorpusGold(corpusGold()), text.replace("backs", "likes"));
    expect(check.mismatch).toHaveLength(1);
    expect(check.mismatch[0]).toMatch(/sha256/);
    expect(check.problems).toEqual([]);
  });

  it("finds spans past the end and texts that are not normalized", () => {
    const padded = ` ${text}\r\n`;
    const gold = corpusGold({ relations: [{ type: "SUPPORTS", from: "France", to: "Rutte", evidence: [{ start: 50, end: 99 }] }] });
    (gold.article as Record<string, unknown>).sha256 = sha256Hex(padded);
    (gold.article as Record<string, unknown>).chars = padded.length;
    expect(checkGoldText(parseCorpusGold(gold), padded).problems).toEqual([
      "the text is not normalized (CR, control characters or surrounding white space): offsets would shift",
      `/relations/0/evidence/0: end 99 is past the text's end (${padded.length})`,
    ]);
  });
});

describe("parseGold", () => {
  it("still reads the invented articles' form, with quoted evidence and no corpus fields", () => {
    const gold = parseGold({ article: { title: "T", source: "S" }, entities: [{ name: "A", type: "Person" }], relations: [{ type: "QUOTED_IN", from: "A", to: "T", evidence: "said A" }] });
    expect(gold.entities[0]?.aliases).toEqual([]);
  });
});
