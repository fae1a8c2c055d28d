import { monitorEventLoopDelay, performance } from "node:perf_hooks";

/**
 * Watches the event loop while requests run: the histogram of `monitorEventLoopDelay` (wall
 * clock), and a 20 ms tick that measures each late tick against the CPU time the process used
 * meanwhile, so that waiting for a core on a loaded machine is not counted as a block
 * (`longestBusyMs`). Keeps the documents in flight at each block over 100 ms (add them to
 * `inFlight`), to find the culprit when a run fails.
 */
export function eventLoopProbe() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const inFlight = new Set<string>();
  const blocks: { ms: number; cpuMs: number; inFlight: string[] }[] = [];
  let longestBusyMs = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    lastCpu = process.cpuUsage();
    const late = now - last - 20;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    longestBusyMs = Math.max(longestBusyMs, Math.min(late, cpuMs));
    if (late > 100) blocks.push({ ms: Math.round(late), cpuMs: Math.round(cpuMs), inFlight: [...inFlight].map((q) => q.slice(0, 300)) });
    last = now;
  };
  const timer = setInterval(tick, 20);
  histogram.enable();
  return {
    inFlight,
    stop() {
      // The interval since the last tick counts too: a block just before stopping may not have let a tick run.
      tick();
      clearInterval(timer);
      histogram.disable();
      return {
        longestMs: histogram.max / 1e6,
        longestBusyMs,
        p99Ms: histogram.percentile(99) / 1e6,
        blocks: blocks.sort((a, b) => b.ms - a.ms).slice(0, 5),
      };
    },
  };
}
