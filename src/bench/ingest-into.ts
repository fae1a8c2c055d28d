#!/usr/bin/env node
/**
 * Ingestion into a kept world (`run-bench --keep <dir>`), on a copy of it: the kept world stays as
 * it was. Copies `<world>/data` to `<work>/data`, starts a Neo4j on the copy (the benchmark's heap
 * and page cache), brings its summaries to the current version, then ingests the benchmark world's
 * articles of the actors `[from, from + actors)` (their claims in date order from the first day,
 * so that the pairs of the countries and organizations their speakers speak for take claims older
 * than their latest), `batch` articles per transaction. After `--warm` batches (which plan every
 * query), the next `--batches` batches have every query timed (and with `--profile` their db hits summed); `READ_STORED` rows are the pairs the
 * refresh tried to merge into, `READ_PAIRS` rows those it recomputed from their claims. `--plans`
 * prints the operators of each query's most expensive call. Last, the same articles' claim rows are
 * written by the bare `UNWIND … MERGE` floor (`floor.ts`) into the same copy, `batch` articles per
 * transaction: the yardstick of the same minutes on the same store.
 *
 *   node dist/bench/ingest-into.js bench/worlds/w100k [--work bench/worlds/w100k-work] [--keep-work]
 *        [--from 100000] [--actors 2000] [--batch 100] [--warm 1] [--batches 3] [--profile] [--plans]
 *
 * `--actors 0 --keep-work --work <dir>` only makes an upgraded copy, to copy from next time.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { ensureSummaries } from "../ingest/summaries.js";
import { ingestDocuments } from "../ingest/write-article.js";
import { prepareFloor, writeFloor } from "./floor.js";
import { cpuMsOf, Recorder } from "./ingest-recorder.js";
import { World } from "./world.js";

const say = (line: string) => process.stdout.write(`${line}\n`);
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      work: { type: "string" },
      "keep-work": { type: "boolean", default: false },
      from: { type: "string", default: "100000" },
      actors: { type: "string", default: "2000" },
      batch: { type: "string", default: "100" },
      batches: { type: "string", default: "3" },
      warm: { type: "string", default: "1" },
      profile: { type: "boolean", default: false },
      plans: { type: "boolean", default: false },
    },
  });
  const world = positionals[0];
  if (!world || !existsSync(path.join(world, "data"))) throw new Error("usage: ingest-into <kept world folder> [--work <dir>] [--from N] [--actors N] [--batch N] [--batches N] [--profile]");
  const work = path.resolve(values.work ?? `${path.resolve(world)}-work`);
  if (path.resolve(work) === path.resolve(world)) throw new Error("--work must differ from the kept world: the run writes into it");
  const [from, actors, batch, batches, warm] = [values.from, values.actors, values.batch, values.batches, values.warm].map(Number) as [number, number, number, number, number];
  if (![from, actors, batch, batches, warm].every((n) => Number.isInteger(n) && n >= 0) || batch === 0) throw new Error("--from, --actors, --batch, --batches and --warm take whole numbers (--batch at least 1)");
  loadDotenv();
  const env = parseEnvironment();
  if (env.neo4j.kind !== "local") throw new Error("ingest-into runs its own Neo4j on a copy: unset NEO4J_URI");

  let began = performance.now();
  rmSync(work, { recursive: true, force: true });
  cpSync(path.join(world, "data"), path.join(work, "data"), { recursive: true });
  cpSync(path.join(world, "data.password"), path.join(work, "data.password"));
  say(`copied ${world} to ${work} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const db = await openDatabase(
    { ...env.neo4j, dataDir: path.join(work, "data"), heap: process.env.BENCH_NEO4J_HEAP ?? "3g" },
    { onProgress: say, pageCacheMb: Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? "3072"), queryTimeoutMs: 120_000 },
  );
  try {
    await migrate(db);
    began = performance.now();
    const check = await ensureSummaries(db);
    say(`summaries: ${check.action} (${check.count} ${check.unit}) in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    if (actors === 0) return;
    const docs = [...new World().worldSlice(from, from + actors)];
    const recorder = new Recorder(values.profile! || values.plans!, values.plans!);
    recorder.dbPid = db.localPid();
    const traced = recorder.wrapDb(db);
    // The first batches after a start pay for planning every query once: not recorded.
    const warmed = docs.slice(0, batch * warm);
    const warmBegan = performance.now();
    const warmOutcomes = await ingestDocuments(db, warmed, { batchSize: batch });
    if (warmOutcomes.some((o) => o.error)) throw warmOutcomes.find((o) => o.error)!.error!;
    say(`warm-up: ${warmed.length} articles in ${((performance.now() - warmBegan) / 1000).toFixed(1)} s`);
    const profiled = docs.slice(warmed.length, warmed.length + batch * batches);
    say(`load ${load()}`);
    recorder.on = true;
    began = performance.now();
    const first = await ingestDocuments(traced, profiled, { batchSize: batch });
    recorder.on = false;
    const failed = first.find((o) => o.error);
    if (failed) throw failed.error!;
    recorder.report(`${batches} batch(es) after ${warm} of actors ${from}..${from + actors - 1}`, profiled.length, first.reduce((n, o) => n + (o.result?.claims ?? 0), 0));
    const cpu = cpuMsOf(recorder.dbPid);
    const restBegan = performance.now();
    const rest = await ingestDocuments(db, docs.slice(warmed.length + profiled.length), { batchSize: batch });
    const restFailed = rest.find((o) => o.error);
    if (restFailed) throw restFailed.error!;
    const claims = rest.reduce((n, o) => n + (o.result?.claims ?? 0), 0);
    const seconds = (performance.now() - restBegan) / 1000;
    say(`the rest: ${rest.length} articles, ${claims} claims in ${seconds.toFixed(1)} s: ${Math.round(claims / seconds)} claims/s, database CPU ${Math.round(cpuMsOf(recorder.dbPid) - cpu)} ms (load ${load()})`);
    const all = claims + first.reduce((n, o) => n + (o.result?.claims ?? 0), 0);
    say(`after the warm-up: ${docs.length - warmed.length} articles, ${all} claims in ${((performance.now() - began) / 1000).toFixed(1)} s: ${Math.round(all / ((performance.now() - began) / 1000))} claims/s`);
    await prepareFloor(db);
    const floorDocs = docs.slice(warmed.length);
    const floorCpu = cpuMsOf(recorder.dbPid);
    const floorBegan = performance.now();
    let rows = 0;
    for (let i = 0; i < floorDocs.length; i += batch) rows += await writeFloor(db, floorDocs.slice(i, i + batch));
    const floorSeconds = (performance.now() - floorBegan) / 1000;
    say(`floor: the same ${rows} claim rows in ${floorSeconds.toFixed(1)} s: ${Math.round(rows / floorSeconds)} claims/s, database CPU ${Math.round(cpuMsOf(recorder.dbPid) - floorCpu)} ms (load ${load()})`);
  } finally {
    await db.close();
    if (!values["keep-work"]) rmSync(work, { recursive: true, force: true });
  }
}

await main();
