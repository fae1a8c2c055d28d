/**
 * Plain-text tables of evaluation scores.
 */
import { GOLD_RELATION_TYPES } from "./gold.js";
import { f1, precision, recall, type ArticleScore, type Counts } from "./scoring.js";

function row(label: string, c: Counts): string {
  const n = (x: number) => x.toFixed(2).padStart(5);
  return `${label.padEnd(16)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${n(precision(c))} ${n(recall(c))} ${n(f1(c))}`;
}

/** One article's (or the total's) table: a row per relation type and an overall row. */
export function formatScore(title: string, score: ArticleScore): string {
  const lines = [title, `${"relation".padEnd(16)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)}       P     R    F1`];
  for (const t of GOLD_RELATION_TYPES) lines.push(row(t, score.byType[t]));
  lines.push(row("overall", score.total));
  return lines.join("\n");
}

/** The misses and false positives of one article. */
export function formatErrors(score: ArticleScore): string {
  const lines: string[] = [];
  for (const m of score.missed) lines.push(`  missed: ${m}`);
  for (const f of score.falsePositives) lines.push(`  false:  ${f}`);
  return lines.join("\n");
}
