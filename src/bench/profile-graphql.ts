#!/usr/bin/env node
/**
 * The GraphQL layer's own cost: on the seed graph, asks the same small answer (a person by id)
 * through the service over HTTP and through the bare driver, at 1 and 16 clients, with the
 * service under `node --cpu-prof`; prints both latencies and where the service's CPU went
 * (by package, and the functions with the most time including what they call).
 *
 *   node dist/bench/profile-graphql.js [--seconds 5] [--no-profile]
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { execute, parse } from "graphql";
import neo4j from "neo4j-driver";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";
import { buildSchema } from "../graphql/build-schema.js";
import { customResolvers } from "../graphql/resolvers.js";
import { freePort, localPassword } from "../db/neo4j-local.js";
import { migrate } from "../db/migrate.js";
import { loadSeed } from "../ingest/seed.js";
import { projectPath } from "../project-path.js";
import { GraphqlClient } from "./graphql-client.js";
import { throughputWithCpu } from "./measure.js";
import { SAME_ANSWER } from "./queries.js";
import { startServiceProcess, summarizeProfile } from "./service-process.js";

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The layers one at a time, in this process (one client, CPU ms per request): the bare driver;
 * graphql-js executing the @neo4j/graphql schema (translation to Cypher, the driver, the result
 * tree); the same through Apollo Server's request pipeline. The HTTP service adds Express, the
 * body parser, the context and JSON on top (measured after this, in its own process).
 */
async function layers(db: Database, id: string, seconds: number): Promise<void> {
  const schema = await buildSchema({ db, resolvers: customResolvers({ writesEnabled: false }) });
  const document = parse(SAME_ANSWER.graphql);
  const contextValue = () => ({ sessionConfig: db.name ? { database: db.name } : {}, db, caller: { kind: "anonymous" } });
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const steps: [string, () => Promise<unknown>][] = [
    ["driver.executeQuery", () => db.driver.executeQuery(SAME_ANSWER.cypher, { id }, { routing: neo4j.routing.READ, database: db.name })],
    ["graphql-js execute (@neo4j/graphql)", async () => {
      const r = await execute({ schema, document, variableValues: { id }, contextValue: contextValue() });
      if (r.errors) throw r.errors[0];
    }],
    ["Apollo executeOperation", async () => {
      const r = await apollo.executeOperation({ query: SAME_ANSWER.graphql, variables: { id } }, { contextValue: contextValue() as never });
      if (r.body.kind !== "single" || r.body.singleResult.errors) throw new Error("Apollo answered with errors");
    }],
  ];
  for (const [, fn] of steps) await throughputWithCpu(fn, 1, Math.min(seconds, 3));
  say("layers in one process, 1 client (after a warm-up of each):");
  for (const [name, fn] of steps) {
    const t = await throughputWithCpu(fn, 1, seconds);
    say(`  ${name.padEnd(40)} p50 ${String(t.p50Ms).padStart(6)} ms  ${t.cpuMsPerRequest} CPU ms/request`);
  }
  await apollo.stop();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, "no-profile": { type: "boolean", default: false } } });
  const seconds = Number(values.seconds);
  loadDotenv();
  const env = parseEnvironment();
  if (env.neo4j.kind !== "local") throw new Error("profile-graphql starts its own local Neo4j: unset NEO4J_URI");
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "coalition-profile-"));
  const target = { ...env.neo4j, dataDir: path.join(tempDir, "data"), port: process.env.NEO4J_LOCAL_PORT ? env.neo4j.port : 0 };
  const db = await openDatabase(target, { onProgress: say });
  const profileDir = values["no-profile"] ? undefined : projectPath("bench", "profiles");
  let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
  let client: GraphqlClient | undefined;
  try {
    await migrate(db);
    await loadSeed(db);
    if (profileDir) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    service = await startServiceProcess(
      {
        PATH: process.env.PATH,
        NEO4J_URI: db.description.match(/bolt:\/\/\S+/)![0],
        NEO4J_USERNAME: "neo4j",
        NEO4J_PASSWORD: localPassword(target.dataDir),
        PORT: String(process.env.PORT ? Number(process.env.PORT) : await freePort()),
        SEED_ON_EMPTY: "false",
        // The benchmark times ingestion first and warms each question itself.
        PLAN_QUESTIONS_AT_START: "false",
        LOG_LEVEL: "warn",
        // One client address sends every request: the per-client rate limit would measure itself.
        RATE_LIMIT_PER_MINUTE: "0",
      },
      profileDir,
    );
    client = new GraphqlClient(service.url, 16);
    const id = "person:mark-rutte";
    const viaGraphql = async () => (await client!.query<{ people: unknown[] }>(SAME_ANSWER.graphql, { id })).data.people;
    const viaDriver = async () => (await db.driver.executeQuery(SAME_ANSWER.cypher, { id }, { routing: neo4j.routing.READ, database: db.name })).records.map((r) => r.toObject());
    if (JSON.stringify(await viaGraphql()) !== JSON.stringify(await viaDriver())) throw new Error("GraphQL and the driver disagree");
    await layers(db, id, seconds);
    const typename = await throughputWithCpu(() => client!.query("{ __typename }"), 1, seconds, service.child.pid);
    say(`{ __typename } over HTTP (Express, Apollo, no database), 1 client: p50 ${typename.p50Ms} ms, ${typename.cpuMsPerRequest} CPU ms/request (service)`);
    say(`load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; ${SAME_ANSWER.name}, ${seconds} s per measurement`);
    for (const concurrency of [1, 16]) {
      const g = await throughputWithCpu(viaGraphql, concurrency, seconds, service.child.pid);
      const d = await throughputWithCpu(viaDriver, concurrency, seconds);
      say(`${concurrency} client(s): GraphQL p50 ${g.p50Ms} ms, ${g.requestsPerSec} req/s, ${g.cpuMsPerRequest} CPU ms/request (service); driver p50 ${d.p50Ms} ms, ${d.requestsPerSec} req/s, ${d.cpuMsPerRequest} CPU ms/request`);
      say(`  GraphQL adds ${(g.p50Ms - d.p50Ms).toFixed(2)} ms at p50 and ${(g.cpuMsPerRequest - d.cpuMsPerRequest).toFixed(3)} CPU ms per request; serves ${Math.round((g.requestsPerSec / d.requestsPerSec) * 100)}% of the driver's requests/s`);
    }
    await client.close();
    client = undefined;
    await service.stop();
    service = undefined;
    if (profileDir) {
      const summary = summarizeProfile(profileDir);
      if (summary) {
        say(`\nservice CPU (${summary.busyMs} ms busy), own time by package:`);
        for (const p of summary.byPackage) say(`  ${p.owner.padEnd(40)} ${p.percent}%`);
        say("functions with the most time, including callees:");
        for (const f of summary.inclusive.slice(0, 30)) say(`  ${f.fn.padEnd(70)} ${f.percent}%`);
      }
    }
  } finally {
    await client?.close();
    await service?.stop();
    await db.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

await main();
