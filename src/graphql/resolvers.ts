/**
 * Resolvers of the custom fields declared in `schema.graphql` (those @neo4j/graphql does not
 * generate).
 */
import type { Resolvers } from "./build-schema.js";

/** All custom resolvers, merged. */
export function customResolvers(): Resolvers {
  return {};
}
