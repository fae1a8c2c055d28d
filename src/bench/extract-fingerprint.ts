/**
 * Extractor fingerprint: runs the extractor over every text the project has (seed, evaluation,
 * corpus texts with a gold file, and the throughput benchmark's articles) and prints one SHA-256
 * over the JSON of all outputs. A per-text hash list goes to the file given as argument, so that
 * two runs can be compared text by text.
 *
 * Usage: node dist/bench/extract-fingerprint.js [hash-list-file]
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { corpusArticleInput, loadCorpus } from "../extract/eval/corpus.js";
import { extractArticle, parseArticleFile } from "../extract/index.js";
import type { ArticleInput } from "../model/claims-document.js";
import { projectPath } from "../project-path.js";
import { buildArticles, sourceTexts } from "./extract-bench.js";

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** Every input, named. */
function inputs(): [string, ArticleInput][] {
  const out: [string, ArticleInput][] = [];
  for (const dir of ["seed", "eval"]) {
    const full = projectPath("data", dir);
    for (const name of readdirSync(full).sort()) {
      if (name.endsWith(".txt")) out.push([`${dir}/${name}`, parseArticleFile(readFileSync(path.join(full, name), "utf8"), name)]);
    }
  }
  for (const entry of loadCorpus()) {
    if (entry.status === "ready") out.push([`corpus/${entry.slug}`, corpusArticleInput(entry)]);
  }
  buildArticles(sourceTexts(), 50).forEach((a, i) => out.push([`bench/${i}`, a]));
  return out;
}

const all = createHash("sha256");
const lines: string[] = [];
for (const [name, input] of inputs()) {
  let json: string;
  try {
    json = JSON.stringify(extractArticle(input));
  } catch (e) {
    json = JSON.stringify({ error: (e as Error).message });
  }
  all.update(`${name}\n${json}\n`);
  lines.push(`${sha256(json)}  ${name}`);
}
const digest = all.digest("hex");
if (process.argv[2]) writeFileSync(process.argv[2], `${lines.join("\n")}\n`);
console.log(`${digest}  (${lines.length} texts)`);
