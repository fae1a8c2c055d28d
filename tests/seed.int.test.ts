import { readFileSync } from "node:fs";
import { parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";

const seed = () => parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed");

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.cleanup());
afterAll(() => t.close());

const graphSize = async () =>
  (await query<{ nodes: number; rels: number }>(t.db, "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels"))[0]!;

describe("the seed article", () => {
  it("loads, and loading it again adds nothing", async () => {
    const first = await t.ingest(seed());
    expect(first.created).toBe(true);
    expect(first.claims).toBe(seed().claims.length);
    const before = await graphSize();
    const second = await t.ingest(seed());
    expect(second).toMatchObject({ created: false, claims: 0, articleId: first.articleId });
    expect(await graphSize()).toEqual(before);
  });

  it("keeps each claim's provenance down to its exact sentence", async () => {
    const { articleId } = await t.ingest(seed());
    const rows = await query<{ evidence: string; sentence: string; start: number; end: number; text: string; date: unknown }>(
      t.db,
      `MATCH (:Country {code: 'HU'})-[r:OPPOSES]->(:Person {name: 'Mark Rutte'})
       MATCH (a:Article {id: r.articleId})
       RETURN r.evidence AS evidence, r.sentence AS sentence, r.start AS start, r.end AS end, a.text AS text, r.date AS date`,
    );
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.text.slice(Number(row.start), Number(row.end))).toBe(row.evidence);
    expect(row.sentence).toBe(
      "At the same time, Hungary publicly refused to support the candidacy of the Dutch politician, who previously “wanted to bring Hungary to its knees.”",
    );
    expect(row.date).toBeNull();
    expect(articleId).toMatch(/^article:[0-9a-f]{32}$/);
  });

  it("merges countries with the reference data and posts with their organization", async () => {
    await t.ingest(seed());
    const rows = await query<{ id: string; members: number; org: string }>(
      t.db,
      `MATCH (:Person {name: 'Kaja Kallas'})-[:CANDIDATE_FOR]->(p:Post)-[:POST_OF]->(o:Organization)
       RETURN p.id AS id, o.name AS org, COUNT { (:Country)-[:MEMBER_OF]->(o) } AS members`,
    );
    expect(rows).toEqual([{ id: "post:nato-secretary-general", org: "NATO", members: expect.anything() }]);
    expect(Number(rows[0]!.members)).toBe(32);
    const france = await query(t.db, "MATCH (c:Country {id: 'country:FR'}) RETURN c.name AS name, 'Paris' IN c.aliases AS paris");
    expect(france).toEqual([{ name: "France", paris: true }]);
  });
});
