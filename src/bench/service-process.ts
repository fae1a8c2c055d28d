/**
 * The service as users meet it, for the benchmark: `coalition serve` in its own process (with a
 * CPU profile when asked), and a summary of such a profile by package.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { projectPath } from "../project-path.js";

/** Starts `coalition serve` with `env` and resolves once it listens; `profileDir` turns on `--cpu-prof`. */
export async function startServiceProcess(env: NodeJS.ProcessEnv, profileDir?: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const args = [...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), projectPath("dist", "cli", "main.js"), "serve"];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const stderr: string[] = [];
  readline.createInterface({ input: child.stderr! }).on("line", (l) => {
    stderr.push(l);
    if (stderr.length > 20) stderr.shift();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start within 120 s\n${stderr.join("\n")}`)), 120_000);
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /GraphQL ready at (\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (code ${code})\n${stderr.join("\n")}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a profile frame's code lives: an npm package, a project folder, or Node itself. */
function owner(frame: CpuProfile["nodes"][number]["callFrame"]): string {
  const url = frame.url;
  if (url.includes("node_modules/")) {
    const rest = url.split("node_modules/").pop()!;
    return rest.split("/").slice(0, rest.startsWith("@") ? 2 : 1).join("/");
  }
  if (url.includes("/dist/")) return `project ${url.split("/dist/")[1]!.split("/")[0]}`;
  if (url.startsWith("node:")) return "node internals";
  if (frame.functionName === "(idle)" || frame.functionName === "(program)") return "(idle)";
  return frame.functionName === "(garbage collector)" ? "(gc)" : "(native)";
}

/** What a CPU profile shows: busy time by package (own time), and the functions with the most time including callees. */
export interface ProfileSummary {
  busyMs: number;
  byPackage: { owner: string; percent: number }[];
  inclusive: { fn: string; percent: number }[];
}

/** Summarises the first `.cpuprofile` in `dir`; undefined when there is none. */
export function summarizeProfile(dir: string): ProfileSummary | undefined {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) return undefined;
  const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = new Map<string, number>();
  const incl = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    const who = owner(node.callFrame);
    if (who === "(idle)") return;
    busy += dt;
    own.set(who, (own.get(who) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url || f.url.startsWith("node:")) continue;
      const key = `${f.functionName || "(anonymous)"} (${owner(f)})`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  });
  const pct = (v: number) => Math.round((v / busy) * 1000) / 10;
  return {
    busyMs: Math.round(busy),
    byPackage: [...own].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => ({ owner: k, percent: pct(v) })),
    inclusive: [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => ({ fn: k, percent: pct(v) })),
  };
}
