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
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import type { ClaimsDocument } from "../model/claims-document.js";
import { ingestDocuments } from "../ingest/write-article.js";
import { prepareFloor, writeFloor } from "./floor.js";
import { World } from "./world.js";
import { cpuMsOf, Recorder } from "./ingest-recorder.js";

const say = (line: string) => process.stdout.write(`${line}\n`);

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
