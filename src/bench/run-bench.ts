#!/usr/bin/env node
/**
 * `npm run bench`: grows one synthetic news world to 1k, 10k and 100k actors (10 claims each,
 * 1M claims at 100k), loading each step through the project's own ingestion path, and measures
 * at each size what users meet: every coalition question and two generated-API queries over HTTP
 * GraphQL (p50/p95), ingestion beside the bare `UNWIND … MERGE` floor of the same rows, and
 * GraphQL against the bare driver for the same answer at 1 and 16 concurrent clients. Ends with
 * the extractor benchmark. Writes `bench/results/latest.json`, `latest.md` and `latency.svg`
 * (`quick.*` with `--quick`, `partial.*` for other sizes or `--only`).
 *
 *   node dist/bench/run-bench.js [--quick] [--sizes 1000,10000] [--profile]
 *   node dist/bench/run-bench.js --sizes 100000 --keep bench/worlds/w100k    (build a world once and keep it)
 *   node dist/bench/run-bench.js --sizes 100000 --reuse bench/worlds/w100k [--only supporters,coalition] [--runs 200]
 *
 * Starts its own Neo4j in a temporary folder (heap and page cache from BENCH_NEO4J_HEAP and
 * BENCH_NEO4J_PAGECACHE_MB), or uses an empty database at NEO4J_URI; starts the service as a
 * child process (`coalition serve`) on PORT (or a free port). `--keep <dir>` builds the world in
 * `<dir>/data` instead and leaves it there, without the run's time limit; `--reuse <dir>` asks the
 * questions of such a world without writing anything (using the Neo4j already running on
 * NEO4J_LOCAL_PORT when there is one, see `world-neo4j.ts`), and writes its results to `<dir>/results.*`.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import cliProgress from "cli-progress";
import neo4j from "neo4j-driver";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";
import { freePort, localPassword } from "../db/neo4j-local.js";
import { migrate } from "../db/migrate.js";
import { defaultCatalog } from "../coalitions/query-catalog.js";
import { ask } from "../coalitions/questions.js";
import { parseClaimsDocument, type ClaimsDocument } from "../model/claims-document.js";
import { ingestDocuments } from "../ingest/write-article.js";
import { projectPath } from "../project-path.js";
import { measureExtractWindows } from "./extract-bench.js";
import { prepareFloor, writeFloor } from "./floor.js";
import { GraphqlClient } from "./graphql-client.js";
import { latency, throughputWithCpu } from "./measure.js";
import { startServiceProcess, summarizeProfile } from "./service-process.js";
import { coalitionQueries, generatedQueries, SAME_ANSWER, type BenchQuery, type QuerySubjects } from "./queries.js";
import { extractLine, FULL_SIZES, latencyChart, latencyChartName, markdownTables, resultsStem, type BenchResults, type IngestResult, type QueryResult } from "./report.js";
import { CANDIDATE_COUNT, World } from "./world.js";

const RESULTS_DIR = projectPath("bench", "results");
/** The floor's rate is measured on the same rows, but on no more of them than this many seconds write. */
const FLOOR_BUDGET_SECONDS = 90;
/** The whole run's time limit: ingestion stops early rather than overrun it. */
const RUN_MINUTES = 20;
const say = (line: string) => process.stdout.write(`${line}\n`);
const load = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

interface Options {
  sizes: number[];
  quick: boolean;
  profile: boolean;
  /** Seconds of ingestion allowed at each size before the rest is left out. */
  budget: Record<number, number>;
  runs: number;
  seconds: number;
  batch: number;
  /** Build the world in this folder and keep it. */
  keep?: string;
  /** Ask the questions of the world kept in this folder; ingest nothing. */
  reuse?: string;
  /** Only the questions whose name contains one of these. */
  only?: string[];
}

const OPTION_SPEC = {
  help: { type: "boolean", default: false },
  quick: { type: "boolean", default: false },
  sizes: { type: "string" },
  profile: { type: "boolean", default: false },
  runs: { type: "string", default: "40" },
  seconds: { type: "string", default: "3" },
  batch: { type: "string", default: "100" },
  budget: { type: "string" },
  keep: { type: "string" },
  reuse: { type: "string" },
  only: { type: "string" },
} as const;

const USAGE = `usage: node dist/bench/run-bench.js [--quick] [--sizes 1000,10000] [--profile] [--runs 40] [--seconds 3]
         [--batch 100] [--budget <seconds per size>] [--keep <dir> | --reuse <dir>] [--only <question,...>]
  --keep <dir>   build the world in <dir>/data and leave it there
  --reuse <dir>  ask the questions of a kept world, writing nothing (results in <dir>/results.*)`;

function options(): Options {
  let parsed;
  try {
    parsed = parseArgs({ options: OPTION_SPEC });
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const { values } = parsed;
  if (values.help) {
    say(USAGE);
    process.exit(0);
  }
  if (values.keep && values.reuse) throw new Error("--keep builds a world and --reuse asks a kept one: give one of them");
  const sizes = values.sizes ? values.sizes.split(",").map(Number) : values.quick ? [1000] : [...FULL_SIZES];
  if (sizes.some((s) => !Number.isInteger(s) || s < 300) || sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) {
    throw new Error("--sizes takes increasing whole numbers of actors, each at least 300 (e.g. 1000,10000)");
  }
  const fixedBudget = values.budget ? Number(values.budget) : undefined;
  const budget = Object.fromEntries(sizes.map((s) => [s, fixedBudget ?? (s <= 1000 ? 180 : 600)]));
  const only = values.only ? values.only.split(",").map((x) => x.trim()).filter(Boolean) : undefined;
  const kept = (dir: string | undefined) => (dir ? path.resolve(dir) : undefined);
  return { sizes, quick: values.quick!, profile: values.profile!, budget, runs: Number(values.runs), seconds: Number(values.seconds), batch: Number(values.batch), keep: kept(values.keep), reuse: kept(values.reuse), only };
}

/** Documents of the world's actors `[from, to)`, each checked by the project's own parser. */
function generate(world: World, from: number, to: number, supportsCount: number[]): { docs: ClaimsDocument[]; claims: number; seconds: number } {
  const began = performance.now();
  const docs: ClaimsDocument[] = [];
  let claims = 0;
  for (const doc of world.worldSlice(from, to)) {
    docs.push(parseClaimsDocument(doc, doc.article.title));
    claims += doc.claims.length;
    for (const c of doc.claims) {
      if (c.type === "SUPPORTS") {
        const index = Number(c.to.slice(1));
        if (index < CANDIDATE_COUNT) supportsCount[index]!++;
      }
    }
  }
  return { docs, claims, seconds: (performance.now() - began) / 1000 };
}

function progressBar(label: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} claims, {rate} claims/s, {duration}s`, hideCursor: true, etaBuffer: 50, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
}

/**
 * Writes documents through the project's ingestion (`ingestDocuments`, `batch` articles per
 * transaction), a chunk at a time, until done or out of time.
 *
 * @throws Error when the ingestion refuses a document: every benchmark document must be valid
 */
async function ingest(db: Database, docs: readonly ClaimsDocument[], batch: number, budgetSeconds: number, label: string): Promise<{ claims: number; articles: number; seconds: number; complete: boolean }> {
  const total = docs.reduce((n, d) => n + d.claims.length, 0);
  const bar = progressBar(label);
  bar.start(total, 0, { rate: 0 });
  const began = performance.now();
  let claims = 0;
  let articles = 0;
  const chunk = batch * 10;
  for (let i = 0; i < docs.length; i += chunk) {
    const before = claims;
    const outcomes = await ingestDocuments(db, docs.slice(i, i + chunk), {
      batchSize: batch,
      onProgress: (p) => {
        claims = before + p.claims;
        bar.update(claims, { rate: Math.round(claims / ((performance.now() - began) / 1000)) });
      },
    });
    const refused = outcomes.find((o) => o.error);
    if (refused) throw new Error(`the ingestion refused ${docs[i + refused.index]!.article.title}: ${refused.error!.message}`);
    articles += outcomes.length;
    claims = before + outcomes.reduce((n, o) => n + (o.result?.claims ?? 0), 0);
    if ((performance.now() - began) / 1000 > budgetSeconds) break;
  }
  bar.update(claims);
  bar.stop();
  const seconds = (performance.now() - began) / 1000;
  return { claims, articles, seconds, complete: articles === docs.length };
}

/** Writes the floor rows of `docs`, `batch` articles per transaction, for at most `budgetSeconds`: the rate needs no more. */
async function floor(db: Database, docs: readonly ClaimsDocument[], batch: number, budgetSeconds: number): Promise<{ claims: number; seconds: number }> {
  const total = docs.reduce((n, d) => n + d.claims.length, 0);
  const bar = progressBar("floor ");
  bar.start(total, 0, { rate: 0 });
  const began = performance.now();
  let claims = 0;
  for (let i = 0; i < docs.length; i += batch) {
    claims += await writeFloor(db, docs.slice(i, i + batch));
    const seconds = (performance.now() - began) / 1000;
    bar.update(claims, { rate: Math.round(claims / seconds) });
    if (seconds > budgetSeconds) break;
  }
  bar.stop();
  return { claims, seconds: (performance.now() - began) / 1000 };
}

/** An ordinary actor whose claims support candidate `k`. */
function supporterOf(world: World, k: number): number {
  for (let i = world.firstOrdinary; ; i++) if (world.claimsOf(i).some((c) => c.type === "SUPPORTS" && c.to === k)) return i;
}

/** Rows of an answer: a list's length, or a page's `totalCount`. */
function rowsOf(data: Record<string, unknown>): number | undefined {
  const value = Object.values(data)[0];
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === "object" && typeof (value as { totalCount?: unknown }).totalCount === "number") return (value as { totalCount: number }).totalCount;
  return value === null || value === undefined ? 0 : 1;
}

async function timeQueries(client: GraphqlClient, queries: readonly BenchQuery[], actors: number, o: Options): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  for (const q of queries) {
    try {
      const began = performance.now();
      const first = await client.query(q.query, q.variables);
      // A question that takes seconds is timed three times, not forty: the run must end in minutes.
      const slow = performance.now() - began > 2000;
      const l = await latency(() => client.query(q.query, q.variables), { warmup: slow ? 0 : 2, runs: slow ? 3 : o.runs, maxSeconds: o.seconds, minRuns: slow ? 3 : 5 });
      out.push({ query: q.name, actors, p50Ms: l.p50Ms, p95Ms: l.p95Ms, runs: l.runs, rows: rowsOf(first.data), bytes: first.bytes });
      say(`  ${q.name.padEnd(40)} p50 ${String(l.p50Ms).padStart(8)} ms  p95 ${String(l.p95Ms).padStart(8)} ms  ${rowsOf(first.data)} rows, ${(first.bytes / 1024).toFixed(1)} KiB`);
    } catch (error) {
      const message = (error as Error).message.split("\n")[0]!;
      out.push({ query: q.name, actors, p50Ms: Number.NaN, p95Ms: Number.NaN, runs: 0, error: message });
      say(`  ${q.name.padEnd(40)} FAILED: ${message}`);
    }
  }
  return out;
}

/** The same answer through GraphQL over HTTP and through the driver, at 1 and 16 clients. */
async function graphqlVsDriver(client: GraphqlClient, db: Database, personId: string, actors: number, o: Options, servicePid: number): Promise<Record<string, unknown>[]> {
  const viaGraphql = async () => (await client.query<{ people: unknown[] }>(SAME_ANSWER.graphql, { id: personId })).data.people;
  const viaDriver = async () =>
    (await db.driver.executeQuery(SAME_ANSWER.cypher, { id: personId }, { routing: neo4j.routing.READ, database: db.name })).records.map((r) => r.toObject());
  const g = await viaGraphql();
  const d = await viaDriver();
  if (JSON.stringify(g) !== JSON.stringify(d)) throw new Error(`GraphQL and the driver disagree on ${SAME_ANSWER.name}: ${JSON.stringify(g)} vs ${JSON.stringify(d)}`);
  const out: Record<string, unknown>[] = [];
  for (const concurrency of [1, 16]) {
    const gq = await throughputWithCpu(viaGraphql, concurrency, o.seconds, servicePid);
    const dq = await throughputWithCpu(viaDriver, concurrency, o.seconds);
    const row = {
      query: SAME_ANSWER.name,
      actors,
      concurrency,
      rows: d.length,
      graphqlP50Ms: gq.p50Ms,
      driverP50Ms: dq.p50Ms,
      overheadP50Ms: Math.round((gq.p50Ms - dq.p50Ms) * 100) / 100,
      graphqlRequestsPerSec: gq.requestsPerSec,
      driverRequestsPerSec: dq.requestsPerSec,
      throughputOfDriver: Math.round((gq.requestsPerSec / dq.requestsPerSec) * 100) / 100,
      graphqlP95Ms: gq.p95Ms,
      driverP95Ms: dq.p95Ms,
      graphqlCpuMsPerRequest: gq.cpuMsPerRequest,
      driverCpuMsPerRequest: dq.cpuMsPerRequest,
    };
    say(`  ${concurrency} client(s): GraphQL p50 ${gq.p50Ms} ms, ${gq.requestsPerSec} req/s, ${gq.cpuMsPerRequest} CPU ms/request in the service; driver p50 ${dq.p50Ms} ms, ${dq.requestsPerSec} req/s, ${dq.cpuMsPerRequest} CPU ms/request`);
    out.push(row);
  }
  return out;
}

/** A coalition question through GraphQL against the same catalog query asked in process (driver, no HTTP). */
async function questionVsDriver(client: GraphqlClient, db: Database, q: BenchQuery, candidate: string, actors: number, o: Options): Promise<Record<string, unknown>> {
  const catalog = defaultCatalog();
  const viaDriver = () => ask(db, catalog, "supporters", { candidate });
  const gq = await latency(() => client.query(q.query, q.variables), { warmup: 2, runs: o.runs, maxSeconds: o.seconds });
  const dq = await latency(viaDriver, { warmup: 2, runs: o.runs, maxSeconds: o.seconds });
  return { query: `${q.name}: GraphQL vs the catalog query in process`, actors, concurrency: 1, graphqlP50Ms: gq.p50Ms, driverP50Ms: dq.p50Ms, overheadP50Ms: Math.round((gq.p50Ms - dq.p50Ms) * 100) / 100 };
}

/** Bytes of the files under `dir`. */
function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : entry.isFile() ? statSync(full).size : 0;
  }
  return total;
}

function writeResults(results: BenchResults, stem: string, keptWorld?: string): string {
  const dir = keptWorld ?? RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const name = keptWorld ? "results" : stem;
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(dir, `${name}.md`), markdownTables(results));
  if (keptWorld) return name;
  writeFileSync(path.join(RESULTS_DIR, `${latencyChartName(name)}.svg`), latencyChart([...results.coalition, ...results.generated], "Coalition questions and generated API: p50 latency against graph size"));
  return name;
}

async function main(): Promise<void> {
  const o = options();
  loadDotenv();
  const env = parseEnvironment();
  const startedAt = new Date().toISOString();
  const heap = process.env.BENCH_NEO4J_HEAP ?? "3g";
  const pageCacheMb = Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? "3072");
  const results: BenchResults = {
    startedAt,
    quick: o.quick,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
      loadAverageAtStart: load(),
    },
    settings: { sizes: o.sizes, neo4jHeap: heap, neo4jPageCacheMb: pageCacheMb, runsPerQuery: o.runs, secondsPerQuery: o.seconds, articlesPerBatch: o.batch, ingestBudgetSeconds: o.budget },
    ingest: { bySize: [] },
    coalition: [],
    generated: [],
    graphqlVsDriver: {},
    graphqlVsDriverAll: [],
    sizes: [],
    notes: [],
  };

  let tempDir: string | undefined;
  let target = env.neo4j;
  const worldDir = o.keep ?? o.reuse;
  if (target.kind === "local") {
    if (!worldDir) tempDir = mkdtempSync(path.join(os.tmpdir(), "coalition-bench-"));
    target = { ...target, dataDir: path.join(worldDir ?? tempDir!, "data"), port: process.env.NEO4J_LOCAL_PORT ? target.port : 0, heap };
  }
  say(`starting ${target.kind === "local" ? `a local Neo4j in ${worldDir ?? tempDir} (heap ${heap}, page cache ${pageCacheMb} MiB)` : `on ${target.uri}`}`);
  const db = await openDatabase(target, { onProgress: say, pageCacheMb, reuseRunningLocal: Boolean(o.reuse), queryTimeoutMs: 60_000 });
  let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
  let client: GraphqlClient | undefined;
  const profileDir = o.profile ? projectPath("bench", "profiles") : undefined;
  try {
    results.machine.neo4j = db.description;
    const existing = await db.read((tx) => tx.run("MATCH (a:Article) RETURN count(a) AS n"));
    const articlesThere = Number(existing.records[0]!.get("n"));
    if (o.reuse && articlesThere === 0) throw new Error(`${o.reuse} holds no world: build one with --keep first`);
    if (!o.reuse && articlesThere > 0) throw new Error(`${db.description} already holds articles: the benchmark needs an empty database`);
    await migrate(db);
    if (!o.reuse) await prepareFloor(db);

    const uri = db.description.match(/bolt:\/\/\S+/)?.[0] ?? (target.kind === "remote" ? target.uri : "");
    const password = target.kind === "remote" ? target.password : localPassword(target.dataDir);
    const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
    if (profileDir) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    service = await startServiceProcess(
      {
        PATH: process.env.PATH,
        NEO4J_URI: uri,
        NEO4J_USERNAME: target.kind === "remote" ? target.username : "neo4j",
        NEO4J_PASSWORD: password,
        ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
        PORT: String(port),
        HOST: "127.0.0.1",
        SEED_ON_EMPTY: "false",
        // The benchmark times ingestion first and warms each question itself.
        PLAN_QUESTIONS_AT_START: "false",
        LOG_LEVEL: "warn",
        // One client address sends every request: the per-client rate limit would measure itself.
        RATE_LIMIT_PER_MINUTE: "0",
      },
      profileDir,
    );
    say(`service at ${service.url}`);
    client = new GraphqlClient(service.url, 16);

    const world = new World();
    const supportsCount = Array.from({ length: CANDIDATE_COUNT }, () => 0);
    let from = 0;
    let claimsInGraph = 0;
    for (const size of o.sizes) {
      say(`\n== ${size.toLocaleString("en-US")} actors (load ${load().join(" ")}) ==`);
      const gen = generate(world, from, size, supportsCount);
      say(`generated ${gen.docs.length} articles, ${gen.claims} claims for actors ${from}..${size - 1} in ${gen.seconds.toFixed(1)} s (each checked by the claims-document parser)`);
      // The whole run stays within RUN_MINUTES: keep about three minutes per size for the questions after ingesting.
      const left = o.keep ? Number.POSITIVE_INFINITY : RUN_MINUTES * 60 - (Date.now() - Date.parse(startedAt)) / 1000 - 180 * (o.sizes.length - o.sizes.indexOf(size)) - FLOOR_BUDGET_SECONDS;
      const budget = Math.max(30, Math.min(o.budget[size]!, left));
      const ing = o.reuse
        ? { claims: gen.claims, articles: gen.docs.length, seconds: Number.NaN, complete: true }
        : await ingest(db, gen.docs, o.batch, o.keep ? o.budget[size]! : budget, "ingest");
      const written = gen.docs.slice(0, ing.articles);
      const fl = o.reuse ? { claims: Number.NaN, seconds: Number.NaN } : await floor(db, written, o.batch, FLOOR_BUDGET_SECONDS);
      const ingestResult: IngestResult = {
        actors: size,
        claims: ing.claims,
        articles: ing.articles,
        seconds: Math.round(ing.seconds * 10) / 10,
        claimsPerSec: Math.round(ing.claims / ing.seconds),
        floorClaimsPerSec: Math.round(fl.claims / fl.seconds),
        ofFloor: Math.round((ing.claims / ing.seconds / (fl.claims / fl.seconds)) * 100) / 100,
        complete: ing.complete,
      };
      results.ingest.bySize.push(ingestResult);
      results.ingest = { claimsPerSec: ingestResult.claimsPerSec, floorClaimsPerSec: ingestResult.floorClaimsPerSec, actors: size, bySize: results.ingest.bySize };
      say(`ingest: ${ingestResult.claimsPerSec} claims/s (${ing.claims} claims, ${ing.articles}/${gen.docs.length} articles in ${ingestResult.seconds} s); floor ${ingestResult.floorClaimsPerSec} claims/s; ${Math.round(ingestResult.ofFloor * 100)}% of the floor`);
      claimsInGraph += ing.claims;
      if (!ing.complete) {
        results.notes.push(`${size} actors: ingestion stopped at its ${Math.round(budget)} s budget after ${ing.articles} of ${gen.docs.length} articles (${ingestResult.claimsPerSec} claims/s); the questions were asked of that partial graph and larger sizes were skipped`);
      }

      const ranked = supportsCount.map((n, k) => [n, k] as const).sort((a, b) => b[0] - a[0]);
      let quoted = world.firstOrdinary;
      while (world.actor(quoted).type !== "Person" || !world.claimsOf(quoted).some((c) => c.type === "QUOTED_IN")) quoted++;
      const subjects: QuerySubjects = {
        mostBacked: world.candidateName(ranked[0]![1]),
        littleBacked: world.candidateName(ranked[ranked.length - 1]![1]),
        post: world.posts[0]!.title,
        organization: world.posts[0]!.organization,
        countryA: "France",
        countryB: "Hungary",
        quotedPerson: world.actor(quoted).name,
        supporterOfMostBacked: world.actor(supporterOf(world, ranked[0]![1])).name,
      };
      const actors = ing.complete ? size : from + Math.round(((size - from) * ing.articles) / gen.docs.length);
      say(`questions over HTTP (most-backed ${subjects.mostBacked}, little-backed ${subjects.littleBacked}):`);
      const chosen = (qs: BenchQuery[]) => (o.only ? qs.filter((q) => o.only!.some((x) => q.name.includes(x))) : qs);
      results.coalition.push(...(await timeQueries(client, chosen(coalitionQueries(subjects)), actors, o)));
      say("generated API over HTTP:");
      results.generated.push(...(await timeQueries(client, chosen(generatedQueries(subjects)), actors, o)));
      if (o.only) {
        writeResults(results, resultsStem(o, false), o.reuse ?? o.keep);
        from = size;
        continue;
      }
      say(`GraphQL vs driver, ${SAME_ANSWER.name}:`);
      const personId = (await db.read((tx) => tx.run("MATCH (p:Person {nameKey: $k}) RETURN p.id AS id", { k: subjects.littleBacked.toLowerCase() }))).records[0]?.get("id") as string;
      const comparisons = await graphqlVsDriver(client, db, personId, actors, o, service.child.pid!);
      const little = coalitionQueries(subjects).find((q) => q.name === "supporters (little-backed)")!;
      comparisons.push(await questionVsDriver(client, db, little, subjects.littleBacked, actors, o));
      say(`  ${String(comparisons[2]!.query)}: GraphQL p50 ${comparisons[2]!.graphqlP50Ms} ms, in process ${comparisons[2]!.driverP50Ms} ms`);
      results.graphqlVsDriverAll.push(...comparisons);
      results.graphqlVsDriver = { ...comparisons[0]!, c16: comparisons[1] };
      const storeDir = tempDir ?? worldDir;
      results.sizes.push({ actors, claimsInGraph, loadAverage: load(), ...(storeDir ? { storeMiB: Math.round(directoryBytes(storeDir) / 2 ** 20) } : {}) });
      writeResults(results, resultsStem(o, false), o.reuse ?? o.keep);
      from = size;
      if (!ing.complete) break;
    }

    await client.close();
    client = undefined;
    await service.stop();
    service = undefined;
    if (profileDir) {
      const summary = summarizeProfile(profileDir);
      if (summary) {
        (results as unknown as Record<string, unknown>).serviceProfile = summary;
        say(`\nservice CPU profile (${profileDir}), own time by package:\n  ${summary.byPackage.map((p) => `${p.owner} ${p.percent}%`).join("\n  ")}`);
      }
    }

    if (!o.reuse) {
      say("\nextractor: five windows of 3 s on about 1,500-word articles, the steady state from the last four");
      const ex = measureExtractWindows(3, 5);
      const steady = ex.steady!;
      results.extract = {
        articlesPerSec: steady.articlesPerSec,
        wordsPerSec: steady.wordsPerSec,
        articles: ex.later.reduce((n, w) => n + w.articles, 0),
        articlesPerCpuSec: steady.articlesPerCpuSec,
        firstWindow: { articlesPerSec: ex.first.articlesPerSec, articlesPerCpuSec: ex.first.articlesPerCpuSec },
      };
      say(`  ${extractLine(results.extract)}`);
    }
    results.finishedAt = new Date().toISOString();
    results.machine.loadAverageAtEnd = load();
    const stem = writeResults(results, resultsStem(o, true), o.reuse ?? o.keep);
    say(`\n${markdownTables(results)}`);
    say(`results in ${path.relative(process.cwd(), RESULTS_DIR)}/${stem}.json, ${stem}.md, ${latencyChartName(stem)}.svg (${((Date.parse(results.finishedAt) - Date.parse(startedAt)) / 60000).toFixed(1)} min)`);
  } finally {
    await client?.close();
    await service?.stop();
    await db.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

await main();
