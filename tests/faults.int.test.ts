/**
 * Faults: the service's own local Neo4j (a separate instance on a free port, not the run's shared
 * one) killed with SIGKILL while the service runs, and a graceful stop with a request in flight.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { mintToken } from "../src/auth/tokens.js";
import { parseEnvironment } from "../src/config/environment.js";
import { freePort } from "../src/db/neo4j-local.js";
import { createLogger } from "../src/logger.js";
import { projectPath } from "../src/project-path.js";
import { startService, type RunningService } from "../src/web/start-service.js";

const secret = "f".repeat(48);
let service: RunningService;
let baseUrl: string;
let editor: string;

async function gql(body: unknown, token?: string) {
  const began = performance.now();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ms: performance.now() - began, body: (await response.json()) as Record<string, any> };
}

async function probe(pathname: string) {
  const began = performance.now();
  const response = await fetch(`${baseUrl}${pathname}`);
  await response.text();
  return { status: response.status, ms: performance.now() - began };
}

const seedText = readFileSync(projectPath("data", "seed", "rutte-nato-2024.txt"), "utf8").split("---\n")[1]!;
const article = (i: number) => ({
  query: "mutation($input: IngestArticleInput!){ ingestArticle(input: $input) { articleId created } }",
  variables: { input: { title: `Fault test article ${i}`, source: "Fault Wire", publishedAt: "2024-03-06", text: `${seedText}\n\nEdition ${i}.` } },
});

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coalition-faults-"));
  const env = parseEnvironment({
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA: path.join(dir, "data"),
    NEO4J_LOCAL_HEAP: "512m",
    PORT: String(await freePort()),
    JWT_SECRET: secret,
    SEED_ON_EMPTY: "false",
    RATE_LIMIT_PER_MINUTE: "0",
    // The first write of a fresh service plans every write query: on a loaded machine it outlasts a short grace.
    SHUTDOWN_GRACE_MS: "90000",
  });
  service = await startService(env, createLogger("error"), () => {});
  baseUrl = service.url.replace(/\/graphql$/, "");
  editor = await mintToken(secret, { subject: "fault", roles: ["editor"], expiresIn: "30m" });
}, 240_000);

afterAll(async () => {
  await service?.stop();
}, 150_000);

describe("when the local Neo4j is killed", () => {
  it("fails fast with SERVICE_UNAVAILABLE, restarts it on its own, and loses nothing written before", async () => {
    const written: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await gql(article(i), editor);
      expect(res.body.errors).toBeUndefined();
      written.push(res.body.data.ingestArticle.articleId);
    }

    const pid = service.db.localPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, "SIGKILL");
    await sleep(300);

    const generated = await gql({ query: "{ articles { title } }" });
    const custom = await gql({ query: '{ supporters(candidate: "rutte") { totalCount } }' });
    for (const res of [generated, custom]) {
      expect(res.status).toBe(503);
      expect(res.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
      expect(res.ms).toBeLessThan(5_000);
    }
    // Readiness is checked in the background: it turns 503 within seconds, and answers at once.
    let ready = await probe("/readyz");
    for (let i = 0; i < 20 && ready.status !== 503; i++) {
      await sleep(250);
      ready = await probe("/readyz");
    }
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1_000);
    expect((await probe("/healthz")).status).toBe(200);

    // Ready again within 60 s is the goal; a Neo4j start on a loaded machine can take longer, so the
    // test allows 90 s and prints the time it saw.
    let readyAgain = false;
    const killedAt = Date.now();
    const deadline = killedAt + 90_000;
    while (!readyAgain && Date.now() < deadline) {
      await sleep(1_000);
      readyAgain = (await probe("/readyz")).status === 200;
    }
    // Bolt answers a moment before the launcher reports ready: wait for the supervisor to see it.
    while (service.db.localPid() === pid && Date.now() < deadline + 30_000) await sleep(200);
    expect(readyAgain).toBe(true);
    process.stdout.write(`fault: local Neo4j killed with SIGKILL, service ready again after ${((Date.now() - killedAt) / 1000).toFixed(1)} s\n`);
    expect(service.db.localPid()).not.toBe(pid);

    const after = await gql({ query: "{ articles(where: { source: { eq: \"Fault Wire\" } }) { id } }" });
    expect(after.status).toBe(200);
    expect(after.body.data.articles.map((a: { id: string }) => a.id).sort()).toEqual([...written].sort());
  }, 150_000);
});

describe("a graceful stop", () => {
  it("finishes the request in flight, then refuses new connections", async () => {
    // Stop only once the server holds the request: a fixed pause loses the race on a busy machine.
    const received = new Promise((resolve) => service.http.server.once("request", resolve));
    const inFlight = gql(article(99), editor);
    await received;
    const stopped = service.stop();
    const res = await inFlight;
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.data.ingestArticle.created).toBe(true);
    await stopped;
    await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();
  }, 240_000);
});
