/**
 * One Neo4j for the whole integration run: the server named by NEO4J_URI, or a fresh local Neo4j
 * in a temporary folder on a free port. Workers find it through the NEO4J_* variables.
 * Runs the built code (`npm test` builds first), since Jest loads this file outside its transform.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDotenv } from "../dist/config/load-dotenv.js";
import { parseEnvironment } from "../dist/config/environment.js";
import { openDatabase } from "../dist/db/database.js";
import { migrate } from "../dist/db/migrate.js";
import { ensureSummaries } from "../dist/ingest/summaries.js";
import { startLocalNeo4j } from "../dist/db/neo4j-local.js";

export default async function globalSetup() {
  loadDotenv();
  if (!process.env.NEO4J_URI) {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "coalition-test-")), "data");
    // Tests check answers, not plans: a query keeps its first plan for the run, instead of being
    // planned again (seconds on two cores) each time a test's writes shift the tiny graph's counts.
    const local = await startLocalNeo4j({ dataDir, port: 0, heap: "1g", minReplanIntervalSeconds: 24 * 3600 });
    globalThis.__coalitionLocalNeo4j = local;
    process.env.NEO4J_URI = local.uri;
    process.env.NEO4J_USERNAME = local.username;
    process.env.NEO4J_PASSWORD = local.password;
  }
  const db = await openDatabase(parseEnvironment().neo4j);
  try {
    await migrate(db);
    await ensureSummaries(db);
  } finally {
    await db.close();
  }
}
