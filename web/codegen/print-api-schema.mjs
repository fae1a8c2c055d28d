/**
 * Prints the API's whole schema (schema.graphql as @neo4j/graphql serves it, generated queries
 * included) to web/api-schema.graphql, the schema the typed operations are generated from.
 * No database is needed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { lexicographicSortSchema, printSchema } from "graphql";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const typeDefs = readFileSync(path.join(root, "schema.graphql"), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, validate: true }).getSchema();
const target = path.join(root, "web", "api-schema.graphql");
writeFileSync(target, `# Generated from schema.graphql by web/codegen/print-api-schema.mjs: do not edit.\n${printSchema(lexicographicSortSchema(schema))}\n`);
