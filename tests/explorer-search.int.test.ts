/**
 * The `search` field the explorer's search box asks as you type: the `entity_search` full-text
 * index over names, aliases and post titles, with the user's text escaped and capped.
 */
import { readFileSync } from "node:fs";
import { parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

const SEARCH = "query S($query: String!, $first: Int) { search(query: $query, first: $first) { id name type detail score } }";

let t: TestDatabase;
let service: TestService;
beforeAll(async () => {
  t = await openTestDatabase();
  await t.ingest(parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed"));
  // Full-text indexes catch up with writes asynchronously.
  await t.db.read((tx) => tx.run("CALL db.awaitIndex('entity_search', 60)"));
  service = await startTestService(t.db);
});
afterAll(async () => {
  await service.stop();
  await t.cleanup();
  await t.close();
});

type Hit = { id: string; name: string; type: string; detail: string | null; score: number };
const search = async (text: string, first?: number) => {
  const res = await service.graphql<{ search: Hit[] | null }>(SEARCH, { query: text, first });
  return res;
};

describe("search", () => {
  it("is backed by the entity_search full-text index the migration creates", async () => {
    const rows = await query<{ type: string; labels: string[]; properties: string[] }>(
      t.db,
      "SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties WHERE name = 'entity_search' RETURN entityType AS type, labelsOrTypes AS labels, properties",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.type).toBe("NODE");
    expect([...rows[0]!.labels].sort()).toEqual(expect.arrayContaining(["Country", "Organization", "Person", "Post"]));
  });

  it("answers a prefix as you type, with what tells the hits apart", async () => {
    const res = await search("rut");
    expect(res.errors).toBeUndefined();
    expect(res.data!.search![0]).toMatchObject({ id: "person:mark-rutte", name: "Mark Rutte", type: "Person", detail: expect.stringContaining("Netherlands") });
    const post = await search("nato secr");
    expect(post.data!.search!.map((h) => h.id)).toContain("post:nato-secretary-general");
    expect(post.data!.search!.find((h) => h.id === "post:nato-secretary-general")).toMatchObject({ type: "Post", name: "NATO Secretary General", detail: "NATO" });
  });

  it("finds countries by alias and ranks a whole word above a prefix", async () => {
    const res = await search("paris");
    expect(res.data!.search!.map((h) => h.id)).toContain("country:FR");
    const united = await search("united", 3);
    expect(united.data!.search).toHaveLength(3);
    const scores = united.data!.search!.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("treats Lucene's special characters as text, and finds nothing for an empty text", async () => {
    for (const text of ['rutte"', "(rutte", "rutte AND", "*", "ru~te", "a:b", "\\", "/", "+-&&||!(){}[]^\"~*?:\\/"]) {
      const res = await search(text);
      expect(res.errors).toBeUndefined();
      expect(Array.isArray(res.data!.search)).toBe(true);
    }
    expect((await search("   ")).data!.search).toEqual([]);
  });

  it("reads only the first 100 characters of the text", async () => {
    const res = await search(`rutte${" ".repeat(95)}zzzzzzzzzz`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.search!.map((h) => h.id)).toContain("person:mark-rutte");
  });

  it("refuses a bound out of range with a clear error", async () => {
    const res = await search("rutte", 0);
    expect(res.data?.search).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/first must be between 1 and 50/);
  });
});
