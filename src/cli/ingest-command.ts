import type { Command } from "commander";
import cliProgress from "cli-progress";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { ingestFiles, type IngestSummary } from "../ingest/ingest-files.js";
import { readDocumentFile } from "../ingest/read-document.js";

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

/** `coalition ingest <file>...`: load articles and claims documents into the graph. */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("load articles (text or JSON, extracted on the way) and claims documents into the graph, one transaction per article")
    .argument("<files...>", "article files (.txt with an optional header, .json article) or claims documents (.json)")
    .action(async (files: string[]) => {
      loadDotenv();
      const env = parseEnvironment();
      const db = await openDatabase(env.neo4j, { reuseRunningLocal: true });
      try {
        await migrate(db);
        const bar =
          process.stderr.isTTY && files.length > 1
            ? new cliProgress.SingleBar({ format: "ingesting [{bar}] {value}/{total} {file}", hideCursor: true }, cliProgress.Presets.shades_classic)
            : undefined;
        bar?.start(files.length, 0, { file: "" });
        const summary = await ingestFiles(db, files, readDocumentFile, (outcome, index) => bar?.update(index + 1, { file: outcome.file }));
        bar?.stop();
        process.exitCode = printSummary(summary, (line) => process.stdout.write(`${line}\n`));
      } finally {
        await db.close();
      }
    });
}
