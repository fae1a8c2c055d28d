/**
 * Starts the whole service: database (the local one if no NEO4J_URI, restarted when it dies),
 * migration, seed, GraphQL over HTTP. Used by `coalition serve` (and so `npm start`).
 */
import type { Environment } from "../config/environment.js";
import { createAuthenticator } from "../auth/tokens.js";
import { openDatabase, type Database } from "../db/database.js";
import { migrate } from "../db/migrate.js";
import { buildSchema } from "../graphql/build-schema.js";
import { customResolvers } from "../graphql/resolvers.js";
import { seedIfEmpty } from "../ingest/seed.js";
import { ensureSummaries } from "../ingest/summaries.js";
import type { Logger } from "../logger.js";
import { createHttpService, type HttpService } from "./http-server.js";

export interface RunningService {
  url: string;
  db: Database;
  http: HttpService;
  /** Stops taking connections, lets requests in flight finish (grace period), then closes the database. */
  stop(): Promise<void>;
}

/**
 * @param say one-line progress messages for a person watching the terminal
 */
export async function startService(env: Environment, logger: Logger, say: (line: string) => void): Promise<RunningService> {
  const db = await openDatabase(env.neo4j, {
    onProgress: say,
    connectTimeoutMs: env.dbConnectTimeoutMs,
    queryTimeoutMs: env.limits.requestTimeoutMs,
    onLocalEvent: (event) => {
      const log = event.kind === "restarted" ? logger.info.bind(logger) : logger.warn.bind(logger);
      log({ event: event.kind, detail: event.detail }, `local Neo4j ${event.kind}`);
    },
  });
  try {
    say(`connected to ${db.description}`);
    const migration = await migrate(db);
    say(
      migration.referenceLoaded
        ? `migrated: constraints, indexes, ${migration.countries} countries, ${migration.organizations} organizations`
        : "migrated: schema and reference data already current",
    );
    const summaries = await ensureSummaries(db, (done, total, unit) => say(`summaries: ${done} of ${total} ${unit}`));
    if (summaries.count > 0) say(`summaries ${summaries.action} (${summaries.count} ${summaries.unit})`);
    if (env.seedOnEmpty) {
      const seeded = await seedIfEmpty(db);
      if (seeded) say(`loaded the seed article "${seeded.title}": ${seeded.entities} entities, ${seeded.claims} claims`);
    }
    const counts = await db.read(async (tx) => {
      const result = await tx.run(
        "CALL () { MATCH (a:Article) RETURN count(a) AS articles } CALL () { MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN count(r) AS claims } RETURN articles, claims",
      );
      const record = result.records[0]!;
      return { articles: Number(record.get("articles")), claims: Number(record.get("claims")) };
    });
    say(`graph holds ${counts.articles} article(s) and ${counts.claims} claim(s)`);
    const auth = createAuthenticator(env.auth);
    const schema = await buildSchema({
      db,
      resolvers: customResolvers({ writesEnabled: auth.enabled, extractTimeoutMs: env.limits.ingestExtractTimeoutMs, maxClaims: env.limits.ingestMaxClaims }),
    });
    const http = await createHttpService({
      db,
      schema,
      logger,
      auth,
      limits: env.limits,
      corsOrigins: env.corsOrigins,
      introspection: env.introspection,
      graphiql: env.graphiql,
      trustProxy: env.trustProxy,
      shutdownGraceMs: env.shutdownGraceMs,
    });
    const url = await http.listen(env.http.port, env.http.host);
    return {
      url,
      db,
      http,
      async stop() {
        try {
          await http.stop();
        } finally {
          await db.close();
        }
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
