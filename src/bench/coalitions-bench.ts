#!/usr/bin/env node
/**
 * Latency of the coalition questions: connects like the CLI (the running local Neo4j, or
 * NEO4J_URI), makes sure the seed is loaded, asks each question N times the way GraphQL asks it
 * (names resolved, one read transaction) and prints p50/p95 per question.
 *
 *   node dist/bench/coalitions-bench.js [--runs 200] [--warmup 20]
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Table from "cli-table3";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { loadSeed } from "../ingest/seed.js";
import { defaultCatalog } from "../coalitions/query-catalog.js";
import { ask, type QuestionName } from "../coalitions/questions.js";

/** The questions asked, with seed-graph arguments. */
const CASES: [QuestionName, Record<string, unknown>][] = [
  ["race", { post: "NATO Secretary General" }],
  ["supporters", { candidate: "Mark Rutte" }],
  ["opponents", { candidate: "Mark Rutte" }],
  ["coalition", { candidate: "Mark Rutte", organization: "NATO" }],
  ["stanceChanges", {}],
  ["connection", { from: "Hungary", to: "France", maxHops: 4 }],
  ["sharedGround", { a: "France", b: "Hungary" }],
  ["quotes", { person: "Gabriel Attal" }],
];

/** The value below which `p` of the sorted samples fall. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "200" }, warmup: { type: "string", default: "20" } } });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) throw new Error("--runs and --warmup take whole numbers");
  loadDotenv();
  const db = await openDatabase(parseEnvironment().neo4j, { reuseRunningLocal: true, onProgress: (m) => process.stderr.write(`${m}\n`) });
  try {
    await migrate(db);
    const seed = await loadSeed(db);
    process.stdout.write(`${db.description}; seed ${seed.created ? "loaded" : "already there"}; ${runs} runs per question after ${warmup} warm-up runs\n`);
    const catalog = defaultCatalog();
    const table = new Table({ head: ["question", "p50 ms", "p95 ms", "max ms", "rows"], style: { head: [], border: [] } });
    for (const [name, args] of CASES) {
      let rows = 0;
      for (let i = 0; i < warmup; i++) await ask(db, catalog, name, args);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const began = performance.now();
        const answer = await ask(db, catalog, name, args);
        samples.push(performance.now() - began);
        rows = Array.isArray(answer) ? answer.length : answer ? 1 : 0;
      }
      samples.sort((a, b) => a - b);
      table.push([name, percentile(samples, 50).toFixed(2), percentile(samples, 95).toFixed(2), samples[samples.length - 1]!.toFixed(2), rows]);
    }
    process.stdout.write(`${table.toString()}\n`);
  } finally {
    await db.close();
  }
}

await main();
