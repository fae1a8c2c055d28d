import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { InvalidInputError } from "../errors.js";
import { MAX_FILE_BYTES } from "../ingest/ingest-files.js";
import { claimsFromArticle } from "../ingest/read-document.js";
import { EXTRACTOR_VERSION, parseArticleFile } from "../extract/index.js";
import type { ClaimsDocument } from "../model/claims-document.js";

/** One line per claim: what was read, by which rule, how sure, and the words it was read from. */
export function explainDocument(doc: ClaimsDocument): string {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const lines = [`${doc.article.title} (${doc.article.source}): ${doc.claims.length} claims, extractor ${doc.extractor?.name ?? "?"} ${doc.extractor?.version ?? EXTRACTOR_VERSION}`];
  for (const c of doc.claims) {
    const to = c.to === "article" ? "(article)" : (name.get(c.to) ?? c.to);
    const post = c.post ? ` [for ${name.get(c.post) ?? c.post}]` : "";
    const role = c.role ? ` (${c.role})` : "";
    lines.push(`${c.type.padEnd(13)} ${name.get(c.from) ?? c.from} -> ${to}${post}${role}`);
    lines.push(`  rule ${c.rule ?? "-"}  confidence ${c.confidence.toFixed(2)}  at ${c.start}..${c.end}${c.date ? `  date ${c.date}` : ""}`);
    lines.push(`  "${c.evidence.replace(/\s+/g, " ")}"`);
  }
  return `${lines.join("\n")}\n`;
}

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
    .option("--explain", "print each claim with the rule that read it, its confidence and its evidence, instead of JSON")
    .action((files: string[], options: { out?: string; explain?: boolean }) => {
      if (options.explain && options.out) throw new InvalidInputError("--explain prints to stdout; it cannot be used with --out");
      if (!options.out && !options.explain && files.length > 1) throw new InvalidInputError("several files need --out DIR");
      if (options.out) mkdirSync(options.out, { recursive: true });
      let failed = 0;
      for (const file of files) {
        try {
          if (statSync(file).size > MAX_FILE_BYTES) throw new InvalidInputError(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
          const doc = claimsFromArticle(parseArticleFile(readFileSync(file, "utf8"), path.basename(file)), path.basename(file));
          if (options.explain) {
            process.stdout.write(explainDocument(doc));
            continue;
          }
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
