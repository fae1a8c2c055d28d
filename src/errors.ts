/**
 * The few errors the service raises on purpose. Everything else is a bug and is reported as an
 * internal error. Neo4j errors are translated into these once, in `db/neo4j-errors.ts`.
 */

/** Input that cannot be accepted as it is: a bad file, a bad argument. Nothing was written. */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
  /** Each problem found, as a one-line message with its location. */
  readonly problems: readonly string[];

  constructor(message: string, problems: readonly string[] = []) {
    super(problems.length > 0 ? `${message}:\n  - ${problems.join("\n  - ")}` : message);
    this.problems = problems;
  }
}

/** A name (candidate, post, actor) that matches nothing in the graph. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  /** The closest known names, best first. */
  readonly suggestions: readonly string[];

  constructor(message: string, suggestions: readonly string[] = []) {
    super(suggestions.length > 0 ? `${message}. Did you mean: ${suggestions.join(", ")}?` : message);
    this.suggestions = suggestions;
  }
}

/** The database could not be reached, or refused the credentials. */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

/** A query ran longer than the database allows (its transaction timeout) and was stopped. Nothing was written. */
export class QueryTimeoutError extends Error {
  override readonly name = "QueryTimeoutError";
}

/** A query needed more memory than one transaction may use, and was stopped. Nothing was written. */
export class QueryTooLargeError extends Error {
  override readonly name = "QueryTooLargeError";
}

/** Configuration that cannot work: every problem is listed, none is guessed around. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
