/**
 * The benchmark's outputs besides the JSON: a markdown table and an SVG chart of latency against
 * graph size (a small hand-built SVG: one polyline per query on log-log axes).
 */

/** The results file, `bench/results/latest.json`. */
export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  quick: boolean;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  /** The largest size's rates, and every size's in `bySize`. */
  ingest: { claimsPerSec?: number; floorClaimsPerSec?: number; actors?: number; bySize: IngestResult[] };
  coalition: QueryResult[];
  generated: QueryResult[];
  graphqlVsDriver: Record<string, unknown>;
  graphqlVsDriverAll: Record<string, unknown>[];
  /**
   * The extractor on one core: `articlesPerSec` and `wordsPerSec` by the clock, `articlesPerCpuSec`
   * by CPU time, in the steady state (the median of the windows after the first); `firstWindow` is
   * the first window after the warm-up, while V8 is still compiling. Results written before the
   * steady state was measured hold only the first three fields, for one window.
   */
  extract?: {
    articlesPerSec: number;
    wordsPerSec: number;
    articles: number;
    articlesPerCpuSec?: number;
    firstWindow?: { articlesPerSec: number; articlesPerCpuSec: number };
  };
  sizes: SizeResult[];
  notes: string[];
}

export interface IngestResult {
  actors: number;
  /** Claims written at this step (the growth from the previous size). */
  claims: number;
  articles: number;
  seconds: number;
  claimsPerSec: number;
  floorClaimsPerSec: number;
  /** claimsPerSec / floorClaimsPerSec. */
  ofFloor: number;
  /** False when the time budget ran out before every article was written. */
  complete: boolean;
}

export interface QueryResult {
  query: string;
  actors: number;
  p50Ms: number;
  p95Ms: number;
  runs: number;
  rows?: number;
  bytes?: number;
  error?: string;
}

export interface SizeResult {
  actors: number;
  claimsInGraph: number;
  loadAverage: number[];
  /** Size of the database folder (store and transaction logs), when the benchmark started its own Neo4j. */
  storeMiB?: number;
}

function fmt(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return "–";
  return n >= 100 ? Math.round(n).toLocaleString("en-US") : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** The results as markdown tables: questions by size, ingest, GraphQL against the driver. */
/** The graph sizes of a full benchmark run, the one whose figures the README quotes. */
export const FULL_SIZES: readonly number[] = [1000, 10_000, 100_000];

/**
 * The file stem a run's figures are written under: a full run (every size of {@link FULL_SIZES},
 * every question) writes `latest.*`, the figures the README quotes, once it has finished; a quick
 * run writes `quick.*`, and any other run, or a full run still under way (figures are written after
 * each size, so that a run stopped half-way keeps what it measured), `partial.*` beside them, so
 * that none of them replaces the measured ones.
 */
export function resultsStem(run: { quick: boolean; sizes: readonly number[]; only?: readonly string[] }, finished: boolean): "latest" | "quick" | "partial" {
  if (run.quick) return "quick";
  const full = run.sizes.length === FULL_SIZES.length && run.sizes.every((s, i) => s === FULL_SIZES[i]) && run.only === undefined;
  return full && finished ? "latest" : "partial";
}

/** The latency chart's file name (without `.svg`) beside the results of a stem. */
export function latencyChartName(stem: string): string {
  return stem === "latest" ? "latency" : `${stem}-latency`;
}

export function markdownTables(r: BenchResults): string {
  const sizes = [...new Set([...r.coalition, ...r.generated].map((q) => q.actors))].sort((a, b) => a - b);
  const head = (label: string) => `| ${label} | ${sizes.map((s) => `${s.toLocaleString("en-US")} actors`).join(" | ")} |\n|---|${sizes.map(() => "---").join("|")}|\n`;
  const rows = (list: QueryResult[]) => {
    const names = [...new Set(list.map((q) => q.query))];
    return names
      .map((name) => {
        const cells = sizes.map((s) => {
          const q = list.find((x) => x.query === name && x.actors === s);
          if (!q) return "–";
          if (q.error) return `fails (${q.error.slice(0, 40)})`;
          return `${fmt(q.p50Ms)} / ${fmt(q.p95Ms)}${q.rows !== undefined ? ` (${q.rows} rows)` : ""}`;
        });
        return `| \`${name}\` | ${cells.join(" | ")} |`;
      })
      .join("\n");
  };
  let md = `${head("question, p50 / p95 ms over HTTP")}${rows(r.coalition)}\n${rows(r.generated)}\n\n`;
  md += "| ingest into | claims written | project ingestion, claims/s | bare `UNWIND … MERGE` floor, claims/s | of floor |\n|---|---|---|---|---|\n";
  md += r.ingest.bySize
    .map((i) => `| ${i.actors.toLocaleString("en-US")} actors | ${i.claims.toLocaleString("en-US")}${i.complete ? "" : " (stopped at the time budget)"} | ${fmt(i.claimsPerSec)} | ${fmt(i.floorClaimsPerSec)} | ${Math.round(i.ofFloor * 100)}% |`)
    .join("\n");
  md += "\n\n| same answer, at | GraphQL p50 ms | driver p50 ms | GraphQL req/s | driver req/s |\n|---|---|---|---|---|\n";
  md += r.graphqlVsDriverAll
    .map((g) => {
      const x = g as { query: string; actors: number; concurrency: number; graphqlP50Ms: number; driverP50Ms: number; graphqlRequestsPerSec: number; driverRequestsPerSec: number };
      return `| ${x.query}, ${x.actors.toLocaleString("en-US")} actors, ${x.concurrency} client(s) | ${fmt(x.graphqlP50Ms)} | ${fmt(x.driverP50Ms)} | ${fmt(x.graphqlRequestsPerSec)} | ${fmt(x.driverRequestsPerSec)} |`;
    })
    .join("\n");
  if (r.extract) md += `\n\n${extractLine(r.extract)}`;
  return `${md}\n`;
}

/** The extractor's sentence of the report: the steady state, and the first window where it was measured. */
export function extractLine(x: NonNullable<BenchResults["extract"]>): string {
  if (x.articlesPerCpuSec === undefined || !x.firstWindow) return `Extractor: ${fmt(x.articlesPerSec)} articles/s (${fmt(x.wordsPerSec)} words/s) on one core.`;
  return (
    `Extractor, steady state on one core: ${fmt(x.articlesPerCpuSec)} articles/s by CPU time, ${fmt(x.articlesPerSec)} by the clock (${fmt(x.wordsPerSec)} words/s); ` +
    `the first window after the warm-up, while V8 is still compiling: ${fmt(x.firstWindow.articlesPerCpuSec)} by CPU time, ${fmt(x.firstWindow.articlesPerSec)} by the clock.`
  );
}

const COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"];

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An SVG chart: p50 latency (log scale) of each query against the number of actors (log scale). */
export function latencyChart(results: readonly QueryResult[], title: string): string {
  const ok = results.filter((q) => !q.error && q.p50Ms > 0);
  const sizes = [...new Set(ok.map((q) => q.actors))].sort((a, b) => a - b);
  const names = [...new Set(ok.map((q) => q.query))];
  const width = 760;
  const height = 420;
  const left = 60;
  const right = 250;
  const top = 40;
  const bottom = 50;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const values = ok.map((q) => q.p50Ms);
  const yMin = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1))));
  const yMax = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
  const xMin = Math.log10(Math.min(...sizes, 1000));
  const xMax = Math.log10(Math.max(...sizes, 100000));
  const x = (actors: number) => left + (xMax === xMin ? plotW / 2 : ((Math.log10(actors) - xMin) / (xMax - xMin)) * plotW);
  const y = (ms: number) => top + plotH - ((Math.log10(ms) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(`<text x="${left}" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`);
  for (let v = yMin; v <= yMax * 1.001; v *= 10) {
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v >= 1 ? v : v.toFixed(2)}</text>`);
  }
  for (const s of sizes.length > 0 ? sizes : [1000, 10000, 100000]) {
    parts.push(`<line x1="${x(s).toFixed(1)}" x2="${x(s).toFixed(1)}" y1="${top}" y2="${top + plotH}" stroke="#eee"/>`);
    parts.push(`<text x="${x(s).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle">${s.toLocaleString("en-US")}</text>`);
  }
  parts.push(`<text x="${left + plotW / 2}" y="${height - 10}" text-anchor="middle">actors in the graph (10 claims each)</text>`);
  parts.push(`<text x="16" y="${top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${top + plotH / 2})">p50 ms over HTTP</text>`);
  parts.push(`<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  names.forEach((name, i) => {
    const color = COLORS[i % COLORS.length]!;
    const points = ok.filter((q) => q.query === name).sort((a, b) => a.actors - b.actors);
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map((p) => `${x(p.actors).toFixed(1)},${y(p.p50Ms).toFixed(1)}`).join(" ")}"/>`);
    for (const p of points) parts.push(`<circle cx="${x(p.actors).toFixed(1)}" cy="${y(p.p50Ms).toFixed(1)}" r="3" fill="${color}"/>`);
    const ly = top + 10 + i * 18;
    parts.push(`<line x1="${left + plotW + 14}" x2="${left + plotW + 34}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/>`);
    parts.push(`<text x="${left + plotW + 40}" y="${ly + 4}">${escapeXml(name)}</text>`);
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
