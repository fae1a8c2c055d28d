/**
 * Taking back the names an article gave: what a retraction or a re-reading does to aliases and
 * name keys.
 *
 * Ingestion counts, on each name edge it writes, how many stored articles give each spelling
 * (`spellings`, `articleCounts`), and stores on the article the list of names it gave
 * (`givenNames`, see {@link GivenName}). Taking an article's names back lowers those counts; a
 * spelling no stored article gives any more leaves the node's `aliases`, and an edge no stored
 * article gives any more is removed, with its `NameKey` when nothing else uses it. Never removed:
 * an edge without counts (reference data, or written before the counts existed: what gave it is
 * unknown) and the aliases it names, the edge of the node's own name, and a node's name itself.
 * An article stored before the counts has no `givenNames`: its retraction takes back no name.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { GivenName, NameEdge } from "./entity-resolution.js";

const KINDS: readonly NameEdge[] = ["NAMES", "ALSO_NAMES"];

/** The form `Article.givenNames` stores: `[node, kind, key, spellings]` per edge, as JSON. */
export function encodeGivenNames(names: readonly GivenName[]): string {
  return JSON.stringify(names.map((n) => [n.node, n.kind, n.key, n.spellings]));
}

/**
 * Reads `Article.givenNames`. Null (an article stored before names were counted) gives nothing.
 *
 * @throws Error when the stored value is not a list written by {@link encodeGivenNames}
 */
export function decodeGivenNames(stored: unknown): GivenName[] {
  if (stored === null || stored === undefined) return [];
  const fail = () => new Error("the article's givenNames property is not a list of [node, kind, key, spellings]");
  let rows: unknown;
  try {
    rows = JSON.parse(String(stored));
  } catch {
    throw fail();
  }
  if (!Array.isArray(rows)) throw fail();
  return rows.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== 4) throw fail();
    const [node, kind, key, spellings] = row as unknown[];
    if (typeof node !== "string" || !KINDS.includes(kind as NameEdge) || typeof key !== "string") throw fail();
    if (!Array.isArray(spellings) || !spellings.every((s) => typeof s === "string")) throw fail();
    return { node, kind: kind as NameEdge, key, spellings: spellings as string[] };
  });
}

/** Binds `n` to the Actor or Post with id `<row>.node` (one seek each, through the id constraints). */
const NODE = (row: string) => `CALL (${row}) {
  MATCH (n:Actor {id: ${row}.node}) RETURN n
  UNION
  MATCH (n:Post {id: ${row}.node}) RETURN n
}`;

// The first SET reads the edge it writes, so Neo4j locks the edge before reading it.
const UNCOUNT = `
UNWIND $names AS g
${NODE("g")}
MATCH (k:NameKey {key: g.key})-[r]->(n)
WHERE type(r) = g.kind AND r.spellings IS NOT NULL
SET r.articleCounts = [i IN range(0, size(r.spellings) - 1) | r.articleCounts[i] - CASE WHEN r.spellings[i] IN g.spellings THEN 1 ELSE 0 END]
SET r.spellings = [i IN range(0, size(r.spellings) - 1) WHERE r.articleCounts[i] > 0 | r.spellings[i]]
SET r.articleCounts = [c IN r.articleCounts WHERE c > 0]`;

// An alias stays while an edge of its key gives it, or an edge of its key has no counts.
const DROP_ALIASES = `
UNWIND $nodes AS x
${NODE("x")}
WITH n, [s IN x.spellings WHERE s.spelling IN coalesce(n.aliases, [])
  AND NOT EXISTS { MATCH (:NameKey {key: s.key})-[r:NAMES|ALSO_NAMES]->(n) WHERE r.spellings IS NULL OR s.spelling IN r.spellings } | s.spelling] AS gone
WHERE size(gone) > 0
SET n.aliases = [a IN n.aliases WHERE NOT a IN gone]`;

const DROP_EDGES = `
UNWIND $names AS g
${NODE("g")}
MATCH (k:NameKey {key: g.key})-[r]->(n)
WHERE type(r) = g.kind AND size(r.spellings) = 0 AND k.key <> n.nameKey
DELETE r
WITH DISTINCT k WHERE NOT EXISTS { (k)-->() }
DELETE k`;

/**
 * Takes back the names an article gave (read with {@link decodeGivenNames}), in the caller's
 * transaction: lowers their counts, then removes the aliases and edges no stored article gives
 * any more. Nodes already deleted are skipped.
 */
export async function retractGivenNames(tx: ManagedTransaction, names: readonly GivenName[]): Promise<void> {
  if (names.length === 0) return;
  await tx.run(UNCOUNT, { names });
  const byNode = new Map<string, Map<string, { spelling: string; key: string }>>();
  for (const given of names) {
    const spellings = byNode.get(given.node) ?? new Map<string, { spelling: string; key: string }>();
    byNode.set(given.node, spellings);
    for (const spelling of given.spellings) spellings.set(spelling, { spelling, key: given.key });
  }
  await tx.run(DROP_ALIASES, { nodes: [...byNode].map(([node, spellings]) => ({ node, spellings: [...spellings.values()] })) });
  await tx.run(DROP_EDGES, { names });
}

/**
 * Cypher condition: node `n` keeps a name a stored article gives it (an edge with counts left).
 * Such a node is mentioned by that article and is no orphan.
 */
export const NAMED_BY_AN_ARTICLE = "EXISTS { (:NameKey)-[given:NAMES|ALSO_NAMES]->(n) WHERE size(given.spellings) > 0 }";
