/**
 * Extractor throughput. Builds articles of about 1,500 words from the evaluation texts (their
 * paragraphs rotated and combined, so each article differs), runs the extractor over them on one
 * core in windows of a few seconds and prints articles per second and words per second.
 *
 * Two rates are printed: by wall-clock time, and by the CPU time the process was given. On a
 * machine busy with other work the wall-clock rate counts the time spent waiting for a core; the
 * CPU rate does not, and is the one to compare between runs. The CPU time counts every thread of
 * the process, the compiler and garbage collector threads beside the main one.
 *
 * Before measuring, the extractor reads a number of articles unmeasured (`--warmup`, 150 by
 * default: three passes over the 50 articles). The first window after that still runs partly
 * unoptimized code: V8 keeps compiling the extractor's functions and patterns for several seconds
 * more, and that compiling is counted in the window's CPU time. The later windows are the rate of a
 * long-running service, which is what ingestion sees after its first few hundred articles. The
 * summary therefore gives the first window and the steady state (the median of the later windows)
 * apart; the steady state is the benchmark's figure. `--runs 1` measures the first window alone,
 * as earlier versions did; `--warmup 5` gives their shorter warm-up.
 *
 * Usage: node dist/bench/extract-bench.js [seconds] [--runs N] [--warmup ARTICLES] [--json]
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs as parseCommandLine } from "node:util";
import { extractArticle, parseArticleFile } from "../extract/index.js";
import type { ArticleInput } from "../model/claims-document.js";
import { projectPath } from "../project-path.js";

const TARGET_WORDS = 1500;

/** The seed and evaluation texts the benchmark articles are built from, in file-name order. */
export function sourceTexts(): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const dir of [projectPath("data", "seed"), projectPath("data", "eval")]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".txt")) out.push(parseArticleFile(readFileSync(path.join(dir, name), "utf8"), name));
    }
  }
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Articles of about {@link TARGET_WORDS} words: paragraphs drawn in turn from each source, at shifting offsets. */
export function buildArticles(sources: readonly ArticleInput[], count: number): ArticleInput[] {
  const paragraphs = sources.map((s) => s.text.split(/\n\s*\n/));
  const articles: ArticleInput[] = [];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    let words = 0;
    for (let k = 0; words < TARGET_WORDS; k++) {
      const source = paragraphs[(n + k) % paragraphs.length]!;
      const p = source[(n * 3 + k) % source.length]!;
      parts.push(p);
      words += wordCount(p);
    }
    const base = sources[n % sources.length]!;
    articles.push({ ...base, title: `${base.title} (${n})`, text: parts.join("\n\n") });
  }
  return articles;
}

/** What one run of the extractor benchmark measured. */
export interface ExtractThroughput {
  articles: number;
  seconds: number;
  articlesPerSec: number;
  wordsPerSec: number;
  averageWords: number;
  /** CPU seconds (user and system) the process used during the run. */
  cpuSeconds: number;
  /** Articles per CPU second. */
  articlesPerCpuSec: number;
  /** CPU milliseconds per article. */
  cpuMsPerArticle: number;
}

/** Articles read unmeasured before a measurement, by default. */
export const DEFAULT_WARMUP = 150;

/** Runs the extractor over about 1,500-word articles for `seconds` on one core, after `warmup` articles unmeasured. */
export function measureExtract(seconds = 3, warmup = DEFAULT_WARMUP): ExtractThroughput {
  const articles = buildArticles(sourceTexts(), 50);
  const words = articles.map((a) => wordCount(a.text));
  for (let i = 0; i < warmup; i++) extractArticle(articles[i % articles.length]!);
  let done = 0;
  let totalWords = 0;
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - started < limit) {
    const i = done % articles.length;
    extractArticle(articles[i]!);
    totalWords += words[i]!;
    done++;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const averageWords = Math.round(words.reduce((a, b) => a + b, 0) / words.length);
  return {
    articles: done,
    seconds: elapsed,
    articlesPerSec: Math.round((done / elapsed) * 10) / 10,
    wordsPerSec: Math.round(totalWords / elapsed),
    averageWords,
    cpuSeconds,
    articlesPerCpuSec: Math.round((done / cpuSeconds) * 10) / 10,
    cpuMsPerArticle: Math.round((cpuSeconds * 1e5) / done) / 100,
  };
}

/** The extractor's rate in consecutive windows of one process: the first after the warm-up, and the steady state after it. */
export interface ExtractWindows {
  /** The first window after the warm-up, while V8 is still compiling. */
  first: ExtractThroughput;
  /** The windows after the first. */
  later: ExtractThroughput[];
  /** Medians over the later windows; absent when only one window was measured. */
  steady?: { articlesPerSec: number; wordsPerSec: number; articlesPerCpuSec: number; cpuMsPerArticle: number };
}

/** Runs {@link measureExtract} `windows` times in a row in this process, the first after `warmup` articles, and summarizes the steady state. */
export function measureExtractWindows(seconds = 3, windows = 5, warmup = DEFAULT_WARMUP, onWindow?: (r: ExtractThroughput, index: number) => void): ExtractWindows {
  const all: ExtractThroughput[] = [];
  for (let w = 0; w < windows; w++) {
    // Later windows in the same process are warm already.
    const r = measureExtract(seconds, w === 0 ? warmup : 0);
    all.push(r);
    onWindow?.(r, w);
  }
  const [first, ...later] = all;
  return {
    first: first!,
    later,
    steady: later.length
      ? {
          articlesPerSec: median(later.map((r) => r.articlesPerSec)),
          wordsPerSec: Math.round(median(later.map((r) => r.wordsPerSec))),
          articlesPerCpuSec: median(later.map((r) => r.articlesPerCpuSec)),
          cpuMsPerArticle: median(later.map((r) => r.cpuMsPerArticle)),
        }
      : undefined,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.round((s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) * 100) / 100;
}

const USAGE = "usage: node dist/bench/extract-bench.js [seconds] [--runs N] [--warmup ARTICLES] [--json]";

/** A whole number from an option's text, at least `min`. */
function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new Error(`--${name} wants a whole number of at least ${min}\n${USAGE}`);
  return n;
}

function parseArgs(argv: string[]): { seconds: number; runs: number; warmup: number; json: boolean } {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: "string", default: "5" },
      warmup: { type: "string", default: String(DEFAULT_WARMUP) },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length > 1) throw new Error(`one number of seconds, not ${positionals.length}\n${USAGE}`);
  const seconds = positionals.length ? Number(positionals[0]) : 3;
  if (!/^\d+(\.\d+)?$/.test(positionals[0] ?? "3") || !(seconds > 0)) throw new Error(`seconds must be a number above 0\n${USAGE}`);
  return { seconds, runs: wholeNumber("runs", values.runs, 1), warmup: wholeNumber("warmup", values.warmup, 0), json: values.json };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  // The one-minute load average before and after: on a shared machine it says how far to trust the rates.
  const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
  const measured = measureExtractWindows(o.seconds, o.runs, o.warmup, (r, w) => {
    if (o.json) return;
    const label = w === 0 ? `window 1 (after ${o.warmup} unmeasured)` : `window ${w + 1}`;
    console.log(`${label}: ${r.articles} articles in ${r.seconds.toFixed(2)} s (about ${r.averageWords} words each)`);
    console.log(`  throughput: ${r.articlesPerSec.toFixed(1)} articles/s, ${r.wordsPerSec} words/s; by CPU time ${r.articlesPerCpuSec.toFixed(1)} articles/s, ${r.cpuMsPerArticle.toFixed(2)} ms each`);
  });
  const results = [measured.first, ...measured.later];
  const f = measured.first;
  const summary = {
    runs: results.length,
    warmup: o.warmup,
    averageWords: f.averageWords,
    first: { articlesPerSec: f.articlesPerSec, articlesPerCpuSec: f.articlesPerCpuSec, cpuMsPerArticle: f.cpuMsPerArticle },
    steady: measured.steady ?? null,
    loadAverage: [loadBefore, Math.round(loadavg()[0]! * 100) / 100],
  };
  if (o.json) console.log(JSON.stringify({ ...summary, results }));
  else {
    console.log(`first window (code still being compiled): ${f.articlesPerSec} articles/s; by CPU time ${f.articlesPerCpuSec} articles/s, ${f.cpuMsPerArticle} ms each`);
    const s = summary.steady;
    if (s) console.log(`steady state, median of windows 2-${summary.runs}: ${s.articlesPerSec} articles/s, ${s.wordsPerSec} words/s; by CPU time ${s.articlesPerCpuSec} articles/s, ${s.cpuMsPerArticle} ms each`);
    console.log(`load average (1 min): ${summary.loadAverage[0]} before, ${summary.loadAverage[1]} after`);
  }
}
