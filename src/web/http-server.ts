/**
 * The HTTP service: GraphQL at /graphql (Apollo Server on Express), GraphiQL at /graphiql, and the
 * /healthz and /readyz probes.
 */
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/database.js";
import { isMigrated } from "../db/migrate.js";
import type { Logger } from "../logger.js";
import { EXAMPLE_QUERIES } from "./example-queries.js";
import { graphiqlAssets, graphiqlPage } from "./graphiql-page.js";
import { errorFormatter } from "./graphql-errors.js";
import { depthLimit } from "./depth-limit.js";
import { mountExplorer } from "./static-app.js";
import type { RequestContext } from "../graphql/context.js";
import { createContext } from "../graphql/context.js";

export interface HttpServiceOptions {
  db: Database;
  schema: GraphQLSchema;
  logger: Logger;
  /** HS256 secret for editor tokens; without it every write is refused. */
  jwtSecret?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Deepest selection accepted. */
  maxDepth?: number;
}

export interface HttpService {
  server: http.Server;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host: string): Promise<string>;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = "/graphql";
const ASSET_PATH = "/graphiql/assets";

/** Builds the service; nothing listens until {@link HttpService.listen}. */
export async function createHttpService(options: HttpServiceOptions): Promise<HttpService> {
  const { db, schema, logger } = options;
  const app = express();
  app.disable("x-powered-by");
  const server = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    // The CLI stops HTTP and then the database, in that order; Apollo must not exit the process first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: errorFormatter(logger),
    validationRules: [depthLimit(options.maxDepth ?? 12)],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      const migrated = await isMigrated(db);
      res.status(migrated ? 200 : 503).json({ status: migrated ? "ready" : "not migrated", database: db.description });
    } catch (error) {
      res.status(503).json({ status: "database unreachable", error: (error as Error).message });
    }
  });

  const assets = graphiqlAssets();
  const page = graphiqlPage(GRAPHQL_PATH, ASSET_PATH, EXAMPLE_QUERIES);
  app.get(`${ASSET_PATH}/:file`, (req, res) => {
    const file = assets[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
  app.get("/graphiql", (_req, res) => {
    res.type("html").send(page);
  });
  mountExplorer(app);

  app.use(
    GRAPHQL_PATH,
    express.json({ limit: options.maxBodyBytes ?? 4 * 1024 * 1024 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext({ db, jwtSecret: options.jwtSecret, authorization: req.headers.authorization }),
    }),
  );

  // Malformed JSON bodies and oversized requests get a GraphQL-shaped error, not an HTML page.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error }, "HTTP request failed");
    const message =
      error.type === "entity.too.large"
        ? "Request body too large"
        : error.type === "entity.parse.failed"
          ? "Request body is not valid JSON"
          : status >= 500
            ? "Internal server error"
            : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          const actualPort = typeof address === "object" && address ? address.port : port;
          resolve(`http://${host.includes(":") ? `[${host}]` : host}:${actualPort}${GRAPHQL_PATH}`);
        });
      });
    },
    async stop() {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
