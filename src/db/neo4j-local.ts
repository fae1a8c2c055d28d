/**
 * The project's own Neo4j: the Community engine embedded in the small Java launcher of
 * `neo4j-local/`, built with Maven on first use and spawned as a child process.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { DatabaseUnavailableError } from "../errors.js";
import { projectPath } from "../project-path.js";

const LAUNCHER_DIR = projectPath("neo4j-local");
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, "target", "neo4j-local.jar");
const LAUNCHER_SOURCES = [path.join(LAUNCHER_DIR, "pom.xml"), path.join(LAUNCHER_DIR, "src/main/java/dev/coalitiongraph/neo4jlocal/Main.java")];
const MAIN_CLASS = "dev.coalitiongraph.neo4jlocal.Main";

export interface LocalNeo4jOptions {
  /** Folder for the database files; created when missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Java heap, e.g. "1g". */
  heap?: string;
  /** Page cache in MiB (default 256); a large graph wants its store in memory. */
  pageCacheMb?: number;
  /**
   * Least time, in seconds, before Neo4j plans a cached query again when the data's statistics have
   * changed (Neo4j's default is 10). A test database small enough for every write to change its
   * statistics by a large fraction would otherwise plan the catalog queries again, seconds each,
   * every few seconds.
   */
  minReplanIntervalSeconds?: number;
  /** How long to wait for Bolt, in milliseconds. */
  startTimeoutMs?: number;
  /** Called with progress messages ("building the launcher", ...). */
  onProgress?: (message: string) => void;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  port: number;
  dataDir: string;
  /** The engine's process id. */
  pid: number | undefined;
  /** Resolves when the engine's process exits, for whatever reason, with how it ended. */
  exited: Promise<string>;
  /** Shuts the engine down cleanly; resolves when the process has exited. */
  stop(): Promise<void>;
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore", env: process.env });
  return result.status === 0;
}

/**
 * Builds the launcher with Maven unless an up-to-date build exists.
 *
 * @throws DatabaseUnavailableError when java or mvn is missing, or the build fails
 */
export function ensureLauncherBuilt(onProgress?: (message: string) => void): void {
  if (!commandWorks("java", ["-version"])) {
    throw new DatabaseUnavailableError("java not found: install Java 17 (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use another Neo4j");
  }
  const builtAt = existsSync(LAUNCHER_JAR) ? statSync(LAUNCHER_JAR).mtimeMs : 0;
  const upToDate = builtAt > 0 && LAUNCHER_SOURCES.every((file) => statSync(file).mtimeMs <= builtAt);
  if (upToDate) return;
  if (!commandWorks("mvn", ["-v"])) {
    throw new DatabaseUnavailableError("mvn not found: install Maven (e.g. apt-get install maven) to build the local Neo4j, or set NEO4J_URI to use another Neo4j");
  }
  onProgress?.("building the local Neo4j launcher with Maven (first run only)");
  const build = spawnSync("mvn", ["-q", "-B", "-f", path.join(LAUNCHER_DIR, "pom.xml"), "package", "-DskipTests"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: process.env,
  });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ""}${build.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    throw new DatabaseUnavailableError(`building the local Neo4j launcher failed (mvn package in neo4j-local/):\n${output}`);
  }
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The password of the local database, kept beside its data (mode 0600) so that other commands,
 * such as the analyst CLI, can reach a database that the service started.
 */
export function localPassword(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 16) return saved;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts the local Neo4j and resolves once Bolt accepts connections.
 *
 * @throws DatabaseUnavailableError with the engine's own message when it cannot start
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureLauncherBuilt(options.onProgress);
  const port = options.port === 0 ? await freePort() : options.port;
  if (await portInUse(port)) {
    throw new DatabaseUnavailableError(
      `port ${port} is already in use on 127.0.0.1: stop what uses it, set NEO4J_LOCAL_PORT to another port, or set NEO4J_URI`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const password = localPassword(options.dataDir);
  const target = path.join(LAUNCHER_DIR, "target");
  const javaArgs = [
    `-Xmx${options.heap ?? "1g"}`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    `-Dcoalition.pagecacheMb=${options.pageCacheMb ?? 256}`,
    `-Dcoalition.minReplanIntervalSeconds=${options.minReplanIntervalSeconds ?? 10}`,
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-cp",
    [LAUNCHER_JAR, path.join(target, "lib", "*")].join(path.delimiter),
    MAIN_CLASS,
    options.dataDir,
    path.join(target, "plugins"),
    String(port),
  ];
  options.onProgress?.(`starting Neo4j on 127.0.0.1:${port} (data in ${options.dataDir})`);
  const child = spawn("java", javaArgs, {
    env: { ...process.env, NEO4J_LOCAL_PASSWORD: password },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
  });

  await waitForReady(child, options.startTimeoutMs ?? 180_000, stderrTail);
  let exited = child.exitCode !== null;
  const exit = new Promise<string>((resolve) => {
    if (exited) resolve(`exited (code ${child.exitCode})`);
    child.once("exit", (code, signal) => {
      exited = true;
      resolve(signal ? `killed by ${signal}` : `exited (code ${code})`);
    });
  });
  const stopOnParentExit = () => {
    if (!exited) child.kill("SIGTERM");
  };
  process.once("exit", stopOnParentExit);

  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: "neo4j",
    password,
    port,
    dataDir: options.dataDir,
    pid: child.pid,
    exited: exit,
    async stop() {
      process.removeListener("exit", stopOnParentExit);
      if (exited) return;
      // Closing stdin asks the launcher to shut down cleanly (it flushes the store).
      child.stdin!.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      const detail = stderrTail.length > 0 ? `\n${stderrTail.slice(-10).join("\n")}` : "";
      reject(new DatabaseUnavailableError(`the local Neo4j did not start: ${message}${detail}`));
    };
    const timer = setTimeout(() => fail(`no answer within ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) {
        clearTimeout(timer);
        lines.removeAllListeners("line");
        // Keep draining stdout so the child never blocks on a full pipe.
        lines.on("line", () => {});
        child.removeAllListeners("exit");
        resolve();
      } else if (line.startsWith("FAILED ")) {
        fail(line.slice("FAILED ".length));
      }
    });
    child.once("error", (error) => fail(error.message));
    child.once("exit", (code, signal) => fail(`the launcher exited (${signal ?? `code ${code}`})`));
  });
}
