/**
 * One handle on Neo4j for the whole process: the driver, the database name, and the local engine
 * when the project started its own.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { Neo4jTarget } from "../config/environment.js";
import { DatabaseUnavailableError } from "../errors.js";
import { startLocalNeo4j, portInUse, localPassword, type LocalNeo4j } from "./neo4j-local.js";
import { stopRetryOn, translateNeo4jError } from "./neo4j-errors.js";

export interface Database {
  readonly driver: Driver;
  /** The database name sessions use; undefined means the server's default. */
  readonly name?: string;
  /** Where it is, for logs: "local Neo4j 5.26.19 at bolt://127.0.0.1:7687". */
  readonly description: string;
  /** Runs `work` in a read transaction (routed to a follower on a cluster). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Runs `work` in one write transaction; retried by the driver on transient failures. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Closes the driver and stops the local engine if this process started it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  onProgress?: (message: string) => void;
  /** For the local target: reuse a local Neo4j already running on the port (e.g. the service's). */
  reuseRunningLocal?: boolean;
  /** For the local target: page cache in MiB (the launcher's default otherwise). */
  pageCacheMb?: number;
  /** Driver timeouts, for callers that must fail fast when the database is gone (milliseconds). */
  timeouts?: { connectionAcquisition?: number; connection?: number; maxTransactionRetry?: number };
}

/**
 * Connects to the configured Neo4j, starting the local engine first when no `NEO4J_URI` is set.
 *
 * @throws DatabaseUnavailableError when the database cannot be reached
 */
export async function openDatabase(target: Neo4jTarget, options: OpenOptions = {}): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri: string;
  let auth: { username: string; password: string };
  if (target.kind === "remote") {
    uri = target.uri;
    auth = { username: target.username, password: target.password };
  } else if (options.reuseRunningLocal && target.port !== 0 && (await portInUse(target.port))) {
    uri = `bolt://127.0.0.1:${target.port}`;
    auth = { username: "neo4j", password: localPassword(target.dataDir) };
  } else {
    local = await startLocalNeo4j({ dataDir: target.dataDir, port: target.port, heap: target.heap, pageCacheMb: options.pageCacheMb, onProgress: options.onProgress });
    uri = local.uri;
    auth = { username: local.username, password: local.password };
  }

  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.username, auth.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: options.timeouts?.connectionAcquisition ?? 30_000,
    ...(options.timeouts?.connection !== undefined ? { connectionTimeout: options.timeouts.connection } : {}),
    ...(options.timeouts?.maxTransactionRetry !== undefined ? { maxTransactionRetryTime: options.timeouts.maxTransactionRetry } : {}),
    disableLosslessIntegers: false,
    userAgent: "coalition-graph",
  });
  let version = "";
  try {
    const info = await driver.getServerInfo({ database: target.database });
    version = info.agent?.replace(/^Neo4j\//, "") ?? "";
  } catch (error) {
    await driver.close();
    await local?.stop();
    const translated = translateNeo4jError(error);
    throw translated instanceof DatabaseUnavailableError
      ? translated
      : new DatabaseUnavailableError(`cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }

  const name = target.database;
  const session = (mode: "READ" | "WRITE") =>
    driver.session({ database: name, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
  const run = async <T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const s = session(mode);
    // The memory cap and timeouts end the transaction at once: a retry would fail the same way.
    const once = (tx: ManagedTransaction) => work(tx).catch((error: unknown) => Promise.reject(stopRetryOn(error)));
    try {
      return mode === "READ" ? await s.executeRead(once) : await s.executeWrite(once);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await s.close();
    }
  };

  return {
    driver,
    name,
    description: `${local || target.kind === "local" ? "local " : ""}Neo4j ${version} at ${uri}${name ? ` (database ${name})` : ""}`,
    read: (work) => run("READ", work),
    write: (work) => run("WRITE", work),
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
