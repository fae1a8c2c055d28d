/**
 * Extractor throughput. Builds articles of about 1,500 words from the evaluation texts (their
 * paragraphs rotated and combined, so each article differs), runs the extractor over them for a
 * few seconds on one core and prints articles per second and words per second.
 *
 * Usage: node dist/bench/extract-bench.js [seconds]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
}

/** Runs the extractor over about 1,500-word articles for `seconds` on one core. */
export function measureExtract(seconds = 3): ExtractThroughput {
  const articles = buildArticles(sourceTexts(), 50);
  const words = articles.map((a) => wordCount(a.text));
  for (const a of articles.slice(0, 5)) extractArticle(a);
  let done = 0;
  let totalWords = 0;
  const started = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - started < limit) {
    const i = done % articles.length;
    extractArticle(articles[i]!);
    totalWords += words[i]!;
    done++;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const averageWords = Math.round(words.reduce((a, b) => a + b, 0) / words.length);
  return { articles: done, seconds: elapsed, articlesPerSec: Math.round((done / elapsed) * 10) / 10, wordsPerSec: Math.round(totalWords / elapsed), averageWords };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = measureExtract(Number(process.argv[2] ?? "3"));
  console.log(`articles: ${r.articles} in ${r.seconds.toFixed(2)} s (about ${r.averageWords} words each)`);
  console.log(`throughput: ${r.articlesPerSec.toFixed(1)} articles/s, ${r.wordsPerSec} words/s`);
}
