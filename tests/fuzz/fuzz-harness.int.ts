/**
 * Fuzzing the service: a few thousand generated GraphQL documents over the real schema (valid ones
 * with hostile arguments, and broken ones) and a few hundred hostile article texts through
 * ingestArticle. No 5xx but the intended 503, no event-loop block over 200 ms, nothing written
 * by a refused request.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { mintToken } from "../../src/auth/tokens.js";
import { buildSchema } from "../../src/graphql/build-schema.js";
import { customResolvers } from "../../src/graphql/resolvers.js";
import { retractArticle } from "../../src/ingest/write-article.js";
import { brokenDocument, hostileArticle, randomSource, validDocument, type FuzzRequest } from "../helpers/fuzz.js";
import { openTestDatabase, query, type TestDatabase } from "../helpers/test-database.js";
import { startTestService, type TestService } from "../helpers/test-service.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20241129);
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 1500);
const ARTICLES = Number(process.env.FUZZ_ARTICLES ?? 160);
const ARTICLE_MAX_CHARS = Number(process.env.FUZZ_ARTICLE_MAX_CHARS ?? 300_000);
const CONCURRENCY = 4;
const ALLOWED = new Set([200, 400, 401, 403, 413, 429]);
const secret = "z".repeat(48);

let t: TestDatabase;
let service: TestService;

const graphSize = async () =>
  JSON.stringify(await query(t.db, "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels"));

beforeAll(async () => {
  t = await openTestDatabase();
  service = await startTestService(t.db, { jwtSecret: secret });
});
afterAll(async () => {
  await service.stop();
  await t.close();
});

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

/** A 5xx is a failure unless it is a 503 that says the database is unavailable. */
function problemOf(outcome: Outcome): string | undefined {
  if (outcome.status === 503 && outcome.body.includes("SERVICE_UNAVAILABLE")) return undefined;
  if (!ALLOWED.has(outcome.status)) return `status ${outcome.status}: ${outcome.body.slice(0, 300)}`;
  return undefined;
}

/**
 * Field errors reported as INTERNAL_SERVER_ERROR inside a 200 answer: not a failed request, but
 * counted and shown, since each is a resolver that should have refused its input more clearly.
 */
const internalErrors: string[] = [];
function noteInternal(outcome: Outcome, query: string): void {
  if (outcome.status === 200 && outcome.body.includes('"INTERNAL_SERVER_ERROR"')) internalErrors.push(query.slice(0, 300));
}

afterAll(() => {
  if (internalErrors.length > 0) {
    process.stdout.write(`fuzz: ${internalErrors.length} answer(s) with an internal field error, e.g.\n  ${internalErrors.slice(0, 3).join("\n  ")}\n`);
  }
});

describe("fuzzing", () => {
  it(`sends ${DOCUMENTS} generated documents: no 5xx, no event-loop block over 200 ms, nothing written`, async () => {
    const schema = await buildSchema({ db: t.db, resolvers: customResolvers({ writesEnabled: true }) });
    const r = randomSource(SEED);
    const requests: FuzzRequest[] = Array.from({ length: DOCUMENTS }, () => (r.chance(0.65) ? validDocument(schema, r) : brokenDocument(schema, r)));
    const before = await graphSize();
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const probe = monitorEventLoopDelay({ resolution: 10 });
    probe.enable();
    await pool(requests, async (request) => {
      const outcome = await send(request);
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      const problem = problemOf(outcome);
      noteInternal(outcome, request.query);
      if (problem) {
        problems.push(`${problem}\n  query: ${request.query.slice(0, 400)}`);
        process.stdout.write(`fuzz problem: ${problem.slice(0, 300)} :: ${request.query.slice(0, 300)}\n`);
      }
    });
    probe.disable();
    const longestBlockMs = probe.max / 1e6;
    process.stdout.write(
      `fuzz: ${requests.length} documents (seed ${SEED}), statuses ${JSON.stringify(Object.fromEntries(statuses))}, longest event-loop block ${longestBlockMs.toFixed(0)} ms\n`,
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(longestBlockMs).toBeLessThan(200);
    expect(await graphSize()).toBe(before);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(requests.length / 10);
  }, 300_000);

  it(`sends ${ARTICLES} hostile article texts through ingestArticle: refused anonymously, bounded with a token`, async () => {
    const quick = await startTestService(t.db, { jwtSecret: secret, limits: { ingestExtractTimeoutMs: 3_000 } });
    const editor = await mintToken(secret, { subject: "fuzz", roles: ["editor"], expiresIn: "30m" });
    const r = randomSource(SEED + 1);
    const texts = Array.from({ length: ARTICLES }, () => hostileArticle(r, ARTICLE_MAX_CHARS));
    const mutation = "mutation($input: IngestArticleInput!){ ingestArticle(input: $input) { articleId created } }";
    const before = await graphSize();
    const problems: string[] = [];
    const written: string[] = [];
    const statuses = new Map<number, number>();
    const probe = monitorEventLoopDelay({ resolution: 10 });
    probe.enable();
    try {
      // Anonymous: every one refused before any work.
      await pool(texts, async (text) => {
        const outcome = await send({ query: mutation, variables: { input: { title: "Fuzz", source: "Fuzz Wire", text } } }, {}, quick.baseUrl);
        if (outcome.status !== 401) problems.push(`anonymous ingest answered ${outcome.status}: ${outcome.body.slice(0, 200)}`);
      });
      expect(await graphSize()).toBe(before);
      // As an editor: each is refused with a 4xx, or written whole; the extraction has a time budget.
      await pool(texts.slice(0, Math.ceil(texts.length / 2)), async (text) => {
        const outcome = await send({ query: mutation, variables: { input: { title: `Fuzz ${written.length}`, source: "Fuzz Wire", text } } }, { authorization: `Bearer ${editor}` }, quick.baseUrl);
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        const problem = problemOf(outcome);
        if (problem) problems.push(`${problem} (text of ${text.length} characters)`);
        const id = /"articleId":"([^"]+)"/.exec(outcome.body)?.[1];
        if (id) written.push(id);
      });
    } finally {
      probe.disable();
      for (const id of written) await retractArticle(t.db, id);
      await quick.stop();
    }
    const longestBlockMs = probe.max / 1e6;
    process.stdout.write(
      `fuzz: ${texts.length} hostile articles anonymously + ${Math.ceil(texts.length / 2)} as an editor, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${written.length} written and retracted, longest event-loop block ${longestBlockMs.toFixed(0)} ms\n`,
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(longestBlockMs).toBeLessThan(200);
    expect(await graphSize()).toBe(before);
  }, 400_000);
});
