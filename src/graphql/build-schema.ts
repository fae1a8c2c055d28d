/**
 * The GraphQL schema: `schema.graphql` turned into resolvers by @neo4j/graphql, plus the
 * hand-written resolvers of the custom Query and Mutation fields it declares.
 */
import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/database.js";
import { projectPath } from "../project-path.js";

/** Resolvers in the form @neo4j/graphql accepts. */
export type Resolvers = NonNullable<ConstructorParameters<typeof Neo4jGraphQL>[0]["resolvers"]>;

export const SCHEMA_PATH = projectPath("schema.graphql");

/** The type definitions as written in `schema.graphql`. */
export function readTypeDefs(): string {
  return readFileSync(SCHEMA_PATH, "utf8");
}

export interface BuildSchemaOptions {
  db: Database;
  /** Resolvers for the custom fields declared in `schema.graphql`. */
  resolvers?: Resolvers;
}

/**
 * Builds the executable schema. Queries run in read transactions, so a cluster routes them to
 * followers.
 */
export async function buildSchema(options: BuildSchemaOptions): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver: options.db.driver,
    resolvers: options.resolvers ?? {},
    validate: true,
  });
  return neoSchema.getSchema();
}
