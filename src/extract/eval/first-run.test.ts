import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadCorpus, loadCorpusEntry } from "./corpus.js";
import { firstRunRecord, writeFirstRun } from "./first-run.js";
import { sha256Hex } from "./gold.js";
import { locateEvidence, locateEvidenceInFile } from "./locate.js";
import { sumFirstRuns } from "./report.js";
import type { ArticleScore } from "./scoring.js";

const text = "Spain backs Ana Ruiz for WHO chief. Ruiz said she was honoured. Spain backs her.";

function draft(): Record<string, unknown> {
  return {
    article: { title: "T", outlet: "Wire", url: "https://example.org/a", published: "2017-01-05", race: "who-director-general-2017", split: "dev", collected: "2026-11-29", query: "q" },
    entities: [
      { name: "Ana Ruiz", type: "Person", aliases: ["Ruiz"] },
      { name: "Spain", type: "Country", aliases: [] },
    ],
    relations: [
      { type: "SUPPORTS", from: "Spain", to: "Ana Ruiz", evidence: [{ find: "Spain backs", nth: 1 }] },
      { type: "QUOTED_IN", from: "Ana Ruiz", to: "T", evidence: [{ find: "Ruiz said" }] },
    ],
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "corpus-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("locateEvidence", () => {
  it("turns words into offsets and refuses words missing or ambiguous", () => {
    const value = draft() as { relations: { evidence: unknown[] }[] };
    expect(locateEvidence(value, text, "g")).toBe(2);
    expect(value.relations.map((r) => r.evidence)).toEqual([[{ start: 0, end: 11 }], [{ start: 36, end: 45 }]]);

    const ambiguous = { relations: [{ evidence: [{ find: "Spain backs" }, { find: "Paris" }] }] };
    expect(() => locateEvidence(ambiguous, text, "g")).toThrow(/occurs 2 times[\s\S]*'Paris' is not in the text/);
    expect(() => locateEvidence({ relations: [], firstRun: {} }, text, "g")).toThrow(/first run/);
  });

  it("fills the digest and length of the text in the file", () => {
    writeFileSync(path.join(dir, "a.gold.json"), JSON.stringify(draft()));
    writeFileSync(path.join(dir, "a.txt"), text);
    locateEvidenceInFile(path.join(dir, "a.gold.json"), path.join(dir, "a.txt"));
    const entry = loadCorpusEntry("a", dir, dir);
    expect(entry.status).toBe("ready");
    expect(entry.gold.article.sha256).toBe(sha256Hex(text));
    expect(entry.gold.article.chars).toBe(text.length);
  });
});

describe("corpus loading and first runs", () => {
  function writeReady(slug: string, body = text): string {
    const value = draft();
    locateEvidence(value as { relations: { evidence: unknown[] }[] }, text, slug);
    Object.assign(value.article as object, { sha256: sha256Hex(text), chars: text.length });
    const goldPath = path.join(dir, `${slug}.gold.json`);
    writeFileSync(goldPath, JSON.stringify(value));
    writeFileSync(path.join(dir, `${slug}.txt`), body);
    return goldPath;
  }

  it("tells ready, missing and changed texts apart", () => {
    writeReady("ready");
    writeReady("changed", `${text} More.`);
    writeFileSync(path.join(dir, "missing.gold.json"), readFileSync(path.join(dir, "ready.gold.json")));
    const entries = loadCorpus({ goldDir: dir, textDir: dir });
    expect(entries.map((e) => [e.slug, e.status])).toEqual([
      ["changed", "mismatch"],
      ["missing", "missing"],
      ["ready", "ready"],
    ]);
    expect(loadCorpus({ goldDir: dir, textDir: dir, split: "test" })).toEqual([]);
    expect(() => loadCorpusEntry("../ready", dir, dir)).toThrow(/slug/);
  });

  it("records a first run once and refuses a second", () => {
    const goldPath = writeReady("a");
    const score: ArticleScore = {
      byType: { SUPPORTS: { tp: 1, fp: 1, fn: 0 }, OPPOSES: { tp: 0, fp: 0, fn: 0 }, CANDIDATE_FOR: { tp: 0, fp: 0, fn: 1 }, QUOTED_IN: { tp: 1, fp: 0, fn: 0 } },
      total: { tp: 2, fp: 1, fn: 1 },
      missed: [],
      falsePositives: [],
      predictions: [],
      posts: { agree: 0, disagree: 0, disagreements: [] },
    };
    const record = firstRunRecord(score, "abc123", "2026-11-29");
    expect(record).toEqual({
      date: "2026-11-29",
      extractor: "abc123",
      tp: 2,
      fp: 1,
      fn: 1,
      precision: 0.667,
      recall: 0.667,
      f1: 0.667,
      byType: { SUPPORTS: { tp: 1, fp: 1, fn: 0 }, CANDIDATE_FOR: { tp: 0, fp: 0, fn: 1 }, QUOTED_IN: { tp: 1, fp: 0, fn: 0 } },
    });
    writeFirstRun(goldPath, record);
    expect(loadCorpusEntry("a", dir, dir).gold.firstRun).toEqual(record);
    expect(() => writeFirstRun(goldPath, record)).toThrow(/already records its first run/);
    expect(sumFirstRuns([record, record]).byType.SUPPORTS).toEqual({ tp: 2, fp: 2, fn: 0 });
    expect(sumFirstRuns([record, record]).total).toEqual({ tp: 4, fp: 2, fn: 2 });
  });
});
