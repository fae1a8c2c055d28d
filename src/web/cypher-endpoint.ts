/**
 * `POST /cypher` `{query, params}`: an analyst's own read-only Cypher, answered as JSON rows. Needs
 * a bearer token with the `analyst` role.
 */
import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import { requireRole, type Authenticator } from "../auth/tokens.js";
import { toPlain } from "../coalitions/cypher-runner.js";
import type { Limits } from "../config/environment.js";
import type { Database } from "../db/database.js";
import { runReadOnlyCypher, toCypherValue } from "../db/read-only-cypher.js";
import { translateNeo4jError } from "../db/neo4j-errors.js";
import { DatabaseUnavailableError, InvalidInputError } from "../errors.js";
import type { Logger } from "../logger.js";

export const ANALYST_ROLE = "analyst";

export interface CypherEndpointOptions {
  db: Database;
  auth: Authenticator;
  limits: Limits;
  logger: Logger;
}

function fail(res: Response, status: number, code: string, message: string): void {
  if (status === 503) res.set("retry-after", "5");
  res.status(status).json({ error: { code, message } });
}

/** The Express handler of `POST /cypher`. */
export function cypherHandler(options: CypherEndpointOptions) {
  const { db, auth, limits, logger } = options;
  return async (req: Request, res: Response): Promise<void> => {
    try {
      requireRole(await auth.verify(req.headers.authorization), ANALYST_ROLE, auth.enabled);
    } catch (error) {
      const e = error as GraphQLError;
      const code = String(e.extensions?.code ?? "UNAUTHENTICATED");
      fail(res, code === "FORBIDDEN" ? 403 : 401, code, e.message);
      return;
    }
    const body = req.body as { query?: unknown; params?: unknown } | undefined;
    if (!body || typeof body.query !== "string") {
      fail(res, 400, "BAD_REQUEST", 'the body must be JSON {"query": "<cypher>", "params": {…}}');
      return;
    }
    if (body.params !== undefined && (typeof body.params !== "object" || body.params === null || Array.isArray(body.params))) {
      fail(res, 400, "BAD_REQUEST", "params must be an object of named parameters");
      return;
    }
    const params = toCypherValue(body.params ?? {}) as Record<string, unknown>;
    const began = performance.now();
    try {
      const result = await runReadOnlyCypher(
        db,
        body.query,
        params,
        { maxRows: limits.cypherMaxRows, timeoutMs: limits.cypherTimeoutMs, procedures: limits.cypherProcedures },
        toPlain,
      );
      logger.info({ rows: result.rows.length, truncated: result.truncated, ms: Math.round(performance.now() - began) }, "analyst cypher");
      res.json(result);
    } catch (raw) {
      const error = translateNeo4jError(raw);
      if (error instanceof DatabaseUnavailableError) {
        logger.error({ err: error }, "database unavailable");
        fail(res, 503, "SERVICE_UNAVAILABLE", "The database is unavailable; try again shortly.");
      } else if (error instanceof InvalidInputError) {
        fail(res, 400, "QUERY_REFUSED", error.message);
      } else if (error instanceof Error && /^(TIMEOUT|QUERY_TOO_LARGE)$/.test(String((error as { code?: unknown }).code))) {
        fail(res, 400, String((error as { code?: unknown }).code), error.message);
      } else {
        logger.error({ err: error }, "analyst cypher failed");
        fail(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
      }
    }
  };
}
