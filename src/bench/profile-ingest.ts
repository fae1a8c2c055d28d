#!/usr/bin/env node
/**
 * Where ingestion spends its time: grows the benchmark world through `ingestDocuments` and, for
 * the first batches written at each size, times every query of the write path (and, with
 * `--profile`, sums the db hits Neo4j's PROFILE reports for each), the time spent in Node between
 * queries, and the commit.
 *
 *   node dist/bench/profile-ingest.js [--sizes 1000,10000] [--batches 3] [--batch 100] [--profile] [--plans]
 *
 * Starts its own Neo4j in a temporary folder (port NEO4J_LOCAL_PORT or a free one; heap and page
 * cache as the benchmark's) and removes it at the end.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import type { ClaimsDocument } from "../model/claims-document.js";
import { ingestDocuments } from "../ingest/write-article.js";
import { prepareFloor, writeFloor } from "./floor.js";
import { World } from "./world.js";

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * CPU milliseconds a process has used so far (user + system, from /proc; 0 where there is none):
 * on a shared machine, the work a query costs the database whatever the other processes do.
 */
function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}
const nodeCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface QueryStats {
  label: string;
  calls: number;
  ms: number;
  /** CPU milliseconds of the database. */
  dbCpuMs: number;
  dbHits: number;
  rows: number;
  /** The plan of the call with the most db hits. */
  plan?: { hits: number; text: string };
}

interface PlanNode {
  operatorType?: string;
  dbHits?: number;
  rows?: number;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** The operator tree of a profiled plan, one operator a line, with rows and db hits. */
function planText(plan: PlanNode, depth = 0): string {
  const details = String(plan.arguments?.Details ?? "").replace(/\s+/g, " ").slice(0, 140);
  const line = `${"  ".repeat(depth + 2)}${plan.operatorType} rows=${plan.rows ?? 0} hits=${plan.dbHits ?? 0} ${details}`;
  return [line, ...(plan.children ?? []).map((c) => planText(c, depth + 1))].join("\n");
}

const sumHits = (plan: PlanNode | false | undefined | null): number =>
  plan ? (plan.dbHits ?? 0) + (plan.children ?? []).reduce((n, c) => n + sumHits(c), 0) : 0;

/** A short name for a query: its first lines without white space. */
function labelOf(query: string): string {
  return query.replace(/^CYPHER [^\n]*\n/, "").replace(/\s+/g, " ").trim().slice(0, 110);
}

/** Times (and optionally profiles) every query the write transactions of `db` run. */
class Recorder {
  readonly queries = new Map<string, QueryStats>();
  transactions = 0;
  workMs = 0;
  queryMs = 0;
  totalMs = 0;
  /** CPU milliseconds: of the database in queries and in all, of this process in all. */
  queryDbCpuMs = 0;
  dbCpuMs = 0;
  nodeCpuMs = 0;
  on = false;
  dbPid: number | undefined;

  /** Put before every query (`--prefix 'CYPHER replan=skip'`), to try a query option on all of them. */
  prefix = "";

  constructor(readonly profile: boolean, readonly plans = false) {}

  reset(): void {
    this.queries.clear();
    this.transactions = this.workMs = this.queryMs = this.totalMs = this.queryDbCpuMs = this.dbCpuMs = this.nodeCpuMs = 0;
  }

  wrapTx(tx: ManagedTransaction): ManagedTransaction {
    const run = async (query: string, params?: Record<string, unknown>) => {
      const began = performance.now();
      const cpu = cpuMsOf(this.dbPid);
      // PROFILE goes after the query's own options (a first line `CYPHER …`).
      const options = /^CYPHER [^\n]*\n/.exec(query)?.[0] ?? "";
      const result = await tx.run(`${this.prefix}${options}${this.profile ? "PROFILE " : ""}${query.slice(options.length)}`, params);
      const ms = performance.now() - began;
      const dbCpu = cpuMsOf(this.dbPid) - cpu;
      if (this.on) {
        const label = labelOf(query);
        const s = this.queries.get(label) ?? { label, calls: 0, ms: 0, dbCpuMs: 0, dbHits: 0, rows: 0 };
        s.calls++;
        s.ms += ms;
        s.dbCpuMs += dbCpu;
        this.queryDbCpuMs += dbCpu;
        s.rows += result.records.length;
        if (this.profile) {
          const hits = sumHits(result.summary.profile as PlanNode);
          s.dbHits += hits;
          if (this.plans && (!s.plan || hits > s.plan.hits)) s.plan = { hits, text: planText(result.summary.profile as PlanNode) };
        }
        this.queries.set(label, s);
        this.queryMs += ms;
      }
      return result;
    };
    return { run } as unknown as ManagedTransaction;
  }

  wrapDb(db: Database): Database {
    const recorder = this;
    const driver = new Proxy(db.driver, {
      get(target, prop, receiver) {
        if (prop !== "session") return Reflect.get(target, prop, receiver);
        return (config: Parameters<Driver["session"]>[0]) => {
          const session = target.session(config);
          return new Proxy(session, {
            get(s, p, r) {
              if (p !== "executeWrite") return Reflect.get(s, p, r);
              return async (work: (tx: ManagedTransaction) => Promise<unknown>, cfg?: unknown) => {
                const began = performance.now();
                const dbCpu = cpuMsOf(recorder.dbPid);
                const nodeCpu = nodeCpuMs();
                let workMs = 0;
                const out = await (s as Session).executeWrite(async (tx) => {
                  const w = performance.now();
                  try {
                    return await work(recorder.wrapTx(tx));
                  } finally {
                    workMs = performance.now() - w;
                  }
                }, cfg as never);
                if (recorder.on) {
                  recorder.transactions++;
                  recorder.workMs += workMs;
                  recorder.totalMs += performance.now() - began;
                  recorder.dbCpuMs += cpuMsOf(recorder.dbPid) - dbCpu;
                  recorder.nodeCpuMs += nodeCpuMs() - nodeCpu;
                }
                return out;
              };
            },
          });
        };
      },
    });
    return { ...db, driver };
  }

  report(title: string, articles: number, claims: number): void {
    const per = (n: number) => (n / Math.max(1, articles)).toFixed(1);
    say(`\n${title}: ${articles} articles, ${claims} claims in ${this.transactions} transaction(s), ${Math.round(this.totalMs)} ms (${Math.round(claims / (this.totalMs / 1000))} claims/s)`);
    say(`  queries ${Math.round(this.queryMs)} ms, Node between queries ${Math.round(this.workMs - this.queryMs)} ms, commit and session ${Math.round(this.totalMs - this.workMs)} ms`);
    say(`  CPU: database ${Math.round(this.dbCpuMs)} ms (queries ${Math.round(this.queryDbCpuMs)}, the rest ${Math.round(this.dbCpuMs - this.queryDbCpuMs)}), this process ${Math.round(this.nodeCpuMs)} ms`);
    const rows = [...this.queries.values()].sort((a, b) => b.ms - a.ms);
    const hits = rows.reduce((n, r) => n + r.dbHits, 0);
    if (this.profile) say(`  db hits ${hits} (${per(hits)} per article)`);
    for (const r of rows) {
      say(`  ${String(Math.round(r.ms)).padStart(6)} ms ${String(Math.round(r.dbCpuMs)).padStart(6)} cpu ${String(r.calls).padStart(4)}x ${this.profile ? `${String(r.dbHits).padStart(9)} hits (${per(r.dbHits).padStart(7)}/article) ` : ""}${r.label}`);
      if (r.plan) say(r.plan.text);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000" },
      batches: { type: "string", default: "3" },
      batch: { type: "string", default: "100" },
      profile: { type: "boolean", default: false },
      plans: { type: "boolean", default: false },
      prefix: { type: "string", default: "" },
    },
  });
  const sizes = values.sizes!.split(",").map(Number);
  const batches = Number(values.batches);
  const batch = Number(values.batch);
  loadDotenv();
  const env = parseEnvironment();
  if (env.neo4j.kind !== "local") throw new Error("the profile starts its own Neo4j: unset NEO4J_URI");
  const dir = mkdtempSync(path.join(os.tmpdir(), "coalition-profile-"));
  const db = await openDatabase(
    { ...env.neo4j, dataDir: path.join(dir, "data"), port: process.env.NEO4J_LOCAL_PORT ? env.neo4j.port : 0, heap: process.env.BENCH_NEO4J_HEAP ?? "3g" },
    { onProgress: say, pageCacheMb: Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? "3072"), queryTimeoutMs: 60_000 },
  );
  const recorder = new Recorder(values.profile! || values.plans!, values.plans!);
  const traced = recorder.wrapDb(db);
  recorder.dbPid = db.localPid();
  if (values.prefix) recorder.prefix = `${values.prefix} `;
  try {
    await migrate(db);
    await prepareFloor(db);
    const world = new World();
    let from = 0;
    for (const size of sizes) {
      const docs: ClaimsDocument[] = [...world.worldSlice(from, size)];
      const profiled = docs.slice(0, batch * batches);
      recorder.reset();
      recorder.on = true;
      const outcomes = await ingestDocuments(traced, profiled, { batchSize: batch });
      recorder.on = false;
      const failed = outcomes.find((o) => o.error);
      if (failed) throw failed.error!;
      recorder.report(`first ${batches} batch(es) of actors ${from}..${size - 1}`, profiled.length, outcomes.reduce((n, o) => n + (o.result?.claims ?? 0), 0));
      // The floor's rows of the same articles, for scale.
      const floorBegan = performance.now();
      const floorCpu = cpuMsOf(recorder.dbPid);
      let floorClaims = 0;
      for (let i = 0; i < profiled.length; i += batch) floorClaims += await writeFloor(db, profiled.slice(i, i + batch));
      const floorMs = performance.now() - floorBegan;
      say(`  floor on the same articles: ${Math.round(floorMs)} ms (${Math.round(floorClaims / (floorMs / 1000))} claims/s), database CPU ${Math.round(cpuMsOf(recorder.dbPid) - floorCpu)} ms`);
      const began = performance.now();
      const rest = await ingestDocuments(db, docs.slice(profiled.length), { batchSize: batch });
      const claims = rest.reduce((n, o) => n + (o.result?.claims ?? 0), 0);
      say(`  the rest: ${rest.length} articles, ${claims} claims, ${Math.round(claims / ((performance.now() - began) / 1000))} claims/s`);
      from = size;
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
