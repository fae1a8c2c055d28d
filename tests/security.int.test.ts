/**
 * Hostile requests against the HTTP service: every one refused with a 4xx naming its limit, no
 * write, and the event loop never held; roles through tokens; analyst Cypher; headers and CORS.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { mintToken } from "../src/auth/tokens.js";
import { cypherCommandOutput } from "../src/cli/cypher-command.js";
import { defaultCatalog } from "../src/coalitions/query-catalog.js";
import { defaultLimits } from "../src/config/environment.js";
import { eventLoopProbe } from "./helpers/event-loop-probe.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

const secret = "k".repeat(48);
let t: TestDatabase;
let service: TestService;
let editor: string;
let analyst: string;

const graphSize = async () => (await query<{ nodes: number }>(t.db, "MATCH (n) RETURN count(n) AS nodes"))[0]!.nodes.toString();

beforeAll(async () => {
  t = await openTestDatabase();
  service = await startTestService(t.db, { jwtSecret: secret });
  editor = await mintToken(secret, { subject: "ed", roles: ["editor"], expiresIn: "10m" });
  analyst = await mintToken(secret, { subject: "an", roles: ["analyst"], expiresIn: "10m" });
});
afterAll(async () => {
  await service.stop();
  await t.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}, baseUrl = service.baseUrl) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, any> };
}

const fragmentFanOut = (levels: number) =>
  `query { people { ...F1 } }\n${Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Person { ${i + 1 === levels ? "name" : `...F${i + 2} ...F${i + 2}`} }`).join("\n")}`;
const nestedMembers = (times: number) => {
  let inner = "name";
  for (let i = 0; i < times; i++) inner = `memberOf { members { ${inner} } }`;
  return `{ countries(limit: 1000) { ${inner} } }`;
};

describe("abusive documents", () => {
  const cases: { name: string; body: unknown; message: RegExp }[] = [
    { name: "a 1 MB name as a variable", body: { query: "query($c:String!){ supporters(candidate:$c){ totalCount } }", variables: { c: "x".repeat(1_000_000) } }, message: /string length limit/ },
    { name: "a 1 MB name as a literal", body: { query: `{ supporters(candidate: "${"x".repeat(1_000_000)}") { totalCount } }` }, message: /string length limit/ },
    { name: "fragments that fan out over 22 levels", body: { query: fragmentFanOut(22) }, message: /breadth limit|depth limit/ },
    { name: "countries → memberOf → members, three times over", body: { query: nestedMembers(3) }, message: /cost limit/ },
    { name: "1,000 aliases", body: { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: supporters(candidate: "rutte") { role }`).join(" ")} }` }, message: /tokens|Aliases limit/ },
    { name: "100 aliases", body: { query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: posts { title }`).join(" ")} }` }, message: /Aliases limit of 15/ },
    { name: "a negative limit", body: { query: "{ people(limit: -1) { name } }" }, message: /limit must not be negative/ },
    { name: "a negative offset in a variable", body: { query: "query($o:Int){ people(offset: $o) { name } }", variables: { o: -5 } }, message: /offset must not be negative/ },
    { name: "a negative first", body: { query: "{ people { supportedByConnection(first: -2) { edges { node { name } } } } }" }, message: /first must not be negative/ },
    { name: "too many directives", body: { query: `{ posts { ${"title @include(if: true) ".repeat(30)} } }` }, message: /Directives limit/ },
    { name: "too many tokens", body: { query: `{ posts { ${"title ".repeat(5000)} } }` }, message: /more th\w+ \d+ tokens/ },
    { name: "nesting 14 levels deep", body: { query: `{ people { ${"supports { ".repeat(14)}name${" }".repeat(14)} } }` }, message: /depth limit/ },
    { name: "a list too large to send", body: { query: "{ countries(limit: 1000) { name memberOf(limit: 300) { name } } }" }, message: /cost limit/ },
  ];

  it.each(cases)("refuses $name with a 4xx naming the limit, blocking nothing", async ({ body, message }) => {
    const before = await graphSize();
    const probe = eventLoopProbe();
    const res = await post("/graphql", body);
    const loop = probe.stop();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].message).toMatch(message);
    expect(JSON.stringify(res.body).length).toBeLessThan(2000);
    // Before these limits such documents held the loop for seconds of work; waiting for a core on
    // a loaded machine is not counted.
    expect(loop.longestBusyMs).toBeLessThan(1000);
    expect(await graphSize()).toBe(before);
  });

  it("refuses each abusive document with a 4xx while /healthz keeps answering, and records the times", async () => {
    const abusive: { name: string; body: unknown }[] = [
      { name: "1 MB string argument (variable)", body: { query: "query($c:String!){ supporters(candidate:$c){ totalCount } }", variables: { c: "x".repeat(1_000_000) } } },
      { name: "1 MB string argument (literal)", body: { query: `{ supporters(candidate: "${"x".repeat(1_000_000)}") { totalCount } }` } },
      ...[20, 21, 22].map((levels) => ({ name: `fragment fan-out, ${levels} levels`, body: { query: fragmentFanOut(levels) } })),
      { name: "countries(limit:1000) memberOf/members three times (6 levels)", body: { query: nestedMembers(3) } },
      { name: "countries(limit:1000) memberOf/members four times (8 levels)", body: { query: nestedMembers(4) } },
      { name: "1,000 aliases of supporters", body: { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: supporters(candidate: "rutte") { totalCount }`).join(" ")} }` } },
      { name: "negative limit", body: { query: "{ people(limit: -1) { name } }" } },
      { name: "negative offset", body: { query: "query($o:Int){ people(offset: $o) { name } }", variables: { o: -5 } } },
      { name: "negative first", body: { query: "{ people { supportedByConnection(first: -2) { edges { node { name } } } } }" } },
    ];
    // /healthz polled back to back for the whole run; each poll's time is kept with the case it fell in.
    let current = "before";
    let polling = true;
    const polls: { during: string; ms: number; status: number }[] = [];
    const poller = (async () => {
      while (polling) {
        const started = performance.now();
        const res = await fetch(`${service.baseUrl}/healthz`);
        await res.arrayBuffer();
        polls.push({ during: current, ms: performance.now() - started, status: res.status });
      }
    })();
    const results: { name: string; status: number; ms: number; code: string; healthzPolls: number; healthzMaxMs: number }[] = [];
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const { name, body } of abusive) {
        current = name;
        const started = performance.now();
        const res = await post("/graphql", body);
        const ms = performance.now() - started;
        // Let a poll or two land after the answer, inside this case.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const during = polls.filter((p) => p.during === name);
        results.push({ name, status: res.status, ms, code: res.body.errors?.[0]?.extensions?.code ?? "", healthzPolls: during.length, healthzMaxMs: Math.max(0, ...during.map((p) => p.ms)) });
      }
    } finally {
      polling = false;
      await poller;
    }
    const lines = results.map((r) => `  ${r.name}: ${r.status} ${r.code} in ${r.ms.toFixed(1)} ms; /healthz ${r.healthzPolls} polls, slowest ${r.healthzMaxMs.toFixed(1)} ms`);
    process.stdout.write(`abusive documents (refusal time; /healthz during it):\n${lines.join("\n")}\n`);
    writeFileSync(path.join(os.tmpdir(), "coalition-abusive-documents.json"), `${JSON.stringify({ results, healthzMaxMs: Math.max(...polls.map((p) => p.ms)), healthzPolls: polls.length }, null, 2)}\n`);
    // Speed goals (100 ms) are measured and recorded, not asserted: here only the outcome.
    for (const r of results) expect({ name: r.name, refused: r.status >= 400 && r.status < 500 }).toEqual({ name: r.name, refused: true });
    expect(polls.every((p) => p.status === 200)).toBe(true);
    expect(results.every((r) => r.healthzPolls > 0)).toBe(true);
  });

  it("answers the bounded form of the same question", async () => {
    const res = await post("/graphql", { query: "{ countries(limit: 20) { name memberOf { name } } }" });
    expect(res.status).toBe(200);
    expect(res.body.data.countries.length).toBeGreaterThan(0);
  });
});

describe("what the generated API cannot answer", () => {
  // Each of these made @neo4j/graphql 7.6 fail with an internal error or answer null or wrong data.
  const refused: { name: string; body: { query: string; variables?: Record<string, unknown> }; message: RegExp }[] = [
    { name: "a node of only __typename", body: { query: "{ postsConnection { edges { node { __typename } } } }" }, message: /PostEdge\.node: a selection of only __typename/ },
    { name: "edges of only __typename", body: { query: "{ postsConnection { edges { __typename } } }" }, message: /edges: a selection of only __typename/ },
    { name: "an aggregate node of only __typename, through a fragment", body: { query: "{ articlesConnection { aggregate { node { ...T } } } } fragment T on ArticleAggregateNode { __typename }" }, message: /node: a selection of only __typename/ },
    { name: "an aliased aggregate count beside the plain one", body: { query: "{ postsConnection { aggregate { a: count { nodes } count { nodes } } } }" }, message: /an alias \("a"\) on a field of a connection/ },
    { name: "an aliased pageInfo", body: { query: "{ posts { candidatesConnection { p: pageInfo { endCursor } pageInfo { hasNextPage } } } }" }, message: /an alias \("p"\)/ },
    { name: "count { edges } on a connection to actors", body: { query: "{ articles { quotedConnection { aggregate { count { edges } } } } }" }, message: /count \{ edges \} on a connection to Actor/ },
    { name: "typename inside a relationship filter on actors", body: { query: "{ people(where: { supportedBy: { some: { typename: [Country] } } }) { name } }" }, message: /typename inside a relationship's all\/some\/none\/single filter/ },
    { name: "null for a filter, in a variable", body: { query: "query($w: PostWhere){ posts(where: $w) { title } }", variables: { w: { title: null } } }, message: /posts\(where\)\.title: null for a filter/ },
    { name: "a date-time that is not one", body: { query: '{ articles(where: { ingestedAt: { lte: "(((" } }) { title } }' }, message: /is not an ISO 8601 date-time/ },
  ];

  it.each(refused)("refuses $name with a 400 naming what is not supported", async ({ body, message }) => {
    const res = await post("/graphql", body);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(message);
    expect(res.body.errors[0].message).toMatch(/not supported by the generated API/);
  });

  it("answers the supported forms of the same questions", async () => {
    const res = await post("/graphql", {
      query: `{ postsConnection { edges { node { __typename title } } aggregate { count { nodes } node { title { shortest } } } pageInfo { hasNextPage } }
                articles(where: { ingestedAt: { lte: "2999-01-01T00:00:00Z" } }) { quotedConnection { aggregate { count { nodes } } } }
                actors(where: { typename: [Country] }, limit: 1) { __typename } }`,
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.postsConnection.aggregate.count.nodes).toBe(res.body.data.postsConnection.edges.length);
    expect(res.body.data.actors).toEqual([{ __typename: "Country" }]);
  });

  it("reads a cursor that is not one without an internal error, and takes a day of year 1 as a day", async () => {
    const quotes = await post("/graphql", { query: '{ quotes(person: "France", after: "9999-99-99") { totalCount quotes { quote } } }' });
    expect(quotes.status).toBe(200);
    expect(quotes.body.errors).toBeUndefined();
    const early = await post("/graphql", { query: '{ race(post: "no such post", asOf: "0001-01-01") { supporters } }' });
    expect(early.status).toBe(200);
    expect(early.body.errors[0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("roles", () => {
  it("refuses an anonymous ingestArticle with 401 and a reader token with 403, writing nothing", async () => {
    const before = await graphSize();
    const mutation = { query: 'mutation { ingestArticle(input: {title: "t", source: "s", text: "France supports Mark Rutte."}) { articleId } }' };
    const anonymous = await post("/graphql", mutation);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const wrongRole = await post("/graphql", mutation, { authorization: `Bearer ${analyst}` });
    expect(wrongRole.status).toBe(403);
    const noExp = await new SignJWT({ roles: ["editor"] }).setProtectedHeader({ alg: "HS256" }).setIssuer("coalition-graph").sign(new TextEncoder().encode(secret));
    const refused = await post("/graphql", mutation, { authorization: `Bearer ${noExp}` });
    expect(refused.body.errors[0].message).toMatch(/no expiry/);
    expect(await graphSize()).toBe(before);
  });

  it("needs a token for reads when REQUIRE_AUTH_FOR_READS is on", async () => {
    const locked = await startTestService(t.db, { jwtSecret: secret, authEnv: { REQUIRE_AUTH_FOR_READS: "true" } });
    try {
      const anonymous = await post("/graphql", { query: "{ posts { title } }" }, {}, locked.baseUrl);
      expect(anonymous.status).toBe(401);
      const withToken = await post("/graphql", { query: "{ posts { title } }" }, { authorization: `Bearer ${analyst}` }, locked.baseUrl);
      expect(withToken.status).toBe(200);
    } finally {
      await locked.stop();
    }
  });
});

describe("analyst Cypher at /cypher", () => {
  const asAnalyst = { authorization: `Bearer ${"pending"}` };
  beforeAll(() => {
    asAnalyst.authorization = `Bearer ${analyst}`;
  });

  it("answers a read with JSON rows, parameters given as params", async () => {
    const res = await post("/cypher", { query: "MATCH (c:Country) WHERE c.code = $code RETURN c.name AS name", params: { code: "FR" } }, asAnalyst);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ columns: ["name"], rows: [{ name: "France" }], truncated: false });
  });

  it("caps the rows", async () => {
    const res = await post("/cypher", { query: "UNWIND range(1, $n) AS i RETURN i", params: { n: 5000 } }, asAnalyst);
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(1000);
    expect(res.body.truncated).toBe(true);
  });

  it.each([
    ["a CREATE", "CREATE (:Intruder {at: 1}) RETURN 1", /only read-only|writes/],
    ["a MERGE hidden after a read", "MATCH (c:Country) WITH c LIMIT 1 MERGE (c)-[:OWNS]->(:Intruder) RETURN 1", /only read-only|writes/],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ["CALL IN TRANSACTIONS", "UNWIND [1] AS x CALL (x) { CREATE (:Intruder) } IN TRANSACTIONS RETURN 1", /IN TRANSACTIONS/],
    ["a procedure outside the allowlist", "CALL apoc.util.sleep(10)", /not in the allowlist/],
    ["a schema change", "CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)", /schema|read-only/],
    ["a syntax error", "MATCH (n RETURN n", /cannot plan/],
  ])("refuses %s with a 4xx and the reason, writing nothing", async (_name, cypher, reason) => {
    const before = await graphSize();
    const res = await post("/cypher", { query: cypher }, asAnalyst);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(reason);
    expect(await graphSize()).toBe(before);
    expect(await query(t.db, "MATCH (n:Intruder) RETURN count(n) AS n")).toEqual([{ n: expect.objectContaining({ low: 0 }) }]);
  });

  it("runs the same checks from the command line (coalition cypher --query)", async () => {
    const input = { query: "MATCH (c:Country {code: $code}) RETURN c.name AS name", params: ["code=FR"], json: true, limits: defaultLimits() };
    expect(JSON.parse(await cypherCommandOutput(t.db, defaultCatalog(), input))).toEqual([{ name: "France" }]);
    const typed = { ...input, query: "UNWIND range(1, $n) AS i RETURN count(i) AS n", params: ["n=3"] };
    expect(JSON.parse(await cypherCommandOutput(t.db, defaultCatalog(), typed))).toEqual([{ n: 3 }]);
    await expect(cypherCommandOutput(t.db, defaultCatalog(), { ...input, query: "CREATE (:Intruder) RETURN 1" })).rejects.toThrow(/read-only|writes/);
  });

  it("refuses anonymous callers with 401 and editors with 403", async () => {
    expect((await post("/cypher", { query: "RETURN 1" })).status).toBe(401);
    expect((await post("/cypher", { query: "RETURN 1" }, { authorization: `Bearer ${editor}` })).status).toBe(403);
  });
});

describe("per-service settings", () => {
  it("limits the rate per client with Retry-After, and caps the response size", async () => {
    const small = await startTestService(t.db, { limits: { rateLimitPerMinute: 3, maxResponseBytes: 2048 } });
    try {
      const big = await post("/graphql", { query: "{ countries { name code aliases } }" }, {}, small.baseUrl);
      expect(big.status).toBe(400);
      expect(big.body.errors[0].message).toMatch(/response size limit/);
      await post("/graphql", { query: "{ posts { title } }" }, {}, small.baseUrl);
      await post("/graphql", { query: "{ posts { title } }" }, {}, small.baseUrl);
      const limited = await post("/graphql", { query: "{ posts { title } }" }, {}, small.baseUrl);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(limited.body.errors[0].message).toMatch(/rate limit/);
    } finally {
      await small.stop();
    }
  });

  it("hides introspection, GraphiQL and field suggestions when switched off", async () => {
    const closed = await startTestService(t.db, { introspection: false, graphiql: false });
    try {
      const schema = await post("/graphql", { query: "{ __schema { types { name } } }" }, {}, closed.baseUrl);
      expect(schema.status).toBe(400);
      const typo = await post("/graphql", { query: "{ post { title } }" }, {}, closed.baseUrl);
      expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
      expect((await fetch(`${closed.baseUrl}/graphiql`)).status).toBe(404);
      const open = await post("/graphql", { query: "{ post { title } }" });
      expect(open.body.errors[0].message).toMatch(/Did you mean/);
    } finally {
      await closed.stop();
    }
  });

  it("sends security headers with a same-origin content policy, and CORS only to allowed origins", async () => {
    const page = await fetch(`${service.baseUrl}/graphiql`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    expect(html).not.toMatch(/<script>(?!<)/);
    expect((await fetch(`${service.baseUrl}/graphiql/assets/graphiql-init.js`)).status).toBe(200);

    const withCors = await startTestService(t.db, { corsOrigins: ["https://explorer.example"] });
    try {
      const allowed = await fetch(`${withCors.baseUrl}/graphql`, { method: "OPTIONS", headers: { origin: "https://explorer.example", "access-control-request-method": "POST" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://explorer.example");
      const other = await fetch(`${withCors.baseUrl}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await withCors.stop();
    }
  });
});
