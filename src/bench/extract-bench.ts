/**
 * Extractor throughput. Builds articles of about 1,500 words from the evaluation texts (their
 * paragraphs rotated and combined, so each article differs), runs the extractor over them for a
 * few seconds on one core and prints articles per second and words per second.
 *
 * Usage: node dist/bench/extract-bench.js [seconds]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, parseArticleFile } from "../extract/index.js";
import type { ArticleInput } from "../model/claims-document.js";
import { projectPath } from "../project-path.js";

const TARGET_WORDS = 1500;

function sourceTexts(): ArticleInput[] {
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
function buildArticles(sources: readonly ArticleInput[], count: number): ArticleInput[] {
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

function main(): void {
  const seconds = Number(process.argv[2] ?? "3");
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
  console.log(`articles: ${done} in ${elapsed.toFixed(2)} s (about ${averageWords} words each)`);
  console.log(`throughput: ${(done / elapsed).toFixed(1)} articles/s, ${Math.round(totalWords / elapsed)} words/s`);
}

main();
