/**
 * Runs one catalog query inside a transaction and returns its rows as plain values: numbers for
 * integers, "YYYY-MM-DD" for dates, objects for maps, so that GraphQL and the command line show
 * exactly the same thing.
 */
import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime, type ManagedTransaction } from "neo4j-driver";
import type { CatalogQuery } from "./query-catalog.js";
import type { ParamValue } from "./query-params.js";

/** One result row, as plain values. */
export type Row = Record<string, unknown>;

/** Converts a value read from Neo4j into plain JavaScript. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/**
 * Runs `query` with parameters already coerced (and names already resolved).
 *
 * @param tx a read transaction
 */
export async function executeQuery(tx: ManagedTransaction, query: CatalogQuery, params: Record<string, ParamValue>): Promise<Row[]> {
  const result = await tx.run(query.text, params);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
