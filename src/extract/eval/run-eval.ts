/**
 * Scores the extractor against every gold file in `data/eval/` and the seed in `data/seed/`.
 *
 * Usage: node dist/extract/eval/run-eval.js [--verbose] [--min-f1=<x>]
 * Prints precision, recall and F1 per relation type and overall, per article and in total; with
 * --verbose, the missed and false relations of each article. Exits with 1 when a file cannot be
 * read or when the total F1 is below --min-f1.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseClaimsDocument } from "../../model/claims-document.js";
import { projectPath } from "../../project-path.js";
import { deriveSpokenStances, extractArticle, parseArticleFile } from "../index.js";
import { parseGold } from "./gold.js";
import { formatErrors, formatScore } from "./report.js";
import { scoreArticle, sumScores, type ArticleScore } from "./scoring.js";

/** Article files that have a gold file beside them. */
export function evalArticles(dirs: readonly string[]): { article: string; gold: string }[] {
  const out: { article: string; gold: string }[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".gold.json")) continue;
      const base = name.slice(0, -".gold.json".length);
      const article = [".txt", ".json"].map((ext) => path.join(dir, base + ext)).find(existsSync);
      if (article) out.push({ article, gold: path.join(dir, name) });
    }
  }
  return out;
}

function main(argv: readonly string[]): number {
  const verbose = argv.includes("--verbose");
  const minF1 = Number(argv.find((a) => a.startsWith("--min-f1="))?.split("=")[1] ?? "0");
  const files = evalArticles([projectPath("data", "seed"), projectPath("data", "eval")]);
  const scores: ArticleScore[] = [];
  for (const { article, gold } of files) {
    const name = path.basename(article);
    const input = parseArticleFile(readFileSync(article, "utf8"), name);
    const doc = parseClaimsDocument(extractArticle(input), name);
    const score = scoreArticle(parseGold(JSON.parse(readFileSync(gold, "utf8")), path.basename(gold)), {
      entities: doc.entities,
      claims: [...doc.claims, ...deriveSpokenStances(doc)],
    });
    scores.push(score);
    console.log(formatScore(name, score));
    if (verbose && (score.missed.length > 0 || score.falsePositives.length > 0)) console.log(formatErrors(score));
    console.log("");
  }
  const total = sumScores(scores);
  console.log(formatScore(`TOTAL (${scores.length} articles, micro-averaged)`, total));
  const p = total.total.tp / Math.max(1, total.total.tp + total.total.fp);
  const r = total.total.tp / Math.max(1, total.total.tp + total.total.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return f < minF1 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
