import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { ClaimsDocument } from "../src/model/claims-document.js";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { articleIdFor } from "../src/ingest/article-id.js";
import { projectPath } from "../src/project-path.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "coalition-ingest-"));

const text = "Ruritania backs Jane Testcase for Director-General of the Widget Union. Borduria refused to support Jane Testcase.";
function doc(overrides: Partial<ClaimsDocument> = {}): ClaimsDocument {
  return {
    version: 1,
    article: { title: "Widget race", source: "Test Wire", url: "https://example.org/widget", publishedAt: "2025-05-01", text },
    entities: [
      { id: "jt", name: "Jane Testcase", type: "Person", aliases: ["Testcase"] },
      { id: "bo", name: "Borduria", type: "Country" },
      { id: "ru", name: "Ruritania", type: "Country" },
    ],
    claims: [
      { type: "SUPPORTS", from: "ru", to: "jt", evidence: "Ruritania backs Jane Testcase", start: 0, end: 29, confidence: 0.9, date: null },
      { type: "OPPOSES", from: "bo", to: "jt", evidence: "Borduria refused to support Jane Testcase", start: 72, end: 113, confidence: 0.9, date: "2025-04-30" },
    ],
    ...overrides,
  };
}
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.cleanup());
afterAll(() => t.close());

const countTestcase = async () =>
  Number((await query<{ n: unknown }>(t.db, "MATCH (p:Person {name: 'Jane Testcase'}) RETURN count(p) AS n"))[0]!.n);
const totalRelationships = async () => Number((await query<{ n: unknown }>(t.db, "MATCH ()-[r]->() RETURN count(r) AS n"))[0]!.n);

describe("ingesting claims documents", () => {
  it("writes a document's entities and claims, with dates and new countries", async () => {
    const result = await t.ingest(doc());
    expect(result).toMatchObject({ created: true, claims: 2 });
    const rows = await query(t.db, "MATCH (c:Country)-[r:SUPPORTS|OPPOSES]->(:Person {name: 'Jane Testcase'}) RETURN c.name AS country, type(r) AS type, toString(r.date) AS date ORDER BY country");
    expect(rows).toEqual([
      { country: "Borduria", type: "OPPOSES", date: "2025-04-30" },
      { country: "Ruritania", type: "SUPPORTS", date: null },
    ]);
  });

  it("skips broken files with a clear reason, writes nothing for them, and goes on", async () => {
    const before = await totalRelationships();
    const dangling = doc();
    dangling.claims[0]!.to = "ghost";
    const notInText = doc();
    notInText.claims[1]!.evidence = "Borduria adores Jane Testcase";
    const unknownType = doc() as unknown as { claims: { type: string }[] };
    unknownType.claims[0]!.type = "LOVES";
    const files = [
      file("bad.json", "{ this is not json"),
      file("dangling.json", JSON.stringify(dangling)),
      file("evidence.json", JSON.stringify(notInText)),
      file("type.json", JSON.stringify(unknownType)),
      path.join(dir, "missing.json"),
    ];
    const summary = await ingestFiles(t.db, files);
    expect(summary.skipped).toBe(5);
    const reasons = summary.files.map((f) => f.error);
    expect(reasons[0]).toMatch(/bad\.json is not valid JSON/);
    expect(reasons[1]).toMatch(/\/claims\/0\/to: no entity with id 'ghost'/);
    expect(reasons[2]).toMatch(/\/claims\/1\/evidence: not found in the article text/);
    expect(reasons[3]).toMatch(/\/claims\/0\/type: must be one of/);
    expect(reasons[4]).toMatch(/ENOENT|no such file/);
    expect(await countTestcase()).toBe(0);
    expect(await totalRelationships()).toBe(before);
  });

  it("attaches the same person named differently in a second article", async () => {
    await t.ingest(doc());
    const second = "Testcase thanked Ruritania. The Widget Union confirmed that Mr Testcase remains in the race.";
    const result = await t.ingest({
      version: 1,
      article: { title: "Second", source: "Other Wire", url: null, publishedAt: "2025-05-03", text: second },
      entities: [
        { id: "p", name: "Testcase", type: "Person", aliases: ["Mr Testcase"] },
        { id: "m", name: "Widget Union", type: "Organization" },
      ],
      claims: [{ type: "SPEAKS_FOR", from: "p", to: "m", evidence: "Mr Testcase", start: 60, end: 71, confidence: 0.5 }],
    });
    expect(result.created).toBe(true);
    expect(await countTestcase()).toBe(1);
    const rows = await query(t.db, "MATCH (p:Person {name: 'Jane Testcase'}) RETURN p.id AS id, COUNT { (p)-[:SUPPORTS|OPPOSES|SPEAKS_FOR|CANDIDATE_FOR|QUOTED_IN]-() } AS edges");
    expect(rows).toEqual([{ id: "person:jane-testcase", edges: expect.anything() }]);
    expect(Number(rows[0]!.edges)).toBe(3);
  });

  it("keeps the same claim from two articles as two provenance records", async () => {
    await t.ingest(doc());
    const copy = `${text} More to follow.`;
    await t.ingest(doc({ article: { ...doc().article, title: "Widget race (update)", text: copy } }));
    const rows = await query(t.db, "MATCH (:Country {name: 'Ruritania'})-[r:SUPPORTS]->(:Person {name: 'Jane Testcase'}) RETURN count(r) AS n, count(DISTINCT r.articleId) AS articles");
    expect(rows.map((r) => [Number(r.n), Number(r.articles)])).toEqual([[2, 2]]);
  });

  it("the CLI loads files, reports what it skipped and exits non-zero when something was skipped", async () => {
    const good = file("good.json", JSON.stringify(doc()));
    const bad = file("bad2.json", JSON.stringify({ version: 1, claims: [] }));
    t.track(articleIdFor(text));
    const error = await run("node", [projectPath("dist", "cli", "main.js"), "ingest", good, bad], { env: process.env }).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/articles: 1 new, 0 already in the graph; entities: \d+; claims: 2; files skipped: 1/);
    expect(error.stdout).toMatch(/skipped .*bad2\.json: bad2\.json does not match the claims document schema/);
    expect(await countTestcase()).toBe(1);
  });
});
