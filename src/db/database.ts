/**
 * One handle on Neo4j for the whole process: the driver, the database name, and the local engine
 * when the project started its own.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { setTimeout as sleep } from "node:timers/promises";
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
  /** The transaction timeout every query gets unless it asks for another, in milliseconds. */
  readonly queryTimeoutMs: number;
  /** Runs `work` in a read transaction (routed to a follower on a cluster). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs `work` in one write transaction; retried by the driver on transient failures. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** True when the database answers a trivial query within `timeoutMs`; never throws. */
  ping(timeoutMs: number): Promise<boolean>;
  /** The process id of the local Neo4j this process runs, if any (for operations and fault tests). */
  localPid(): number | undefined;
  /** Closes the driver and stops the local engine if this process started it. */
  close(): Promise<void>;
}

export interface TransactionOptions {
  /** Transaction timeout in milliseconds; the server ends the transaction past it. */
  timeoutMs?: number;
}

export interface OpenOptions {
  onProgress?: (message: string) => void;
  /** Connection acquisition, connect and retry budget, in milliseconds (default 3 s). */
  connectTimeoutMs?: number;
  /** Default transaction timeout, in milliseconds (default 15 s). */
  queryTimeoutMs?: number;
  /**
   * For a local Neo4j this process starts: restart it when it dies, with backoff (default true).
   * Called with each restart attempt's outcome.
   */
  superviseLocal?: boolean;
  onLocalEvent?: (event: { kind: "exited" | "restarting" | "restarted" | "restart-failed"; detail: string }) => void;
  /** For the local target: reuse a local Neo4j already running on the port (e.g. the service's). */
  reuseRunningLocal?: boolean;
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
  const connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
  const queryTimeoutMs = options.queryTimeoutMs ?? 15_000;
  let uri: string;
  let auth: { username: string; password: string };
  if (target.kind === "remote") {
    uri = target.uri;
    auth = { username: target.username, password: target.password };
  } else if (options.reuseRunningLocal && target.port !== 0 && (await portInUse(target.port))) {
    uri = `bolt://127.0.0.1:${target.port}`;
    auth = { username: "neo4j", password: localPassword(target.dataDir) };
  } else {
    local = await startLocalNeo4j({ dataDir: target.dataDir, port: target.port, heap: target.heap, onProgress: options.onProgress });
    uri = local.uri;
    auth = { username: local.username, password: local.password };
  }

  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.username, auth.password), {
    maxConnectionPoolSize: 50,
    // Fail fast when the database is gone: requests answer SERVICE_UNAVAILABLE within seconds.
    connectionAcquisitionTimeout: options.timeouts?.connectionAcquisition ?? connectTimeoutMs,
    connectionTimeout: options.timeouts?.connection ?? connectTimeoutMs,
    // Retries of transient failures stop after a second, so a dead database is reported fast.
    maxTransactionRetryTime: options.timeouts?.maxTransactionRetry ?? Math.min(1_000, connectTimeoutMs),
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
  const run = async <T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>, txOptions?: TransactionOptions): Promise<T> => {
    const s = session(mode);
    const config = { timeout: txOptions?.timeoutMs ?? queryTimeoutMs };
    // The memory cap and timeouts end the transaction at once: a retry would fail the same way.
    const once = (tx: ManagedTransaction) => work(tx).catch((error: unknown) => Promise.reject(stopRetryOn(error)));
    try {
      return mode === "READ" ? await s.executeRead(once, config) : await s.executeWrite(once, config);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await s.close();
    }
  };

  let closing = false;
  let supervisor: Promise<void> = Promise.resolve();
  if (local && target.kind === "local" && options.superviseLocal !== false) {
    supervisor = superviseLocal(local, target, () => closing, (next) => (local = next), options.onLocalEvent);
  }

  return {
    driver,
    name,
    queryTimeoutMs,
    description: `${local || target.kind === "local" ? "local " : ""}Neo4j ${version} at ${uri}${name ? ` (database ${name})` : ""}`,
    read: (work, txOptions) => run("READ", work, txOptions),
    write: (work, txOptions) => run("WRITE", work, txOptions),
    async ping(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const probe = driver
        .executeQuery("RETURN 1", {}, { database: name, routing: neo4j.routing.READ, transactionConfig: { timeout: timeoutMs } })
        .then(() => true, () => false);
      try {
        return await Promise.race([probe, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    localPid: () => local?.pid,
    async close() {
      closing = true;
      // A driver whose server vanished may take long to close its sockets: do not wait forever.
      await Promise.race([driver.close(), sleep(5_000, undefined, { ref: false })]);
      await local?.stop();
      await supervisor;
    },
  };
}

/** Backoff between restarts of a local Neo4j that died: 1 s, 2 s, 4 s … up to 30 s. */
export function restartDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}

/**
 * Watches the local Neo4j and starts it again (same port, same data) whenever it exits without
 * being asked to. The driver keeps its address, so it reconnects by itself once Bolt is back.
 */
async function superviseLocal(
  first: LocalNeo4j,
  target: Extract<Neo4jTarget, { kind: "local" }>,
  closing: () => boolean,
  replace: (next: LocalNeo4j) => void,
  onEvent: OpenOptions["onLocalEvent"],
): Promise<void> {
  let current = first;
  for (;;) {
    const exit = await current.exited;
    if (closing()) return;
    onEvent?.({ kind: "exited", detail: exit });
    for (let attempt = 0; ; attempt++) {
      await sleep(restartDelayMs(attempt), undefined, { ref: false });
      if (closing()) return;
      onEvent?.({ kind: "restarting", detail: `attempt ${attempt + 1}` });
      try {
        current = await startLocalNeo4j({ dataDir: target.dataDir, port: current.port, heap: target.heap });
        if (closing()) {
          await current.stop();
          return;
        }
        replace(current);
        onEvent?.({ kind: "restarted", detail: current.uri });
        break;
      } catch (error) {
        onEvent?.({ kind: "restart-failed", detail: (error as Error).message });
      }
    }
  }
}
