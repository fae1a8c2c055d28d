/**
 * The last step of every write path: claims documents into the graph.
 *
 * Entities are merged with those already in the graph by name or identifying alias, through the
 * name-key index (`entity-resolution.ts`). Claims are created with ends matched through the id
 * constraints, one `UNWIND` per claim type for a whole batch of articles. Each article is
 * all-or-nothing: several share a transaction when many are written, and when such a transaction
 * fails its articles are written again one per transaction, so one bad article never costs the
 * others. The same article ingested twice changes nothing; the same claim from two articles is
 * two provenance records.
 */
import { createHash } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db/database.js";
import { stopRetryOn, translateNeo4jError } from "../db/neo4j-errors.js";
import { DatabaseUnavailableError, InvalidInputError } from "../errors.js";
import { ENTITY_LABELS, CLAIM_RELATIONSHIPS } from "../model/graph-model.js";
import { ARTICLE_REF, parseClaimsDocument, type ClaimInput, type ClaimType, type ClaimsDocument, type EntityInput, type EntityType } from "../model/claims-document.js";
import { nameKey } from "../model/names.js";
import { articleIdFor, normalizeArticleText, sentencesOf } from "./article-id.js";
import { COUNT_GRAPH_EDGES, createdState, EntityResolver, nameEdgeWriteQuery, nodeWriteQuery, type ResolvedDocument } from "./entity-resolution.js";
import { decodeGivenNames, encodeGivenNames, NAMED_BY_AN_ARTICLE, retractGivenNames } from "./given-names.js";
import { refreshAfterDelete, refreshAfterWrite, touchedBeforeDelete } from "./summary-refresh.js";

export { chooseCandidate } from "./entity-resolution.js";

/** What one document did to the graph. */
export interface IngestResult {
  articleId: string;
  title: string;
  /** False when the article was already in the graph: nothing was written. */
  created: boolean;
  entities: number;
  /** Claims actually written (a claim repeated within the article is written once). */
  claims: number;
}

/** What happened to one document of {@link ingestDocuments}, by its position in the input. */
export interface DocumentOutcome {
  index: number;
  result?: IngestResult;
  /** Why nothing of this document was written. */
  error?: Error;
}

/** Progress of {@link ingestDocuments}, reported after each committed transaction. */
export interface IngestProgress {
  /** Documents done (written, already there, or refused). */
  done: number;
  total: number;
  /** Claims written so far. */
  claims: number;
}

export interface IngestOptions {
  /** Articles per transaction (default {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  onProgress?: (progress: IngestProgress, outcomes: readonly DocumentOutcome[]) => void;
  /** Server-side limit on each transaction, in milliseconds. */
  transactionTimeoutMs?: number;
}

/** Articles per transaction when many are ingested: large enough to amortise a commit. */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * The database went away in the middle of {@link ingestDocuments}. `outcomes` holds what was
 * settled before: every written article in it is committed.
 */
export class IngestInterruptedError extends DatabaseUnavailableError {
  constructor(
    message: string,
    readonly outcomes: readonly DocumentOutcome[],
    override readonly cause: Error,
  ) {
    super(message);
  }
}

interface PreparedDocument {
  index: number;
  doc: ClaimsDocument;
  articleId: string;
  /** The document's entities plus its outlet when the document does not list it. */
  entities: EntityInput[];
  sourceRef: string;
}

const SOURCE_REF = "\u0000source";

/**
 * Checks a document before anything is written: the schema and consistency checks of
 * `parseClaimsDocument`, a normalized text (offsets stay stable) and a text with letters in it.
 *
 * @throws InvalidInputError listing the problems
 */
export function prepareDocument(doc: ClaimsDocument, index = 0): PreparedDocument {
  const checked = parseClaimsDocument(doc, `document ${index + 1} ("${shorten(doc?.article?.title ?? "")}")`);
  const text = checked.article.text;
  if (normalizeArticleText(text) !== text) {
    throw new InvalidInputError("the article text must be normalized (LF line ends, no surrounding white space) so that offsets are stable");
  }
  if (!/\p{L}/u.test(text)) throw new InvalidInputError("the article text has no letters: there is nothing in it to read claims from");
  const sourceKey = nameKey(checked.article.source);
  const sourceEntity = checked.entities.find((e) => e.type === "Media" && nameKey(e.name) === sourceKey);
  const entities: EntityInput[] = sourceEntity
    ? checked.entities
    : [...checked.entities, { id: SOURCE_REF, name: checked.article.source, type: "Media", aliases: [] }];
  return { index, doc: checked, articleId: articleIdFor(text), entities, sourceRef: sourceEntity?.id ?? SOURCE_REF };
}

function shorten(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const ENTITY_WRITES: Record<EntityType, string> = Object.fromEntries(
  (Object.keys(ENTITY_LABELS) as EntityType[]).map((type) => [type, nodeWriteQuery(ENTITY_LABELS[type], type === "Post" ? "title" : "name")]),
) as Record<EntityType, string>;

const LINK_POSTS = `UNWIND $rows AS p
MATCH (post:Post {id: p.post})
MATCH (org:Actor {id: p.organization}) WHERE org:Organization
MERGE (post)-[:POST_OF]->(org)`;

// Ends are matched through the unique id constraints (Actor.id, Post.id, Article.id), the label
// checked after the seek.
const CLAIM_ENDS_MATCH: Record<ClaimType, string> = {
  SUPPORTS: "MATCH (from:Actor {id: c.fromId}) MATCH (to:Actor {id: c.toId}) WHERE to:Person",
  OPPOSES: "MATCH (from:Actor {id: c.fromId}) MATCH (to:Actor {id: c.toId}) WHERE to:Person",
  CANDIDATE_FOR: "MATCH (from:Actor {id: c.fromId}) WHERE from:Person MATCH (to:Post {id: c.toId})",
  QUOTED_IN: "MATCH (from:Actor {id: c.fromId}) MATCH (to:Article {id: c.toId})",
  SPEAKS_FOR: "MATCH (from:Actor {id: c.fromId}) WHERE from:Person MATCH (to:Actor {id: c.toId})",
};

/** What a claim relationship stores (null values are not stored). */
const CLAIM_PROPERTIES = [
  "claimId", "articleId", "fromId", "toId", "evidence", "sentence", "start", "end", "date", "day",
  "confidence", "quote", "role", "postId", "rule", "extractor",
] as const;

// Properties inline in CREATE: `SET r = map` would make the planner materialise every row first.
const CREATE_CLAIMS: Record<ClaimType, string> = Object.fromEntries(
  CLAIM_RELATIONSHIPS.map((type) => [
    type,
    `UNWIND $claims AS c
${CLAIM_ENDS_MATCH[type]}
CREATE (from)-[r:${type} {${CLAIM_PROPERTIES.map((k) => `${k}: c.${k}`).join(", ")}}]->(to)
RETURN count(r) AS written`,
  ]),
) as Record<ClaimType, string>;

// The batch checked that these articles are not stored; a concurrent writer of the same article
// makes the id constraint fail the transaction, and the article is then found stored on retry.
const CREATE_ARTICLES = `UNWIND $articles AS a
MATCH (m:Actor {id: a.sourceId}) WHERE m:Media
CREATE (n:Article {id: a.id, title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt, text: a.text,
  wordCount: a.wordCount, ingestedAt: datetime(), extractorName: a.extractorName, extractorVersion: a.extractorVersion,
  givenNames: a.givenNames})
CREATE (n)-[:PUBLISHED_BY]->(m)
RETURN count(n) AS created`;

function toDate(day: string | null | undefined) {
  if (!day) return null;
  const [y, m, d] = day.split("-").map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** `name@version` of the program that produced a document, as stored on its claims. */
export function extractorTag(doc: ClaimsDocument): string | null {
  return doc.extractor ? `${doc.extractor.name}@${doc.extractor.version}` : null;
}

function claimKey(articleId: string, claim: ClaimInput, entities: ReadonlyMap<string, EntityInput>): string {
  const end = (ref: string) => (ref === ARTICLE_REF ? ARTICLE_REF : `${entities.get(ref)!.type}:${nameKey(entities.get(ref)!.name)}`);
  return createHash("sha256")
    .update([articleId, claim.type, end(claim.from), end(claim.to), claim.start, claim.end].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}

type ClaimRow = Record<string, unknown> & { claimId: string; fromId: string; toId: string };

/** The claim relationships of one document, one per distinct claim, with their stored properties. */
function claimRows(prepared: PreparedDocument, ids: ReadonlyMap<string, string>): Map<ClaimType, ClaimRow[]> {
  const { doc, articleId } = prepared;
  const sentenceAround = sentencesOf(doc.article.text);
  const byRef = new Map(prepared.entities.map((e) => [e.id, e]));
  const extractor = extractorTag(doc);
  const seen = new Set<string>();
  const rows = new Map<ClaimType, ClaimRow[]>();
  for (const claim of doc.claims) {
    const claimId = claimKey(articleId, claim, byRef);
    if (seen.has(claimId)) continue;
    seen.add(claimId);
    const day = claim.date ?? doc.article.publishedAt ?? null;
    const row: ClaimRow = {
      claimId,
      articleId,
      fromId: ids.get(claim.from)!,
      toId: claim.to === ARTICLE_REF ? articleId : ids.get(claim.to)!,
      evidence: claim.evidence,
      sentence: sentenceAround(claim.start, claim.end),
      start: claim.start,
      end: claim.end,
      date: toDate(claim.date),
      day: toDate(day),
      confidence: claim.confidence,
      quote: claim.quote ?? null,
      role: claim.role ?? null,
      postId: claim.post !== undefined ? ids.get(claim.post)! : null,
      rule: claim.rule ?? null,
      extractor,
    };
    const list = rows.get(claim.type) ?? [];
    list.push(row);
    rows.set(claim.type, list);
  }
  return rows;
}

/** Writes what a resolver gathered: new and changed nodes, their name edges, and the names counted. */
async function writeEntities(tx: ManagedTransaction, resolver: EntityResolver): Promise<void> {
  const writes = resolver.pendingWrites();
  for (const type of Object.keys(ENTITY_WRITES) as EntityType[]) {
    const rows = writes.filter((w) => w.type === type).map(({ keys: _keys, aliasKeys: _aliasKeys, ...w }) => ({ ...w, created: createdState(w) }));
    if (rows.length > 0) await tx.run(ENTITY_WRITES[type], { rows });
  }
  for (const { kind, post, rows } of resolver.pendingNameEdges()) await tx.run(nameEdgeWriteQuery(kind, post), { rows });
  const counts = resolver.pendingEdgeCounts();
  if (counts.length > 0) await tx.run(COUNT_GRAPH_EDGES, { rows: counts });
}

async function writeClaims(tx: ManagedTransaction, rowsByType: ReadonlyMap<ClaimType, ClaimRow[]>): Promise<number> {
  let written = 0;
  for (const type of CLAIM_RELATIONSHIPS) {
    const claims = rowsByType.get(type) ?? [];
    if (claims.length === 0) continue;
    const result = await tx.run(CREATE_CLAIMS[type], { claims });
    const n = (result.records[0]!.get("written") as { toNumber(): number }).toNumber();
    if (n !== claims.length) throw new Error(`${claims.length - n} ${type} claim(s) lost an end while being written`);
    written += n;
  }
  return written;
}

function mergeRows(into: Map<ClaimType, ClaimRow[]>, from: ReadonlyMap<ClaimType, ClaimRow[]>): void {
  for (const [type, rows] of from) into.set(type, [...(into.get(type) ?? []), ...rows]);
}

function postLinks(prepared: PreparedDocument, ids: ReadonlyMap<string, string>): { post: string; organization: string }[] {
  return prepared.entities
    .filter((e) => e.type === "Post" && e.organization)
    .map((e) => ({ post: ids.get(e.id)!, organization: ids.get(e.organization!)! }));
}

/** Writes the documents of one batch in the given transaction; documents already stored are left alone. */
async function writeBatch(tx: ManagedTransaction, batch: readonly PreparedDocument[]): Promise<IngestResult[]> {
  const existing = await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.title AS title`, {
    ids: [...new Set(batch.map((p) => p.articleId))],
  });
  const stored = new Map(existing.records.map((r) => [r.get("id") as string, r.get("title") as string]));
  const fresh: PreparedDocument[] = [];
  for (const prepared of batch) {
    if (stored.has(prepared.articleId)) continue;
    stored.set(prepared.articleId, prepared.doc.article.title);
    fresh.push(prepared);
  }

  const resolver = new EntityResolver();
  await resolver.load(tx, fresh.flatMap((p) => p.entities));
  const resolved = new Map<PreparedDocument, ResolvedDocument>(fresh.map((p) => [p, resolver.resolveDocument(p.entities)]));
  const resolvedIds = new Map(fresh.map((p) => [p, resolved.get(p)!.ids]));
  await writeEntities(tx, resolver);

  const links = new Map<string, { post: string; organization: string }>();
  for (const p of fresh) for (const link of postLinks(p, resolvedIds.get(p)!)) links.set(`${link.post}\u0000${link.organization}`, link);
  if (links.size > 0) await tx.run(LINK_POSTS, { rows: [...links.values()] });

  if (fresh.length > 0) {
    const articles = fresh.map(({ doc, articleId, sourceRef }, i) => ({
      id: articleId,
      title: doc.article.title,
      source: doc.article.source,
      url: doc.article.url ?? null,
      publishedAt: toDate(doc.article.publishedAt),
      text: doc.article.text,
      wordCount: doc.article.text.split(/\s+/).filter(Boolean).length,
      sourceId: resolvedIds.get(fresh[i]!)!.get(sourceRef)!,
      extractorName: doc.extractor?.name ?? null,
      extractorVersion: doc.extractor?.version ?? null,
      givenNames: encodeGivenNames(resolved.get(fresh[i]!)!.names),
    }));
    const created = await tx.run(CREATE_ARTICLES, { articles });
    if ((created.records[0]!.get("created") as { toNumber(): number }).toNumber() !== articles.length) throw new Error("an article lost its outlet while being written");
  }

  const claimsByArticle = new Map<PreparedDocument, number>();
  const allRows = new Map<ClaimType, ClaimRow[]>();
  for (const p of fresh) {
    const rows = claimRows(p, resolvedIds.get(p)!);
    claimsByArticle.set(p, [...rows.values()].reduce((n, list) => n + list.length, 0));
    mergeRows(allRows, rows);
  }
  await writeClaims(tx, allRows);
  if (fresh.length > 0) await refreshAfterWrite(tx, fresh.map((p) => p.articleId), allRows);

  const freshSet = new Set(fresh);
  return batch.map((p) =>
    freshSet.has(p)
      ? { articleId: p.articleId, title: p.doc.article.title, created: true, entities: new Set(resolvedIds.get(p)!.values()).size, claims: claimsByArticle.get(p)! }
      : { articleId: p.articleId, title: stored.get(p.articleId)!, created: false, entities: 0, claims: 0 },
  );
}

/**
 * Runs `work` in one write transaction of its own. Errors that a retry cannot fix (the memory cap,
 * a timeout) end it at once instead of being retried by the driver.
 */
async function writeTransaction<T>(db: Database, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      async (tx) => {
        try {
          return await work(tx);
        } catch (error) {
          throw stopRetryOn(error);
        }
      },
      timeoutMs !== undefined ? { timeout: timeoutMs } : undefined,
    );
  } catch (error) {
    throw translateNeo4jError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/**
 * Ingests many claims documents, `batchSize` articles per transaction. Every document is checked
 * before anything is written; an invalid one is reported in its outcome and the others go on.
 * When a batch's transaction fails, its articles are written again one per transaction, so that
 * only the article at fault is refused.
 *
 * @returns one outcome per document, in input order
 * @throws IngestInterruptedError when the database becomes unreachable; it carries the outcomes
 *   settled before (every article they report written is committed)
 */
export async function ingestDocuments(db: Database, docs: readonly ClaimsDocument[], options: IngestOptions = {}): Promise<DocumentOutcome[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const outcomes: DocumentOutcome[] = [];
  const valid: PreparedDocument[] = [];
  docs.forEach((doc, index) => {
    try {
      valid.push(prepareDocument(doc, index));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      outcomes.push({ index, error });
    }
  });
  let claims = 0;
  const settle = (written: DocumentOutcome[]) => {
    for (const outcome of written) {
      outcomes.push(outcome);
      claims += outcome.result?.claims ?? 0;
    }
    options.onProgress?.({ done: outcomes.length, total: docs.length, claims }, written);
  };
  const interrupted = (error: unknown): never => {
    const written = outcomes.filter((o) => o.result?.created).length;
    throw new IngestInterruptedError(
      `${(error as Error).message} (after ${written} article(s) written)`,
      [...outcomes].sort((a, b) => a.index - b.index),
      error as Error,
    );
  };
  if (outcomes.length > 0) options.onProgress?.({ done: outcomes.length, total: docs.length, claims }, [...outcomes]);

  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    try {
      const results = await writeTransaction(db, (tx) => writeBatch(tx, batch), options.transactionTimeoutMs);
      settle(batch.map((p, i) => ({ index: p.index, result: results[i]! })));
      continue;
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) interrupted(error);
      if (batch.length === 1) {
        settle([{ index: batch[0]!.index, error: error as Error }]);
        continue;
      }
    }
    for (const prepared of batch) {
      try {
        const [result] = await writeTransaction(db, (tx) => writeBatch(tx, [prepared]), options.transactionTimeoutMs);
        settle([{ index: prepared.index, result: result! }]);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) interrupted(error);
        settle([{ index: prepared.index, error: error as Error }]);
      }
    }
  }
  return outcomes.sort((a, b) => a.index - b.index);
}

/**
 * Writes one claims document in one transaction.
 *
 * @throws InvalidInputError when the document is not valid; nothing is written
 */
export async function writeClaimsDocument(db: Database, doc: ClaimsDocument): Promise<IngestResult> {
  const prepared = prepareDocument(doc);
  const [result] = await writeTransaction(db, (tx) => writeBatch(tx, [prepared]));
  return result!;
}

const DELETE_CLAIMS = CLAIM_RELATIONSHIPS.map(
  (type) => `
MATCH ()-[r:${type}]->() WHERE r.articleId = $id
WITH r, r.claimId AS claimId, r.fromId AS fromId, r.toId AS toId, startNode(r).id AS a, endNode(r).id AS b
DELETE r
RETURN claimId, '${type}' AS type, coalesce(fromId, a) AS fromId, coalesce(toId, b) AS toId`,
);

/** A claim as reported by {@link rewriteArticleClaims}. */
export interface ClaimRef {
  claimId: string;
  type: ClaimType;
  fromId: string;
  toId: string;
}

async function deleteArticleClaims(tx: ManagedTransaction, articleId: string): Promise<ClaimRef[]> {
  const removed: ClaimRef[] = [];
  for (const statement of DELETE_CLAIMS) {
    const result = await tx.run(statement, { id: articleId });
    for (const r of result.records) removed.push(r.toObject() as ClaimRef);
  }
  return removed;
}

// Claims (as an end, or as the post a stance names), publications, memberships and the names a
// stored article gives keep an entity: name keys, post links and summaries follow from them.
const DELETE_ORPHANS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN n
  UNION
  MATCH (n:Post {id: id}) RETURN n
}
WITH n WHERE n.reference IS NULL
  AND NOT EXISTS { (n)-[r]-() WHERE NOT type(r) IN ['POST_OF', 'NAMES', 'ALSO_NAMES', 'POSITION', 'RUNS_FOR'] }
  // A post that a remaining stance names (postId) stays.
  AND NOT (n:Post AND (EXISTS { MATCH ()-[s:SUPPORTS]->() WHERE s.postId = n.id } OR EXISTS { MATCH ()-[o:OPPOSES]->() WHERE o.postId = n.id }))
  AND NOT ${NAMED_BY_AN_ARTICLE}
WITH n, [(k:NameKey)-[:NAMES|ALSO_NAMES]->(n) | k] AS keys
DETACH DELETE n
WITH keys UNWIND keys AS k
WITH DISTINCT k WHERE NOT EXISTS { (k)-->() }
DELETE k`;

/**
 * Removes an article, every claim it made, the names it gave that no other stored article gives,
 * and the entities only it mentioned (reference data stays), with the summaries refreshed in the
 * same transaction. Returns false when there was no such article.
 */
export async function retractArticle(db: Database, articleId: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const found = await tx.run("MATCH (a:Article {id: $id}) RETURN [(a)-[:PUBLISHED_BY]->(m) | m.id] AS sources, a.givenNames AS givenNames", { id: articleId });
    if (found.records.length === 0) return false;
    const given = decodeGivenNames(found.records[0]!.get("givenNames"));
    const touched = await touchedBeforeDelete(tx, [articleId]);
    const removed = await deleteArticleClaims(tx, articleId);
    await tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", { id: articleId });
    await refreshAfterDelete(tx, touched, []);
    await retractGivenNames(tx, given);
    const ids = new Set([...removed.flatMap((c) => [c.fromId, c.toId]), ...(found.records[0]!.get("sources") as string[]), ...given.map((g) => g.node)]);
    ids.delete(articleId);
    await tx.run(DELETE_ORPHANS, { ids: [...ids] });
    return true;
  });
}

/** What {@link rewriteArticleClaims} changed. */
export interface RewriteResult {
  articleId: string;
  /** Claims the new reading has that the stored one had not. */
  added: ClaimRef[];
  /** Claims of the stored reading that the new one has not. */
  removed: ClaimRef[];
  /** Claims in both (rewritten with the new reading's properties). */
  kept: number;
}

/**
 * Re-reads a stored article: replaces its claims by those of `doc` (a new reading of the same
 * text) in one transaction, summaries refreshed, entities no longer mentioned by anything removed.
 * The names the stored reading gave are taken back before the new reading is resolved, so entities
 * resolve, and aliases end, as in a fresh ingest of the new reading.
 *
 * @throws InvalidInputError when the document is invalid or its article is not in the graph
 */
export async function rewriteArticleClaims(db: Database, doc: ClaimsDocument): Promise<RewriteResult> {
  const prepared = prepareDocument(doc);
  const { articleId } = prepared;
  return writeTransaction(db, async (tx) => {
    const found = await tx.run("MATCH (a:Article {id: $id}) RETURN a.givenNames AS givenNames", { id: articleId });
    if (found.records.length === 0) {
      throw new InvalidInputError(`article ${articleId} ("${shorten(doc.article.title)}") is not in the graph; ingest it instead`);
    }
    const oldNames = decodeGivenNames(found.records[0]!.get("givenNames"));
    const touched = await touchedBeforeDelete(tx, [articleId]);
    const old = await deleteArticleClaims(tx, articleId);
    await retractGivenNames(tx, oldNames);

    const resolver = new EntityResolver();
    await resolver.load(tx, prepared.entities);
    const { ids, names } = resolver.resolveDocument(prepared.entities);
    await writeEntities(tx, resolver);
    const links = postLinks(prepared, ids);
    if (links.length > 0) await tx.run(LINK_POSTS, { rows: links });
    await tx.run(
      "MATCH (a:Article {id: $id}) SET a.extractorName = $name, a.extractorVersion = $version, a.rereadAt = datetime(), a.givenNames = $givenNames",
      { id: articleId, name: doc.extractor?.name ?? null, version: doc.extractor?.version ?? null, givenNames: encodeGivenNames(names) },
    );
    const rows = claimRows(prepared, ids);
    await writeClaims(tx, rows);
    await refreshAfterDelete(tx, touched, [articleId]);

    const fresh: ClaimRef[] = [...rows].flatMap(([type, list]) => list.map((r) => ({ claimId: r.claimId, type, fromId: r.fromId, toId: r.toId })));
    const oldIds = new Set(old.map((c) => c.claimId));
    const newIds = new Set(fresh.map((c) => c.claimId));
    const orphans = new Set([...old.filter((c) => !newIds.has(c.claimId)).flatMap((c) => [c.fromId, c.toId]), ...oldNames.map((g) => g.node)]);
    orphans.delete(articleId);
    await tx.run(DELETE_ORPHANS, { ids: [...orphans] });
    return {
      articleId,
      added: fresh.filter((c) => !oldIds.has(c.claimId)),
      removed: old.filter((c) => !newIds.has(c.claimId)),
      kept: fresh.filter((c) => oldIds.has(c.claimId)).length,
    };
  });
}
