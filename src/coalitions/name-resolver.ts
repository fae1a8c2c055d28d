/**
 * Names to nodes, for every name a question takes (GraphQL argument or `--param`): by id, by
 * normalised name ("rutte", "the united states", "MARK RUTTE", "Kariņš"), by alias. A name that
 * matches nothing is a NotFoundError carrying the closest known names.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { nameKey } from "../model/names.js";
import { executeQuery } from "./cypher-runner.js";
import { closestNames, type NamedNode } from "./name-suggestions.js";
import type { QueryCatalog } from "./query-catalog.js";
import type { EntityParamType } from "./query-params.js";

/** What a name resolved to. */
export interface ResolvedName {
  id: string;
  name: string;
  type: string;
}

const NOUN: Record<EntityParamType, string> = {
  Actor: "person, country, organization or outlet",
  Person: "person",
  Country: "country",
  Organization: "organization",
  Media: "media outlet",
  Post: "post",
};

/**
 * Resolves `name` to the one node of kind `label` it means.
 *
 * @throws NotFoundError with suggestions when nothing matches
 * @throws InvalidInputError when the best matches are several different nodes
 */
export async function resolveName(tx: ManagedTransaction, catalog: QueryCatalog, name: string, label: EntityParamType): Promise<ResolvedName> {
  const key = nameKey(name);
  if (key === "") throw new InvalidInputError(`an empty name cannot name a ${NOUN[label]}`);
  const rows = await executeQuery(tx, catalog.get("resolve-name"), { key, label });
  if (rows.length === 0) {
    const candidates = (await executeQuery(tx, catalog.get("name-candidates"), { label })) as unknown as NamedNode[];
    throw new NotFoundError(`no ${NOUN[label]} named "${name}"`, closestNames(name, candidates));
  }
  const best = rows.filter((r) => r.rank === rows[0]!.rank);
  if (best.length > 1) {
    throw new InvalidInputError(
      `"${name}" names more than one ${NOUN[label]}; use a fuller name or an id`,
      best.map((r) => `${r.name} (${r.id})`),
    );
  }
  const row = best[0]!;
  return { id: row.id as string, name: row.name as string, type: row.type as string };
}
