/**
 * Retracting and re-reading articles takes back the aliases and name keys only they gave: counted
 * per spelling on each name edge, kept while another stored article gives them, and never taken
 * from reference data or from edges written before the counts existed.
 */
import type { ClaimsDocument, EntityInput } from "../src/model/claims-document.js";
import { nameKey } from "../src/model/names.js";
import { retractArticle, rewriteArticleClaims } from "../src/ingest/write-article.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.cleanup());
afterAll(() => t.close());

const person = (name: string, aliases: string[] = []): EntityInput => ({ id: "p", name, type: "Person", aliases });

/** An article in which `backer` (a country) backs `subject`; `tag` makes each text, so each article, distinct. */
function backing(tag: string, subject: EntityInput, backer: EntityInput = { id: "b", name: "Namesland", type: "Country" }, extra: Partial<ClaimsDocument> = {}): ClaimsDocument {
  const evidence = `${backer.name} backs ${subject.name}`;
  return {
    version: 1,
    article: { title: `Names ${tag}`, source: "Names Wire", publishedAt: "2025-05-01", text: `${evidence} (${tag}).` },
    entities: [subject, backer],
    claims: [{ type: "SUPPORTS", from: backer.id, to: subject.id, evidence, start: 0, end: evidence.length, confidence: 0.9, date: null }],
    ...extra,
  };
}

interface NameEdgeRow {
  key: string;
  kind: string;
  spellings: string[] | null;
  counts: number[] | null;
}

/** A node's name, aliases and name edges (with their counts), sorted: what the tests compare. */
async function names(id: string): Promise<{ name: string; aliases: string[]; edges: NameEdgeRow[] } | undefined> {
  const [row] = await query<{ name: string; aliases: string[]; edges: NameEdgeRow[] }>(
    t.db,
    `MATCH (n {id: $id})
     RETURN coalesce(n.name, n.title) AS name, apoc.coll.sort(coalesce(n.aliases, [])) AS aliases,
       [(k:NameKey)-[r:NAMES|ALSO_NAMES]->(n) | {key: k.key, kind: type(r), spellings: r.spellings, counts: r.articleCounts}] AS edges`,
    { id },
  );
  if (!row) return undefined;
  const edges = row.edges
    .map((e) => ({ ...e, counts: e.counts === null ? null : e.counts.map(Number) }))
    .sort((x, y) => x.key.localeCompare(y.key) || x.kind.localeCompare(y.kind));
  return { name: row.name, aliases: row.aliases, edges };
}

/** Every alias of the node has an edge from its key, and every counted spelling an alias, its name or an edge of its own key. */
async function expectConsistent(id: string): Promise<void> {
  const node = (await names(id))!;
  const keyed = new Set(node.edges.map((e) => e.key));
  for (const alias of node.aliases) if (nameKey(alias) !== "") expect({ alias, keyed: keyed.has(nameKey(alias)) }).toEqual({ alias, keyed: true });
  for (const edge of node.edges) {
    for (const spelling of edge.spellings ?? []) expect({ spelling, key: nameKey(spelling) }).toEqual({ spelling, key: edge.key });
    expect((edge.counts ?? []).every((c) => c > 0)).toBe(true);
  }
  expect(node.edges.some((e) => e.key === nameKey(node.name))).toBe(true);
}

const nameKeyExists = async (key: string) => (await query(t.db, "MATCH (k:NameKey {key: $key}) RETURN k", { key })).length > 0;

/** Every name edge of the graph and every alias list, for a before/after comparison. */
async function allNames(): Promise<string[]> {
  const rows = await query<{ line: string }>(
    t.db,
    `CALL () {
       MATCH (k:NameKey)-[r]->(n) RETURN k.key + ' ' + type(r) + ' ' + n.id + ' ' + apoc.convert.toJson([r.spellings, r.articleCounts]) AS line
       UNION ALL
       MATCH (k:NameKey) WHERE NOT EXISTS { (k)-->() } RETURN 'lone key ' + k.key AS line
       UNION ALL
       MATCH (n) WHERE n:Actor OR n:Post RETURN n.id + ' aliases ' + apoc.convert.toJson(apoc.coll.sort(coalesce(n.aliases, []))) AS line
     }
     RETURN line ORDER BY line`,
  );
  return rows.map((r) => r.line);
}

describe("retracting the names an article gave", () => {
  it("keeps an alias two articles give until the second is retracted, spelling by spelling", async () => {
    const base = await t.ingest(backing("base", person("Ivo Namecase")));
    const id = "person:ivo-namecase";
    const before = await names(id);
    const first = await t.ingest(backing("first", person("Ivo Namecase", ["Namecase", "Mr Namecase", "the Widget hopeful"])));
    const second = await t.ingest(backing("second", person("Ivo Namecase", ["Namecase", "MR NAMECASE"])));
    const both = (await names(id))!;
    expect(both.aliases).toEqual(["MR NAMECASE", "Mr Namecase", "Namecase", "the Widget hopeful"]);
    expect(both.edges).toEqual([
      { key: "ivo namecase", kind: "NAMES", spellings: ["Ivo Namecase"], counts: [3] },
      { key: "mr namecase", kind: "NAMES", spellings: ["Mr Namecase", "MR NAMECASE"], counts: [1, 1] },
      { key: "namecase", kind: "NAMES", spellings: ["Namecase"], counts: [2] },
      { key: "widget hopeful", kind: "ALSO_NAMES", spellings: ["the Widget hopeful"], counts: [1] },
    ]);
    await expectConsistent(id);

    expect(await retractArticle(t.db, first.articleId)).toBe(true);
    const one = (await names(id))!;
    // "Namecase" and the key "mr namecase" are still given by the second article; the spelling
    // "Mr Namecase" and the description only by the first.
    expect(one.aliases).toEqual(["MR NAMECASE", "Namecase"]);
    expect(one.edges).toEqual([
      { key: "ivo namecase", kind: "NAMES", spellings: ["Ivo Namecase"], counts: [2] },
      { key: "mr namecase", kind: "NAMES", spellings: ["MR NAMECASE"], counts: [1] },
      { key: "namecase", kind: "NAMES", spellings: ["Namecase"], counts: [1] },
    ]);
    expect(await nameKeyExists("widget hopeful")).toBe(false);
    await expectConsistent(id);

    expect(await retractArticle(t.db, second.articleId)).toBe(true);
    expect(await names(id)).toEqual(before);
    expect(await nameKeyExists("namecase")).toBe(false);
    expect(await nameKeyExists("mr namecase")).toBe(false);
    await expectConsistent(id);

    expect(await retractArticle(t.db, base.articleId)).toBe(true);
    expect(await names(id)).toBeUndefined();
    expect(await nameKeyExists("ivo namecase")).toBe(false);
  });

  it("takes an article's aliases back from a reference country and leaves the reference names", async () => {
    const before = await allNames();
    const hungary = (await names("country:HU"))!;
    const { articleId } = await t.ingest(backing("hungary", person("Ada Refcase"), { id: "b", name: "Hungary", type: "Country", aliases: ["Magyarorszag", "the Magyar government", "HU"] }));
    const given = (await names("country:HU"))!;
    expect(given.aliases).toEqual(expect.arrayContaining(["Magyarorszag", "the Magyar government"]));
    // The reference edges stay uncounted: nothing may take them back.
    expect(given.edges.find((e) => e.key === "hungary")).toEqual({ key: "hungary", kind: "NAMES", spellings: null, counts: null });
    expect(given.edges.find((e) => e.key === "magyarorszag")).toEqual({ key: "magyarorszag", kind: "NAMES", spellings: ["Magyarorszag"], counts: [1] });
    await expectConsistent("country:HU");

    expect(await retractArticle(t.db, articleId)).toBe(true);
    expect(await names("country:HU")).toEqual(hungary);
    expect(await allNames()).toEqual(before);
  });

  it("gives a renamed entity's former name back only with the last article that gives it", async () => {
    const short = await t.ingest(backing("short", person("Namecheck")));
    const full = await t.ingest(backing("full", person("Olga Namecheck", ["Namecheck"])));
    const keeper = await t.ingest(backing("keeper", person("Olga Namecheck")));
    const id = "person:namecheck";
    expect(await names(id)).toMatchObject({ name: "Olga Namecheck", aliases: ["Namecheck"] });

    await retractArticle(t.db, short.articleId);
    expect(await names(id)).toMatchObject({ name: "Olga Namecheck", aliases: ["Namecheck"] });
    await retractArticle(t.db, full.articleId);
    // Only the third article is left: it never said "Namecheck". The node keeps the name it has.
    expect(await names(id)).toEqual({
      name: "Olga Namecheck",
      aliases: [],
      edges: [{ key: "olga namecheck", kind: "NAMES", spellings: ["Olga Namecheck"], counts: [1] }],
    });
    expect(await nameKeyExists("namecheck")).toBe(false);
    await retractArticle(t.db, keeper.articleId);
    expect(await names(id)).toBeUndefined();
  });

  it("keeps an entity an article names without a claim, until that article goes", async () => {
    const post: EntityInput = { id: "post", name: "Chair of the Namecase Union", type: "Post", organization: "org" };
    const org: EntityInput = { id: "org", name: "Namecase Union", type: "Organization", aliases: ["NCU"] };
    const candidacy = (tag: string): ClaimsDocument => {
      const evidence = `Pia Namecase runs for Chair of the Namecase Union`;
      return {
        version: 1,
        article: { title: `Candidacy ${tag}`, source: "Names Wire", publishedAt: "2025-05-02", text: `${evidence} (${tag}).` },
        entities: [person("Pia Namecase"), post, org],
        claims: [{ type: "CANDIDATE_FOR", from: "p", to: "post", evidence, start: 0, end: evidence.length, confidence: 0.9 }],
      };
    };
    const before = await allNames();
    const one = await t.ingest(candidacy("one"));
    const two = await t.ingest(candidacy("two"));
    expect((await names("organization:namecase-union"))!.aliases).toEqual(["NCU"]);
    await retractArticle(t.db, one.articleId);
    expect((await names("organization:namecase-union"))!.edges).toEqual([
      { key: "namecase union", kind: "NAMES", spellings: ["Namecase Union"], counts: [1] },
      { key: "ncu", kind: "NAMES", spellings: ["NCU"], counts: [1] },
    ]);
    await retractArticle(t.db, two.articleId);
    expect(await names("organization:namecase-union")).toBeUndefined();
    expect(await allNames()).toEqual(before);
  });
});

describe("re-reading an article", () => {
  it("leaves the aliases a fresh ingest of the new reading leaves", async () => {
    await t.ingest(backing("other", person("Uma Rereadcase", ["Rereadcase"])));
    const old = backing("reread", person("Uma Rereadcase", ["Mr Rereadcase", "the old hopeful", "Rereadcase"]));
    const { articleId } = await t.ingest(old);
    const reading = backing("reread", person("Uma Rereadcase", ["MR REREADCASE", "the new hopeful"]), undefined, { extractor: { name: "names-test", version: "2" } });

    await rewriteArticleClaims(t.db, reading);
    const reread = await names("person:uma-rereadcase");
    const rereadGraph = await allNames();
    expect(reread!.aliases).toEqual(["MR REREADCASE", "Rereadcase", "the new hopeful"]);
    await expectConsistent("person:uma-rereadcase");

    await retractArticle(t.db, articleId);
    const fresh = await t.ingest(reading);
    expect(fresh.articleId).toBe(articleId);
    expect(await names("person:uma-rereadcase")).toEqual(reread);
    expect(await allNames()).toEqual(rereadGraph);
  });

  it("resolves the new reading without the names only the old reading gave", async () => {
    const old = backing("resolve", person("Vera Oldcase", ["Oldcase"]));
    const { articleId } = await t.ingest(old);
    // The new reading names her by the surname alone: only the old reading said it was Vera Oldcase's.
    const reading: ClaimsDocument = { ...old, entities: [person("Oldcase"), old.entities[1]!] };
    const alone = { name: "Oldcase", aliases: [], edges: [{ key: "oldcase", kind: "NAMES", spellings: ["Oldcase"], counts: [1] }] };
    await rewriteArticleClaims(t.db, reading);
    expect(await names("person:vera-oldcase")).toBeUndefined();
    expect(await names("person:oldcase")).toEqual(alone);
    await retractArticle(t.db, articleId);
    expect(await names("person:oldcase")).toBeUndefined();
    expect((await t.ingest(reading)).articleId).toBe(articleId);
    expect(await names("person:oldcase")).toEqual(alone);
  });
});

describe("a graph written before names were counted", () => {
  /** Makes what `articleIds` wrote look as stored before the counts: no counts on their nodes' edges, no givenNames. */
  async function forgetCounts(articleIds: string[], nodeIds: string[]): Promise<void> {
    await t.db.write((tx) =>
      tx.run(
        `UNWIND $nodes AS id MATCH (:NameKey)-[r:NAMES|ALSO_NAMES]->(n {id: id}) REMOVE r.spellings, r.articleCounts
         WITH count(*) AS done UNWIND $articles AS id MATCH (a:Article {id: id}) REMOVE a.givenNames`,
        { nodes: nodeIds, articles: articleIds },
      ),
    );
  }

  it("keeps the names such an article gave, and takes back only what later articles alone gave", async () => {
    const legacy = await t.ingest(backing("legacy", person("Wim Legacycase", ["Legacycase", "the veteran"])));
    const kept = await t.ingest(backing("legacy kept", person("Wim Legacycase")));
    const id = "person:wim-legacycase";
    await forgetCounts([legacy.articleId, kept.articleId], [id, "country:namesland", "media:names-wire"]);
    const stored = (await names(id))!;
    expect(stored.edges.every((e) => e.spellings === null)).toBe(true);

    // A later article repeats a stored alias and adds one of its own.
    const later = await t.ingest(backing("later", person("Wim Legacycase", ["Legacycase", "Mr Legacycase"])));
    expect((await names(id))!.edges.find((e) => e.key === "mr legacycase")).toEqual({ key: "mr legacycase", kind: "NAMES", spellings: ["Mr Legacycase"], counts: [1] });
    expect((await names(id))!.edges.find((e) => e.key === "legacycase")).toEqual({ key: "legacycase", kind: "NAMES", spellings: null, counts: null });
    await retractArticle(t.db, later.articleId);
    expect(await names(id)).toEqual(stored);

    // The stored article itself proves nothing it gave: its retraction keeps its names.
    await retractArticle(t.db, legacy.articleId);
    expect(await names(id)).toEqual(stored);
    await expectConsistent(id);
    // The entity goes with the last claim on it, and its names with it.
    await retractArticle(t.db, kept.articleId);
    expect(await names(id)).toBeUndefined();
    expect(await nameKeyExists("legacycase")).toBe(false);
    expect(await nameKeyExists("veteran")).toBe(false);
  });

  it("re-reads such an article: the new reading's names are counted, the stored ones kept", async () => {
    const { articleId } = await t.ingest(backing("legacy reread", person("Xia Legacycase", ["Legacycase", "the veteran"])));
    const id = "person:xia-legacycase";
    await forgetCounts([articleId], [id]);
    await rewriteArticleClaims(t.db, backing("legacy reread", person("Xia Legacycase", ["Ms Legacycase"])));
    const node = (await names(id))!;
    expect(node.aliases).toEqual(["Legacycase", "Ms Legacycase", "the veteran"]);
    expect(node.edges.find((e) => e.key === "ms legacycase")).toEqual({ key: "ms legacycase", kind: "NAMES", spellings: ["Ms Legacycase"], counts: [1] });
    const [stored] = await query<{ given: string }>(t.db, "MATCH (a:Article {id: $id}) RETURN a.givenNames AS given", { id: articleId });
    expect(JSON.parse(stored!.given)).toContainEqual([id, "NAMES", "ms legacycase", ["Ms Legacycase"]]);
  });
});
