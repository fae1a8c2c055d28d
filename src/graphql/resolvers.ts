/**
 * Resolvers of the custom fields declared in `schema.graphql` (those @neo4j/graphql does not
 * generate).
 */
import type { Resolvers } from "./build-schema.js";
import type { RequestContext } from "./context.js";
import { defaultCatalog, type QueryCatalog } from "../coalitions/query-catalog.js";
import { ask, checkQuestions, QUESTIONS, type QuestionName } from "../coalitions/questions.js";
import { ingestResolvers } from "./ingest-resolvers.js";
import { DayScalar } from "./day-scalar.js";

/**
 * The coalition questions (`race`, `supporters`, ...): each runs its Cypher catalog query.
 *
 * @throws InvalidInputError when the catalog is malformed or does not answer every question
 */
export function coalitionResolvers(catalog: QueryCatalog = defaultCatalog()): Resolvers {
  checkQuestions(catalog);
  const Query = Object.fromEntries(
    (Object.keys(QUESTIONS) as QuestionName[]).map((name) => [
      name,
      (_source: unknown, args: Record<string, unknown>, context: RequestContext) => ask(context.db, catalog, name, args),
    ]),
  );
  return { Query };
}

export interface CustomResolverOptions {
  /** Whether tokens are verified (JWT_SECRET or JWKS_URL); without them `ingestArticle` refuses every call. */
  writesEnabled: boolean;
  /** Time budget of one article's extraction in `ingestArticle`, in milliseconds. */
  extractTimeoutMs?: number;
}

/** All custom resolvers (each module owns different root types, so a shallow merge is enough). */
export function customResolvers(options: CustomResolverOptions): Resolvers {
  return { Day: DayScalar, ...coalitionResolvers(), ...ingestResolvers(options.writesEnabled, options.extractTimeoutMs) };
}
