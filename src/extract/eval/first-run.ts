/**
 * Recording an article's first score. Each corpus article is annotated before the extractor ever
 * reads it; its first run is then written into the gold file once, and never again, so that the
 * first-run table stays an honest measure of text the rules were not written for.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { InvalidInputError } from "../../errors.js";
import { PROJECT_ROOT } from "../../project-path.js";
import { GOLD_RELATION_TYPES, type FirstRun } from "./gold.js";
import { f1, precision, recall, type ArticleScore } from "./scoring.js";

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The `firstRun` record of a score. */
export function firstRunRecord(score: ArticleScore, extractor: string, date: string): FirstRun {
  const byType: FirstRun["byType"] = {};
  for (const t of GOLD_RELATION_TYPES) {
    const c = score.byType[t];
    if (c.tp + c.fp + c.fn > 0) byType[t] = { ...c };
  }
  const { tp, fp, fn } = score.total;
  return { date, extractor, tp, fp, fn, precision: round(precision(score.total)), recall: round(recall(score.total)), f1: round(f1(score.total)), byType };
}

/**
 * Writes `firstRun` into a gold file, keeping every other field as it is.
 *
 * @throws InvalidInputError when the file already has a first run
 */
export function writeFirstRun(goldPath: string, record: FirstRun): void {
  const value = JSON.parse(readFileSync(goldPath, "utf8")) as Record<string, unknown>;
  if (value.firstRun !== undefined) throw new InvalidInputError(`${goldPath} already records its first run; it is never run first twice`);
  value.firstRun = record;
  writeFileSync(goldPath, `${JSON.stringify(value, null, 2)}\n`, "utf8");
}

/** The extractor that runs: the commit of the working tree, marked when its extractor sources differ. */
export function extractorVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const commit = git("rev-parse", "--short=10", "HEAD");
    const changed = git("status", "--porcelain", "--", "src/extract", ":(exclude)src/extract/eval");
    return changed.length > 0 ? `${commit}+modified` : commit;
  } catch {
    return "unknown";
  }
}
