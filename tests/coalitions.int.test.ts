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
  SC: "fragment SC on StanceClaim { stance via { ...A } role evidence { ...E } }",
  SG: "fragment SG on SharedCandidate { candidate { ...A } aStance bStance aClaims { ...SC } bClaims { ...SC } }",
};
const SELECTIONS: Record<QuestionName, { args: string; selection: string }> = {
  race: {
    args: "$post: String!, $asOf: Day",
    selection: `race(post: $post, asOf: $asOf) { candidate { ...A } post { id title organization } supporters opponents
      supportingCountries opposingCountries firstClaim { kind from { ...A } evidence { ...E } }
      lastClaim { kind from { ...A } evidence { ...E } } candidacy { ...E } }`,
  },
  supporters: {
    args: "$candidate: String!, $asOf: Day",
    selection: "supporters(candidate: $candidate, asOf: $asOf) { actor { ...A } via { ...A } role stance first last evidence { ...E } viaEvidence { ...E } }",
  },
  opponents: {
    args: "$candidate: String!, $asOf: Day",
    selection: "opponents(candidate: $candidate, asOf: $asOf) { actor { ...A } via { ...A } role stance first last evidence { ...E } viaEvidence { ...E } }",
  },
  coalition: {
    args: "$candidate: String!, $organization: String, $asOf: Day",
    selection: `coalition(candidate: $candidate, organization: $organization, asOf: $asOf) { candidate { ...A } organization { ...A }
      asOf membersOn memberCount supporting { actor { ...A } stance claims { ...SC } } opposing { actor { ...A } stance claims { ...SC } }
      undeclared { ...A } summary }`,
  },
  stanceChanges: {
    args: "$candidate: String",
    selection: "stanceChanges(candidate: $candidate) { candidate { ...A } actor { ...A } from to before { ...SC } after { ...SC } }",
  },
  connection: {
    args: "$from: String!, $to: String!, $maxHops: Int",
    selection: `connection(from: $from, to: $to, maxHops: $maxHops) { hops nodes { ...A }
      edges { kind from { ...A } to { ...A } role since until evidence { ...E } } }`,
  },
  sharedGround: {
    args: "$a: String!, $b: String!",
    selection: "sharedGround(a: $a, b: $b) { a { ...A } b { ...A } bothSupport { ...SG } bothOppose { ...SG } disagree { ...SG } summary }",
  },
  quotes: { args: "$person: String!", selection: "quotes(person: $person) { speaker { ...A } quote evidence { ...E } }" },
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
    const items = await ask<any[]>("supporters", { candidate: "Mark Rutte" });
    expect(names(items)).toEqual(expect.arrayContaining(["France", "United States", "United Kingdom", "Germany"]));
    const france = items.find((i) => i.actor.name === "France");
    expect(france).toMatchObject({ via: { name: "Gabriel Attal", type: "Person" }, role: "Prime Minister", stance: "SUPPORTS" });
    expect(france.evidence[0]).toMatchObject({
      kind: "SUPPORTS",
      date: "2024-03-06",
      article: { title: "Rutte secures Western support in race for NATO Secretary General", source: "RT", publishedAt: "2024-03-06" },
    });
    expect(france.evidence[0].sentence).toContain(france.evidence[0].evidence);
    expect(france.viaEvidence[0]).toMatchObject({ kind: "SPEAKS_FOR" });
    for (const item of items) expect(item.evidence.length).toBeGreaterThan(0);
    expect(names(items)).not.toContain("Hungary");
  });

  it("finds Hungary opposing Mark Rutte", async () => {
    const items = await ask<any[]>("opponents", { candidate: "Mark Rutte" });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actor: { name: "Hungary", type: "Country" }, via: null, stance: "OPPOSES" });
    expect(items[0].evidence[0].evidence).toBe("At the same time, Hungary publicly refused to support the candidacy of the Dutch politician");
  });

  it("keeps only claims dated on or before asOf: on 2024-02-22 the United States, not yet France", async () => {
    const items = await ask<any[]>("supporters", { candidate: "Mark Rutte", asOf: "2024-02-22" });
    expect(names(items)).toContain("United States");
    expect(names(items)).not.toContain("France");
    for (const item of items) for (const e of item.evidence) expect(e.date <= "2024-02-22").toBe(true);
  });

  it("returns nothing as of a day before any claim", async () => {
    expect(await ask("supporters", { candidate: "Mark Rutte", asOf: "2000-01-01" })).toEqual([]);
    expect(await ask("race", { post: "NATO Secretary General", asOf: "2000-01-01" })).toEqual([]);
    const bloc = await ask("coalition", { candidate: "Mark Rutte", organization: "NATO", asOf: "2000-01-01" });
    expect(bloc).toMatchObject({ supporting: [], opposing: [], memberCount: 19 });
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
    expect(rutte.candidacy.length).toBeGreaterThan(0);
  });

  it("counts NATO members on record for Mark Rutte, Sweden only from its accession", async () => {
    const now = await ask("coalition", { candidate: "Mark Rutte", organization: "NATO" });
    expect(now.summary).toBe("4 of 32 NATO members on record as supporting Mark Rutte, 1 as opposing, 27 undeclared");
    expect(names(now.supporting)).toEqual(["France", "Germany", "United Kingdom", "United States"]);
    expect(names(now.opposing)).toEqual(["Hungary"]);
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
    expect(same.bothSupport.map((x: any) => x.candidate.name)).toEqual(["Mark Rutte"]);
    expect(same.disagree).toEqual([]);
    const apart = await ask("sharedGround", { a: "Hungary", b: "France" });
    expect(apart.disagree).toHaveLength(1);
    expect(apart.disagree[0]).toMatchObject({ candidate: { name: "Mark Rutte" }, aStance: "OPPOSES", bStance: "SUPPORTS" });
  });

  it("quotes Gabriel Attal with the article and the day", async () => {
    const quotes = await ask<any[]>("quotes", { person: "attal" });
    expect(quotes).toHaveLength(3);
    expect(quotes[0].quote).toMatch(/^Of course, we support Mark Rutte/);
    expect(quotes[0].evidence).toMatchObject({ evidence: "said Attal", date: "2024-03-06", article: { source: "RT" } });
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
    const both = await service.graphql(`{ a: supporters(candidate: "Mark Rutte") { actor { name } } b: supporters(candidate: "Nobody Atall") { actor { name } } }`);
    expect(both.errors).toHaveLength(1);
    expect(both.data!.a.length).toBeGreaterThan(0);
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
      ["supporters", { candidate: "Mark Rutte", asOf: "2024-02-22" }],
      ["opponents", { candidate: "rutte" }],
      ["coalition", { candidate: "Mark Rutte", organization: "NATO", asOf: "2024-03-06" }],
      ["stanceChanges", { candidate: "Ursula von der Leyen" }],
      ["connection", { from: "Hungary", to: "Gabriel Attal", maxHops: 4 }],
      ["sharedGround", { a: "France", b: "Hungary" }],
      ["quotes", { person: "Gabriel Attal" }],
    ];
    for (const [name, args] of cases) {
      const viaGraphql = await ask(name, args);
      const viaCli = await askCli(name, args);
      expect({ name, rows: viaCli }).toEqual({ name, rows: viaGraphql });
    }
  }, 60_000);

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
    const items = await ask<any[]>("supporters", { candidate: "Quillfeather" });
    expect(items.map((i) => [i.actor.name, i.via?.name ?? null, i.role])).toEqual([
      ["Bruno Tallmark", null, null],
      ["Norway", "Bruno Tallmark", "Foreign Minister"],
    ]);
    expect(items[1].evidence[0]).toMatchObject({ evidence: "Bruno Tallmark said Oslo backs Ada Quillfeather", date: "2024-05-02", statedDate: null, article: { title: "Norway backs Quillfeather", source: "Test Wire" } });
    const race = await ask<any[]>("race", { post: "harbour council chair" });
    expect(race).toEqual([expect.objectContaining({ candidate: expect.objectContaining({ name: "Ada Quillfeather" }), supporters: 2, supportingCountries: 1 })]);
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
    const changes = await ask<any[]>("stanceChanges", { candidate: "Ada Quillfeather" });
    expect(changes.map((c) => [c.actor.name, c.from, c.to, c.before.evidence.date, c.after.evidence.date])).toEqual([
      ["Denmark", "OPPOSES", "SUPPORTS", "2024-01-10", "2024-02-15"],
      ["Finland", "SUPPORTS", "OPPOSES", "2024-01-12", "2024-02-15"],
    ]);
    expect(changes[1].before).toMatchObject({ via: { name: "Cora Vintry" }, role: "Prime Minister" });
    expect(await ask("stanceChanges", {})).toEqual(changes);

    const bloc = await ask("coalition", { candidate: "Ada Quillfeather" });
    expect(names(bloc.supporting)).toEqual(["Cora Vintry", "Denmark"]);
    expect(names(bloc.opposing)).toEqual(["Finland"]);
    const january = await ask("coalition", { candidate: "Ada Quillfeather", asOf: "2024-01-31" });
    expect(names(january.opposing)).toEqual(["Denmark"]);
    expect(names(january.supporting)).toEqual(["Cora Vintry", "Finland"]);
  });

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
    expect(before).toMatchObject({ memberCount: 31, membersOn: "2024-03-06", supporting: [] });
    expect(before.summary).toBe("0 of 31 NATO members on record as supporting Ada Quillfeather, 0 as opposing, 31 undeclared (as of 2024-03-06)");
    const after = await ask("coalition", { candidate: "Ada Quillfeather", organization: "NATO", asOf: "2024-03-07" });
    expect(after.memberCount).toBe(32);
    expect(names(after.supporting)).toEqual(["Sweden"]);
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
    expect(names(await ask("supporters", { candidate: "Pia Lorne" }))).toEqual(["Rosa Nyle"]);
    expect(await ask("stanceChanges", { candidate: "Rosa Nyle" })).toEqual([]);
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
