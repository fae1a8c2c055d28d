/**
 * The one place where driver errors become the service's own errors.
 */
import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, QueryTimeoutError, QueryTooLargeError } from "../errors.js";

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.AuthenticationRateLimit"]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockAcquisitionTimeout",
]);
const TOO_LARGE = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.OutOfMemoryError",
]);

/**
 * Maps a driver error to the service's error for it: {@link DatabaseUnavailableError} (cannot
 * reach the database, bad credentials, a transient failure the driver already retried),
 * {@link QueryTimeoutError} or {@link QueryTooLargeError}. Other errors are returned unchanged.
 */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? "";
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new DatabaseUnavailableError("Neo4j refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD");
  }
  if (TIMED_OUT.has(code) || code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return new QueryTimeoutError("the query took longer than the database allows and was stopped; narrow it down (fewer hops, a smaller limit)");
  }
  if (TOO_LARGE.has(code)) {
    return new QueryTooLargeError("the query needed more memory than one transaction may use and was stopped; narrow it down (a smaller limit, a shorter period)");
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new DatabaseUnavailableError(`${error.message}: check NEO4J_DATABASE`);
  }
  if (UNAVAILABLE.has(code) || /connection acquisition timed out/i.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j is unreachable: ${error.message}`);
  }
  // The retryable flag is a property: the driver's isRetriableError must not be called detached.
  if (error.retryable) {
    return new DatabaseUnavailableError(`Neo4j could not complete the transaction (${code}): ${error.message}`);
  }
  return error;
}

/**
 * For use inside a transaction function: turns the errors a retry cannot fix (the memory cap, a
 * timeout) into the service's errors, which the driver does not retry. Other errors are returned
 * unchanged, so transient ones (deadlocks, a leader switch) are still retried.
 */
export function stopRetryOn(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const translated = translateNeo4jError(error);
  return translated instanceof QueryTimeoutError || translated instanceof QueryTooLargeError ? translated : error;
}
