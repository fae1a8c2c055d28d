/**
 * Ingestion of files: each file is read, turned into a claims document and written in its own
 * transaction. A broken file is reported and skipped; the others go on.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../db/database.js";
import { InvalidInputError } from "../errors.js";
import { parseClaimsDocumentJson, type ClaimsDocument } from "../model/claims-document.js";
import { writeClaimsDocument, type IngestResult } from "./write-article.js";

/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Turns a file's content into a claims document (extracting from an article when needed). */
export type DocumentReader = (content: string, fileName: string) => ClaimsDocument;

/** Reads a claims document file: JSON with `version`, `article`, `entities` and `claims`. */
export const readClaimsFile: DocumentReader = (content, fileName) => parseClaimsDocumentJson(content, fileName);

export interface FileOutcome {
  file: string;
  result?: IngestResult;
  /** Why the file was skipped. */
  error?: string;
}

export interface IngestSummary {
  files: FileOutcome[];
  articlesCreated: number;
  articlesUnchanged: number;
  entities: number;
  claims: number;
  skipped: number;
}

/**
 * Ingests files one after the other.
 *
 * @param reader how a file becomes a claims document
 * @param onFile called after each file, e.g. to move a progress bar
 */
export async function ingestFiles(
  db: Database,
  files: readonly string[],
  reader: DocumentReader = readClaimsFile,
  onFile?: (outcome: FileOutcome, index: number) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { files: [], articlesCreated: 0, articlesUnchanged: 0, entities: 0, claims: 0, skipped: 0 };
  for (const [index, file] of files.entries()) {
    const outcome: FileOutcome = { file };
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new InvalidInputError(`${file} is not a file`);
      if (info.size > MAX_FILE_BYTES) throw new InvalidInputError(`${file} is ${info.size} bytes; at most ${MAX_FILE_BYTES} are accepted`);
      const content = await readFile(file, "utf8");
      const doc = reader(content, path.basename(file));
      outcome.result = await writeClaimsDocument(db, doc);
      if (outcome.result.created) summary.articlesCreated++;
      else summary.articlesUnchanged++;
      summary.entities += outcome.result.entities;
      summary.claims += outcome.result.claims;
    } catch (error) {
      if (error instanceof InvalidInputError || (error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EACCES") {
        outcome.error = (error as Error).message;
        summary.skipped++;
      } else {
        throw error;
      }
    }
    summary.files.push(outcome);
    onFile?.(outcome, index);
  }
  return summary;
}
