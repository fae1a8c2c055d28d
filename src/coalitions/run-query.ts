/**
 * The one way a catalog query runs, whoever asks (GraphQL resolver, command line, bench): check
 * and type the parameters against the query's header, resolve the names, run it, all in one read
 * transaction.
 */
import type { Database } from "../db/database.js";
import { InvalidInputError } from "../errors.js";
import { executeQuery, type Row } from "./cypher-runner.js";
import { resolveName, type ResolvedName } from "./name-resolver.js";
import type { CatalogQuery, QueryCatalog } from "./query-catalog.js";
import { coerceParam, describeParam, isEntityType, type ParamValue } from "./query-params.js";

/** The rows of a query, and what each name parameter resolved to. */
export interface QueryResult {
  query: CatalogQuery;
  rows: Row[];
  resolved: Record<string, ResolvedName>;
}

/**
 * Types the given values against the query's header: unknown names, missing required values and
 * values of the wrong type are all reported together. Absent optional parameters take their
 * default, or null.
 *
 * @throws InvalidInputError listing every problem
 */
export function coerceParams(query: CatalogQuery, given: Record<string, unknown>): Record<string, ParamValue> {
  const problems: string[] = [];
  const declared = query.params.map(describeParam).join(", ") || "none";
  for (const name of Object.keys(given)) {
    if (!query.params.some((p) => p.name === name)) problems.push(`unknown parameter '${name}' (${query.name} takes: ${declared})`);
  }
  const params: Record<string, ParamValue> = {};
  for (const spec of query.params) {
    const value = given[spec.name] ?? spec.defaultText ?? null;
    if (value === null && !spec.optional) {
      problems.push(`missing parameter '${describeParam(spec)}'${spec.description ? `: ${spec.description}` : ""}`);
      continue;
    }
    const coerced = coerceParam(spec, value);
    if (coerced.ok) params[spec.name] = coerced.value;
    else problems.push(coerced.problem);
  }
  if (problems.length > 0) throw new InvalidInputError(`bad parameters for ${query.name}`, problems);
  return params;
}

/**
 * Runs the catalog query `name` with `given` parameters in one read transaction.
 *
 * @param given parameter values: strings (command line) or typed values (GraphQL); entity
 *   parameters take names, aliases or ids
 * @throws InvalidInputError for bad parameters, NotFoundError for unknown names or query
 */
export async function runQuery(db: Database, catalog: QueryCatalog, name: string, given: Record<string, unknown>): Promise<QueryResult> {
  const query = catalog.get(name);
  const params = coerceParams(query, given);
  return db.read(async (tx) => {
    const resolved: Record<string, ResolvedName> = {};
    for (const spec of query.params) {
      const value = params[spec.name];
      if (!isEntityType(spec.type) || typeof value !== "string") continue;
      resolved[spec.name] = await resolveName(tx, catalog, value, spec.type);
      params[spec.name] = resolved[spec.name]!.id;
    }
    return { query, rows: await executeQuery(tx, query, params), resolved };
  });
}
