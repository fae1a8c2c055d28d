/**
 * Names to nodes, for every name a question takes (GraphQL argument or `--param`): by id, by
 * normalised name ("rutte", "the united states", "MARK RUTTE", "Kariņš"), by alias. A name that
 * matches nothing is a NotFoundError carrying the closest known names.
 */
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { nameKey } from "../model/names.js";
import { executeQuery } from "./cypher-runner.js";
import { closestNames, suggestionSearch, type NamedNode } from "./name-suggestions.js";
import type { QueryCatalog } from "./query-catalog.js";
import type { EntityParamType } from "./query-params.js";

/** Longest name accepted, in characters; longer ones are refused before any work. */
export const MAX_NAME_LENGTH = 200;

/** How many index hits "did you mean" ranks. */
const SUGGESTION_CANDIDATES = 40;

/**
 * Refuses a name longer than {@link MAX_NAME_LENGTH}; the message quotes only its start.
 *
 * @throws InvalidInputError
 */
export function checkNameLength(name: string): void {
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidInputError(
      `a name may have at most ${MAX_NAME_LENGTH} characters; got ${name.length} ("${[...name.slice(0, 40)].slice(0, 30).join("")}…")`,
    );
  }
}

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
  checkNameLength(name);
  const key = nameKey(name);
  if (key === "") throw new InvalidInputError(`an empty name cannot name a ${NOUN[label]}`);
  const rows = await executeQuery(tx, catalog.get("resolve-name"), { key, label });
  if (rows.length === 0) {
    const search = suggestionSearch(name);
    const candidates = search
      ? ((await executeQuery(tx, catalog.get("name-candidates"), { search, label, limit: neo4j.int(SUGGESTION_CANDIDATES) })) as unknown as NamedNode[])
      : [];
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
