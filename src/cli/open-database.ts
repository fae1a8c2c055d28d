/**
 * How the commands that write (ingest, reextract) reach the database: the service's own local
 * Neo4j when one is running, and a few seconds' patience when the database does not answer.
 */
import type { Environment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";

/** How long a writing command waits on a database that does not answer before it gives up (ms). */
const FAIL_FAST = { connectionAcquisition: 5_000, connection: 5_000, maxTransactionRetry: 5_000 };

/** Opens the configured database for a command that writes. */
export function openDatabaseForWrites(env: Environment): Promise<Database> {
  return openDatabase(env.neo4j, { reuseRunningLocal: true, timeouts: FAIL_FAST });
}
