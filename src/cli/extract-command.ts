import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { InvalidInputError } from "../errors.js";
import { MAX_FILE_BYTES } from "../ingest/ingest-files.js";
import { claimsFromArticle } from "../ingest/read-document.js";
import { parseArticleFile } from "../extract/index.js";

/**
 * `coalition extract <file>... [--out DIR]`: one claims document per article, to
 * `DIR/<basename>.json`, or to stdout for a single file without `--out`. Needs no database.
 */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and claims from articles into claims documents (no database needed)")
    .argument("<files...>", "article files: text with an optional header, or JSON {title, source, url, publishedAt, text}")
    .option("--out <dir>", "write DIR/<basename>.json for each file (default: stdout, for one file)")
    .action((files: string[], options: { out?: string }) => {
      if (!options.out && files.length > 1) throw new InvalidInputError("several files need --out DIR");
      if (options.out) mkdirSync(options.out, { recursive: true });
      let failed = 0;
      for (const file of files) {
        try {
          if (statSync(file).size > MAX_FILE_BYTES) throw new InvalidInputError(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
          const doc = claimsFromArticle(parseArticleFile(readFileSync(file, "utf8"), path.basename(file)), path.basename(file));
          const json = `${JSON.stringify(doc, null, 2)}\n`;
          if (!options.out) {
            process.stdout.write(json);
            continue;
          }
          const target = path.join(options.out, `${path.basename(file).replace(/\.[^.]+$/, "")}.json`);
          writeFileSync(target, json);
          process.stdout.write(`${file} -> ${target}: ${doc.entities.length} entities, ${doc.claims.length} claims\n`);
        } catch (error) {
          if (!(error instanceof InvalidInputError) && !["ENOENT", "EACCES", "EISDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
          failed++;
          process.stderr.write(`skipped ${file}: ${(error as Error).message}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
