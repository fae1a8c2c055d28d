import type { Command } from "commander";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import type { Database } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { openDatabaseForWrites } from "./open-database.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION, extractArticle } from "../extract/index.js";
import { parseClaimsDocument } from "../model/claims-document.js";
import { rewriteArticleClaims, type ClaimRef } from "../ingest/write-article.js";


/** An article as stored, with what the extractor needs to read it again. */
export interface StoredArticle {
  id: string;
  title: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
  /** "name@version" of the extractor that last read it, or null for a hand-made document. */
  readBy: string | null;
}

const ARTICLES = `
MATCH (a:Article) WHERE $id IS NULL OR a.id = $id
RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, toString(a.publishedAt) AS publishedAt, a.text AS text,
  CASE WHEN a.extractorVersion IS NULL THEN null ELSE coalesce(a.extractorName, '?') + '@' + a.extractorVersion END AS readBy
ORDER BY id`;

/** The stored articles, all of them or the one with `id`. */
export async function storedArticles(db: Database, id: string | null): Promise<StoredArticle[]> {
  return db.read(async (tx) => {
    const result = await tx.run(ARTICLES, { id });
    return result.records.map((r) => r.toObject() as StoredArticle);
  });
}

async function entityNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  return db.read(async (tx) => {
    const result = await tx.run("UNWIND $ids AS id OPTIONAL MATCH (x:Actor {id: id}) OPTIONAL MATCH (p:Post {id: id}) RETURN id, coalesce(x.name, p.name, id) AS name", { ids: [...new Set(ids)] });
    return new Map(result.records.map((r) => [r.get("id") as string, r.get("name") as string]));
  });
}

/**
 * Of the given stored articles, those last read by another version of the extractor, with a line
 * telling the user so and how to read them again. Hand-made documents (no version) are left out.
 */
export async function staleReadings(db: Database, articleIds: readonly string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows = await db.read(async (tx) => {
    const result = await tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.extractorVersion IS NOT NULL AND a.extractorVersion <> $version RETURN a.id AS id, a.extractorVersion AS version ORDER BY id", {
      ids: [...new Set(articleIds)],
      version: EXTRACTOR_VERSION,
    });
    return result.records.map((r) => ({ id: r.get("id") as string, version: r.get("version") as string }));
  });
  return rows.map((r) => `${r.id} is stored as read by extractor ${r.version} (current: ${EXTRACTOR_VERSION}); run 'coalition reextract --article ${r.id}' to read it again`);
}

/** What re-reading one article changed. */
export interface ReextractOutcome {
  articleId: string;
  title: string;
  readBy: string | null;
  added: ClaimRef[];
  removed: ClaimRef[];
  kept: number;
  /** Why the article could not be read again (nothing of it was changed). */
  error?: string;
}

/**
 * Reads stored articles again with the current extractor and replaces their claims, one
 * transaction per article, printing what each gained and lost. An article whose text the
 * extractor refuses is reported and left as it is.
 *
 * @throws NotFoundError when `articleId` names no stored article
 */
export async function reextract(db: Database, articleId: string | null, write: (line: string) => void): Promise<ReextractOutcome[]> {
  const articles = await storedArticles(db, articleId);
  if (articleId !== null && articles.length === 0) throw new NotFoundError(`no article with id '${articleId}' in the graph`);
  const outcomes: ReextractOutcome[] = [];
  for (const a of articles) {
    const base = { articleId: a.id, title: a.title, readBy: a.readBy };
    let result;
    try {
      const doc = parseClaimsDocument(extractArticle({ title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt, text: a.text }), a.id);
      result = await rewriteArticleClaims(db, doc);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      outcomes.push({ ...base, added: [], removed: [], kept: 0, error: error.message });
      write(`${a.id} "${a.title}": left as it was: ${error.message}`);
      continue;
    }
    const names = await entityNames(db, [...result.added, ...result.removed].flatMap((c) => [c.fromId, c.toId]));
    const show = (c: ClaimRef) => `${c.type} ${names.get(c.fromId) ?? c.fromId} -> ${c.toId === a.id ? "(article)" : (names.get(c.toId) ?? c.toId)}`;
    write(`${a.id} "${a.title}" (read by ${a.readBy ?? "hand"}): ${result.added.length} added, ${result.removed.length} removed, ${result.kept} kept`);
    for (const c of result.added) write(`  + ${show(c)}`);
    for (const c of result.removed) write(`  - ${show(c)}`);
    outcomes.push({ ...base, added: result.added, removed: result.removed, kept: result.kept });
  }
  return outcomes;
}

/** `coalition reextract [--article ID | --all]`: read stored articles again with the current extractor. */
export function registerReextract(program: Command): void {
  program
    .command("reextract")
    .description(`read stored articles again with the current extractor (${EXTRACTOR_NAME} ${EXTRACTOR_VERSION}) and replace their claims, one transaction per article`)
    .option("--article <id>", "the article to read again")
    .option("--all", "every stored article")
    .action(async (options: { article?: string; all?: boolean }) => {
      if (Boolean(options.article) === Boolean(options.all)) throw new InvalidInputError("give either --article ID or --all");
      if (options.article !== undefined && !/^[A-Za-z0-9_.:-]{1,100}$/.test(options.article)) throw new InvalidInputError("--article: not an article id");
      loadDotenv();
      const env = parseEnvironment();
      const db = await openDatabaseForWrites(env);
      const out = (line: string) => process.stdout.write(`${line}\n`);
      try {
        await migrate(db);
        const outcomes = await reextract(db, options.article ?? null, out);
        const added = outcomes.reduce((n, o) => n + o.added.length, 0);
        const removed = outcomes.reduce((n, o) => n + o.removed.length, 0);
        const failed = outcomes.filter((o) => o.error).length;
        out(`articles read again: ${outcomes.length - failed}; claims added: ${added}, removed: ${removed}; articles left as they were: ${failed}`);
        if (failed > 0) process.exitCode = 1;
      } finally {
        await db.close().catch(() => undefined);
      }
    });
}
