/**
 * Real failures of the test Neo4j, through the service's own translation: a transaction timeout,
 * the per-transaction memory cap, an unreachable server; and how they leave the GraphQL API.
 */
import neo4j from "neo4j-driver";
import { openDatabase } from "../src/db/database.js";
import { DatabaseUnavailableError, QueryTimeoutError, QueryTooLargeError } from "../src/errors.js";
import { translateNeo4jError } from "../src/db/neo4j-errors.js";
import { errorFormatter } from "../src/web/graphql-errors.js";
import { createLogger } from "../src/logger.js";
import { openTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const format = errorFormatter(createLogger("silent"));

describe("database errors, provoked for real", () => {
  it("a transaction over its timeout is a QueryTimeoutError, TIMEOUT to GraphQL clients", async () => {
    const session = t.db.driver.session({ database: t.db.name, defaultAccessMode: neo4j.session.READ });
    const error = await session
      .executeRead((tx) => tx.run("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)"), { timeout: 300 })
      .then(() => undefined, (e: unknown) => e)
      .finally(() => session.close());
    const translated = translateNeo4jError(error);
    expect(translated).toBeInstanceOf(QueryTimeoutError);
    expect(format({ message: "x" }, translated)).toMatchObject({ extensions: { code: "TIMEOUT" }, message: expect.stringMatching(/took longer/) });
  });

  it("a query over the transaction memory cap is a QueryTooLargeError at once (not retried), QUERY_TOO_LARGE to clients", async () => {
    const error = await t.db
      .read((tx) => tx.run("UNWIND range(1, 40000000) AS x RETURN size(collect(toString(x) + 'padding-padding-padding')) AS n"))
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTooLargeError);
    expect(format({ message: "x" }, error)).toMatchObject({ extensions: { code: "QUERY_TOO_LARGE" } });
  });

  it("a raw driver error from a generated field is translated too", async () => {
    const session = t.db.driver.session({ database: t.db.name });
    const error = await session
      .run("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)", {}, { timeout: 300 })
      .then(() => undefined, (e: unknown) => e)
      .finally(() => session.close());
    expect(error).toBeInstanceOf(neo4j.Neo4jError);
    expect(format({ message: "x" }, error)).toMatchObject({ extensions: { code: "TIMEOUT" } });
  });

  it("an unreachable database is a DatabaseUnavailableError, SERVICE_UNAVAILABLE to clients", async () => {
    const error = await openDatabase(
      { kind: "remote", uri: "bolt://127.0.0.1:9", username: "neo4j", password: "unused-password" },
      { timeouts: { connection: 2000, connectionAcquisition: 2000, maxTransactionRetry: 0 } },
    ).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(format({ message: "x" }, error)).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
  });
});
