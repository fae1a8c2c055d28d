/**
 * Measures each extractor rule's precision on the development half of the real corpus and writes
 * the table the extractor turns into confidences (`rule-confidence.ts`).
 *
 * Usage: npm run build && node dist/extract/calibrate-rules.js [--write]
 * Each claim is scored on its own against its article's gold file: correct when the gold file has
 * its relation, false when it has not (optional gold relations count neither way). Only the
 * development half is read; the test half is never opened. Prints the table; `--write` also
 * rewrites `src/extract/rule-confidence.ts`.
 */
import { writeFileSync } from "node:fs";
import { parseClaimsDocument } from "../model/claims-document.js";
import { projectPath } from "../project-path.js";
import { corpusArticleInput, loadCorpus } from "./eval/corpus.js";
import { scoreArticle } from "./eval/scoring.js";
import { extractArticle } from "./index.js";

/** Per rule: claims judged correct and false. */
export type RuleCounts = Map<string, { correct: number; wrong: number }>;

function measure(): RuleCounts {
  const counts: RuleCounts = new Map();
  for (const entry of loadCorpus({ split: "dev" })) {
    if (entry.status !== "ready" || entry.gold.article.split !== "dev") continue;
    const doc = parseClaimsDocument(extractArticle(corpusArticleInput(entry)), entry.slug);
    for (const claim of doc.claims) {
      if (claim.type === "SPEAKS_FOR" || !claim.rule) continue;
      const score = scoreArticle(entry.gold, { entities: doc.entities, claims: [claim] });
      const c = counts.get(claim.rule) ?? { correct: 0, wrong: 0 };
      c.correct += score.total.tp;
      c.wrong += score.total.fp;
      counts.set(claim.rule, c);
    }
  }
  return counts;
}

function main(argv: readonly string[]): void {
  const counts = measure();
  const rows = [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [rule, c] of rows) console.log(`${rule.padEnd(44)} ${String(c.correct).padStart(4)} ${String(c.wrong).padStart(4)}  ${(c.correct / Math.max(1, c.correct + c.wrong)).toFixed(2)}`);
  if (!argv.includes("--write")) return;
  const body = rows.map(([rule, c]) => `  ${JSON.stringify(rule)}: { correct: ${c.correct}, wrong: ${c.wrong} },`).join("\n");
  writeFileSync(
    projectPath("src", "extract", "rule-confidence.ts"),
    `/**
 * How often each rule was right on the development half of the real corpus (written by
 * \`node dist/extract/calibrate-rules.js --write\`; do not edit by hand). The extractor turns these
 * counts into each claim's confidence (\`calibration.ts\`).
 */
export const RULE_COUNTS: Readonly<Record<string, { correct: number; wrong: number }>> = {
${body}
};
`,
  );
}

main(process.argv.slice(2));
