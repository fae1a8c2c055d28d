/**
 * Times (and optionally profiles) every query of the write transactions run through a
 * {@link Database}: what `profile-ingest` and `ingest-into` report.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import type { Database } from "../db/database.js";

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * CPU milliseconds a process has used so far (user + system, from /proc; 0 where there is none):
 * on a shared machine, the work a query costs the database whatever the other processes do.
 */
export function cpuMsOf(pid: number | undefined): number {
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
  const text = query.replace(/^CYPHER [^\n]*\n/, "").replace(/\s+/g, " ").trim();
  // Queries that begin alike stay apart by a short digest of the whole text.
  return `${text.slice(0, 100)} #${createHash("sha1").update(text).digest("hex").slice(0, 6)}`;
}

/** Times (and optionally profiles) every query the write transactions of `db` run. */
export class Recorder {
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
      say(`  ${String(Math.round(r.ms)).padStart(6)} ms ${String(Math.round(r.dbCpuMs)).padStart(6)} cpu ${String(r.calls).padStart(4)}x ${String(r.rows).padStart(6)} rows ${this.profile ? `${String(r.dbHits).padStart(9)} hits (${per(r.dbHits).padStart(7)}/article) ` : ""}${r.label}`);
      if (r.plan) say(r.plan.text);
    }
  }
}
