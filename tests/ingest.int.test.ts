import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { ClaimsDocument } from "../src/model/claims-document.js";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { retractArticle, rewriteArticleClaims } from "../src/ingest/write-article.js";
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

  it("the CLI refuses a text with no letters with a clear message and writes nothing", async () => {
    const before = await graphSize();
    const quotes = file("quotes.txt", "\"\"“”‘’«»\n''\"");
    const error = await run("node", [projectPath("dist", "cli", "main.js"), "ingest", quotes], { env: process.env }).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/articles: 0 new.*claims: 0; files skipped: 1/);
    expect(error.stdout).toMatch(/skipped .*quotes\.txt: .*the article text has no letters/);
    expect(await graphSize()).toEqual(before);
  });

  it("the CLI fails at once with a clear message when the database cannot be reached", async () => {
    const good = file("good-unreachable.json", JSON.stringify(doc()));
    const env = { ...process.env, NEO4J_URI: "bolt://127.0.0.1:9", NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "not-used-here" };
    const error = await run("node", [projectPath("dist", "cli", "main.js"), "ingest", good], { env }).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/coalition: (cannot reach Neo4j|Neo4j is unreachable)/);
  });
});

const graphSize = async () =>
  (await query<{ nodes: unknown; rels: unknown }>(t.db, "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels")).map((r) => [
    Number(r.nodes),
    Number(r.rels),
  ])[0];

/** A one-sentence article per actor, each supporting Jane Testcase. */
function supportDoc(actor: string, extra: Partial<ClaimsDocument> = {}): ClaimsDocument {
  const sentence = `${actor} backs Jane Testcase.`;
  return {
    version: 1,
    article: { title: `${actor} backs Testcase`, source: "Test Wire", url: null, publishedAt: "2025-06-01", text: sentence },
    entities: [
      { id: "a", name: actor, type: "Person" },
      { id: "jt", name: "Jane Testcase", type: "Person", aliases: ["Testcase"] },
    ],
    claims: [{ type: "SUPPORTS", from: "a", to: "jt", evidence: sentence.slice(0, -1), start: 0, end: sentence.length - 1, confidence: 0.9 }],
    ...extra,
  };
}

describe("ingesting many documents per transaction", () => {
  it("merges through the name index across the articles of one batch as written one by one", async () => {
    const second = "Testcase thanked Ruritania. The Widget Union confirmed that Mr Testcase remains in the race.";
    const outcomes = await t.ingestMany(
      [
        {
          version: 1,
          article: { title: "Second", source: "Other Wire", url: null, publishedAt: "2025-05-03", text: second },
          entities: [
            { id: "p", name: "Testcase", type: "Person", aliases: ["Mr Testcase"] },
            { id: "m", name: "Widget Union", type: "Organization" },
          ],
          claims: [{ type: "SPEAKS_FOR", from: "p", to: "m", evidence: "Mr Testcase", start: 60, end: 71, confidence: 0.5 }],
        },
        doc(),
      ],
      { batchSize: 10 },
    );
    expect(outcomes.map((o) => o.result?.created)).toEqual([true, true]);
    const rows = await query(t.db, "MATCH (p:Person) WHERE p.name ENDS WITH 'Testcase' RETURN p.id AS id, p.name AS name, p.aliases AS aliases");
    expect(rows).toEqual([{ id: "person:testcase", name: "Jane Testcase", aliases: expect.arrayContaining(["Testcase", "Mr Testcase"]) }]);
    const keys = await query(t.db, "MATCH (k:NameKey)-[:NAMES]->(:Person {id: 'person:testcase'}) RETURN k.key AS key ORDER BY key");
    expect(keys.map((k) => k.key)).toEqual(["jane testcase", "mr testcase", "testcase"]);
  });

  it("writes the other articles of a batch when one fails in the database, and nothing of that one", async () => {
    // A node holding the id the bad article's person would get, but not a person: its write fails.
    await t.db.write((tx) => tx.run("CREATE (:Country:Actor {id: 'person:zed-broken', name: 'Zed Broken Land'})"));
    try {
      const docs = [supportDoc("Ann Goodwin"), supportDoc("Zed Broken"), supportDoc("Bob Goodwin")];
      const before = await graphSize();
      const outcomes = await t.ingestMany(docs, { batchSize: 3 });
      expect(outcomes.map((o) => [o.index, o.result?.created ?? false, !!o.error])).toEqual([
        [0, true, false],
        [1, false, true],
        [2, true, false],
      ]);
      const supporters = await query(t.db, "MATCH (a)-[:SUPPORTS]->(:Person {name: 'Jane Testcase'}) RETURN a.name AS name ORDER BY name");
      expect(supporters.map((r) => r.name)).toEqual(["Ann Goodwin", "Bob Goodwin"]);
      const stray = await query(t.db, "MATCH (a:Article) WHERE a.title = 'Zed Broken backs Testcase' RETURN count(a) AS n");
      expect(Number(stray[0]!.n)).toBe(0);
      expect((await graphSize())![0]).toBeGreaterThan(before![0]!);
    } finally {
      await t.db.write((tx) => tx.run("MATCH (n {id: 'person:zed-broken'}) DETACH DELETE n"));
    }
  });

  it("refuses an invalid document before writing and goes on with the others", async () => {
    const bad = supportDoc("Cy Invalid");
    bad.claims[0]!.to = "nobody";
    const noLetters = supportDoc("Dee Valid");
    noLetters.article.text = "“” ‘’ «»";
    noLetters.claims = [];
    const outcomes = await t.ingestMany([bad, supportDoc("Dee Valid"), noLetters]);
    expect(outcomes[0]!.error?.message).toMatch(/no entity with id 'nobody'/);
    expect(outcomes[1]!.result).toMatchObject({ created: true, claims: 1 });
    expect(outcomes[2]!.error?.message).toMatch(/the article text has no letters/);
  });

  it("is idempotent: the same documents again, or twice in one batch, change nothing", async () => {
    const docs = [supportDoc("Eve Again"), supportDoc("Fay Again")];
    await t.ingestMany(docs);
    const before = await graphSize();
    const again = await t.ingestMany([...docs, docs[0]!]);
    expect(again.map((o) => o.result)).toEqual(
      expect.arrayContaining([expect.objectContaining({ created: false, claims: 0 })]),
    );
    expect(again.every((o) => o.result?.created === false)).toBe(true);
    expect(await graphSize()).toEqual(before);
  });

  it("counts only claims written: a claim repeated in an article is one claim", async () => {
    const d = supportDoc("Gil Twice");
    d.claims.push({ ...d.claims[0]! });
    const [outcome] = await t.ingestMany([d]);
    expect(outcome!.result).toMatchObject({ created: true, claims: 1 });
  });

  it("stores the day, ends, post, rule and extractor on each claim", async () => {
    const d = supportDoc("Hal Props", { extractor: { name: "coalition-extract", version: "9.1" } });
    d.entities.push({ id: "post", name: "Director-General of the Widget Union", type: "Post" });
    d.claims[0] = { ...d.claims[0]!, post: "post", rule: "stance.backs" };
    await t.ingest(d);
    const rows = await query(
      t.db,
      `MATCH (a:Person {name: 'Hal Props'})-[r:SUPPORTS]->(c:Person)
       RETURN toString(r.day) AS day, r.date AS date, r.fromId = a.id AS from, r.toId = c.id AS to, r.postId AS post, r.rule AS rule, r.extractor AS extractor`,
    );
    expect(rows).toEqual([
      { day: "2025-06-01", date: null, from: true, to: true, post: "post:director-general-of-the-widget-union", rule: "stance.backs", extractor: "coalition-extract@9.1" },
    ]);
  });
});

describe("re-reading and retracting an article", () => {
  it("rewrites a stored article's claims in one transaction and says what changed", async () => {
    const first = doc();
    const { articleId } = await t.ingest(first);
    const reread = doc({ extractor: { name: "coalition-extract", version: "2" } });
    reread.claims = [reread.claims[1]!, { type: "SUPPORTS", from: "bo", to: "jt", evidence: "Borduria", start: 72, end: 80, confidence: 0.4, rule: "r2" }];
    reread.entities = reread.entities.filter((e) => e.id !== "ru");
    const result = await rewriteArticleClaims(t.db, reread);
    expect(result.articleId).toBe(articleId);
    expect(result.kept).toBe(1);
    expect(result.removed.map((c) => [c.type, c.fromId])).toEqual([["SUPPORTS", "country:ruritania"]]);
    expect(result.added.map((c) => [c.type, c.fromId])).toEqual([["SUPPORTS", "country:borduria"]]);
    const rows = await query(t.db, "MATCH (c)-[r]->(:Person {name: 'Jane Testcase'}) WHERE r.articleId = $id RETURN c.name AS c, type(r) AS type, r.extractor AS x ORDER BY type", {
      id: articleId,
    });
    expect(rows).toEqual([
      { c: "Borduria", type: "OPPOSES", x: "coalition-extract@2" },
      { c: "Borduria", type: "SUPPORTS", x: "coalition-extract@2" },
    ]);
    // Ruritania is mentioned by nothing any more: gone with its name keys.
    expect(await query(t.db, "MATCH (n {id: 'country:ruritania'}) RETURN n.id")).toEqual([]);
    expect(await query(t.db, "MATCH (k:NameKey {key: 'ruritania'}) RETURN k.key")).toEqual([]);
  });

  it("refuses to re-read an article that is not stored", async () => {
    await expect(rewriteArticleClaims(t.db, doc())).rejects.toThrow(/is not in the graph; ingest it instead/);
  });

  it("retracts an article, its claims, the entities only it mentioned and their name keys", async () => {
    const before = await graphSize();
    const { articleId } = await t.ingest(doc());
    expect((await graphSize())![0]).toBeGreaterThan(before![0]!);
    expect(await retractArticle(t.db, articleId)).toBe(true);
    expect(await graphSize()).toEqual(before);
    expect(await retractArticle(t.db, articleId)).toBe(false);
  });
});
