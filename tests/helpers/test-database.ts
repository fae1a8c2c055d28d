/**
 * Database access for integration tests: the run's Neo4j (see global-setup.ts), and a record of
 * what each test wrote so that `cleanup()` removes exactly that.
 */
import { parseEnvironment } from "../../src/config/environment.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import type { ClaimsDocument } from "../../src/model/claims-document.js";
import {
  ingestDocuments,
  retractArticle,
  writeClaimsDocument,
  type DocumentOutcome,
  type IngestOptions,
  type IngestResult,
} from "../../src/ingest/write-article.js";

export interface TestDatabase {
  db: Database;
  /** Writes a document and remembers its article for cleanup. */
  ingest(doc: ClaimsDocument): Promise<IngestResult>;
  /** Writes documents several per transaction and remembers the articles written. */
  ingestMany(docs: ClaimsDocument[], options?: IngestOptions): Promise<DocumentOutcome[]>;
  /** Remembers an article written some other way (CLI, GraphQL). */
  track(articleId: string): void;
  /** Retracts every article this helper saw written, with their claims and orphaned entities. */
  cleanup(): Promise<void>;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const db = await openDatabase(parseEnvironment().neo4j);
  const articles = new Set<string>();
  return {
    db,
    async ingest(doc) {
      const result = await writeClaimsDocument(db, doc);
      if (result.created) articles.add(result.articleId);
      return result;
    },
    async ingestMany(docs, options) {
      const outcomes = await ingestDocuments(db, docs, options);
      for (const o of outcomes) if (o.result?.created) articles.add(o.result.articleId);
      return outcomes;
    },
    track(articleId) {
      articles.add(articleId);
    },
    async cleanup() {
      for (const id of articles) await retractArticle(db, id);
      articles.clear();
    },
    async close() {
      await db.close();
    },
  };
}

/** Runs a read query and returns plain objects. */
export async function query<T = Record<string, unknown>>(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.read(async (tx) => {
    const result = await tx.run(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  });
}
