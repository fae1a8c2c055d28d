/**
 * Ingestion of files: each file is read and turned into a claims document, then the documents are
 * written several articles per transaction ({@link ingestDocuments}), each article all-or-nothing.
 * A broken file is reported and skipped; the others go on.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../db/database.js";
import { DatabaseUnavailableError, InvalidInputError } from "../errors.js";
import { parseClaimsDocumentJson, type ClaimsDocument } from "../model/claims-document.js";
import { DEFAULT_BATCH_SIZE, IngestInterruptedError, ingestDocuments, type DocumentOutcome, type IngestResult } from "./write-article.js";

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
  /** Claims written (a claim an article repeats counts once; an article already stored counts none). */
  claims: number;
  skipped: number;
}

export interface IngestFilesOptions {
  /** Articles per transaction. */
  batchSize?: number;
  /** Server-side limit on each transaction, in milliseconds. */
  transactionTimeoutMs?: number;
}

/**
 * The database became unreachable during {@link ingestFiles}. `summary` tells what was settled
 * before: every file it reports written is committed, the others were not written.
 */
export class IngestFilesInterruptedError extends DatabaseUnavailableError {
  constructor(
    message: string,
    readonly summary: IngestSummary,
  ) {
    super(message);
  }
}

async function readOne(file: string, reader: DocumentReader): Promise<ClaimsDocument> {
  const info = await stat(file);
  if (!info.isFile()) throw new InvalidInputError(`${file} is not a file`);
  if (info.size > MAX_FILE_BYTES) throw new InvalidInputError(`${file} is ${info.size} bytes; at most ${MAX_FILE_BYTES} are accepted`);
  const content = await readFile(file, "utf8");
  return reader(content, path.basename(file));
}

function isSkippable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return error instanceof InvalidInputError || code === "ENOENT" || code === "EACCES" || code === "EISDIR";
}

/**
 * Ingests files, `batchSize` articles per transaction.
 *
 * @param reader how a file becomes a claims document
 * @param onFile called once each file is settled (written, already there or skipped), in order
 * @throws IngestFilesInterruptedError when the database becomes unreachable, with what was written
 */
export async function ingestFiles(
  db: Database,
  files: readonly string[],
  reader: DocumentReader = readClaimsFile,
  onFile?: (outcome: FileOutcome, index: number) => void,
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { files: [], articlesCreated: 0, articlesUnchanged: 0, entities: 0, claims: 0, skipped: 0 };
  const settle = (outcome: FileOutcome) => {
    if (outcome.result) {
      if (outcome.result.created) summary.articlesCreated++;
      else summary.articlesUnchanged++;
      summary.entities += outcome.result.entities;
      summary.claims += outcome.result.claims;
    } else {
      summary.skipped++;
    }
    summary.files.push(outcome);
    onFile?.(outcome, summary.files.length - 1);
  };
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);

  for (let start = 0; start < files.length; start += batchSize) {
    const chunk = files.slice(start, start + batchSize);
    const outcomes: FileOutcome[] = chunk.map((file) => ({ file }));
    const docs: ClaimsDocument[] = [];
    const docFile: number[] = [];
    for (const [i, file] of chunk.entries()) {
      try {
        docs.push(await readOne(file, reader));
        docFile.push(i);
      } catch (error) {
        if (!isSkippable(error)) throw error;
        outcomes[i]!.error = (error as Error).message;
      }
    }
    const apply = (written: readonly DocumentOutcome[]) => {
      for (const o of written) {
        const outcome = outcomes[docFile[o.index]!]!;
        if (o.result) outcome.result = o.result;
        else outcome.error = o.error?.message ?? "not written";
      }
    };
    try {
      apply(await ingestDocuments(db, docs, { batchSize, transactionTimeoutMs: options.transactionTimeoutMs }));
    } catch (error) {
      if (!(error instanceof IngestInterruptedError)) throw error;
      apply(error.outcomes);
      for (const outcome of outcomes) if (outcome.result || outcome.error) settle(outcome);
      throw new IngestFilesInterruptedError(error.message, summary);
    }
    outcomes.forEach(settle);
  }
  return summary;
}
