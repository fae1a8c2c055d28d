/**
 * Two builds of the extractor measured side by side in one process: this one and another built
 * copy (a `dist` folder saved before a change). Each benchmark article is read by both, in turn,
 * the order swapped every article, so that a machine whose load comes and goes slows both alike;
 * on a shared machine two separate runs minutes apart differ by more than most changes. Prints
 * each build's median milliseconds per article, the median and quartiles of the per-article
 * ratio (other / this), and whether the two builds wrote the same document for every article.
 *
 * Usage: node --no-regexp-tier-up dist/bench/extract-compare.js <other-dist-folder> [--warmup ARTICLES] [--articles N] [--json]
 */
import { loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs as parseCommandLine } from "node:util";
import { extractArticle } from "../extract/index.js";
import type { ArticleInput, ClaimsDocument } from "../model/claims-document.js";
import { buildArticles, DEFAULT_WARMUP, sourceTexts } from "./extract-bench.js";

type Extract = (input: ArticleInput) => ClaimsDocument;

/** What one side-by-side comparison measured. */
export interface ExtractComparison {
  articles: number;
  warmup: number;
  /** Median milliseconds per article of this build and of the other. */
  medianMs: { self: number; other: number };
  /** The per-article ratio other / this: median, first and third quartile. */
  ratio: { median: number; q1: number; q3: number };
  /** Articles whose documents differ between the builds (their JSON). */
  differing: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Reads `articles` benchmark articles with both extractors in turn, after `warmup` articles each unmeasured. */
export function compareExtract(other: Extract, articles = 300, warmup = DEFAULT_WARMUP): ExtractComparison {
  const inputs = buildArticles(sourceTexts(), 50);
  for (let i = 0; i < warmup; i++) {
    extractArticle(inputs[i % inputs.length]!);
    other(inputs[i % inputs.length]!);
  }
  const self: number[] = [];
  const theirs: number[] = [];
  let differing = 0;
  const timed = (extract: Extract, input: ArticleInput, into: number[]): ClaimsDocument => {
    const started = process.hrtime.bigint();
    const doc = extract(input);
    into.push(Number(process.hrtime.bigint() - started) / 1e6);
    return doc;
  };
  for (let n = 0; n < articles; n++) {
    const input = inputs[n % inputs.length]!;
    // The first of the two reads of an article may find the caches colder: each build goes first every other article.
    let mine: ClaimsDocument;
    let theirDoc: ClaimsDocument;
    if (n % 2 === 0) {
      mine = timed(extractArticle, input, self);
      theirDoc = timed(other, input, theirs);
    } else {
      theirDoc = timed(other, input, theirs);
      mine = timed(extractArticle, input, self);
    }
    if (JSON.stringify(mine) !== JSON.stringify(theirDoc)) differing++;
  }
  const ratios = self.map((t, i) => theirs[i]! / t).sort((x, y) => x - y);
  const median = (xs: readonly number[]) => quantile([...xs].sort((x, y) => x - y), 0.5);
  return {
    articles,
    warmup,
    medianMs: { self: round(median(self), 3), other: round(median(theirs), 3) },
    ratio: { median: round(quantile(ratios, 0.5), 3), q1: round(quantile(ratios, 0.25), 3), q3: round(quantile(ratios, 0.75), 3) },
    differing,
  };
}

const USAGE = "usage: node --no-regexp-tier-up dist/bench/extract-compare.js <other-dist-folder> [--warmup ARTICLES] [--articles N] [--json]\n   or: npm run bench:compare -- <other-dist-folder> [...]";

/**
 * Without this flag V8 interprets each pattern first and compiles it once it is hot, and the build
 * loaded second then measured about twice as slow as an identical copy of the first: the
 * comparison would be false, so it is refused.
 */
const REQUIRED_FLAG = "--no-regexp-tier-up";

/** A whole number from an option's text, at least `min`. */
function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new Error(`--${name} wants a whole number of at least ${min}\n${USAGE}`);
  return n;
}

function parseArgs(argv: string[]): { other: string; warmup: number; articles: number; json: boolean } {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      warmup: { type: "string", default: String(DEFAULT_WARMUP) },
      articles: { type: "string", default: "300" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length > 1) throw new Error(`one other build's folder, not ${positionals.length}\n${USAGE}`);
  const other = positionals[0];
  if (other === undefined) throw new Error(`the other build's folder is missing\n${USAGE}`);
  return { other, warmup: wholeNumber("warmup", values.warmup, 0), articles: wholeNumber("articles", values.articles, 1), json: values.json };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let o: ReturnType<typeof parseArgs>;
  try {
    if (!process.execArgv.includes(REQUIRED_FLAG)) throw new Error(`start Node with ${REQUIRED_FLAG}: without it the two builds are not measured alike\n${USAGE}`);
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  let other: Extract;
  try {
    const module = (await import(pathToFileURL(path.resolve(o.other, "extract", "index.js")).href)) as { extractArticle?: Extract };
    if (typeof module.extractArticle !== "function") throw new Error("no extractArticle export");
    other = module.extractArticle;
  } catch (e) {
    console.error(`cannot load the extractor of ${o.other}: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
  const r = compareExtract(other, o.articles, o.warmup);
  const loadAverage = [loadBefore, Math.round(loadavg()[0]! * 100) / 100];
  if (o.json) console.log(JSON.stringify({ ...r, loadAverage }));
  else {
    console.log(`${r.articles} articles read by each build in turn, after ${r.warmup} unmeasured each`);
    console.log(`median per article: this build ${r.medianMs.self.toFixed(2)} ms, ${o.other} ${r.medianMs.other.toFixed(2)} ms`);
    console.log(`time of ${o.other} / this build, per article: median ${r.ratio.median.toFixed(3)} (quartiles ${r.ratio.q1.toFixed(3)}–${r.ratio.q3.toFixed(3)})`);
    console.log(r.differing === 0 ? "documents: identical for every article" : `documents: ${r.differing} of ${r.articles} articles differ`);
    console.log(`load average (1 min): ${loadAverage[0]} before, ${loadAverage[1]} after`);
  }
}
