import { jest } from "@jest/globals";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { cypherCommandOutput } from "../src/cli/cypher-command.js";
import { defaultCatalog } from "../src/coalitions/query-catalog.js";
import { QUESTIONS, type QuestionName } from "../src/coalitions/questions.js";
import { runQuery } from "../src/coalitions/run-query.js";
import { InvalidInputError, NotFoundError } from "../src/errors.js";
import { parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { projectPath } from "../src/project-path.js";
import { claimsDocument, country, person } from "./helpers/claims-builder.js";
import { openTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type GraphQLResponse, type TestService } from "./helpers/test-service.js";

// The first queries of a run wait for Neo4j to plan them.
jest.setTimeout(30_000);

const run = promisify(execFile);
const catalog = defaultCatalog();
const seed = () => parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed");

let t: TestDatabase;
let service: TestService;
beforeAll(async () => {
  t = await openTestDatabase();
  service = await startTestService(t.db);
});
afterEach(() => t.cleanup());
afterAll(async () => {
  await service.stop();
  await t.close();
});

// Spawning the CLI takes about a second per call.
const CLI_TIMEOUT = 30_000;

// Every field of every result type, so that GraphQL answers can be compared with the CLI's rows.
const FRAGMENTS: Record<string, string> = {
  A: "fragment A on ActorRef { id name type }",
  E: "fragment E on Evidence { claimId kind evidence sentence date statedDate confidence article { id title source url publishedAt } }",
  SC: "fragment SC on StanceClaim { stance via { ...A } role countsFrom evidence { ...E } }",
  PI: "fragment PI on QuestionPageInfo { hasNextPage endCursor }",
  SH: "fragment SH on StanceHolder { actor { ...A } stance first last claimCount vias { ...A } latestClaims { ...SC } cursor }",
  CP: "fragment CP on CoalitionPosition { actor { ...A } stance since claimCount latestClaims { ...SC } cursor }",
  SG: "fragment SG on SharedCandidates { totalCount candidates { candidate { ...A } aStance bStance aClaimCount bClaimCount aClaims { ...SC } bClaims { ...SC } } }",
};
const PAGE_ARGS = "$asOf: Day, $minConfidence: Float, $first: Int, $after: String";
const SELECTIONS: Record<QuestionName, { args: string; selection: string }> = {
  race: {
    args: "$post: String!, $asOf: Day, $minConfidence: Float",
    selection: `race(post: $post, asOf: $asOf, minConfidence: $minConfidence) { candidate { ...A } post { id title organization } supporters opponents
      supportingCountries opposingCountries firstClaim { kind from { ...A } evidence { ...E } }
      lastClaim { kind from { ...A } evidence { ...E } } candidacyClaims candidacy { ...E } }`,
  },
  supporters: {
    args: `$candidate: String!, $post: String, ${PAGE_ARGS}`,
    selection: `supporters(candidate: $candidate, post: $post, asOf: $asOf, minConfidence: $minConfidence, first: $first, after: $after) {
      candidate { ...A } stance post { id title organization } asOf totalCount holders { ...SH } pageInfo { ...PI } }`,
  },
  opponents: {
    args: `$candidate: String!, $post: String, ${PAGE_ARGS}`,
    selection: `opponents(candidate: $candidate, post: $post, asOf: $asOf, minConfidence: $minConfidence, first: $first, after: $after) {
      candidate { ...A } stance post { id title organization } asOf totalCount holders { ...SH } pageInfo { ...PI } }`,
  },
  evidence: {
    args: `$actor: String!, $candidate: String!, $stance: Stance, $post: String, ${PAGE_ARGS}`,
    selection: `evidence(actor: $actor, candidate: $candidate, stance: $stance, post: $post, asOf: $asOf, minConfidence: $minConfidence, first: $first, after: $after) {
      actor { ...A } candidate { ...A } stance totalCount claims { ...SC } pageInfo { ...PI } }`,
  },
  coalition: {
    args: "$candidate: String!, $organization: String, $post: String, $asOf: Day, $minConfidence: Float, $first: Int, $supportingAfter: String, $opposingAfter: String",
    selection: `coalition(candidate: $candidate, organization: $organization, post: $post, asOf: $asOf, minConfidence: $minConfidence, first: $first,
      supportingAfter: $supportingAfter, opposingAfter: $opposingAfter) { candidate { ...A } organization { ...A }
      asOf membersOn memberCount supporting { totalCount positions { ...CP } pageInfo { ...PI } }
      opposing { totalCount positions { ...CP } pageInfo { ...PI } } undeclared { ...A } summary }`,
  },
  stanceChanges: {
    args: "$candidate: String, $minConfidence: Float, $first: Int, $after: String, $changesPerActor: Int",
    selection: `stanceChanges(candidate: $candidate, minConfidence: $minConfidence, first: $first, after: $after, changesPerActor: $changesPerActor) {
      totalCount changes { candidate { ...A } actor { ...A } from to actorChangeCount before { ...SC } after { ...SC } } pageInfo { ...PI } }`,
  },
  connection: {
    args: "$from: String!, $to: String!, $maxHops: Int, $minConfidence: Float",
    selection: `connection(from: $from, to: $to, maxHops: $maxHops, minConfidence: $minConfidence) { hops nodes { ...A }
      edges { kind from { ...A } to { ...A } role since until evidence { ...E } } }`,
  },
  sharedGround: {
    args: "$a: String!, $b: String!, $asOf: Day, $minConfidence: Float, $first: Int",
    selection: `sharedGround(a: $a, b: $b, asOf: $asOf, minConfidence: $minConfidence, first: $first) { a { ...A } b { ...A }
      bothSupport { ...SG } bothOppose { ...SG } disagree { ...SG } summary }`,
  },
  quotes: {
    args: `$person: String!, ${PAGE_ARGS}`,
    selection: `quotes(person: $person, asOf: $asOf, minConfidence: $minConfidence, first: $first, after: $after) {
      speaker { ...A } totalCount quotes { quote evidence { ...E } cursor } pageInfo { ...PI } }`,
  },
  search: { args: "$query: String!, $first: Int", selection: "search(query: $query, first: $first) { id name type detail score }" },
};

function documentFor(name: QuestionName): string {
  const { args, selection } = SELECTIONS[name];
  let text = `query Q(${args}) { ${selection} }`;
  // Add each fragment used, and the fragments those use.
  for (let added = true; added; ) {
    added = false;
    for (const [fragment, definition] of Object.entries(FRAGMENTS)) {
      if (text.includes(`...${fragment} `) && !text.includes(`fragment ${fragment} on`)) {
        text += `\n${definition}`;
        added = true;
      }
    }
  }
  return text;
}

/** Asks a question over HTTP; fails the test on any GraphQL error. */
async function ask<T = any>(name: QuestionName, variables: Record<string, unknown>): Promise<T> {
  const res = await service.graphql(documentFor(name), variables);
  expect(res.errors).toBeUndefined();
  return res.data![name] as T;
}

async function askRaw(name: QuestionName, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  return service.graphql(documentFor(name), variables);
}

/** The same question through the `coalition` binary, `--json`. */
async function askCli(name: QuestionName, args: Record<string, unknown>): Promise<unknown> {
  const question = QUESTIONS[name];
  const params = Object.entries(question.params(args)).filter(([, v]) => v !== undefined && v !== null);
  const argv = [projectPath("dist", "cli", "main.js"), "cypher", question.query, ...params.flatMap(([k, v]) => ["--param", `${k}=${String(v)}`]), "--json"];
  const { stdout } = await run(process.execPath, argv, { env: process.env });
  const rows = JSON.parse(stdout) as unknown[];
  return "single" in question && question.single ? rows[0] : rows;
}

const names = (items: { actor: { name: string } }[]) => items.map((i) => i.actor.name);

describe("the coalition questions on the seed graph", () => {
  beforeEach(async () => {
    await t.ingest(seed());
  });

  it("finds France, the United States, the United Kingdom and Germany supporting Mark Rutte, each with evidence", async () => {
    const page = await ask("supporters", { candidate: "Mark Rutte" });
    const items: any[] = page.holders;
    expect(page.totalCount).toBe(8);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: items[items.length - 1].cursor });
    expect(names(items)).toEqual(expect.arrayContaining(["France", "United States", "United Kingdom", "Germany"]));
    const france = items.find((i) => i.actor.name === "France");
    expect(france).toMatchObject({ vias: [{ name: "Gabriel Attal", type: "Person" }], stance: "SUPPORTS", claimCount: 1, first: "2024-03-06" });
    expect(france.latestClaims[0]).toMatchObject({
      stance: "SUPPORTS",
      via: { name: "Gabriel Attal" },
      role: "Prime Minister",
      evidence: {
        kind: "SUPPORTS",
        date: "2024-03-06",
        article: { title: "Rutte secures Western support in race for NATO Secretary General", source: "RT", publishedAt: "2024-03-06" },
      },
    });
    expect(france.latestClaims[0].evidence.sentence).toContain(france.latestClaims[0].evidence.evidence);
    for (const item of items) {
      expect(item.claimCount).toBeGreaterThan(0);
      expect(item.latestClaims.length).toBe(Math.min(3, item.claimCount));
    }
    expect(names(items)).not.toContain("Hungary");
    // In order of the day each first took the stance: Biden on 2024-02-21 first.
    expect(items[0]).toMatchObject({ actor: { name: "Joe Biden" }, first: "2024-02-21" });
  });

  it("pages through the supporters with first and after, in the same order, with the same total", async () => {
    const all = await ask("supporters", { candidate: "Mark Rutte" });
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: any = await ask("supporters", { candidate: "Mark Rutte", first: 3, after });
      expect(page.totalCount).toBe(8);
      expect(page.holders.length).toBeLessThanOrEqual(3);
      seen.push(...names(page.holders));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(names(all.holders));
  });

  it("gives every claim behind a stance through evidence, newest first, a page at a time", async () => {
    const page = await ask("evidence", { actor: "United States", candidate: "Mark Rutte", stance: "SUPPORTS", first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.claims).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await ask("evidence", { actor: "United States", candidate: "Mark Rutte", stance: "SUPPORTS", first: 2, after: page.pageInfo.endCursor });
    expect(rest.claims).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = [...page.claims, ...rest.claims];
    expect(all.map((c: any) => c.via?.name ?? null).sort()).toEqual([null, "Joe Biden", "John Kirby"].sort());
    const holder = (await ask("supporters", { candidate: "Mark Rutte" })).holders.find((h: any) => h.actor.name === "United States");
    expect(holder.latestClaims).toEqual(all.slice(0, holder.latestClaims.length));
    const none = await ask("evidence", { actor: "Hungary", candidate: "Mark Rutte", stance: "SUPPORTS" });
    expect(none).toMatchObject({ totalCount: 0, claims: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("finds Hungary opposing Mark Rutte", async () => {
    const page = await ask("opponents", { candidate: "Mark Rutte" });
    expect(page.holders).toHaveLength(1);
    expect(page.holders[0]).toMatchObject({ actor: { name: "Hungary", type: "Country" }, vias: [], stance: "OPPOSES" });
    expect(page.holders[0].latestClaims[0].evidence.evidence).toBe("At the same time, Hungary publicly refused to support the candidacy of the Dutch politician");
  });

  it("keeps only claims dated on or before asOf: on 2024-02-22 the United States, not yet France", async () => {
    const page = await ask("supporters", { candidate: "Mark Rutte", asOf: "2024-02-22" });
    expect(names(page.holders)).toContain("United States");
    expect(names(page.holders)).not.toContain("France");
    expect(page.totalCount).toBe(page.holders.length);
    for (const item of page.holders) for (const c of item.latestClaims) expect(c.evidence.date <= "2024-02-22").toBe(true);
  });

  it("returns nothing as of a day before any claim", async () => {
    expect(await ask("supporters", { candidate: "Mark Rutte", asOf: "2000-01-01" })).toMatchObject({ totalCount: 0, holders: [], pageInfo: { hasNextPage: false } });
    expect(await ask("race", { post: "NATO Secretary General", asOf: "2000-01-01" })).toEqual([]);
    const bloc = await ask("coalition", { candidate: "Mark Rutte", organization: "NATO", asOf: "2000-01-01" });
    expect(bloc).toMatchObject({ supporting: { totalCount: 0, positions: [] }, opposing: { totalCount: 0, positions: [] }, memberCount: 19 });
  });

  it("keeps only claims at least minConfidence sure", async () => {
    const sure = await ask("supporters", { candidate: "Mark Rutte", minConfidence: 0.9 });
    expect(sure.totalCount).toBe(7);
    expect(names(sure.holders)).not.toContain("John Kirby");
    const us = sure.holders.find((h: any) => h.actor.name === "United States");
    expect(us.latestClaims.map((c: any) => c.evidence.confidence)).toEqual(us.latestClaims.map(() => 0.95));
    const race = await ask<any[]>("race", { post: "NATO Secretary General", minConfidence: 0.9 });
    expect(race.map((r) => r.candidate.name)).not.toContain("Ursula von der Leyen");
    expect(race[0]).toMatchObject({ candidate: { name: "Mark Rutte" }, supporters: 7 });
  });

  it("lists the race for NATO Secretary General with counts and first and latest claims", async () => {
    const race = await ask<any[]>("race", { post: "NATO Secretary General" });
    const candidates = race.map((r) => r.candidate.name);
    expect(candidates).toEqual(expect.arrayContaining(["Mark Rutte", "Kaja Kallas", "Krisjanis Karins"]));
    expect(candidates[0]).toBe("Mark Rutte");
    const rutte = race[0];
    expect(rutte).toMatchObject({ supporters: 8, opponents: 1, supportingCountries: 4, opposingCountries: 1, post: { organization: "NATO" } });
    expect(rutte.firstClaim).toMatchObject({ kind: "SUPPORTS", from: { name: "Joe Biden" }, evidence: { date: "2024-02-21" } });
    expect(rutte.lastClaim.evidence.date).toBe("2024-03-06");
    expect(rutte.candidacyClaims).toBe(1);
    expect(rutte.candidacy).toHaveLength(1);
  });

  it("counts NATO members on record for Mark Rutte, Sweden only from its accession", async () => {
    const now = await ask("coalition", { candidate: "Mark Rutte", organization: "NATO" });
    expect(now.summary).toBe("4 of 32 NATO members on record as supporting Mark Rutte, 1 as opposing, 27 undeclared");
    expect(names(now.supporting.positions)).toEqual(["France", "Germany", "United Kingdom", "United States"]);
    expect(now.supporting.totalCount).toBe(4);
    expect(names(now.opposing.positions)).toEqual(["Hungary"]);
    const before = await ask("coalition", { candidate: "Mark Rutte", organization: "NATO", asOf: "2024-03-06" });
    expect(before.memberCount).toBe(31);
    expect(before.undeclared.map((a: { name: string }) => a.name)).not.toContain("Sweden");
    expect(now.undeclared.map((a: { name: string }) => a.name)).toContain("Sweden");
  });

  it("connects Hungary and France, every edge explained", async () => {
    const paths = await ask<any[]>("connection", { from: "Hungary", to: "France" });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0].name).toBe("Hungary");
      expect(path.nodes[path.nodes.length - 1].name).toBe("France");
      expect(path.edges).toHaveLength(path.hops);
      for (const edge of path.edges) expect(edge.kind === "MEMBER_OF" ? edge.since : edge.evidence).toBeTruthy();
    }
  });

  it("finds France and the United States on the same side, Hungary and France apart", async () => {
    const same = await ask("sharedGround", { a: "France", b: "the united states" });
    expect(same.bothSupport.candidates.map((x: any) => x.candidate.name)).toEqual(["Mark Rutte"]);
    expect(same.bothSupport.candidates[0]).toMatchObject({ aClaimCount: 1, bClaimCount: 3 });
    expect(same.disagree).toEqual({ totalCount: 0, candidates: [] });
    const apart = await ask("sharedGround", { a: "Hungary", b: "France" });
    expect(apart.disagree.totalCount).toBe(1);
    expect(apart.disagree.candidates[0]).toMatchObject({ candidate: { name: "Mark Rutte" }, aStance: "OPPOSES", bStance: "SUPPORTS" });
  });

  it("quotes Gabriel Attal with the article and the day", async () => {
    const page = await ask("quotes", { person: "attal" });
    expect(page.totalCount).toBe(3);
    expect(page.quotes).toHaveLength(3);
    expect(page.quotes[0].quote).toMatch(/^Of course, we support Mark Rutte/);
    expect(page.quotes[0].evidence).toMatchObject({ evidence: "said Attal", date: "2024-03-06", article: { source: "RT" } });
    const first = await ask("quotes", { person: "attal", first: 2 });
    const rest = await ask("quotes", { person: "attal", first: 2, after: first.pageInfo.endCursor });
    expect([...first.quotes, ...rest.quotes]).toEqual(page.quotes);
  });

  it("resolves names by alias, case and diacritics", async () => {
    const resolved = async (candidate: string) =>
      (await runQuery(t.db, catalog, "stance-holders", { candidate, stance: "SUPPORTS" })).resolved.candidate!.name;
    expect(await resolved("rutte")).toBe("Mark Rutte");
    expect(await resolved("MARK RUTTE")).toBe("Mark Rutte");
    expect(await resolved("person:mark-rutte")).toBe("Mark Rutte");
    expect(await resolved("Krišjānis Kariņš")).toBe("Krisjanis Karins");
    const shared = await ask("sharedGround", { a: "the united states", b: "GERMANY" });
    expect([shared.a.name, shared.b.name]).toEqual(["United States", "Germany"]);
  });

  it("answers an unknown name with NOT_FOUND and the closest names", async () => {
    const res = await askRaw("supporters", { candidate: "Mark Rute" });
    expect(res.errors![0]!.extensions).toMatchObject({ code: "NOT_FOUND", suggestions: ["Mark Rutte"] });
    expect(res.errors![0]!.message).toMatch(/no person named "Mark Rute"/);
    const post = await askRaw("race", { post: "NATO Secretary Genral" });
    expect(post.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    // One unknown name does not blank the other questions of the same request.
    const both = await service.graphql(`{ a: supporters(candidate: "Mark Rutte") { holders { actor { name } } } b: supporters(candidate: "Nobody Atall") { holders { actor { name } } } }`);
    expect(both.errors).toHaveLength(1);
    expect(both.data!.a.holders.length).toBeGreaterThan(0);
    expect(both.data!.b).toBeNull();
    expect(post.errors![0]!.extensions!.suggestions[0]).toBe("NATO Secretary General");
  });

  it("refuses maxHops above 6 and explains why", async () => {
    const res = await askRaw("connection", { from: "Hungary", to: "France", maxHops: 7 });
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/maxHops must be between 1 and 6, got 7/);
  });

  it("gives the same rows through GraphQL and through the CLI, for every question", async () => {
    const cases: [QuestionName, Record<string, unknown>][] = [
      ["race", { post: "NATO Secretary General" }],
      ["race", { post: "NATO Secretary General", minConfidence: 0.9 }],
      ["supporters", { candidate: "Mark Rutte", asOf: "2024-02-22" }],
      ["supporters", { candidate: "Mark Rutte", first: 3 }],
      ["opponents", { candidate: "rutte" }],
      ["evidence", { actor: "United States", candidate: "Mark Rutte", stance: "SUPPORTS", first: 2 }],
      ["coalition", { candidate: "Mark Rutte", organization: "NATO", asOf: "2024-03-06" }],
      ["coalition", { candidate: "Mark Rutte", first: 2 }],
      ["stanceChanges", { candidate: "Ursula von der Leyen" }],
      ["stanceChanges", { changesPerActor: 1 }],
      ["connection", { from: "Hungary", to: "Gabriel Attal", maxHops: 4 }],
      ["sharedGround", { a: "France", b: "Hungary" }],
      ["quotes", { person: "Gabriel Attal", first: 2 }],
    ];
    for (const [name, args] of cases) {
      const viaGraphql = await ask(name, args);
      const viaCli = await askCli(name, args);
      expect({ name, rows: viaCli }).toEqual({ name, rows: viaGraphql });
    }
    // Thirteen CLI processes, each starting Node and connecting: minutes on a loaded machine.
  }, 12 * CLI_TIMEOUT);

  it("runs the example of every query in the catalog", async () => {
    for (const query of catalog.list()) {
      const example = query.examples[0]!;
      const params = [...example.matchAll(/--param (\w+)=("[^"]*"|\S+)/g)].map((m) => `${m[1]}=${m[2]!.replace(/^"|"$/g, "")}`);
      const output = await cypherCommandOutput(t.db, catalog, { name: query.name, params });
      expect({ example, output: output.split("\n")[0] }).toEqual({ example, output: expect.stringMatching(new RegExp(`^${query.name}`)) });
    }
  }, CLI_TIMEOUT);
});

describe("the coalition questions on purpose-made graphs", () => {
  const ada = person("ada", "Ada Quillfeather", ["Quillfeather"]);
  const chair = { id: "chair", name: "Harbour Council Chair", type: "Post" as const, organization: "council", aliases: [] };
  const council = { id: "council", name: "Harbour Council", type: "Organization" as const, aliases: [] };

  it("counts a country whose speaker took the stance, with the speaker in via", async () => {
    await t.ingest(
      claimsDocument({
        title: "Norway backs Quillfeather",
        publishedAt: "2024-05-02",
        sentences: ["Norwegian Foreign Minister Bruno Tallmark said Oslo backs Ada Quillfeather.", "Ada Quillfeather is running for Harbour Council Chair."],
        entities: [ada, person("bruno", "Bruno Tallmark"), country("NO", "Norway"), chair, council],
        claims: [
          { type: "SPEAKS_FOR", from: "bruno", to: "no", evidence: "Norwegian Foreign Minister Bruno Tallmark", role: "Foreign Minister" },
          { type: "SUPPORTS", from: "bruno", to: "ada", evidence: "Bruno Tallmark said Oslo backs Ada Quillfeather" },
          { type: "CANDIDATE_FOR", from: "ada", to: "chair", evidence: "Ada Quillfeather is running for Harbour Council Chair" },
        ],
      }),
    );
    const items: any[] = (await ask("supporters", { candidate: "Quillfeather" })).holders;
    expect(items.map((i) => [i.actor.name, i.vias.map((v: any) => v.name), i.latestClaims[0].role])).toEqual([
      ["Norway", ["Bruno Tallmark"], "Foreign Minister"],
      ["Bruno Tallmark", [], null],
    ]);
    expect(items[0].latestClaims[0].evidence).toMatchObject({ evidence: "Bruno Tallmark said Oslo backs Ada Quillfeather", date: "2024-05-02", statedDate: null, article: { title: "Norway backs Quillfeather", source: "Test Wire" } });
    const race = await ask<any[]>("race", { post: "harbour council chair" });
    expect(race).toEqual([expect.objectContaining({ candidate: expect.objectContaining({ name: "Ada Quillfeather" }), supporters: 2, supportingCountries: 1 })]);
  });

  it("counts each speaker of a country from the day it first spoke for it, and never another country's speaker", async () => {
    const bruno = person("bruno", "Bruno Tallmark");
    const cilla = person("cilla", "Cilla Marn");
    const dora = person("dora", "Dora Vell");
    await t.ingest(
      claimsDocument({
        title: "Oslo and Stockholm back Quillfeather",
        publishedAt: "2024-03-01",
        sentences: ["Norwegian Foreign Minister Bruno Tallmark said Oslo backs Ada Quillfeather.", "Swedish envoy Cilla Marn said Stockholm backs Ada Quillfeather."],
        entities: [ada, bruno, cilla, country("NO", "Norway"), country("SE", "Sweden")],
        claims: [
          { type: "SPEAKS_FOR", from: "bruno", to: "no", evidence: "Norwegian Foreign Minister Bruno Tallmark", role: "Foreign Minister" },
          { type: "SUPPORTS", from: "bruno", to: "ada", evidence: "Bruno Tallmark said Oslo backs Ada Quillfeather" },
          { type: "SPEAKS_FOR", from: "cilla", to: "se", evidence: "Swedish envoy Cilla Marn", role: "Envoy" },
          { type: "SUPPORTS", from: "cilla", to: "ada", evidence: "Cilla Marn said Stockholm backs Ada Quillfeather" },
        ],
      }),
    );
    await t.ingest(
      claimsDocument({
        title: "Norway's prime minister backs Quillfeather",
        publishedAt: "2024-04-01",
        sentences: ["Norwegian Prime Minister Dora Vell said she backed Ada Quillfeather in January."],
        entities: [ada, dora, country("NO", "Norway")],
        claims: [
          { type: "SPEAKS_FOR", from: "dora", to: "no", evidence: "Norwegian Prime Minister Dora Vell", role: "Prime Minister" },
          { type: "SUPPORTS", from: "dora", to: "ada", evidence: "Dora Vell said she backed Ada Quillfeather", date: "2024-01-15" },
        ],
      }),
    );
    const holders: any[] = (await ask("supporters", { candidate: "Quillfeather" })).holders;
    const countries = holders.filter((h) => h.actor.type === "Country");
    expect(countries.map((h) => [h.actor.name, h.vias.map((v: any) => v.name).sort(), h.claimCount, h.first, h.last])).toEqual([
      ["Norway", ["Bruno Tallmark", "Dora Vell"], 2, "2024-03-01", "2024-04-01"],
      ["Sweden", ["Cilla Marn"], 1, "2024-03-01", "2024-03-01"],
    ]);
    // Dora Vell's claim is dated January but counts for Norway from the day she first spoke for it.
    expect(countries[0].latestClaims.map((c: any) => [c.via.name, c.role, c.countsFrom, c.evidence.date])).toEqual([
      ["Dora Vell", "Prime Minister", "2024-04-01", "2024-01-15"],
      ["Bruno Tallmark", "Foreign Minister", "2024-03-01", "2024-03-01"],
    ]);
    const evidence = await ask("evidence", { actor: "Norway", candidate: "Quillfeather" });
    expect([evidence.totalCount, evidence.claims.map((c: any) => c.via.name)]).toEqual([2, ["Dora Vell", "Bruno Tallmark"]]);
    const bloc = await ask("coalition", { candidate: "Quillfeather" });
    const norway = bloc.supporting.positions.find((p: any) => p.actor.name === "Norway");
    expect([norway.claimCount, norway.since, norway.latestClaims.map((c: any) => c.via.name)]).toEqual([2, "2024-03-01", ["Dora Vell", "Bruno Tallmark"]]);
  });

  it("finds stance changes both ways, with both dated evidences, and takes the latest stance for the coalition", async () => {
    const cora = person("cora", "Cora Vintry");
    await t.ingest(
      claimsDocument({
        title: "Early doubts about Quillfeather",
        publishedAt: "2024-01-12",
        sentences: ["On January 10 Denmark said it opposes Ada Quillfeather.", "Finnish Prime Minister Cora Vintry said she backs Ada Quillfeather."],
        entities: [ada, cora, country("DK", "Denmark"), country("FI", "Finland")],
        claims: [
          { type: "OPPOSES", from: "dk", to: "ada", evidence: "Denmark said it opposes Ada Quillfeather", date: "2024-01-10" },
          { type: "SPEAKS_FOR", from: "cora", to: "fi", evidence: "Finnish Prime Minister Cora Vintry", role: "Prime Minister" },
          { type: "SUPPORTS", from: "cora", to: "ada", evidence: "Cora Vintry said she backs Ada Quillfeather" },
        ],
      }),
    );
    await t.ingest(
      claimsDocument({
        title: "Denmark turns to Quillfeather",
        publishedAt: "2024-02-15",
        sentences: ["Denmark now supports Ada Quillfeather.", "Finland has come out against Ada Quillfeather."],
        entities: [ada, country("DK", "Denmark"), country("FI", "Finland")],
        claims: [
          { type: "SUPPORTS", from: "dk", to: "ada", evidence: "Denmark now supports Ada Quillfeather" },
          { type: "OPPOSES", from: "fi", to: "ada", evidence: "Finland has come out against Ada Quillfeather" },
        ],
      }),
    );
    const page = await ask("stanceChanges", { candidate: "Ada Quillfeather" });
    const changes: any[] = page.changes;
    expect(page.totalCount).toBe(2);
    expect(changes.map((c) => [c.actor.name, c.from, c.to, c.before.evidence.date, c.after.evidence.date])).toEqual([
      ["Denmark", "OPPOSES", "SUPPORTS", "2024-01-10", "2024-02-15"],
      ["Finland", "SUPPORTS", "OPPOSES", "2024-01-12", "2024-02-15"],
    ]);
    expect(changes[1].before).toMatchObject({ via: { name: "Cora Vintry" }, role: "Prime Minister" });
    expect(await ask("stanceChanges", {})).toEqual(page);

    const bloc = await ask("coalition", { candidate: "Ada Quillfeather" });
    expect(names(bloc.supporting.positions)).toEqual(["Cora Vintry", "Denmark"]);
    expect(bloc.supporting.positions[1]).toMatchObject({ since: "2024-02-15", claimCount: 1 });
    expect(names(bloc.opposing.positions)).toEqual(["Finland"]);
    expect([bloc.supporting.totalCount, bloc.opposing.totalCount]).toEqual([2, 1]);
    const january = await ask("coalition", { candidate: "Ada Quillfeather", asOf: "2024-01-31" });
    expect(names(january.opposing.positions)).toEqual(["Denmark"]);
    // In order of the day each first took the stance, then id: Finland's speaker and Cora Vintry on the same day.
    expect(names(january.supporting.positions)).toEqual(["Finland", "Cora Vintry"]);
    expect([january.supporting.totalCount, january.opposing.totalCount]).toEqual([2, 1]);
  });

  it("keeps the latest changesPerActor changes of each actor, each counting all of the actor's changes", async () => {
    // Denmark turns three times (against, for, against, for); Finland once.
    const turns: [string, string, "SUPPORTS" | "OPPOSES", "SUPPORTS" | "OPPOSES"][] = [
      ["2024-01-10", "2024-01-12", "OPPOSES", "SUPPORTS"],
      ["2024-02-15", "2024-02-15", "SUPPORTS", "OPPOSES"],
      ["2024-03-20", "2024-03-20", "OPPOSES", "OPPOSES"],
      ["2024-04-25", "2024-04-25", "SUPPORTS", "OPPOSES"],
    ];
    for (const [n, [dkDay, fiDay, dk, fi]] of turns.entries()) {
      const verb = (stance: string) => (stance === "SUPPORTS" ? "backs" : "opposes");
      await t.ingest(
        claimsDocument({
          title: `Nordic turns ${n}`,
          publishedAt: "2024-05-01",
          sentences: [`Denmark ${verb(dk)} Ada Quillfeather.`, `Finland ${verb(fi)} Ada Quillfeather.`, `Dispatch ${n}.`],
          entities: [ada, country("DK", "Denmark"), country("FI", "Finland")],
          claims: [
            { type: dk, from: "dk", to: "ada", evidence: `Denmark ${verb(dk)} Ada Quillfeather`, date: dkDay },
            { type: fi, from: "fi", to: "ada", evidence: `Finland ${verb(fi)} Ada Quillfeather`, date: fiDay },
          ],
        }),
      );
    }
    const turned = (page: any) => page.changes.map((c: any) => [c.actor.name, c.from, c.to, c.before.evidence.date, c.after.evidence.date, c.actorChangeCount]);
    const all = await ask("stanceChanges", { candidate: "Ada Quillfeather" });
    expect(all.totalCount).toBe(2);
    expect(turned(all)).toEqual([
      ["Denmark", "OPPOSES", "SUPPORTS", "2024-01-10", "2024-02-15", 3],
      ["Denmark", "SUPPORTS", "OPPOSES", "2024-02-15", "2024-03-20", 3],
      ["Denmark", "OPPOSES", "SUPPORTS", "2024-03-20", "2024-04-25", 3],
      ["Finland", "SUPPORTS", "OPPOSES", "2024-01-12", "2024-02-15", 1],
    ]);
    for (const changesPerActor of [1, 2, 3, 100]) {
      const capped = await ask("stanceChanges", { candidate: "Ada Quillfeather", changesPerActor });
      const kept = all.changes.filter((c: any, i: number) => c.actor.name !== "Denmark" || i >= 3 - changesPerActor);
      expect({ changesPerActor, page: capped }).toEqual({ changesPerActor, page: { ...all, changes: kept } });
      // Read from the claims (minConfidence), the same answer.
      expect({ changesPerActor, page: await ask("stanceChanges", { candidate: "Ada Quillfeather", changesPerActor, minConfidence: 0 }) }).toEqual({ changesPerActor, page: capped });
    }
    // Pages of actors are the same with the cap: Denmark, then Finland.
    const first = await ask("stanceChanges", { candidate: "Ada Quillfeather", first: 1, changesPerActor: 1 });
    expect([turned(first), first.pageInfo.hasNextPage]).toEqual([[["Denmark", "OPPOSES", "SUPPORTS", "2024-03-20", "2024-04-25", 3]], true]);
    expect(first.pageInfo).toEqual((await ask("stanceChanges", { candidate: "Ada Quillfeather", first: 1 })).pageInfo);
    const second = await ask("stanceChanges", { candidate: "Ada Quillfeather", first: 1, after: first.pageInfo.endCursor, changesPerActor: 1 });
    expect([turned(second), second.pageInfo.hasNextPage]).toEqual([[["Finland", "SUPPORTS", "OPPOSES", "2024-01-12", "2024-02-15", 1]], false]);
    expect(await askCli("stanceChanges", { candidate: "Ada Quillfeather", changesPerActor: 2 })).toEqual(await ask("stanceChanges", { candidate: "Ada Quillfeather", changesPerActor: 2 }));
    // A cap outside 1..100 is refused, and says so.
    for (const changesPerActor of [0, 101, -1]) {
      const res = await askRaw("stanceChanges", { candidate: "Ada Quillfeather", changesPerActor });
      expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.message).toMatch(new RegExp(`changesPerActor must be between 1 and 100, got ${changesPerActor}`));
    }
  }, 2 * CLI_TIMEOUT);

  it("counts Sweden as a NATO member only from 2024-03-07", async () => {
    await t.ingest(
      claimsDocument({
        title: "Stockholm for Quillfeather",
        publishedAt: "2024-01-20",
        sentences: ["Sweden supports Ada Quillfeather."],
        entities: [ada, country("SE", "Sweden")],
        claims: [{ type: "SUPPORTS", from: "se", to: "ada", evidence: "Sweden supports Ada Quillfeather" }],
      }),
    );
    const before = await ask("coalition", { candidate: "Ada Quillfeather", organization: "NATO", asOf: "2024-03-06" });
    expect(before).toMatchObject({ memberCount: 31, membersOn: "2024-03-06", supporting: { totalCount: 0, positions: [] } });
    expect(before.summary).toBe("0 of 31 NATO members on record as supporting Ada Quillfeather, 0 as opposing, 31 undeclared (as of 2024-03-06)");
    const after = await ask("coalition", { candidate: "Ada Quillfeather", organization: "NATO", asOf: "2024-03-07" });
    expect(after.memberCount).toBe(32);
    expect(names(after.supporting.positions)).toEqual(["Sweden"]);
    expect(after.summary).toBe("1 of 32 NATO members on record as supporting Ada Quillfeather, 0 as opposing, 31 undeclared (as of 2024-03-07)");
  });

  it("walks a cycle of endorsements without looping, and finds no path to an isolated actor", async () => {
    await t.ingest(
      claimsDocument({
        title: "A ring of endorsements",
        publishedAt: "2024-04-01",
        sentences: ["Pia Lorne backs Quentin Marsh.", "Quentin Marsh backs Rosa Nyle.", "Rosa Nyle backs Pia Lorne.", "Sven Ostrander backs Rosa Nyle.", "Tove Iselin keeps to herself."],
        entities: [person("p", "Pia Lorne"), person("q", "Quentin Marsh"), person("r", "Rosa Nyle"), person("s", "Sven Ostrander"), person("i", "Tove Iselin")],
        claims: [
          { type: "SUPPORTS", from: "p", to: "q", evidence: "Pia Lorne backs Quentin Marsh" },
          { type: "SUPPORTS", from: "q", to: "r", evidence: "Quentin Marsh backs Rosa Nyle" },
          { type: "SUPPORTS", from: "r", to: "p", evidence: "Rosa Nyle backs Pia Lorne" },
          { type: "SUPPORTS", from: "s", to: "r", evidence: "Sven Ostrander backs Rosa Nyle" },
        ],
      }),
    );
    const direct = await ask<any[]>("connection", { from: "Pia Lorne", to: "Rosa Nyle" });
    expect(direct).toHaveLength(1);
    expect(direct[0]).toMatchObject({ hops: 1, edges: [{ kind: "SUPPORTS", from: { name: "Rosa Nyle" }, to: { name: "Pia Lorne" } }] });
    const two = await ask<any[]>("connection", { from: "Pia Lorne", to: "Sven Ostrander" });
    expect(two.map((p) => p.nodes.map((n: { name: string }) => n.name))).toEqual([["Pia Lorne", "Rosa Nyle", "Sven Ostrander"]]);
    expect(await ask("connection", { from: "Pia Lorne", to: "Sven Ostrander", maxHops: 1 })).toEqual([]);
    expect(await ask("connection", { from: "Pia Lorne", to: "Tove Iselin", maxHops: 6 })).toEqual([]);
    expect(names((await ask("supporters", { candidate: "Pia Lorne" })).holders)).toEqual(["Rosa Nyle"]);
    expect((await ask("stanceChanges", { candidate: "Rosa Nyle" })).changes).toEqual([]);
  });

  it("refuses a name two people share, and lists them", async () => {
    await t.ingest(
      claimsDocument({
        title: "Two Holms",
        publishedAt: "2024-04-02",
        sentences: ["Anna Holm and Erik Holm both back Ada Quillfeather."],
        entities: [ada, person("anna", "Anna Holm", ["Holm"]), person("erik", "Erik Holm", ["Holm"])],
        claims: [
          { type: "SUPPORTS", from: "anna", to: "ada", evidence: "Anna Holm and Erik Holm both back Ada Quillfeather" },
          { type: "SUPPORTS", from: "erik", to: "ada", evidence: "Erik Holm both back Ada Quillfeather" },
        ],
      }),
    );
    const error = await runQuery(t.db, catalog, "quotes", { person: "Holm" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems).toEqual(["Anna Holm (person:anna-holm)", "Erik Holm (person:erik-holm)"]);
    const missing = await runQuery(t.db, catalog, "quotes", { person: "Ana Holm" }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).suggestions[0]).toBe("Anna Holm");
  });
});

describe("coalition cypher (the command)", () => {
  const cli = (...args: string[]) => run(process.execPath, [projectPath("dist", "cli", "main.js"), "cypher", ...args], { env: process.env });

  it("lists every query with its parameters", async () => {
    const { stdout } = await cli("--list");
    for (const query of catalog.list()) {
      expect(stdout).toContain(query.name);
      for (const p of query.params) expect(stdout).toContain(`${p.name}: ${p.type}`);
    }
  }, CLI_TIMEOUT);

  it("prints a table of rows, names resolved", async () => {
    await t.ingest(seed());
    const { stdout } = await cli("stance-holders", "--param", "candidate=rutte", "--param", "stance=OPPOSES");
    expect(stdout).toMatch(/^stance-holders: candidate = Mark Rutte \(person:mark-rutte\)/);
    expect(stdout).toMatch(/Hungary/);
    expect(stdout).toMatch(/1 row$/m);
  }, CLI_TIMEOUT);

  it("explains unknown, missing and badly typed parameters, and exits with status 2", async () => {
    const failure = await cli("stance-holders", "--param", "candidat=Mark Rutte", "--param", "asOf=2024-13-01").catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toMatch(/unknown parameter 'candidat'/);
    expect(stderr).toMatch(/missing parameter 'candidate: Person'/);
    expect(stderr).toMatch(/asOf \(Date\): expected a date YYYY-MM-DD, got "2024-13-01"/);
  }, CLI_TIMEOUT);
});
