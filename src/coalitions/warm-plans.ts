/**
 * Plans the catalog queries ahead of the first question. Neo4j plans a query once per text and
 * parameter types, and the catalog's long queries take seconds each to plan on a small machine, so
 * the first user of each question would otherwise wait for it. Each query runs once, in the shape
 * the GraphQL layer and the command line give it when only the required parameters are set (the
 * others at their defaults or null), with ids that match nothing, so it reads next to nothing.
 */
import type { Database } from "../db/database.js";
import { executeQuery } from "./cypher-runner.js";
import type { CatalogQuery, QueryCatalog } from "./query-catalog.js";
import { coerceParams } from "./run-query.js";
import { isEntityType, type ParamSpec } from "./query-params.js";

/** How planning one query went. */
export interface WarmedQuery {
  name: string;
  /** Milliseconds from sending the query to its last row. */
  ms: number;
  /** Why it failed, when it did. */
  error?: string;
}

export interface WarmOptions {
  /** Transaction timeout per query, in milliseconds (default 120 s: planning is slow under load). */
  timeoutMs?: number;
  /** Asked before each query; warming stops when it returns true (the service is stopping). */
  stopped?: () => boolean;
}

/** An id no entity has: entity parameters are ids once resolved, and this one finds nothing. */
export const NO_ENTITY_ID = "warm-up:no-such-entity";

/** A value of the parameter's type, as the command line would give it. */
function placeholder(spec: ParamSpec): string {
  if (isEntityType(spec.type)) return NO_ENTITY_ID;
  switch (spec.type) {
    case "Stance":
      return "SUPPORTS";
    case "EntityLabel":
      return "Person";
    case "Int":
    case "Float":
      return String(spec.min ?? 1);
    case "Boolean":
      return "false";
    case "Date":
      return "2000-01-01";
    default:
      return "warm-up no such name";
  }
}

/** The parameters a query is warmed with: required ones set to placeholders, the rest left to their defaults. */
export function warmParams(query: CatalogQuery) {
  const given = Object.fromEntries(query.params.filter((p) => !p.optional && p.defaultText === undefined).map((p) => [p.name, placeholder(p)]));
  return coerceParams(query, given);
}

/**
 * Runs every catalog query once, one after the other, so that Neo4j has planned them. Never
 * throws: a query that fails is reported in its entry, and the rest still run.
 */
export async function warmQueryPlans(db: Database, catalog: QueryCatalog, options: WarmOptions = {}): Promise<WarmedQuery[]> {
  const warmed: WarmedQuery[] = [];
  for (const query of catalog.list()) {
    if (options.stopped?.()) break;
    const began = performance.now();
    try {
      const params = warmParams(query);
      await db.read((tx) => executeQuery(tx, query, params), { timeoutMs: options.timeoutMs ?? 120_000 });
      warmed.push({ name: query.name, ms: Math.round(performance.now() - began) });
    } catch (error) {
      warmed.push({ name: query.name, ms: Math.round(performance.now() - began), error: error instanceof Error ? error.message : String(error) });
    }
  }
  return warmed;
}
