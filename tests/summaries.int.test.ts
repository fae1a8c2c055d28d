/**
 * The summaries (positions, tallies, candidacies) kept by ingestion answer like the claims they
 * summarise: after each article, a retraction, a speaker named later; and, for random small worlds
 * written through the project's own ingestion, every question's counts and lists equal a
 * recomputation straight from the claims.
 */
import { jest } from "@jest/globals";
import { isDate, isInt } from "neo4j-driver";
import { defaultCatalog } from "../src/coalitions/query-catalog.js";
import { runQuery } from "../src/coalitions/run-query.js";
import type { ClaimsDocument, EntityInput } from "../src/model/claims-document.js";
import { ensureSummaries, rebuildAllSummaries, refreshSummaries, SUMMARY_VERSION } from "../src/ingest/summaries.js";
import { retractArticle, rewriteArticleClaims } from "../src/ingest/write-article.js";
import { claimsDocument, country, person, type ClaimSpec } from "./helpers/claims-builder.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";

// Under load, a world's checks take minutes: they ask every question for several days.
jest.setTimeout(600_000);

const catalog = defaultCatalog();
let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.cleanup());
afterAll(() => t.close());

const ask = async (name: string, params: Record<string, unknown>) => (await runQuery(t.db, catalog, name, params)).rows;
const one = async (name: string, params: Record<string, unknown>): Promise<any> => (await ask(name, params))[0];

type Stance = "SUPPORTS" | "OPPOSES";

/** Every stance claim that counts for an actor, straight from the claims (no summary read). */
interface Counted {
  actorId: string;
  actorType: string;
  candidateId: string;
  stance: Stance;
  day: string | null;
  articleId: string;
  start: number;
  claimId: string;
  confidence: number;
  postId: string | null;
}

async function countedClaims(candidateIds: readonly string[]): Promise<Counted[]> {
  const own = await query<any>(
    t.db,
    `MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(c:Person) WHERE c.id IN $ids
     MATCH (article:Article {id: r.articleId})
     RETURN a.id AS actorId, [l IN labels(a) WHERE l <> 'Actor'][0] AS actorType, c.id AS candidateId, type(r) AS stance,
            toString(coalesce(r.date, article.publishedAt)) AS day, r.articleId AS articleId, toInteger(r.start) AS start, r.claimId AS claimId,
            r.confidence AS confidence, r.postId AS postId`,
    { ids: candidateIds },
  );
  const spoken = await query<any>(
    t.db,
    `MATCH (s:Person)-[r:SUPPORTS|OPPOSES]->(c:Person) WHERE c.id IN $ids
     MATCH (article:Article {id: r.articleId})
     MATCH (s)-[sp:SPEAKS_FOR]->(a) WHERE a:Country OR a:Organization
     MATCH (spArticle:Article {id: sp.articleId})
     WITH s, r, c, article, a, min(coalesce(sp.date, spArticle.publishedAt)) AS since
     WITH r, c, a, coalesce(r.date, article.publishedAt) AS claimDay, since
     RETURN a.id AS actorId, [l IN labels(a) WHERE l <> 'Actor'][0] AS actorType, c.id AS candidateId, type(r) AS stance,
            CASE WHEN claimDay IS NULL OR since IS NULL THEN null WHEN claimDay > since THEN toString(claimDay) ELSE toString(since) END AS day,
            r.articleId AS articleId, toInteger(r.start) AS start, r.claimId AS claimId, r.confidence AS confidence, r.postId AS postId`,
    { ids: candidateIds },
  );
  return [...own, ...spoken].map((c) => ({ ...c, start: Number(c.start) }));
}

const order = (a: Counted, b: Counted) =>
  a.day === b.day
    ? a.articleId === b.articleId
      ? a.start - b.start || (a.claimId < b.claimId ? -1 : 1)
      : a.articleId < b.articleId
        ? -1
        : 1
    : a.day === null
      ? -1
      : b.day === null
        ? 1
        : a.day < b.day
          ? -1
          : 1;

const byPair = (claims: readonly Counted[]) => {
  const pairs = new Map<string, Counted[]>();
  for (const c of claims) pairs.set(`${c.actorId}|${c.candidateId}`, [...(pairs.get(`${c.actorId}|${c.candidateId}`) ?? []), c]);
  for (const list of pairs.values()) list.sort(order);
  return pairs;
};

const countsOn = (c: Counted, asOf: string | null) => asOf === null || (c.day !== null && c.day <= asOf);

/** stance-holders, recomputed: actors with a claim of the stance, by first day then id. */
function expectedHolders(claims: readonly Counted[], candidateId: string, stance: Stance, asOf: string | null) {
  const holders = [...byPair(claims.filter((c) => c.candidateId === candidateId && c.stance === stance && countsOn(c, asOf))).values()].map((list) => {
    const dated = list.filter((c) => c.day !== null).map((c) => c.day!);
    return { actor: list[0]!.actorId, first: dated[0] ?? null, last: dated[dated.length - 1] ?? null, claimCount: list.length, key: `${dated[0] ?? "0000-00-00"}|${list[0]!.actorId}` };
  });
  return holders.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** coalition sides, recomputed: each actor's stance is that of its latest claim counting by asOf. */
function expectedBloc(claims: readonly Counted[], candidateId: string, asOf: string | null) {
  const sides: Record<Stance, string[]> = { SUPPORTS: [], OPPOSES: [] };
  for (const list of byPair(claims.filter((c) => c.candidateId === candidateId && countsOn(c, asOf))).values()) {
    sides[list[list.length - 1]!.stance].push(list[0]!.actorId);
  }
  return { SUPPORTS: sides.SUPPORTS.sort(), OPPOSES: sides.OPPOSES.sort() };
}

/** stance-changes, recomputed: runs of one stance among dated claims, changing on a later day. */
function expectedChanges(claims: readonly Counted[], candidateIds: readonly string[]) {
  const changes: string[] = [];
  for (const list of byPair(claims.filter((c) => candidateIds.includes(c.candidateId) && c.day !== null)).values()) {
    const turns = list.filter((c, i) => i === 0 || c.stance !== list[i - 1]!.stance);
    for (let k = 1; k < turns.length; k++) {
      if (turns[k - 1]!.day! < turns[k]!.day!) changes.push(`${list[0]!.candidateId}|${list[0]!.actorId}|${turns[k - 1]!.stance}>${turns[k]!.stance}@${turns[k]!.day}`);
    }
  }
  return changes.sort();
}

async function allHolders(candidateId: string, stance: Stance, asOf: string | null) {
  const seen: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const page: any = await one("stance-holders", { candidate: candidateId, stance, asOf, first: "3", after });
    totalCount = page.totalCount;
    seen.push(...page.holders);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { totalCount, holders: seen };
}

/** Checks every question's counts and lists against the claims, for each day in `days`. */
async function checkAgainstClaims(candidateIds: readonly string[], somePosts: readonly string[], days: readonly (string | null)[]) {
  const claims = await countedClaims(candidateIds);
  // A retraction takes a post no claim names any more out of the graph.
  const posts = (await query<{ id: string }>(t.db, "MATCH (p:Post) WHERE p.id IN $ids RETURN p.id AS id", { ids: somePosts })).map((p) => p.id);
  for (const asOf of days) {
    for (const candidateId of candidateIds) {
      for (const stance of ["SUPPORTS", "OPPOSES"] as const) {
        const expected = expectedHolders(claims, candidateId, stance, asOf);
        const got = await allHolders(candidateId, stance, asOf);
        const where = { candidateId, stance, asOf };
        expect({ where, totalCount: got.totalCount }).toEqual({ where, totalCount: expected.length });
        expect({ where, holders: got.holders.map((h) => ({ actor: h.actor.id, first: h.first, last: h.last, claimCount: h.claimCount, key: h.cursor })) }).toEqual({
          where,
          holders: expected,
        });
      }
      const bloc = await one("coalition", { candidate: candidateId, asOf, first: "500" });
      const expectedSides = expectedBloc(claims, candidateId, asOf);
      const where = { candidateId, asOf };
      expect({ where, supporting: bloc.supporting.positions.map((p: any) => p.actor.id).sort(), opposing: bloc.opposing.positions.map((p: any) => p.actor.id).sort() }).toEqual({
        where,
        supporting: expectedSides.SUPPORTS,
        opposing: expectedSides.OPPOSES,
      });
      expect({ where, counts: [bloc.supporting.totalCount, bloc.opposing.totalCount] }).toEqual({ where, counts: [expectedSides.SUPPORTS.length, expectedSides.OPPOSES.length] });
    }
    for (const post of posts) {
      const runners = await query<{ c: string; n: unknown }>(t.db, "MATCH (c:Person)-[:CANDIDATE_FOR]->(p:Post) WITH c, count(DISTINCT p) AS n RETURN c.id AS c, n");
      const runsFor = new Map(runners.map((r) => [r.c, Number(r.n)]));
      for (const entry of await ask("race", { post, asOf })) {
        const candidateId = (entry.candidate as { id: string }).id;
        // A candidate running for several posts counts only the stances given for this one.
        const inScope = claims.filter((c) => (runsFor.get(candidateId) ?? 0) <= 1 || c.postId === post);
        const count = (stance: Stance, type?: string) => expectedHolders(inScope.filter((c) => !type || c.actorType === type), candidateId, stance, asOf).length;
        const where = { post, candidateId, asOf };
        expect({ where, counts: [entry.supporters, entry.opponents, entry.supportingCountries, entry.opposingCountries] }).toEqual({
          where,
          counts: [count("SUPPORTS"), count("OPPOSES"), count("SUPPORTS", "Country"), count("OPPOSES", "Country")],
        });
      }
      for (const candidateId of candidateIds) {
        const page = await one("stance-holders", { candidate: candidateId, stance: "SUPPORTS", post, asOf, first: "500" });
        const expected = expectedHolders(claims.filter((c) => c.postId === post), candidateId, "SUPPORTS", asOf);
        const where = { candidateId, post, asOf };
        expect({ where, totalCount: page.totalCount, holders: page.holders.map((h: any) => h.actor.id) }).toEqual({ where, totalCount: expected.length, holders: expected.map((h) => h.actor) });
      }
    }
  }
  const changes = await one("stance-changes", { first: "500" });
  const got = (changes.changes as any[]).filter((c) => candidateIds.includes(c.candidate.id)).map((c) => `${c.candidate.id}|${c.actor.id}|${c.from}>${c.to}`);
  const expected = expectedChanges(claims, candidateIds);
  expect(got.sort()).toEqual(expected.map((c) => c.replace(/@.*$/, "")).sort());
  // Each change counts all its actor's changes; a cap keeps the latest of each actor, in order.
  const pairOf = (change: string) => change.split("|").slice(0, 2).join("|");
  const countOf = (pair: string) => expected.filter((c) => pairOf(c) === pair).length;
  for (const changesPerActor of [null, 1, 2]) {
    const page = await one("stance-changes", { first: "500", changesPerActor });
    const mine = (page.changes as any[]).filter((c) => candidateIds.includes(c.candidate.id));
    const where = { changesPerActor };
    expect({ where, counts: mine.map((c) => c.actorChangeCount) }).toEqual({ where, counts: mine.map((c) => countOf(`${c.candidate.id}|${c.actor.id}`)) });
    const latest = [...new Set(expected.map(pairOf))].flatMap((pair) => {
      const all = expected.filter((c) => pairOf(c) === pair).sort((a, b) => (a.split("@")[1]! < b.split("@")[1]! ? -1 : 1));
      return changesPerActor === null ? all : all.slice(-changesPerActor);
    });
    expect({ where, changes: mine.map((c) => `${c.candidate.id}|${c.actor.id}|${c.from}>${c.to}@${c.after.countsFrom}`).sort() }).toEqual({ where, changes: latest.sort() });
  }
}

const plain = (value: unknown): unknown =>
  isInt(value) ? value.toNumber() : isDate(value) ? value.toString() : Array.isArray(value) ? value.map(plain) : value;
const plainProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v)]));

/** A tally's meaning: its counts, and its months without the zeros a retraction leaves. */
function tallyMeaning(props: Record<string, unknown>) {
  const { monthBase, monthActors, monthCountries, ...counts } = plainProps(props) as Record<string, any>;
  const months = ((monthActors as number[]) ?? []).flatMap((n, i) => (n !== 0 || monthCountries[i] !== 0 ? [[monthBase + i, n, monthCountries[i]]] : []));
  return { ...counts, months };
}

/** Positions, tallies and candidacies of some candidates, as plain rows (to compare two states). */
async function snapshot(candidateIds: readonly string[]) {
  const positions = await query<{ actor: string; candidate: string; p: Record<string, unknown> }>(
    t.db,
    `MATCH (a)-[p:POSITION]->(c) WHERE c.id IN $ids RETURN a.id AS actor, c.id AS candidate, properties(p) AS p ORDER BY actor, candidate, p.scope`,
    { ids: candidateIds },
  );
  const tallies = await query<{ x: Record<string, unknown> }>(t.db, `MATCH (x:Tally) WHERE x.candidateId IN $ids RETURN properties(x) AS x ORDER BY x.key`, { ids: candidateIds });
  const candidacies = await query<{ c: string; p: string; r: Record<string, unknown> }>(
    t.db,
    `MATCH (c)-[r:RUNS_FOR]->(p) WHERE c.id IN $ids RETURN c.id AS c, p.id AS p, properties(r) AS r ORDER BY c, p`,
    { ids: candidateIds },
  );
  return {
    positions: positions.map((row) => ({ ...row, p: plainProps(row.p) })),
    tallies: tallies.map((row) => tallyMeaning(row.x)),
    candidacies: candidacies.map((row) => ({ ...row, r: plainProps(row.r) })),
  };
}

// ---------------------------------------------------------------------------------------------

const ada = person("ada", "Ada Quillfeather", ["Quillfeather"]);
const ben = person("ben", "Benedikt Sorrow");
const chair = { id: "chair", name: "Harbour Council Chair", type: "Post" as const, organization: "council", aliases: [] };
const council = { id: "council", name: "Harbour Council", type: "Organization" as const, aliases: [] };

describe("refreshing the summaries at ingest", () => {
  it("keeps positions, tallies and candidacies through a second article, a speaker named later and a retraction", async () => {
    const first = await t.ingest(
      claimsDocument({
        title: "Quillfeather runs",
        publishedAt: "2024-01-10",
        sentences: ["Ada Quillfeather is running for Harbour Council Chair.", "Ines Varga backs Ada Quillfeather.", "Chile opposes Ada Quillfeather."],
        entities: [ada, person("ines", "Ines Varga"), country("CL", "Chile"), chair, council],
        claims: [
          { type: "CANDIDATE_FOR", from: "ada", to: "chair", evidence: "Ada Quillfeather is running for Harbour Council Chair" },
          { type: "SUPPORTS", from: "ines", to: "ada", evidence: "Ines Varga backs Ada Quillfeather" },
          { type: "OPPOSES", from: "cl", to: "ada", evidence: "Chile opposes Ada Quillfeather" },
        ],
      }),
    );
    const ids = ["person:ada-quillfeather"];
    expect((await one("stance-holders", { candidate: "Ada Quillfeather", stance: "SUPPORTS" })).totalCount).toBe(1);
    expect(await ask("race", { post: "Harbour Council Chair" })).toEqual([expect.objectContaining({ supporters: 1, opponents: 1, opposingCountries: 1, candidacyClaims: 1 })]);

    // A second article: Chile changes its mind a month later.
    await t.ingest(
      claimsDocument({
        title: "Chile turns",
        publishedAt: "2024-02-12",
        sentences: ["Chile now supports Ada Quillfeather."],
        entities: [ada, country("CL", "Chile")],
        claims: [{ type: "SUPPORTS", from: "cl", to: "ada", evidence: "Chile now supports Ada Quillfeather" }],
      }),
    );
    const race = (await ask("race", { post: "Harbour Council Chair" }))[0]!;
    expect(race).toMatchObject({ supporters: 2, opponents: 1, supportingCountries: 1 });
    expect((await one("stance-changes", { candidate: "Ada Quillfeather" })).changes).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ name: "Chile" }), from: "OPPOSES", to: "SUPPORTS" }),
    ]);
    const january = await one("coalition", { candidate: "Ada Quillfeather", asOf: "2024-01-31" });
    expect([january.supporting.totalCount, january.opposing.totalCount]).toEqual([1, 1]);
    const february = await one("coalition", { candidate: "Ada Quillfeather", asOf: "2024-02-29" });
    expect([february.supporting.totalCount, february.opposing.totalCount]).toEqual([2, 0]);

    // Ines Varga is named Chile's foreign minister later: her stance now counts for Chile too,
    // from the day she first spoke for it.
    await t.ingest(
      claimsDocument({
        title: "Varga speaks for Chile",
        publishedAt: "2024-03-05",
        sentences: ["Chilean Foreign Minister Ines Varga spoke."],
        entities: [person("ines", "Ines Varga"), country("CL", "Chile")],
        claims: [{ type: "SPEAKS_FOR", from: "ines", to: "cl", evidence: "Chilean Foreign Minister Ines Varga", role: "Foreign Minister" }],
      }),
    );
    const chile = (await one("stance-holders", { candidate: "Ada Quillfeather", stance: "SUPPORTS" })).holders.find((h: any) => h.actor.name === "Chile");
    expect(chile).toMatchObject({ claimCount: 2, first: "2024-02-12", vias: [expect.objectContaining({ name: "Ines Varga" })] });
    await checkAgainstClaims(ids, ["post:harbour-council-chair"], [null, "2024-01-10", "2024-02-11", "2024-02-12", "2024-03-05"]);

    // Retracting the first article takes its claims out of every summary.
    expect(await retractArticle(t.db, first.articleId)).toBe(true);
    expect((await snapshot(ids)).candidacies).toEqual([]);
    const after = await one("stance-holders", { candidate: "Ada Quillfeather", stance: "OPPOSES" });
    expect(after).toMatchObject({ totalCount: 0, holders: [] });
    expect((await one("stance-changes", { candidate: "Ada Quillfeather" })).totalCount).toBe(0);
    await checkAgainstClaims(ids, [], [null, "2024-02-12"]);
  });

  it("counts a stance given for one post only in that post's race when the candidate runs for several", async () => {
    const second = { id: "second", name: "Harbour Council Treasurer", type: "Post" as const, organization: "council", aliases: [] };
    await t.ingest(
      claimsDocument({
        title: "Two races",
        publishedAt: "2024-04-01",
        sentences: ["Ada Quillfeather runs for Harbour Council Chair.", "Ada Quillfeather also runs for Harbour Council Treasurer.", "Oda Lind backs Ada Quillfeather.", "Benedikt Sorrow runs for Harbour Council Chair."],
        entities: [ada, ben, person("oda", "Oda Lind"), chair, second, council],
        claims: [
          { type: "CANDIDATE_FOR", from: "ada", to: "chair", evidence: "Ada Quillfeather runs for Harbour Council Chair" },
          { type: "CANDIDATE_FOR", from: "ada", to: "second", evidence: "Ada Quillfeather also runs for Harbour Council Treasurer" },
          { type: "SUPPORTS", from: "oda", to: "ada", evidence: "Oda Lind backs Ada Quillfeather" },
          { type: "CANDIDATE_FOR", from: "ben", to: "chair", evidence: "Benedikt Sorrow runs for Harbour Council Chair" },
        ],
      }),
    );
    // The claims name no post yet: as a write path that knows the post would, mark Oda's stance as
    // given for the chair, and refresh the pair.
    await t.db.write(async (tx) => {
      await tx.run("MATCH (:Person {id: 'person:oda-lind'})-[r:SUPPORTS]->(:Person {id: 'person:ada-quillfeather'}) SET r.postId = 'post:harbour-council-chair'");
      await refreshSummaries(tx, { pairs: [{ actorId: "person:oda-lind", candidateId: "person:ada-quillfeather" }] });
    });
    const chairRace = await ask("race", { post: "Harbour Council Chair" });
    expect(chairRace.map((r: any) => [r.candidate.name, r.supporters])).toEqual([
      ["Ada Quillfeather", 1],
      ["Benedikt Sorrow", 0],
    ]);
    const treasurerRace = await ask("race", { post: "Harbour Council Treasurer" });
    expect(treasurerRace.map((r: any) => [r.candidate.name, r.supporters])).toEqual([["Ada Quillfeather", 0]]);
    expect((await one("stance-holders", { candidate: "Ada Quillfeather", stance: "SUPPORTS", post: "Harbour Council Treasurer" })).totalCount).toBe(0);
    expect((await one("stance-holders", { candidate: "Ada Quillfeather", stance: "SUPPORTS", post: "Harbour Council Chair" })).totalCount).toBe(1);
    expect((await one("stance-holders", { candidate: "Ada Quillfeather", stance: "SUPPORTS" })).totalCount).toBe(1);
  });

  it("rebuilds to exactly what ingestion maintained", async () => {
    await t.ingest(
      claimsDocument({
        title: "Rebuild one",
        publishedAt: "2024-05-01",
        sentences: ["On April 2 Peru backed Ada Quillfeather.", "Foreign Minister Lia Tern said Peru backs Ada Quillfeather.", "Ada Quillfeather runs for Harbour Council Chair."],
        entities: [ada, person("lia", "Lia Tern"), country("PE", "Peru"), chair, council],
        claims: [
          { type: "SUPPORTS", from: "pe", to: "ada", evidence: "On April 2 Peru backed Ada Quillfeather", date: "2024-04-02" },
          { type: "SPEAKS_FOR", from: "lia", to: "pe", evidence: "Foreign Minister Lia Tern", role: "Foreign Minister" },
          { type: "SUPPORTS", from: "lia", to: "ada", evidence: "Lia Tern said Peru backs Ada Quillfeather" },
          { type: "CANDIDATE_FOR", from: "ada", to: "chair", evidence: "Ada Quillfeather runs for Harbour Council Chair" },
        ],
      }),
    );
    const ids = ["person:ada-quillfeather"];
    const maintained = await snapshot(ids);
    expect(maintained.positions.length).toBeGreaterThan(0);
    await rebuildAllSummaries(t.db);
    expect(await snapshot(ids)).toEqual(maintained);
  });
});

// ---------------------------------------------------------------------------------------------
// Random small worlds

/** A small deterministic random generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ["Alma", "Bruno", "Cleo", "Dario", "Edda", "Fabio", "Greta", "Hugo", "Irma", "Jonas", "Kira", "Leon"];
const FAMILY = ["Ashgrove", "Brindle", "Corvane", "Dunmere", "Elkstone", "Fairholt", "Gansey", "Hollin", "Ivers", "Jessop", "Kettering", "Lowrie"];
const COUNTRIES: [string, string][] = [
  ["NO", "Norway"],
  ["PT", "Portugal"],
  ["CL", "Chile"],
];
const DAYS = ["2024-01-05", "2024-01-20", "2024-02-03", "2024-02-28", "2024-03-10"];

function randomWorld(seed: number): { articles: ClaimsDocument[]; candidates: string[]; posts: string[] } {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const names = FAMILY.map((family, i) => `${GIVEN[(i + seed) % GIVEN.length]} ${family}`);
  const people: EntityInput[] = names.map((name, i) => person(`p${i}`, name));
  const candidates = people.slice(0, 3);
  const others = people.slice(3, 9);
  const countries = COUNTRIES.map(([code, name]) => country(code, name));
  const posts = [
    { id: "post0", name: "Tidewater Board Chair", type: "Post" as const, organization: "board", aliases: [] },
    { id: "post1", name: "Tidewater Board Treasurer", type: "Post" as const, organization: "board", aliases: [] },
  ];
  const board = { id: "board", name: "Tidewater Board", type: "Organization" as const, aliases: [] };
  const articles: ClaimsDocument[] = [];
  for (let k = 0; k < 8; k++) {
    const sentences: string[] = [];
    const claims: ClaimSpec[] = [];
    const add = (text: string, claim: Omit<ClaimSpec, "evidence">) => {
      const sentence = `Report ${k}-${sentences.length}: ${text}.`;
      sentences.push(sentence);
      claims.push({ ...claim, evidence: sentence.slice(0, -1) });
    };
    for (let n = 0; n < 6; n++) {
      const candidate = pick(candidates);
      const roll = rnd();
      if (roll < 0.12) {
        const post = candidate === candidates[0] ? pick(posts) : posts[candidates.indexOf(candidate) % 2]!;
        add(`${candidate.name} runs for ${post.name}`, { type: "CANDIDATE_FOR", from: candidate.id, to: post.id });
      } else if (roll < 0.3) {
        const speaker = pick(others);
        const represented = pick(countries);
        add(`${speaker.name} speaks for ${represented.name}`, { type: "SPEAKS_FOR", from: speaker.id, to: represented.id, role: "Minister", date: rnd() < 0.3 ? pick(DAYS) : null });
      } else {
        const from = rnd() < 0.3 ? pick(countries) : pick(others);
        const stance = rnd() < 0.6 ? "SUPPORTS" : "OPPOSES";
        // Stances on the candidate who runs for both posts often name one of them.
        const post = candidate === candidates[0] && rnd() < 0.6 ? pick(posts).id : undefined;
        add(`${from.name} ${stance === "SUPPORTS" ? "backs" : "rejects"} ${candidate.name}`, {
          type: stance,
          from: from.id,
          to: candidate.id,
          date: rnd() < 0.4 ? pick(DAYS) : null,
          ...(post ? { post } : {}),
        });
      }
    }
    const used = new Set(claims.flatMap((c) => [c.from, c.to, ...(c.post ? [c.post] : [])]));
    const entities = [...people, ...countries, ...posts, board].filter((e) => used.has(e.id) || (e === board && posts.some((p) => used.has(p.id))));
    articles.push(
      claimsDocument({ title: `Tidewater report ${seed}-${k}`, publishedAt: rnd() < 0.85 ? pick(DAYS) : null, sentences, entities, claims }),
    );
  }
  return { articles, candidates: candidates.map((c) => `person:${c.name.toLowerCase().replace(/ /g, "-")}`), posts: posts.map((p) => `post:${p.name.toLowerCase().replace(/ /g, "-")}`) };
}

describe("summaries against the claims, in random small worlds", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`answers world ${seed} like a recomputation from its claims, after ingesting and after retracting`, async () => {
      const world = randomWorld(seed);
      const written = [];
      for (const doc of world.articles) written.push(await t.ingest(doc));
      const days = [null, "2024-01-20", "2024-02-10", "2024-02-28"];
      await checkAgainstClaims(world.candidates, world.posts, days);
      // Retract a few articles: the summaries follow.
      const rnd = random(seed * 7);
      for (const result of written) if (rnd() < 0.4) await retractArticle(t.db, result.articleId);
      await checkAgainstClaims(world.candidates, world.posts, days);
      // And a rebuild from scratch gives the same summaries.
      const maintained = await snapshot(world.candidates);
      await rebuildAllSummaries(t.db);
      expect(await snapshot(world.candidates)).toEqual(maintained);
    });
  }

  it("leaves no summary behind once every article is retracted", async () => {
    const world = randomWorld(9);
    for (const doc of world.articles) await t.ingest(doc);
    await t.cleanup();
    expect(await snapshot(world.candidates)).toEqual({ positions: [], tallies: [], candidacies: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// The positions' latest claims and changes against the claims

/** Plain JSON of a question's rows, to compare two answers. */
const rowsOf = async (name: string, params: Record<string, unknown>) => JSON.parse(JSON.stringify((await ask(name, params)).map((row) => plainDeep(row))));
const plainDeep = (value: unknown): unknown =>
  isInt(value) || isDate(value)
    ? plain(value)
    : Array.isArray(value)
      ? value.map(plainDeep)
      : value !== null && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainDeep(v)]))
        : value;

/**
 * Without asOf and minConfidence the questions read each page's counts, days, latest claims and
 * changes from the positions; `minConfidence: 0` (every claim passes) makes them read the claims.
 * Both must give the same answer, row for row.
 */
async function checkSummaryPathAgainstClaimsPath(candidateIds: readonly string[], posts: readonly string[]) {
  let compared = 0;
  const same = async (name: string, params: Record<string, unknown>) => {
    const fromPositions = await rowsOf(name, params);
    const fromClaims = await rowsOf(name, { ...params, minConfidence: 0 });
    expect({ name, params, rows: fromPositions }).toEqual({ name, params, rows: fromClaims });
    compared++;
  };
  const storedPosts = (await query<{ id: string }>(t.db, "MATCH (p:Post) WHERE p.id IN $ids RETURN p.id AS id", { ids: posts })).map((p) => p.id);
  for (const candidate of candidateIds) {
    for (const stance of ["SUPPORTS", "OPPOSES"]) {
      await same("stance-holders", { candidate, stance, first: "500" });
      for (const post of storedPosts) await same("stance-holders", { candidate, stance, post, first: "500" });
    }
    await same("coalition", { candidate, first: "500" });
    await same("coalition", { candidate, organization: "NATO" });
    await same("stance-changes", { candidate, first: "500" });
    await same("stance-changes", { candidate, first: "500", changesPerActor: "1" });
    await same("stance-changes", { candidate, first: "500", changesPerActor: "2" });
  }
  return compared;
}

/** Every position of these candidates holds its latest claims (the questions read them). */
async function positionsWithoutRecentClaims(candidateIds: readonly string[]) {
  const rows = await query<{ n: unknown }>(
    t.db,
    `MATCH ()-[p:POSITION]->(c) WHERE c.id IN $ids AND ((p.supportKey IS NOT NULL AND p.supportRecent IS NULL) OR (p.opposeKey IS NOT NULL AND p.opposeRecent IS NULL))
     RETURN count(p) AS n`,
    { ids: candidateIds },
  );
  return Number(plain(rows[0]!.n));
}

/** A new reading of an article: every other stance turned, and its last claim dropped. */
function reread(doc: ClaimsDocument): ClaimsDocument {
  let turned = 0;
  const claims = doc.claims.slice(0, -1).map((c) => (c.type === "SUPPORTS" || c.type === "OPPOSES") && turned++ % 2 === 0 ? { ...c, type: c.type === "SUPPORTS" ? "OPPOSES" as const : "SUPPORTS" as const } : c);
  return { ...doc, claims };
}

describe("latest claims and changes kept in the positions", () => {
  for (const seed of [11, 12, 13]) {
    it(`answer world ${seed} as its claims do, through writes out of order, retractions and re-readings`, async () => {
      const world = randomWorld(seed);
      // Articles in no order of their days: stances appended, inserted among older ones, through
      // speakers, several on one day.
      const written = [];
      for (const doc of world.articles) written.push({ doc, result: await t.ingest(doc) });
      expect(await positionsWithoutRecentClaims(world.candidates)).toBe(0);
      expect(await checkSummaryPathAgainstClaimsPath(world.candidates, world.posts)).toBeGreaterThan(20);

      const rnd = random(seed * 13);
      for (const { doc, result } of written) {
        const roll = rnd();
        if (roll < 0.25) await retractArticle(t.db, result.articleId);
        else if (roll < 0.6) await rewriteArticleClaims(t.db, reread(doc));
      }
      expect(await positionsWithoutRecentClaims(world.candidates)).toBe(0);
      await checkSummaryPathAgainstClaimsPath(world.candidates, world.posts);
      await checkAgainstClaims(world.candidates, world.posts, [null]);

      // A rebuild gives the positions ingestion kept, latest claims and changes included.
      const maintained = await snapshot(world.candidates);
      await rebuildAllSummaries(t.db);
      expect(await snapshot(world.candidates)).toEqual(maintained);
    });
  }

  it("answers a graph stored before positions kept their latest claims, and upgrades it in place", async () => {
    const world = randomWorld(21);
    for (const doc of world.articles.slice(0, 6)) await t.ingest(doc);
    const current = await snapshot(world.candidates);
    const answers = async () => {
      const rows = [];
      for (const candidate of world.candidates) {
        rows.push(await rowsOf("stance-holders", { candidate, stance: "SUPPORTS", first: "500" }));
        rows.push(await rowsOf("coalition", { candidate, first: "500" }));
        rows.push(await rowsOf("stance-changes", { candidate, first: "500" }));
      }
      return rows;
    };
    const before = await answers();
    // Positions as summary version 2 stored them.
    await t.db.write((tx) =>
      tx.run(`MATCH ()-[p:POSITION]->(c) WHERE c.id IN $ids REMOVE p.supportRecent, p.opposeRecent, p.changes, p.lastBefore
              WITH count(*) AS n MERGE (m:Migration {id: 'summaries'}) SET m.version = 2`, { ids: world.candidates }),
    );
    expect(await positionsWithoutRecentClaims(world.candidates)).toBeGreaterThan(0);
    // Read from the claims, the answers are the same.
    expect(await answers()).toEqual(before);
    // A write into such a graph recomputes the pairs it touches instead of merging into them.
    for (const doc of world.articles.slice(6)) await t.ingest(doc);
    await checkSummaryPathAgainstClaimsPath(world.candidates, world.posts);
    // The upgrade fills what is missing and changes nothing else.
    const check = await ensureSummaries(t.db);
    expect(check.action).toBe("upgraded");
    expect(check.unit).toBe("pairs");
    expect(check.count).toBeGreaterThan(0);
    expect(await positionsWithoutRecentClaims(world.candidates)).toBe(0);
    const upgraded = await snapshot(world.candidates);
    await rebuildAllSummaries(t.db);
    expect(await snapshot(world.candidates)).toEqual(upgraded);
    expect(upgraded.positions.length).toBeGreaterThanOrEqual(current.positions.length);
    const marker = await query<{ v: unknown }>(t.db, "MATCH (m:Migration {id: 'summaries'}) RETURN m.version AS v");
    expect(Number(plain(marker[0]!.v))).toBe(SUMMARY_VERSION);
    expect((await ensureSummaries(t.db)).action).toBe("none");
  });
});

describe("claims of a pair with several changes, arriving in every order", () => {
  /** Every order of `items`. */
  const permutations = <T>(items: readonly T[]): T[][] =>
    items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
  const SPEAKER_FAMILIES = ["Marlow", "Nettle", "Orrin", "Pellam", "Quarry", "Rookwood", "Sallow", "Thorne", "Umber", "Vesey", "Wickham", "Yarrow"];

  it("keeps every holder's position as its claims give it, after each article", async () => {
    // Four runs (three changes), two claims on one day: one the holder's own, the others its speakers'.
    const claims = [
      { n: 1, by: "holder", stance: "SUPPORTS", date: "2024-01-05" },
      { n: 2, by: "b", stance: "OPPOSES", date: "2024-01-20" },
      { n: 3, by: "a", stance: "OPPOSES", date: "2024-01-20" },
      { n: 4, by: "b", stance: "SUPPORTS", date: "2024-02-03" },
      { n: 5, by: "a", stance: "OPPOSES", date: "2024-02-28" },
    ] as const;
    const orders = permutations(claims);
    const holders = orders.map((_, o) => {
      const [i, j] = [o % 12, Math.floor(o / 12)];
      return {
        holder: { id: `h${o}`, name: `${SPEAKER_FAMILIES[j]} ${FAMILY[i]} Society`, type: "Organization" as const, aliases: [] },
        a: person(`a${o}`, `${GIVEN[j]} ${FAMILY[i]}`),
        b: person(`b${o}`, `${GIVEN[i]} ${SPEAKER_FAMILIES[j]}`),
      };
    });
    const candidate = "person:ada-quillfeather";
    for (let k = 0; k < claims.length; k++) {
      const sentences: string[] = [];
      const specs: ClaimSpec[] = [];
      const add = (text: string, claim: Omit<ClaimSpec, "evidence">) => {
        const sentence = `Item ${k}-${sentences.length}: ${text}.`;
        sentences.push(sentence);
        specs.push({ ...claim, evidence: sentence.slice(0, -1) });
      };
      orders.forEach((order, o) => {
        const h = holders[o]!;
        // One speaker is named in the first article, the other only in the third.
        if (k === 0) add(`${h.a.name} speaks for ${h.holder.name}`, { type: "SPEAKS_FOR", from: h.a.id, to: h.holder.id, role: "spokesperson", date: "2024-01-01" });
        if (k === 2) add(`${h.b.name} speaks for ${h.holder.name}`, { type: "SPEAKS_FOR", from: h.b.id, to: h.holder.id, role: "spokesperson", date: "2024-01-01" });
        const c = order[k]!;
        const from = c.by === "holder" ? h.holder : c.by === "a" ? h.a : h.b;
        add(`${from.name} ${c.stance === "SUPPORTS" ? "backs" : "rejects"} Ada Quillfeather`, { type: c.stance, from: from.id, to: "ada", date: c.date });
      });
      await t.ingest(
        claimsDocument({ title: `Every order ${k}`, sentences, entities: [ada, ...holders.flatMap((h) => [h.holder, h.a, h.b])], claims: specs }),
      );
      const maintained = await snapshot([candidate]);
      await rebuildAllSummaries(t.db);
      expect({ article: k, ...(await snapshot([candidate])) }).toEqual({ article: k, ...maintained });
    }
    const changes = await one("stance-changes", { candidate, first: "500" });
    // Every holder's history runs support, opposition, support, opposition (a speaker's own, b's, changes once).
    const byHolders = (changes.changes as any[]).filter((c) => !String(c.actor.id).startsWith("person:"));
    expect(byHolders.length).toBe(orders.length * 3);
    expect(new Set(byHolders.map((c) => c.actorChangeCount))).toEqual(new Set([3]));
    // Capped at two per actor: the last two of each holder's three, each still counting three.
    const capped = (await one("stance-changes", { candidate, first: "500", changesPerActor: 2 })).changes as any[];
    const cappedHolders = capped.filter((c) => !String(c.actor.id).startsWith("person:"));
    expect(cappedHolders.length).toBe(orders.length * 2);
    expect(cappedHolders).toEqual(byHolders.filter((c, i) => i % 3 !== 0));
    expect(capped.length).toBeLessThan(changes.changes.length);
    expect(await checkSummaryPathAgainstClaimsPath([candidate], [])).toBeGreaterThan(4);
    await checkAgainstClaims([candidate], [], [null, "2024-01-20", "2024-02-10"]);
  });
});
