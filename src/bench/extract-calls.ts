/**
 * Extractor work counted rather than timed: how many times the extractor runs a regular
 * expression per benchmark article, and from where. Each search enters compiled code, which on a
 * short string costs more than the search itself, so on a shared machine, where the rates of
 * `extract-bench.ts` vary from run to run by more than most changes, the count says whether a
 * change removed work. It is the same on every run.
 *
 * Counted: every call of `RegExp.prototype.exec`, which `test`, `match`, `replace`, `split` and
 * `matchAll` go through while it is replaced by the counter (so a `replace` with a function
 * counts one call per match). The site is the first frame of the extractor's own code.
 *
 * Usage: node dist/bench/extract-calls.js [--articles N] [--warmup N] [--top N] [--json]
 */
import { pathToFileURL } from "node:url";
import { parseArgs as parseCommandLine } from "node:util";
import { extractArticle } from "../extract/index.js";
import { buildArticles, sourceTexts } from "./extract-bench.js";

/** One place the extractor runs a pattern from. */
export interface PatternSite {
  /** File and line of the calling code (the built extractor, or its source under the test runner), and the pattern's first characters and flags. */
  site: string;
  pattern: string;
  callsPerArticle: number;
}

/** What one count measured. */
export interface PatternCalls {
  articles: number;
  callsPerArticle: number;
  /** Distinct patterns run. */
  patterns: number;
  /** The sites, most calls first. */
  sites: PatternSite[];
}

const OWN_CODE = /\/extract\/([^/]+(?:\/[^/]+)?\.[jt]s):(\d+):\d+\)?$/;

/** Counts the pattern calls of `articles` benchmark articles, after `warmup` articles uncounted. */
export function countPatternCalls(articles = 20, warmup = 5): PatternCalls {
  const inputs = buildArticles(sourceTexts(), 50);
  for (let i = 0; i < warmup; i++) extractArticle(inputs[i % inputs.length]!);
  const counts = new Map<string, { site: string; pattern: string; calls: number }>();
  const patterns = new Set<string>();
  const exec = RegExp.prototype.exec;
  let counting = false;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    // The counter's own searches (reading the stack) are not counted.
    if (counting) return exec.call(this, s);
    counting = true;
    try {
      const frames = new Error().stack?.split("\n").slice(2) ?? [];
      let site = "(outside the extractor)";
      for (const f of frames) {
        const m = OWN_CODE.exec(f.trim());
        if (m) {
          site = `${m[1]}:${m[2]}`;
          break;
        }
      }
      const pattern = `/${this.source.slice(0, 60)}${this.source.length > 60 ? "…" : ""}/${this.flags}`;
      const key = `${site} ${pattern}`;
      const entry = counts.get(key);
      if (entry) entry.calls++;
      else counts.set(key, { site, pattern, calls: 1 });
      patterns.add(`${this.source}/${this.flags}`);
    } finally {
      counting = false;
    }
    return exec.call(this, s);
  };
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 8;
  try {
    for (let i = 0; i < articles; i++) extractArticle(inputs[(warmup + i) % inputs.length]!);
  } finally {
    RegExp.prototype.exec = exec;
    Error.stackTraceLimit = limit;
  }
  let total = 0;
  for (const e of counts.values()) total += e.calls;
  const per = (n: number) => Math.round((n / articles) * 10) / 10;
  const sites = [...counts.values()].sort((a, b) => b.calls - a.calls || (a.site < b.site ? -1 : 1)).map((e) => ({ site: e.site, pattern: e.pattern, callsPerArticle: per(e.calls) }));
  return { articles, callsPerArticle: per(total), patterns: patterns.size, sites };
}

const USAGE = "usage: node dist/bench/extract-calls.js [--articles N] [--warmup N] [--top N] [--json]";

/** A whole number from an option's text, at least `min`. */
function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new Error(`--${name} wants a whole number of at least ${min}\n${USAGE}`);
  return n;
}

function parseArgs(argv: string[]): { articles: number; warmup: number; top: number; json: boolean } {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      articles: { type: "string", default: "20" },
      warmup: { type: "string", default: "5" },
      top: { type: "string", default: "30" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return { articles: wholeNumber("articles", values.articles, 1), warmup: wholeNumber("warmup", values.warmup, 0), top: wholeNumber("top", values.top, 0), json: values.json };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const r = countPatternCalls(o.articles, o.warmup);
  if (o.json) console.log(JSON.stringify({ ...r, sites: r.sites.slice(0, o.top) }));
  else {
    console.log(`${r.articles} articles after ${o.warmup} uncounted: ${r.callsPerArticle} pattern calls an article, ${r.patterns} distinct patterns`);
    for (const s of r.sites.slice(0, o.top)) console.log(`${s.callsPerArticle.toFixed(1).padStart(8)}  ${s.site.padEnd(28)} ${s.pattern}`);
  }
}
