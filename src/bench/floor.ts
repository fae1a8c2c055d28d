/**
 * The ingest floor: the same claim rows written by a bare `UNWIND … MERGE` (ends merged on an
 * indexed id, claims merged on their id, properties set), with no entity resolution and no
 * summaries. Written under their own labels (`FloorNode`, `FLOOR_<type>`), so that they never
 * meet the project's graph; the benchmark compares the project's ingestion rate with this one.
 */
import type { Database } from "../db/database.js";
import { CLAIM_TYPES, type ClaimType, type ClaimsDocument } from "../model/claims-document.js";
import { nameKey } from "../model/names.js";

/** Constraints the floor writes rely on, as the project's own writes rely on theirs. */
export async function prepareFloor(db: Database): Promise<void> {
  await db.write((tx) => tx.run("CREATE CONSTRAINT floor_node_id IF NOT EXISTS FOR (n:FloorNode) REQUIRE n.id IS UNIQUE"));
  for (const type of CLAIM_TYPES) {
    await db.write((tx) => tx.run(`CREATE CONSTRAINT floor_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:FLOOR_${type}]-() REQUIRE r.claimId IS UNIQUE`));
  }
  await db.write((tx) => tx.run("CALL db.awaitIndexes(300)"));
}

const FLOOR_MERGE: Record<ClaimType, string> = Object.fromEntries(
  CLAIM_TYPES.map((type) => [
    type,
    `UNWIND $rows AS c
MERGE (a:FloorNode {id: c.from})
MERGE (b:FloorNode {id: c.to})
MERGE (a)-[r:FLOOR_${type} {claimId: c.claimId}]->(b)
ON CREATE SET r.articleId = c.articleId, r.evidence = c.evidence, r.sentence = c.sentence, r.start = c.start, r.end = c.end,
  r.date = CASE WHEN c.date IS NULL THEN null ELSE date(c.date) END, r.confidence = c.confidence, r.quote = c.quote, r.role = c.role`,
  ]),
) as Record<ClaimType, string>;

interface FloorRow {
  claimId: string;
  articleId: string;
  from: string;
  to: string;
  evidence: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  confidence: number;
  quote: string | null;
  role: string | null;
}

/** The claim rows of some documents, grouped by claim type, ends named by type and name key. */
export function floorRows(docs: readonly ClaimsDocument[]): Map<ClaimType, FloorRow[]> {
  const byType = new Map<ClaimType, FloorRow[]>();
  for (const doc of docs) {
    const articleId = doc.article.title;
    const key = new Map(doc.entities.map((e) => [e.id, `${e.type}:${nameKey(e.name)}`]));
    doc.claims.forEach((c, n) => {
      const rows = byType.get(c.type) ?? [];
      byType.set(c.type, rows);
      rows.push({
        claimId: `${articleId}#${n}`,
        articleId,
        from: key.get(c.from)!,
        to: c.to === "article" ? `Article:${articleId}` : key.get(c.to)!,
        evidence: c.evidence,
        // The sentence is the text around the evidence; the project cuts it the same way.
        sentence: doc.article.text.slice(Math.max(0, c.start - 40), c.end + 40),
        start: c.start,
        end: c.end,
        date: c.date ?? null,
        confidence: c.confidence,
        quote: c.quote ?? null,
        role: c.role ?? null,
      });
    });
  }
  return byType;
}

/** Writes the claim rows of `docs` in one transaction; returns how many rows. */
export async function writeFloor(db: Database, docs: readonly ClaimsDocument[]): Promise<number> {
  const byType = floorRows(docs);
  return db.write(async (tx) => {
    let n = 0;
    for (const [type, rows] of byType) {
      await tx.run(FLOOR_MERGE[type], { rows });
      n += rows.length;
    }
    return n;
  });
}
