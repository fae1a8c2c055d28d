/**
 * How errors leave the API: the service's own errors with a code and their details, anything
 * else as an opaque internal error (logged in full, never shown).
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { DatabaseUnavailableError, InvalidInputError, NotFoundError, QueryTimeoutError, QueryTooLargeError } from "../errors.js";
import type { Logger } from "../logger.js";
import { translateNeo4jError } from "../db/neo4j-errors.js";

/** Builds Apollo's `formatError` hook. */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Errors of generated fields come straight from the driver: translate them here too.
    const original = translateNeo4jError(unwrapResolverError(error));
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof InvalidInputError) {
      return { ...base, message: original.message, extensions: { code: "BAD_USER_INPUT", problems: original.problems } };
    }
    if (original instanceof NotFoundError) {
      return { ...base, message: original.message, extensions: { code: "NOT_FOUND", suggestions: original.suggestions } };
    }
    if (original instanceof QueryTimeoutError) {
      return { ...base, message: original.message, extensions: { code: "TIMEOUT" } };
    }
    if (original instanceof QueryTooLargeError) {
      return { ...base, message: original.message, extensions: { code: "QUERY_TOO_LARGE" } };
    }
    if (original instanceof DatabaseUnavailableError) {
      logger.error({ err: original }, "database unavailable");
      return { ...base, message: "The database is unavailable; try again shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    // Typed errors that carry their own code (TIMEOUT, QUERY_TOO_LARGE …) keep it.
    const ownCode = original instanceof Error ? (original as { code?: unknown }).code : undefined;
    if (typeof ownCode === "string" && /^[A-Z][A-Z_]+$/.test(ownCode)) {
      if (ownCode === "SERVICE_UNAVAILABLE") logger.error({ err: original }, "database unavailable");
      return { ...base, message: original instanceof Error ? original.message : formatted.message, extensions: { code: ownCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
    logger.error({ err: original }, "internal error in a GraphQL request");
    return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
