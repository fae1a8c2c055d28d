/**
 * The last step of every write path: one claims document into the graph, in one transaction.
 *
 * Entities are merged with those already in the graph by name or identifying alias; claims are
 * merged on a key made of the article and the claim itself, so the same article ingested twice
 * changes nothing and the same claim from two articles is two provenance records.
 */
import { createHash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db/database.js";
import { CLAIM_RELATIONSHIPS, ENTITY_LABELS } from "../model/graph-model.js";
import { isIdentifyingAlias, nameKey, slug } from "../model/names.js";
import { countryId, findReferenceCountry } from "../reference/countries.js";
import { articleIdFor, normalizeArticleText, sentenceAround } from "./article-id.js";
import { ARTICLE_REF, type ClaimInput, type ClaimType, type ClaimsDocument, type EntityInput, type EntityType } from "./claims-document.js";
import { InvalidInputError } from "../errors.js";
import { refreshSummaries, touchedByArticles } from "./summaries.js";

/** What one document did to the graph. */
export interface IngestResult {
  articleId: string;
  title: string;
  /** False when the article was already in the graph: nothing was written. */
  created: boolean;
  entities: number;
  claims: number;
}

interface ResolvedEntity {
  input: EntityInput;
  id: string;
  name: string;
  keys: string[];
  /** Replace the stored name by this fuller one ("Rutte" -> "Mark Rutte"). */
  rename: boolean;
}

interface Candidate {
  id: string;
  name: string;
  nameKey: string;
}

const tokenCount = (key: string) => key.split(" ").length;

function identifyingKeys(entity: EntityInput): string[] {
  const aliases = (entity.aliases ?? []).filter((alias) => isIdentifyingAlias(alias, entity.name, entity.type));
  return [...new Set([entity.name, ...aliases].map(nameKey))];
}

function baseId(entity: EntityInput): string {
  if (entity.type === "Country") {
    const reference = entity.code ? { code: entity.code } : findReferenceCountry(entity.name) ?? (entity.aliases ?? []).map(findReferenceCountry).find(Boolean);
    if (reference) return countryId(reference.code);
  }
  return `${entity.type.toLowerCase()}:${slug(entity.name)}`;
}

/**
 * Picks the graph node an entity is, among those sharing one of its keys. Two different full
 * names never merge on a shared surname ("Boris Johnson" is not "Lyndon Johnson").
 */
export function chooseCandidate(entity: EntityInput, candidates: readonly Candidate[]): Candidate | undefined {
  const key = nameKey(entity.name);
  const exact = candidates.find((c) => c.nameKey === key);
  if (exact) return exact;
  const compatible = candidates.filter((c) => entity.type !== "Person" || tokenCount(c.nameKey) < 2 || tokenCount(key) < 2);
  return [...compatible].sort((a, b) => a.id.localeCompare(b.id))[0];
}

const FIND_CANDIDATES = `
UNWIND $lookups AS l
OPTIONAL MATCH (n)
WHERE (n:Actor OR n:Post) AND l.label IN labels(n) AND any(k IN n.keys WHERE k IN l.keys)
RETURN l.ref AS ref, collect(n {.id, name: coalesce(n.name, n.title), .nameKey}) AS candidates`;

async function resolveEntities(tx: ManagedTransaction, entities: readonly EntityInput[]): Promise<Map<string, ResolvedEntity>> {
  const lookups = entities.map((e) => ({ ref: e.id, label: e.type, keys: identifyingKeys(e) }));
  const result = await tx.run(FIND_CANDIDATES, { lookups });
  const candidatesByRef = new Map(result.records.map((r) => [r.get("ref") as string, r.get("candidates") as Candidate[]]));
  const resolved = new Map<string, ResolvedEntity>();
  for (const entity of entities) {
    const own = baseId(entity);
    const candidates = candidatesByRef.get(entity.id) ?? [];
    // A country with a known code is that country, whatever other nodes share its names.
    const match = own.startsWith("country:") && own.length === "country:XX".length ? undefined : chooseCandidate(entity, candidates);
    const id = match?.id ?? own;
    const rename = !!match && entity.type === "Person" && tokenCount(nameKey(entity.name)) > tokenCount(match.nameKey);
    resolved.set(entity.id, { input: entity, id, name: entity.name, keys: identifyingKeys(entity), rename });
  }
  return resolved;
}

const MERGE_ENTITIES: Record<EntityType, string> = Object.fromEntries(
  (Object.keys(ENTITY_LABELS) as EntityType[]).map((type) => {
    const labels = ENTITY_LABELS[type].join(":");
    const nameProperty = type === "Post" ? "title" : "name";
    return [
      type,
      `
UNWIND $rows AS e
MERGE (n:${labels} {id: e.id})
ON CREATE SET n.${nameProperty} = e.name, n.nameKey = e.nameKey, n.aliases = [], n.keys = []
SET n.aliases = apoc.coll.toSet(coalesce(n.aliases, []) + [a IN e.aliases WHERE a <> n.${nameProperty}]),
    n.keys = apoc.coll.toSet(coalesce(n.keys, []) + e.keys)
FOREACH (_ IN CASE WHEN e.rename THEN [1] ELSE [] END |
  SET n.aliases = apoc.coll.toSet(n.aliases + [n.${nameProperty}]), n.${nameProperty} = e.name, n.nameKey = e.nameKey)`,
    ];
  }),
) as Record<EntityType, string>;

const LINK_POSTS = `
UNWIND $rows AS p
MATCH (post:Post {id: p.post}), (org:Organization {id: p.organization})
MERGE (post)-[:POST_OF]->(org)`;

const CLAIM_TARGET: Record<ClaimType, string> = {
  SUPPORTS: "(to:Person {id: c.to})",
  OPPOSES: "(to:Person {id: c.to})",
  CANDIDATE_FOR: "(to:Post {id: c.to})",
  QUOTED_IN: "(to:Article {id: c.to})",
  SPEAKS_FOR: "(to:Actor {id: c.to})",
};

const MERGE_CLAIMS: Record<ClaimType, string> = Object.fromEntries(
  (Object.keys(CLAIM_TARGET) as ClaimType[]).map((type) => [
    type,
    `
UNWIND $claims AS c
MATCH (from:Actor {id: c.from})
MATCH ${CLAIM_TARGET[type]}
MERGE (from)-[r:${type} {claimId: c.claimId}]->(to)
ON CREATE SET r.articleId = $articleId, r.evidence = c.evidence, r.sentence = c.sentence, r.start = c.start, r.end = c.end,
  r.date = CASE WHEN c.date IS NULL THEN null ELSE date(c.date) END, r.confidence = c.confidence,
  r.quote = c.quote, r.role = c.role
RETURN count(r) AS written`,
  ]),
) as Record<ClaimType, string>;

const CREATE_ARTICLE = `
MERGE (a:Article {id: $article.id})
ON CREATE SET a.title = $article.title, a.source = $article.source, a.url = $article.url,
  a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
  a.text = $article.text, a.wordCount = $article.wordCount, a.ingestedAt = datetime()
WITH a
MATCH (m:Media {id: $sourceId})
MERGE (a)-[:PUBLISHED_BY]->(m)`;

function claimKey(articleId: string, claim: ClaimInput, entities: Map<string, ResolvedEntity>): string {
  const end = (ref: string) => (ref === ARTICLE_REF ? ARTICLE_REF : `${entities.get(ref)!.input.type}:${nameKey(entities.get(ref)!.input.name)}`);
  return createHash("sha256")
    .update([articleId, claim.type, end(claim.from), end(claim.to), claim.start, claim.end].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}

/**
 * Writes one validated claims document in one transaction.
 *
 * @param doc a document that passed `parseClaimsDocument`
 */
export async function writeClaimsDocument(db: Database, doc: ClaimsDocument): Promise<IngestResult> {
  const text = doc.article.text;
  if (normalizeArticleText(text) !== text) {
    throw new InvalidInputError("the article text must be normalized (LF line ends, no surrounding white space) so that offsets are stable");
  }
  const articleId = articleIdFor(text);

  return db.write(async (tx) => {
    const existing = await tx.run("MATCH (a:Article {id: $id}) RETURN a.title AS title", { id: articleId });
    if (existing.records.length > 0) {
      return { articleId, title: existing.records[0]!.get("title") as string, created: false, entities: 0, claims: 0 };
    }

    // The outlet that published the article is an entity like the others.
    const sourceKey = nameKey(doc.article.source);
    const sourceEntity = doc.entities.find((e) => e.type === "Media" && nameKey(e.name) === sourceKey);
    const entities: EntityInput[] = sourceEntity
      ? doc.entities
      : [...doc.entities, { id: "\u0000source", name: doc.article.source, type: "Media", aliases: [] }];
    const resolved = await resolveEntities(tx, entities);

    for (const type of Object.keys(MERGE_ENTITIES) as EntityType[]) {
      const rows = [...resolved.values()]
        .filter((e) => e.input.type === type)
        .map((e) => ({ id: e.id, name: e.name, nameKey: nameKey(e.name), aliases: e.input.aliases ?? [], keys: e.keys, rename: e.rename }));
      if (rows.length > 0) await tx.run(MERGE_ENTITIES[type], { rows });
    }
    const postLinks = [...resolved.values()]
      .filter((e) => e.input.type === "Post" && e.input.organization)
      .map((e) => ({ post: e.id, organization: resolved.get(e.input.organization!)!.id }));
    if (postLinks.length > 0) await tx.run(LINK_POSTS, { rows: postLinks });

    const sourceId = resolved.get(sourceEntity?.id ?? "\u0000source")!.id;
    const article = {
      id: articleId,
      title: doc.article.title,
      source: doc.article.source,
      url: doc.article.url ?? null,
      publishedAt: doc.article.publishedAt ?? null,
      text,
      wordCount: text.split(/\s+/).filter(Boolean).length,
    };
    await tx.run(CREATE_ARTICLE, { article, sourceId });

    let claims = 0;
    for (const type of Object.keys(MERGE_CLAIMS) as ClaimType[]) {
      const rows = doc.claims
        .filter((c) => c.type === type)
        .map((c) => ({
          claimId: claimKey(articleId, c, resolved),
          from: resolved.get(c.from)!.id,
          to: c.to === ARTICLE_REF ? articleId : resolved.get(c.to)!.id,
          evidence: c.evidence,
          sentence: sentenceAround(text, c.start, c.end),
          start: c.start,
          end: c.end,
          date: c.date ?? null,
          confidence: c.confidence,
          quote: c.quote ?? null,
          role: c.role ?? null,
        }));
      if (rows.length === 0) continue;
      const written = await tx.run(MERGE_CLAIMS[type], { claims: rows, articleId });
      claims += (written.records[0]?.get("written") as { toNumber(): number }).toNumber();
    }
    await refreshSummaries(tx, { articleIds: [articleId] });
    return { articleId, title: doc.article.title, created: true, entities: new Set([...resolved.values()].map((e) => e.id)).size, claims };
  });
}

/**
 * Removes an article, every claim it made, and the entities only it mentioned (reference data
 * stays). Returns false when there was no such article.
 */
export async function retractArticle(db: Database, articleId: string): Promise<boolean> {
  return db.write(async (tx) => {
    const found = await tx.run("MATCH (a:Article {id: $id}) RETURN count(a) AS n", { id: articleId });
    if ((found.records[0]!.get("n") as { toNumber(): number }).toNumber() === 0) return false;
    const summaries = await touchedByArticles(tx, [articleId]);
    const touched = new Set<string>();
    for (const type of CLAIM_RELATIONSHIPS) {
      const result = await tx.run(
        `MATCH (a)-[r:${type}]->(b) WHERE r.articleId = $id WITH a, b, r DELETE r RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ids`,
        { id: articleId },
      );
      for (const id of result.records[0]!.get("ids") as string[]) touched.add(id);
    }
    await refreshSummaries(tx, summaries);
    const sources = await tx.run("MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(m) DETACH DELETE a RETURN collect(m.id) AS ids", { id: articleId });
    for (const id of sources.records[0]!.get("ids") as string[]) touched.add(id);
    await tx.run(
      `UNWIND $ids AS id
       MATCH (n {id: id}) WHERE (n:Actor OR n:Post) AND n.reference IS NULL
         AND NOT EXISTS { (n)-[r]-() WHERE type(r) <> 'POST_OF' }
       DETACH DELETE n`,
      { ids: [...touched] },
    );
    return true;
  });
}
