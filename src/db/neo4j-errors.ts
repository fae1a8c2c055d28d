/**
 * The one place where driver errors become the service's own errors.
 */
import { Neo4jError, isRetriableError } from "neo4j-driver";
import { DatabaseUnavailableError, InvalidInputError } from "../errors.js";

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.AuthenticationRateLimit"]);

/**
 * Maps a driver error to a {@link DatabaseUnavailableError} or {@link InvalidInputError} where one
 * fits; other errors are returned unchanged.
 */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === "Neo.ClientError.Security.Unauthorized") {
    return new DatabaseUnavailableError("Neo4j refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD");
  }
  if (UNAVAILABLE.has(error.code) || isRetriableError(error)) {
    return new DatabaseUnavailableError(`Neo4j is unreachable: ${error.message}`);
  }
  if (error.code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new DatabaseUnavailableError(`${error.message}: check NEO4J_DATABASE`);
  }
  if (error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return new InvalidInputError("the query took too long and was stopped; narrow it down (fewer hops, a smaller limit)");
  }
  if (error.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError") {
    return new InvalidInputError("the query needed more memory than one transaction may use; narrow it down");
  }
  return error;
}
