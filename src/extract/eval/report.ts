/**
 * Plain-text tables of evaluation scores.
 */
import { GOLD_RELATION_TYPES, type FirstRun } from "./gold.js";
import { bandScores, f1, precision, recall, type ArticleScore, type Counts } from "./scoring.js";

const n2 = (x: number) => x.toFixed(2).padStart(5);

function row(label: string, c: Counts): string {
  return `${label.padEnd(16)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${n2(precision(c))} ${n2(recall(c))} ${n2(f1(c))}`;
}

function header(): string {
  return `${"relation".padEnd(16)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)}       P     R    F1`;
}

/** One article's (or the total's) table: a row per relation type and an overall row. */
export function formatScore(title: string, score: Pick<ArticleScore, "byType" | "total">): string {
  const lines = [title, header()];
  for (const t of GOLD_RELATION_TYPES) lines.push(row(t, score.byType[t]));
  lines.push(row("overall", score.total));
  return lines.join("\n");
}

/** The misses and false positives of one article, and stances whose post disagrees. */
export function formatErrors(score: ArticleScore): string {
  const lines: string[] = [];
  for (const m of score.missed) lines.push(`  missed: ${m}`);
  for (const f of score.falsePositives) lines.push(`  false:  ${f}`);
  for (const d of score.posts.disagreements) lines.push(`  post:   ${d}`);
  return lines.join("\n");
}

/**
 * Precision per confidence band, and what keeping only `confidence >= x` gives (precision and
 * recall against every gold relation).
 */
export function formatBands(title: string, score: ArticleScore): string {
  const lines = [title, `${"confidence".padEnd(14)} ${"tp".padStart(4)} ${"fp".padStart(4)}       P   | keep >= ${"tp".padStart(4)} ${"fp".padStart(4)}       P     R`];
  for (const b of bandScores(score)) {
    const p = precision({ ...b.inBand, fn: 0 });
    const min = Number.isFinite(b.band.min) ? b.band.min.toFixed(2) : "all";
    lines.push(
      `${b.band.label.padEnd(14)} ${String(b.inBand.tp).padStart(4)} ${String(b.inBand.fp).padStart(4)}   ${b.inBand.tp + b.inBand.fp === 0 ? "    -" : n2(p)}   | ${min.padStart(7)} ${String(b.atLeast.tp).padStart(4)} ${String(b.atLeast.fp).padStart(4)}   ${n2(precision(b.atLeast))} ${n2(recall(b.atLeast))}`,
    );
  }
  return lines.join("\n");
}

/** Stance posts, scored apart: only matches where both gold and prediction name a post. */
export function formatPosts(title: string, score: ArticleScore): string {
  const { agree, disagree } = score.posts;
  return `${title}: ${agree + disagree === 0 ? "no matched stance names a post on both sides" : `${agree} of ${agree + disagree} agree`}`;
}

/** Adds up first runs into one table's counts. */
export function sumFirstRuns(runs: readonly FirstRun[]): Pick<ArticleScore, "byType" | "total"> {
  const byType = Object.fromEntries(GOLD_RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as ArticleScore["byType"];
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const r of runs) {
    for (const t of GOLD_RELATION_TYPES) {
      const c = r.byType[t];
      if (!c) continue;
      byType[t].tp += c.tp;
      byType[t].fp += c.fp;
      byType[t].fn += c.fn;
    }
    total.tp += r.tp;
    total.fp += r.fp;
    total.fn += r.fn;
  }
  return { byType, total };
}
