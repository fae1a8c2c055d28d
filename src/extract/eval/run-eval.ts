/**
 * Scores the extractor against the project's invented articles (`data/seed/`, `data/eval/`) and
 * the real corpus (`data/corpus/`), wherever the corpus texts are present.
 *
 * Usage: node dist/extract/eval/run-eval.js [options]
 *   --verbose            list the misses and false positives (invented articles and the dev half;
 *                        the test half is only ever scored, its errors are not listed)
 *   --split dev|test     score only that half of the corpus (no invented articles)
 *   --min-f1 <x>         exit with 1 when the overall F1 (invented articles, or the split) is below x
 *   --texts <dir>        where the corpus texts are (default data/corpus/texts)
 *   --first-run <slug>   score one new corpus article and record `firstRun` in its gold file
 *   --check <slug>       check one gold file against its text and print each evidence span
 *   --locate <slug>      turn `{"find": "..."}` evidence into offsets (and fill sha256, chars), then check
 * Exits with 1 when a file cannot be read or a gold file is wrong.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { InvalidInputError } from "../../errors.js";
import { parseClaimsDocument } from "../../model/claims-document.js";
import { projectPath } from "../../project-path.js";
import { parseArticleFile } from "../index.js";
import { CORPUS_GOLD_DIR, CORPUS_TEXT_DIR, corpusArticleInput, loadCorpus, loadCorpusEntry, type CorpusEntry } from "./corpus.js";
import { extractorVersion, firstRunRecord, writeFirstRun } from "./first-run.js";
import { CORPUS_SPLITS, parseGold, type CorpusSplit, type EvidenceSpan, type FirstRun } from "./gold.js";
import { locateEvidenceInFile } from "./locate.js";
import { predictArticle } from "./predict.js";
import { formatBands, formatErrors, formatPosts, formatScore, sumFirstRuns } from "./report.js";
import { f1, precision, recall, scoreArticle, sumScores, type ArticleScore } from "./scoring.js";

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

function scoreEntry(entry: CorpusEntry & { status: "ready" }): ArticleScore {
  return scoreArticle(entry.gold, predictArticle(corpusArticleInput(entry), entry.slug));
}

function compactRow(label: string, s: ArticleScore): string {
  const n = (x: number) => x.toFixed(2).padStart(5);
  return `  ${label.padEnd(48)} ${String(s.total.tp).padStart(4)} ${String(s.total.fp).padStart(4)} ${String(s.total.fn).padStart(4)}   ${n(precision(s.total))} ${n(recall(s.total))} ${n(f1(s.total))}`;
}

/** The invented articles, as always: a table per article and the total. */
function reportInvented(verbose: boolean): ArticleScore {
  const files = evalArticles([projectPath("data", "seed"), projectPath("data", "eval")]);
  const scores: ArticleScore[] = [];
  for (const { article, gold } of files) {
    const name = path.basename(article);
    const input = parseArticleFile(readFileSync(article, "utf8"), name);
    const score = scoreArticle(parseGold(JSON.parse(readFileSync(gold, "utf8")), path.basename(gold)), predictArticle(input, name));
    scores.push(score);
    console.log(formatScore(name, score));
    if (verbose && (score.missed.length > 0 || score.falsePositives.length > 0)) console.log(formatErrors(score));
    console.log("");
  }
  const total = sumScores(scores);
  console.log(formatScore(`INVENTED ARTICLES (${scores.length}, micro-averaged)`, total));
  console.log("");
  console.log(formatBands("Invented articles, precision by confidence", total));
  console.log("");
  return total;
}

/** One half of the corpus: a line per article present, the total, the confidence bands. */
function reportHalf(split: CorpusSplit, entries: CorpusEntry[], verbose: boolean): ArticleScore {
  const ready = entries.filter((e): e is CorpusEntry & { status: "ready" } => e.status === "ready");
  const races = new Set(entries.map((e) => e.gold.article.race));
  const title = split === "dev" ? "DEVELOPMENT HALF" : "TEST HALF";
  console.log(`${title}: ${ready.length} of ${entries.length} articles scored, ${races.size} races`);
  console.log(`  ${"article".padEnd(48)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)}       P     R    F1`);
  const scores: ArticleScore[] = [];
  for (const e of ready) {
    const s = scoreEntry(e);
    scores.push(s);
    console.log(compactRow(e.slug, s));
    if (verbose && split === "dev") {
      const errors = formatErrors(s);
      if (errors) console.log(errors);
    }
  }
  const total = sumScores(scores);
  console.log("");
  console.log(formatScore(`${title} (${scores.length} articles, micro-averaged)`, total));
  console.log(formatPosts("stance posts", total));
  console.log("");
  console.log(formatBands(`${title}, precision by confidence`, total));
  console.log("");
  return total;
}

function reportCorpus(split: CorpusSplit | undefined, verbose: boolean, textDir: string): ArticleScore | undefined {
  const entries = loadCorpus({ split, textDir });
  if (entries.length === 0) {
    console.log(`REAL CORPUS: no gold files in ${path.relative(process.cwd(), CORPUS_GOLD_DIR) || "."}`);
    return undefined;
  }
  const missing = entries.filter((e) => e.status === "missing");
  const mismatched = entries.filter((e): e is CorpusEntry & { status: "mismatch" } => e.status === "mismatch");
  console.log(`REAL CORPUS: ${entries.length} gold files, texts in ${textDir}`);
  if (missing.length > 0) console.log(`  texts missing (${missing.length}), not scored: ${missing.map((e) => e.slug).join(", ")}`);
  for (const e of mismatched) console.log(`  text differs from the one annotated, not scored: ${e.slug}: ${e.reasons.join("; ")}`);
  console.log("");
  const halves: ArticleScore[] = [];
  for (const s of CORPUS_SPLITS) {
    if (split !== undefined && s !== split) continue;
    const half = entries.filter((e) => e.gold.article.split === s);
    if (half.length > 0) halves.push(reportHalf(s, half, verbose));
  }
  const runs = entries.flatMap((e) => (e.gold.firstRun ? [{ slug: e.slug, run: e.gold.firstRun }] : []));
  const notRun = entries.filter((e) => !e.gold.firstRun).map((e) => e.slug);
  console.log(formatScore(`FIRST RUNS (${runs.length} articles, each scored once before any rule changed for it)`, sumFirstRuns(runs.map((r) => r.run))));
  for (const s of CORPUS_SPLITS) {
    const half = entries.filter((e) => e.gold.article.split === s && e.gold.firstRun).map((e) => e.gold.firstRun as FirstRun);
    if (half.length === 0) continue;
    const c = sumFirstRuns(half).total;
    console.log(`  ${s} half first runs (${half.length}): tp ${c.tp} fp ${c.fp} fn ${c.fn}, P ${precision(c).toFixed(2)} R ${recall(c).toFixed(2)} F1 ${f1(c).toFixed(2)}`);
  }
  if (notRun.length > 0) console.log(`  not yet run first: ${notRun.join(", ")}`);
  console.log("");
  return sumScores(halves);
}

function firstRun(slug: string, textDir: string): void {
  const entry = loadCorpusEntry(slug, CORPUS_GOLD_DIR, textDir);
  if (entry.gold.firstRun) throw new InvalidInputError(`${slug} already records its first run (${entry.gold.firstRun.date}); it is never run first twice`);
  if (entry.status === "missing") throw new InvalidInputError(`${slug}: no text at ${entry.textPath}`);
  if (entry.status === "mismatch") throw new InvalidInputError(`${slug}: the text differs from the one annotated`, entry.reasons);
  const score = scoreEntry(entry);
  const record = firstRunRecord(score, extractorVersion(), new Date().toISOString().slice(0, 10));
  writeFirstRun(entry.goldPath, record);
  console.log(formatScore(`${slug}: first run by extractor ${record.extractor}, recorded`, score));
  if (entry.gold.article.split === "dev") console.log(formatErrors(score));
}

function check(slug: string, textDir: string): void {
  const entry = loadCorpusEntry(slug, CORPUS_GOLD_DIR, textDir);
  const a = entry.gold.article;
  console.log(`${slug}: ${a.split}, ${a.race}, ${a.outlet}, ${a.published}; ${entry.gold.entities.length} entities, ${entry.gold.relations.length} relations`);
  if (entry.status !== "ready") {
    console.log(entry.status === "missing" ? `  no text at ${entry.textPath}` : `  text differs: ${entry.reasons.join("; ")}`);
    return;
  }
  console.log(`  text ok: sha256 ${a.sha256}, ${a.chars} characters`);
  for (const r of entry.gold.relations) {
    const spans = (r.evidence as EvidenceSpan[]).map((s) => `"${entry.text.slice(s.start, s.end).replace(/\s+/g, " ")}"`).join(" / ");
    console.log(`  ${r.optional ? "(optional) " : ""}${r.type} ${r.from} -> ${r.type === "QUOTED_IN" ? "article" : r.to}${r.post ? ` [${r.post}]` : ""}: ${spans}`);
  }
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      verbose: { type: "boolean", default: false },
      split: { type: "string" },
      "min-f1": { type: "string", default: "0" },
      texts: { type: "string", default: CORPUS_TEXT_DIR },
      "first-run": { type: "string" },
      check: { type: "string" },
      locate: { type: "string" },
    },
    strict: true,
  });
  const split = values.split;
  if (split !== undefined && !(CORPUS_SPLITS as readonly string[]).includes(split)) throw new InvalidInputError(`--split must be one of ${CORPUS_SPLITS.join(", ")}`);
  const minF1 = Number(values["min-f1"]);
  if (!Number.isFinite(minF1)) throw new InvalidInputError(`--min-f1 '${values["min-f1"]}' is not a number`);
  const textDir = path.resolve(values.texts);

  if (values["first-run"]) {
    firstRun(values["first-run"], textDir);
    return 0;
  }
  if (values.locate) {
    const n = locateEvidenceInFile(path.join(CORPUS_GOLD_DIR, `${values.locate}.gold.json`), path.join(textDir, `${values.locate}.txt`));
    console.log(`${values.locate}: ${n} evidence spans located`);
    check(values.locate, textDir);
    return 0;
  }
  if (values.check) {
    check(values.check, textDir);
    return 0;
  }
  const invented = split === undefined ? reportInvented(values.verbose) : undefined;
  const corpus = reportCorpus(split as CorpusSplit | undefined, values.verbose, textDir);
  const gated = invented ?? corpus;
  return gated !== undefined && f1(gated.total) < minF1 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InvalidInputError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error((e as Error).message);
    process.exitCode = 1;
  } else throw e;
}
