/**
 * The per-request context: the database session settings @neo4j/graphql needs, and who is asking.
 */
import type { Database } from "../db/database.js";
import { verifyBearer, type Caller } from "../web/auth.js";

export interface RequestContext {
  /** Read by @neo4j/graphql: which database its sessions open. */
  sessionConfig?: { database?: string };
  db: Database;
  caller: Caller;
}

export interface ContextInput {
  db: Database;
  jwtSecret?: string;
  authorization?: string;
}

/** Builds the context of one request; a bad token is only an error when a field needs a caller. */
export async function createContext(input: ContextInput): Promise<RequestContext> {
  return {
    sessionConfig: input.db.name ? { database: input.db.name } : {},
    db: input.db,
    caller: await verifyBearer(input.authorization, input.jwtSecret),
  };
}
