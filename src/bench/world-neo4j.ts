#!/usr/bin/env node
/**
 * Keeps a Neo4j running on a world the benchmark kept (`run-bench --keep <dir>`), with the
 * benchmark's heap and page cache, so that `run-bench --reuse <dir>` and `profile-questions` can be
 * run again and again against a warm store. Stops cleanly on Ctrl-C or SIGTERM.
 *
 *   NEO4J_LOCAL_PORT=7688 node dist/bench/world-neo4j.js bench/worlds/w100k
 */
import path from "node:path";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { startLocalNeo4j } from "../db/neo4j-local.js";

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: world-neo4j <kept world folder> (NEO4J_LOCAL_PORT picks the Bolt port)");
  loadDotenv();
  const env = parseEnvironment();
  if (env.neo4j.kind !== "local") throw new Error("NEO4J_URI is set: a kept world runs on a local Neo4j");
  const local = await startLocalNeo4j({
    dataDir: path.join(path.resolve(dir), "data"),
    port: env.neo4j.port,
    heap: process.env.BENCH_NEO4J_HEAP ?? "3g",
    pageCacheMb: Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? "3072"),
    onProgress: (m) => process.stdout.write(`${m}\n`),
  });
  process.stdout.write(`kept world at ${local.uri} (pid ${local.pid}); Ctrl-C stops it\n`);
  const stop = () => void local.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  process.stdout.write(`${await local.exited}\n`);
}

await main();
