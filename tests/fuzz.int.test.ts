/**
 * Fuzzing the service: a few thousand generated GraphQL documents over the real schema (valid ones
 * with hostile arguments, and broken ones) and a few hundred hostile article texts through
 * ingestArticle, over the seed graph. Each answer must be a 2xx or 4xx (or the 503 that says the
 * database is unavailable), none may carry an INTERNAL_SERVER_ERROR, nothing may be written, and
 * no request may hold the event loop long.
 *
 * Seeded: a failure prints its seed; `FUZZ_SEED=<seed>` replays it (`FUZZ_DOCUMENTS`,
 * `FUZZ_ARTICLES` change the sizes). The figures of each run go to `$FUZZ_RESULT_FILE`
 * (default: coalition-fuzz-result.json in the system's temporary folder).
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { mintToken } from "../src/auth/tokens.js";
import { buildSchema } from "../src/graphql/build-schema.js";
import { customResolvers } from "../src/graphql/resolvers.js";
import { retractArticle } from "../src/ingest/write-article.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { eventLoopProbe } from "./helpers/event-loop-probe.js";
import { brokenDocument, hostileArticle, randomSource, validDocument, type FuzzRequest } from "./helpers/fuzz.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20241129);
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 2500);
const ARTICLES = Number(process.env.FUZZ_ARTICLES ?? 240);
/** Of the hostile articles, how many are also sent with an editor's token (each runs the extractor): all of them. */
const EDITOR_ARTICLES = Number(process.env.FUZZ_EDITOR_ARTICLES ?? ARTICLES);
const ARTICLE_MAX_CHARS = 300_000;
const CONCURRENCY = 4;
const RESULT_FILE = process.env.FUZZ_RESULT_FILE ?? path.join(os.tmpdir(), "coalition-fuzz-result.json");
/**
 * The event-loop block allowed: the goal is 200 ms, the assertion 1 s of blocking work. The probe
 * runs in this process, which also hosts the client, the driver and Jest, on 2 cores shared with
 * Neo4j (and other jobs): at a load average of 7 a process waits for a core long enough to read
 * as a 700 ms block though it ran nothing long. So each late tick counts as a block only up to the
 * CPU time the process used meanwhile (all its threads: an upper bound of the loop's own work): a
 * request that blocks for real (a synchronous parse, check, translation or serialisation of a
 * hostile document) spends its block on the CPU and is still caught, and the 5x margin over the
 * goal absorbs the other threads' share. The run records both figures.
 */
const BLOCK_LIMIT_MS = 1_000;
const BLOCK_GOAL_MS = 200;
const ALLOWED = new Set([200, 400, 401, 403, 413, 429]);
const secret = "z".repeat(48);

let t: TestDatabase;
let service: TestService;
const figures: Record<string, unknown> = { seed: SEED };

/**
 * The graph's size by node label and relationship type, with the aliases nodes hold and the
 * spellings name edges count, so that a difference says what was left.
 */
const graphSize = async () => {
  const rows = await query<{ kind: string; n: unknown }>(
    t.db,
    `CALL () {
       MATCH (n) UNWIND labels(n) AS l RETURN 'node ' + l AS kind, count(*) AS n
       UNION ALL MATCH ()-[r]->() RETURN 'rel ' + type(r) AS kind, count(*) AS n
       UNION ALL MATCH (n) WHERE n.aliases IS NOT NULL RETURN 'aliases' AS kind, sum(size(n.aliases)) AS n
       UNION ALL MATCH (:NameKey)-[r]->() WHERE r.spellings IS NOT NULL RETURN 'counted spellings' AS kind, sum(size(r.spellings)) AS n
     } RETURN kind, n ORDER BY kind`,
  );
  return rows.map((r) => `${r.kind} ${String(r.n)}`).join(", ");
};

beforeAll(async () => {
  t = await openTestDatabase();
  await t.ingest(parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed"));
  service = await startTestService(t.db, { jwtSecret: secret });
});
afterAll(async () => {
  await service?.stop();
  await t.cleanup();
  await t.close();
  writeFileSync(RESULT_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`fuzz figures (seed ${SEED}) in ${RESULT_FILE}\n`);
  // Stopping waits for requests still in flight and the cleanup removes every fuzzed article: on
  // a loaded machine both outlast the default hook timeout, which would leave them to later suites.
}, 240_000);

interface Outcome {
  status: number;
  body: string;
}

async function send(request: { query: string; variables?: unknown }, headers: Record<string, string> = {}, baseUrl = service.baseUrl): Promise<Outcome> {
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: `no answer: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? "")}` };
  }
}


/** Runs `work` over `items` with a few requests in flight at once. */
async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * What is wrong with an answer, if anything: a 5xx other than the 503 that says the database is
 * unavailable, no answer at all, or an internal error (a field error the service did not expect,
 * whatever the status).
 */
function problemOf(outcome: Outcome): string | undefined {
  if (outcome.body.includes('"INTERNAL_SERVER_ERROR"')) return `internal error (status ${outcome.status}): ${outcome.body.slice(0, 300)}`;
  if (outcome.status === 503 && outcome.body.includes("SERVICE_UNAVAILABLE")) return undefined;
  if (!ALLOWED.has(outcome.status)) return `status ${outcome.status}: ${outcome.body.slice(0, 300)}`;
  return undefined;
}

const replay = `replay with FUZZ_SEED=${SEED}`;

describe(`fuzzing (seed ${SEED})`, () => {
  it(`sends ${DOCUMENTS} generated documents: no 5xx, no internal error, no long event-loop block, nothing written`, async () => {
    const schema = await buildSchema({ db: t.db, resolvers: customResolvers({ writesEnabled: true }) });
    const r = randomSource(SEED);
    const requests: FuzzRequest[] = Array.from({ length: DOCUMENTS }, () => (r.chance(0.65) ? validDocument(schema, r) : brokenDocument(schema, r)));
    const before = await graphSize();
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    const probe = eventLoopProbe();
    await pool(requests, async (request) => {
      probe.inFlight.add(request.query);
      const outcome = await send(request);
      probe.inFlight.delete(request.query);
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      const problem = problemOf(outcome);
      if (problem) problems.push(`${problem}\n  query: ${request.query.slice(0, 600)}\n  variables: ${JSON.stringify(request.variables ?? {}).slice(0, 300)}`);
    });
    const loop = probe.stop();
    const after = await graphSize();
    figures.documents = {
      sent: requests.length,
      valid: requests.filter((q) => q.kind === "valid").length,
      statuses: Object.fromEntries(statuses),
      lost: statuses.get(0) ?? 0,
      problems: problems.length,
      firstProblems: problems.slice(0, 5),
      longestEventLoopBlockMs: Math.round(loop.longestMs),
      longestBlockOnCpuMs: Math.round(loop.longestBusyMs),
      p99EventLoopDelayMs: Math.round(loop.p99Ms),
      worstBlocks: loop.blocks,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      graphBefore: before,
      graphAfter: after,
    };
    process.stdout.write(
      `fuzz: ${requests.length} documents (seed ${SEED}), statuses ${JSON.stringify(Object.fromEntries(statuses))}, longest event-loop block ${loop.longestMs.toFixed(0)} ms, of it on the CPU ${loop.longestBusyMs.toFixed(0)} ms (goal ${BLOCK_GOAL_MS}, limit ${BLOCK_LIMIT_MS})\n`,
    );
    expect({ replay, problems: problems.slice(0, 5) }).toEqual({ replay, problems: [] });
    expect({ replay, blockedOverLimit: loop.longestBusyMs >= BLOCK_LIMIT_MS ? loop.blocks : [] }).toEqual({ replay, blockedOverLimit: [] });
    expect({ replay, graph: after }).toEqual({ replay, graph: before });
    // The documents reach the resolvers, not only the validation.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(requests.length / 10);
  }, 240_000);

  it(`sends ${ARTICLES} hostile article texts through ingestArticle: refused anonymously, bounded with a token, nothing left written`, async () => {
    const quick = await startTestService(t.db, { jwtSecret: secret, limits: { ingestExtractTimeoutMs: 3_000 } });
    const editor = await mintToken(secret, { subject: "fuzz", roles: ["editor"], expiresIn: "30m" });
    const r = randomSource(SEED + 1);
    const texts = Array.from({ length: ARTICLES }, () => hostileArticle(r, ARTICLE_MAX_CHARS));
    const mutation = "mutation($input: IngestArticleInput!){ ingestArticle(input: $input) { articleId created } }";
    const before = await graphSize();
    const problems: string[] = [];
    const written: string[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    const probe = eventLoopProbe();
    let anonymousBefore = "";
    try {
      // Anonymous: every one refused before any work.
      await pool(texts, async (text) => {
        const outcome = await send({ query: mutation, variables: { input: { title: "Fuzz", source: "Fuzz Wire", text } } }, {}, quick.baseUrl);
        if (outcome.status !== 401) problems.push(`anonymous ingest answered ${outcome.status}: ${outcome.body.slice(0, 200)}`);
      });
      anonymousBefore = await graphSize();
      // As an editor: each is refused with a 4xx, or written whole; the extraction has a time budget.
      await pool(texts.slice(0, EDITOR_ARTICLES), async (text) => {
        probe.inFlight.add(`ingestArticle of ${text.length} characters`);
        const outcome = await send(
          { query: mutation, variables: { input: { title: `Fuzz ${text.length}`, source: "Fuzz Wire", text } } },
          { authorization: `Bearer ${editor}` },
          quick.baseUrl,
        );
        probe.inFlight.delete(`ingestArticle of ${text.length} characters`);
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        const problem = problemOf(outcome);
        if (problem) problems.push(`${problem} (text of ${text.length} characters)`);
        const id = /"articleId":"([^"]+)"/.exec(outcome.body)?.[1];
        if (id) written.push(id);
      });
    } finally {
      for (const id of written) await retractArticle(t.db, id);
      await quick.stop();
    }
    const loop = probe.stop();
    const after = await graphSize();
    figures.articles = {
      sentAnonymously: texts.length,
      sentAsEditor: EDITOR_ARTICLES,
      longestText: Math.max(...texts.map((x) => x.length)),
      editorStatuses: Object.fromEntries(statuses),
      lost: statuses.get(0) ?? 0,
      writtenThenRetracted: written.length,
      problems: problems.length,
      firstProblems: problems.slice(0, 5),
      longestEventLoopBlockMs: Math.round(loop.longestMs),
      longestBlockOnCpuMs: Math.round(loop.longestBusyMs),
      p99EventLoopDelayMs: Math.round(loop.p99Ms),
      worstBlocks: loop.blocks,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      graphBefore: before,
      graphAfter: after,
    };
    process.stdout.write(
      `fuzz: ${texts.length} hostile articles anonymously + ${EDITOR_ARTICLES} as an editor, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${written.length} written and retracted, longest event-loop block ${loop.longestMs.toFixed(0)} ms, of it on the CPU ${loop.longestBusyMs.toFixed(0)} ms (goal ${BLOCK_GOAL_MS}, limit ${BLOCK_LIMIT_MS})\n`,
    );
    expect({ replay, problems: problems.slice(0, 5) }).toEqual({ replay, problems: [] });
    expect({ replay, graph: anonymousBefore }).toEqual({ replay, graph: before });
    expect({ replay, blockedOverLimit: loop.longestBusyMs >= BLOCK_LIMIT_MS ? loop.blocks : [] }).toEqual({ replay, blockedOverLimit: [] });
    // The whole graph, name keys and aliases included: retraction takes back what each article gave.
    expect({ replay, graph: after }).toEqual({ replay, graph: before });
  }, 240_000);
});
