import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, QueryTimeoutError, QueryTooLargeError } from "../errors.js";
import { stopRetryOn, translateNeo4jError } from "./neo4j-errors.js";

const driverError = (code: string, message = "from the server") => new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("translateNeo4jError", () => {
  it.each([
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", QueryTimeoutError, /took longer than the database allows/],
    ["Neo.ClientError.Transaction.TransactionTimedOut", QueryTimeoutError, /took longer/],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", QueryTooLargeError, /more memory than one transaction may use/],
    ["ServiceUnavailable", DatabaseUnavailableError, /Neo4j is unreachable/],
    ["SessionExpired", DatabaseUnavailableError, /Neo4j is unreachable/],
    ["Neo.ClientError.Security.Unauthorized", DatabaseUnavailableError, /refused the credentials/],
    ["Neo.TransientError.Transaction.DeadlockDetected", DatabaseUnavailableError, /could not complete the transaction/],
  ])("%s becomes a %p", (code, type, message) => {
    const translated = translateNeo4jError(driverError(code));
    expect(translated).toBeInstanceOf(type);
    expect((translated as Error).message).toMatch(message);
  });

  it("treats the driver's connection-acquisition timeout as an unreachable database", () => {
    const error = driverError("N/A", "Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 0, Idle conn count = 0.");
    expect(translateNeo4jError(error)).toBeInstanceOf(DatabaseUnavailableError);
  });

  it("returns other errors unchanged", () => {
    const syntax = driverError("Neo.ClientError.Statement.SyntaxError", "Invalid input");
    expect(translateNeo4jError(syntax)).toBe(syntax);
    const plain = new Error("not from the driver");
    expect(translateNeo4jError(plain)).toBe(plain);
  });
});

describe("stopRetryOn", () => {
  it("ends the memory cap and timeouts at once and leaves transient errors to the driver's retries", () => {
    expect(stopRetryOn(driverError("Neo.TransientError.General.MemoryPoolOutOfMemoryError"))).toBeInstanceOf(QueryTooLargeError);
    expect(stopRetryOn(driverError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"))).toBeInstanceOf(QueryTimeoutError);
    const deadlock = driverError("Neo.TransientError.Transaction.DeadlockDetected");
    expect(stopRetryOn(deadlock)).toBe(deadlock);
  });
});
