/**
 * Measures each extractor rule's precision on the development half of the real corpus, and for each
 * relation type its precision now and in the first runs recorded in the gold files, and writes the
 * tables the extractor turns into confidences (`rule-confidence.ts`, used by `calibration.ts`).
 *
 * Usage: npm run build && node dist/extract/calibrate-rules.js [--write]
 * Each claim is scored on its own against its article's gold file: correct when the gold file has
 * its relation, false when it has not (optional gold relations count neither way). Only the
 * development half is read; the test half is never opened. Prints the tables; `--write` also
 * rewrites `src/extract/rule-confidence.ts`.
 */
import { writeFileSync } from "node:fs";
import { parseClaimsDocument } from "../model/claims-document.js";
import { projectPath } from "../project-path.js";
import { corpusArticleInput, loadCorpus } from "./eval/corpus.js";
import { scoreArticle } from "./eval/scoring.js";
import { unseenDiscount, type Tally } from "./calibration.js";
import { GOLD_RELATION_TYPES } from "./eval/gold.js";
import { extractArticle } from "./index.js";

/** Per rule: claims judged correct and false. */
export type RuleCounts = Map<string, Tally>;

/** Per relation type: the claims of the extractor now, and of the recorded first runs. */
export type TypeCounts = Map<string, { fitted: Tally; firstRun: Tally }>;

function measure(): { rules: RuleCounts; types: TypeCounts } {
  const rules: RuleCounts = new Map();
  const types: TypeCounts = new Map(GOLD_RELATION_TYPES.map((t) => [t, { fitted: { correct: 0, wrong: 0 }, firstRun: { correct: 0, wrong: 0 } }]));
  for (const entry of loadCorpus({ split: "dev" })) {
    if (entry.gold.article.split !== "dev") continue;
    // A first run counts even when the text is not here: it is what the gold file recorded.
    for (const [t, c] of Object.entries(entry.gold.firstRun?.byType ?? {})) {
      const tally = types.get(t)!.firstRun;
      tally.correct += c.tp;
      tally.wrong += c.fp;
    }
    if (entry.status !== "ready") continue;
    const doc = parseClaimsDocument(extractArticle(corpusArticleInput(entry)), entry.slug);
    for (const claim of doc.claims) {
      if (claim.type === "SPEAKS_FOR" || !claim.rule) continue;
      const score = scoreArticle(entry.gold, { entities: doc.entities, claims: [claim] });
      const c = rules.get(claim.rule) ?? { correct: 0, wrong: 0 };
      c.correct += score.total.tp;
      c.wrong += score.total.fp;
      rules.set(claim.rule, c);
      const fitted = types.get(claim.type)!.fitted;
      fitted.correct += score.total.tp;
      fitted.wrong += score.total.fp;
    }
  }
  return { rules, types };
}

function main(argv: readonly string[]): void {
  const { rules, types } = measure();
  const p = (c: Tally) => (c.correct / Math.max(1, c.correct + c.wrong)).toFixed(2);
  const rows = [...rules].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [rule, c] of rows) console.log(`${rule.padEnd(44)} ${String(c.correct).padStart(4)} ${String(c.wrong).padStart(4)}  ${p(c)}`);
  console.log(`\n${"relation".padEnd(16)} fitted P   first-run P   discount`);
  for (const [t, c] of types) console.log(`${t.padEnd(16)} ${p(c.fitted).padStart(8)}   ${p(c.firstRun).padStart(11)}   ${unseenDiscount(t, Object.fromEntries(types)).toFixed(3).padStart(8)}`);
  if (!argv.includes("--write")) return;
  const body = rows.map(([rule, c]) => `  ${JSON.stringify(rule)}: { correct: ${c.correct}, wrong: ${c.wrong} },`).join("\n");
  const typeBody = [...types]
    .map(([t, c]) => `  ${t}: { fitted: { correct: ${c.fitted.correct}, wrong: ${c.fitted.wrong} }, firstRun: { correct: ${c.firstRun.correct}, wrong: ${c.firstRun.wrong} } },`)
    .join("\n");
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

/**
 * Per relation type on the development half: claims of the extractor as it reads the half now
 * (\`fitted\`), and of the first runs recorded in its gold files (\`firstRun\`).
 */
export const TYPE_COUNTS: Readonly<Record<string, { fitted: { correct: number; wrong: number }; firstRun: { correct: number; wrong: number } }>> = {
${typeBody}
};
`,
  );
}

main(process.argv.slice(2));
