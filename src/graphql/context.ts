/**
 * The per-request context: the database session and transaction settings @neo4j/graphql needs,
 * and who is asking.
 */
import type { Database } from "../db/database.js";
import { requireReader, type Authenticator, type Caller } from "../auth/tokens.js";

export interface RequestContext {
  /** Read by @neo4j/graphql: which database its sessions open. */
  sessionConfig?: { database?: string };
  /** Read by @neo4j/graphql: the transaction timeout, so the server ends a query past the deadline. */
  transaction?: { timeout: number; metadata?: Record<string, unknown> };
  db: Database;
  caller: Caller;
  /** Whether tokens are verified at all; role-protected fields refuse every call otherwise. */
  authEnabled: boolean;
  /** Transaction timeout of this request, in milliseconds. */
  timeoutMs: number;
}

export interface ContextInput {
  db: Database;
  auth: Authenticator;
  authorization?: string;
  /** Per-request deadline, in milliseconds (the database's default when absent). */
  timeoutMs?: number;
}

/**
 * Builds the context of one request; a bad token is only an error when a field needs a caller,
 * or when reads need a token.
 *
 * @throws GraphQLError UNAUTHENTICATED when reads need a token and the caller has none valid
 */
export async function createContext(input: ContextInput): Promise<RequestContext> {
  const caller = await input.auth.verify(input.authorization);
  requireReader(caller, input.auth);
  const timeoutMs = input.timeoutMs ?? input.db.queryTimeoutMs;
  return {
    sessionConfig: input.db.name ? { database: input.db.name } : {},
    transaction: { timeout: timeoutMs, metadata: { app: "coalition-graph" } },
    db: input.db,
    caller,
    authEnabled: input.auth.enabled,
    timeoutMs,
  };
}
