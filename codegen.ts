/**
 * Typed operations for the explorer (and a template for any client of this API): the API's
 * schema, as the service serves it, plus the app's `.graphql` documents give one TypeScript type
 * per operation. `npm run codegen` prints the schema and runs this; `npm run typecheck` runs it
 * first, so a schema change that breaks a document fails the type check.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  // Printed by web/codegen/print-api-schema.mjs from schema.graphql through @neo4j/graphql.
  schema: "web/api-schema.graphql",
  documents: ["web/src/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings: the app needs no GraphQL runtime to send them.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { Date: "string", Day: "string", DateTime: "string", BigInt: "string" },
      },
    },
  },
};

export default config;
