/**
 * Timing helpers of the benchmark: latency percentiles of a repeated call, and requests per
 * second of a call run by several concurrent clients.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** The value below which `p` percent of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Latency of a repeated call. */
export interface Latency {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface LatencyOptions {
  warmup: number;
  /** Most timed runs. */
  runs: number;
  /** Stop timing after this many seconds (but never before `minRuns`). */
  maxSeconds: number;
  minRuns?: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Calls `fn` one at a time and returns its latency percentiles. */
export async function latency(fn: () => Promise<unknown>, options: LatencyOptions): Promise<Latency> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: number[] = [];
  const began = performance.now();
  const minRuns = options.minRuns ?? 5;
  while (samples.length < options.runs && (samples.length < minRuns || performance.now() - began < options.maxSeconds * 1000)) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), maxMs: round(samples[samples.length - 1]!) };
}

/** Requests per second and latency of `concurrency` clients calling `fn` in a loop. */
export interface Throughput {
  concurrency: number;
  /** Every call made, warm-up included. */
  calls: number;
  /** Timed calls. */
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
}

/** Runs `concurrency` loops of `fn` for `seconds` (after a short warm-up) and counts. */
export async function throughput(fn: () => Promise<unknown>, concurrency: number, seconds: number): Promise<Throughput> {
  const warmUntil = performance.now() + Math.min(1000, seconds * 200);
  let warmupCalls = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < warmUntil) {
        await fn();
        warmupCalls++;
      }
    }),
  );
  const samples: number[] = [];
  const began = performance.now();
  const until = began + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await fn();
        samples.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  samples.sort((a, b) => a - b);
  return {
    concurrency,
    calls: warmupCalls + samples.length,
    requests: samples.length,
    requestsPerSec: Math.round(samples.length / elapsed),
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
  };
}

/**
 * CPU time (user + system) a process has used so far, in ms: this process when `pid` is not
 * given, else another one read from /proc (Linux; NaN elsewhere). CPU per request does not depend
 * on how busy the machine is, unlike latency.
 */
export function cpuMs(pid?: number): number {
  if (pid === undefined) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the file, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** {@link throughput}, plus the CPU ms per request of the process that serves the calls. */
export async function throughputWithCpu(fn: () => Promise<unknown>, concurrency: number, seconds: number, servingPid?: number): Promise<Throughput & { cpuMsPerRequest: number }> {
  const before = cpuMs(servingPid);
  const t = await throughput(fn, concurrency, seconds);
  const used = cpuMs(servingPid) - before;
  return { ...t, cpuMsPerRequest: Math.round((used / t.calls) * 1000) / 1000 };
}
