#!/usr/bin/env node
/**
 * Where a coalition question spends its time on a large graph: PROFILEs the catalog queries of the
 * most-backed candidate (the candidate with the most supporting positions in the tallies) and
 * prints, per operator, its rows and database hits; then times each query through the driver, the
 * way GraphQL asks it (names resolved, one read transaction).
 *
 *   node dist/bench/profile-questions.js [--only stance-holders,coalition] [--runs 200] [--plan] [--baseline <dir>]
 *
 * With `--baseline`, the same questions are also asked with the `.cypher` files of that folder (e.g.
 * an earlier commit's `cypher/`), the two alternately run for run, so that both are timed in the
 * same minutes of a shared machine; the answers must be the same.
 *
 * Connects like the command line: the local Neo4j already running on NEO4J_LOCAL_PORT (e.g. a
 * kept world, `world-neo4j.ts`), or NEO4J_URI.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { ManagedTransaction, ProfiledPlan } from "neo4j-driver";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";
import { defaultCatalog, loadQueryCatalog, type QueryCatalog } from "../coalitions/query-catalog.js";
import { coerceParams, runQuery } from "../coalitions/run-query.js";
import { resolveName } from "../coalitions/name-resolver.js";
import { isEntityType } from "../coalitions/query-params.js";
import { isDeepStrictEqual } from "node:util";
import { latency, percentile } from "./measure.js";

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The catalog queries profiled, with their arguments (the candidate filled in). */
function cases(candidate: string, supporter: string): [string, string, Record<string, unknown>][] {
  return [
    ["supporters (most-backed)", "stance-holders", { candidate, stance: "SUPPORTS", first: 20 }],
    ["opponents (most-backed)", "stance-holders", { candidate, stance: "OPPOSES", first: 20 }],
    ["coalition (most-backed, NATO)", "coalition", { candidate, organization: "NATO", first: 20 }],
    ["coalition (most-backed)", "coalition", { candidate, first: 20 }],
    ["stanceChanges (most-backed)", "stance-changes", { candidate, first: 20 }],
    ["stanceChanges (most-backed, 3 per actor)", "stance-changes", { candidate, first: 20, changesPerActor: 3 }],
    ["evidence (a supporter of the most-backed)", "evidence", { actor: supporter, candidate, first: 20 }],
  ];
}

function flatten(plan: ProfiledPlan, depth = 0, out: { depth: number; plan: ProfiledPlan }[] = []): { depth: number; plan: ProfiledPlan }[] {
  out.push({ depth, plan });
  for (const child of plan.children) flatten(child, depth + 1, out);
  return out;
}

async function profile(tx: ManagedTransaction, catalog: QueryCatalog, name: string, given: Record<string, unknown>, full: boolean): Promise<number> {
  const query = catalog.get(name);
  const params = coerceParams(query, given);
  for (const spec of query.params) {
    const value = params[spec.name];
    if (isEntityType(spec.type) && typeof value === "string") params[spec.name] = (await resolveName(tx, catalog, value, spec.type)).id;
  }
  const result = await tx.run(`PROFILE ${query.text}`, params);
  const plan = result.summary.profile as ProfiledPlan;
  let total = 0;
  for (const { depth, plan: op } of flatten(plan)) {
    total += op.dbHits;
    if (!full && op.dbHits < 1000 && op.rows < 1000) continue;
    const details = String(op.arguments.Details ?? "").replace(/\s+/g, " ").slice(0, 140);
    say(`  ${"  ".repeat(Math.min(depth, 20))}${op.operatorType.replace(/@.*/, "")}  rows ${op.rows}  db hits ${op.dbHits}  ${details}`);
  }
  return total;
}

/** p50 and p95 of two calls timed alternately, run for run. */
async function alternately(runs: number, current: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<{ current: string; baseline: string }> {
  for (let i = 0; i < 10; i++) {
    await current();
    await baseline();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [current, baseline].entries()) {
      const t = performance.now();
      await fn();
      samples[k]!.push(performance.now() - t);
    }
  }
  const show = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms`;
  };
  return { current: show(samples[0]), baseline: show(samples[1]) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: "string" }, runs: { type: "string", default: "200" }, plan: { type: "boolean", default: false }, baseline: { type: "string" } },
  });
  loadDotenv();
  const db: Database = await openDatabase(parseEnvironment().neo4j, { reuseRunningLocal: true, queryTimeoutMs: 60_000 });
  try {
    const catalog = defaultCatalog();
    const baseline = values.baseline ? loadQueryCatalog(values.baseline) : undefined;
    const top = await db.read((tx) =>
      tx.run(
        `MATCH (t:Tally) WHERE t.stance = 'SUPPORTS' AND t.key ENDS WITH '|*|SUPPORTS'
         WITH t ORDER BY t.total DESC LIMIT 1
         MATCH (c:Person {id: t.candidateId})
         CALL (c) { MATCH (a:Person)-[p:POSITION {scope: '*'}]->(c) WHERE p.supportKey IS NOT NULL AND NOT a:Country RETURN a.id AS supporter LIMIT 1 }
         RETURN c.id AS id, c.name AS name, t.total AS total, supporter`,
      ),
    );
    const row = top.records[0];
    if (!row) throw new Error(`${db.description} holds no tallies: nothing to profile`);
    say(`${db.description}; most-backed candidate ${row.get("name")} (${row.get("total")} supporting positions)`);
    const only = values.only?.split(",");
    for (const [label, name, args] of cases(row.get("id") as string, row.get("supporter") as string)) {
      if (only && !only.some((o) => label.includes(o) || name === o)) continue;
      say(`\n${label}: ${name}`);
      const hits = await db.read((tx) => profile(tx, catalog, name, args, values.plan!));
      if (baseline) {
        // A parameter the baseline does not know yet (a new option) is left out of its call: then
        // the two answers are not expected to be the same.
        const known = baseline.get(name).params.map((p) => p.name);
        const left = Object.keys(args).filter((k) => !known.includes(k));
        const baseArgs = Object.fromEntries(Object.entries(args).filter(([k]) => known.includes(k)));
        const before = await db.read((tx) => profile(tx, baseline, name, baseArgs, false));
        const [now, then] = [(await runQuery(db, catalog, name, args)).rows, (await runQuery(db, baseline, name, baseArgs)).rows];
        const same = left.length > 0 ? `baseline without ${left.join(", ")}` : isDeepStrictEqual(now, then) ? "same answer" : "ANSWERS DIFFER";
        const t = await alternately(Number(values.runs), () => runQuery(db, catalog, name, args), () => runQuery(db, baseline, name, baseArgs));
        say(`  db hits ${hits} (baseline ${before}); driver ${t.current} (baseline ${t.baseline}) over ${values.runs} runs each; ${same}`);
        continue;
      }
      const l = await latency(() => runQuery(db, catalog, name, args), { warmup: 10, runs: Number(values.runs), maxSeconds: 120, minRuns: 20 });
      say(`  total db hits ${hits}; driver p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms over ${l.runs} runs`);
    }
  } finally {
    await db.close();
  }
}

await main();
