import type { Command } from "commander";
import cliProgress from "cli-progress";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { ingestFiles, readClaimsFile, type IngestSummary } from "../ingest/ingest-files.js";

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

/** `coalition ingest <file>...`: load claims documents into the graph. */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("load claims documents (JSON) into the graph, one transaction per article")
    .argument("<files...>", "claims documents")
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
        const summary = await ingestFiles(db, files, readClaimsFile, (outcome, index) => bar?.update(index + 1, { file: outcome.file }));
        bar?.stop();
        process.exitCode = printSummary(summary, (line) => process.stdout.write(`${line}\n`));
      } finally {
        await db.close();
      }
    });
}
