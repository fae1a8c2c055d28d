import type { Command } from "commander";
import cliProgress from "cli-progress";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { migrate } from "../db/migrate.js";
import { openDatabaseForWrites } from "./open-database.js";
import { ensureSummaries } from "../ingest/summaries.js";
import { IngestFilesInterruptedError, ingestFiles, type IngestSummary } from "../ingest/ingest-files.js";
import { readDocumentFile } from "../ingest/read-document.js";
import { DEFAULT_BATCH_SIZE } from "../ingest/write-article.js";
import { staleReadings } from "./reextract-command.js";

/** Server-side limit on one transaction of ingestion (a batch of articles). */
const TRANSACTION_TIMEOUT_MS = 120_000;

/** Prints the end-of-run summary; returns the exit status (1 when any file was skipped). */
export function printSummary(summary: IngestSummary, write: (line: string) => void): number {
  write(
    `articles: ${summary.articlesCreated} new, ${summary.articlesUnchanged} already in the graph; ` +
      `entities: ${summary.entities}; claims: ${summary.claims}; files skipped: ${summary.skipped}`,
  );
  for (const outcome of summary.files) {
    if (outcome.error) write(`skipped ${outcome.file}: ${outcome.error}`);
  }
  return summary.skipped > 0 ? 1 : 0;
}

/** Prints what an interrupted run wrote before the database went away. */
export function printInterrupted(error: IngestFilesInterruptedError, write: (line: string) => void): void {
  const written = error.summary.files.filter((f) => f.result?.created);
  write(`ingestion stopped: ${error.message}`);
  write(`written before the failure (${written.length} article(s), each complete):`);
  for (const f of written) write(`  ${f.file} -> ${f.result!.articleId}`);
  write("no other file was written; run the same command again to finish (articles already in the graph are left as they are)");
}

/** `coalition ingest <file>...`: load articles and claims documents into the graph. */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("load articles (text or JSON, extracted on the way) and claims documents into the graph, several articles per transaction, each all-or-nothing")
    .argument("<files...>", "article files (.txt with an optional header, .json article) or claims documents (.json)")
    .option("--batch-size <n>", "articles per transaction", (v) => Number.parseInt(v, 10), DEFAULT_BATCH_SIZE)
    .action(async (files: string[], options: { batchSize: number }) => {
      loadDotenv();
      const env = parseEnvironment();
      const db = await openDatabaseForWrites(env);
      const out = (line: string) => process.stdout.write(`${line}\n`);
      try {
        await migrate(db);
        const summaries = await ensureSummaries(db, (done, total, unit) => process.stderr.write(`summaries: ${done} of ${total} ${unit}\r`));
        if (summaries.count > 0) out(`summaries ${summaries.action} (${summaries.count} ${summaries.unit})`);
        const bar =
          process.stderr.isTTY && files.length > 1
            ? new cliProgress.SingleBar({ format: "ingesting [{bar}] {value}/{total} {file}", hideCursor: true }, cliProgress.Presets.shades_classic)
            : undefined;
        bar?.start(files.length, 0, { file: "" });
        try {
          const summary = await ingestFiles(db, files, readDocumentFile, (outcome, index) => bar?.update(index + 1, { file: outcome.file }), {
            batchSize: Number.isSafeInteger(options.batchSize) && options.batchSize > 0 ? options.batchSize : DEFAULT_BATCH_SIZE,
            transactionTimeoutMs: TRANSACTION_TIMEOUT_MS,
          });
          bar?.stop();
          process.exitCode = printSummary(summary, out);
          const unchanged = summary.files.flatMap((f) => (f.result && !f.result.created ? [f.result.articleId] : []));
          for (const line of await staleReadings(db, unchanged)) out(line);
        } catch (error) {
          bar?.stop();
          if (!(error instanceof IngestFilesInterruptedError)) throw error;
          printSummary(error.summary, out);
          printInterrupted(error, out);
          process.exitCode = 2;
        }
      } finally {
        await db.close().catch(() => undefined);
      }
    });
}
