/**
 * The HTTP service: GraphQL at /graphql (Apollo Server on Express), analyst Cypher at /cypher,
 * GraphiQL at /graphiql, and the /healthz and /readyz probes. Every request is bounded: body
 * size, rate, operation shape and cost, transaction time and response size.
 */
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import cors from "cors";
import express from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { GraphQLError, GraphQLSchema, ValidationContext } from "graphql";
import type { Authenticator } from "../auth/tokens.js";
import { createAuthenticator } from "../auth/tokens.js";
import { defaultLimits, type Limits } from "../config/environment.js";
import type { Database } from "../db/database.js";
import { isMigrated } from "../db/migrate.js";
import type { Logger } from "../logger.js";
import { readTypeDefs } from "../graphql/build-schema.js";
import type { RequestContext } from "../graphql/context.js";
import { createContext } from "../graphql/context.js";
import { checkGeneratedFilters, declaredTypeNames, generatedApiRule } from "../graphql/generated-api-guard.js";
import { EXAMPLE_QUERIES } from "./example-queries.js";
import { GRAPHIQL_INIT_FILE, GRAPHIQL_INIT_SCRIPT, graphiqlAssets, graphiqlPage } from "./graphiql-page.js";
import { errorFormatter } from "./graphql-errors.js";
import { checkOperation, readTypeLimits } from "./request-limits.js";
import { cypherHandler } from "./cypher-endpoint.js";
import { mountExplorer } from "./static-app.js";

export interface HttpServiceOptions {
  db: Database;
  schema: GraphQLSchema;
  logger: Logger;
  /** Verifies bearer tokens; without one, no token is accepted and every role is refused. */
  auth?: Authenticator;
  /** Request bounds; each missing one takes its default. */
  limits?: Partial<Limits>;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins?: string[];
  /** Schema introspection (and field suggestions in errors); default true. */
  introspection?: boolean;
  /** Serve GraphiQL at /graphiql; default true. */
  graphiql?: boolean;
  /** Express `trust proxy` setting, for client addresses behind a reverse proxy. */
  trustProxy?: boolean | number | string;
  /** How long a stop waits for requests in flight, in milliseconds (default 30 s). */
  shutdownGraceMs?: number;
}

export interface HttpService {
  server: http.Server;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host: string): Promise<string>;
  /** Stops taking connections and waits for requests in flight, up to the grace period. */
  stop(): Promise<void>;
  /** True once {@link stop} was called. */
  readonly stopping: boolean;
}

const GRAPHQL_PATH = "/graphql";
const CYPHER_PATH = "/cypher";
const ASSET_PATH = "/graphiql/assets";
const READY_CHECK_INTERVAL_MS = 1_000;
const READY_CHECK_TIMEOUT_MS = 2_500;

/** Builds the service; nothing listens until {@link HttpService.listen}. */
export async function createHttpService(options: HttpServiceOptions): Promise<HttpService> {
  const { db, schema, logger } = options;
  const limits: Limits = { ...defaultLimits(), ...options.limits };
  const auth = options.auth ?? createAuthenticator({ kind: "none" });
  const introspection = options.introspection ?? true;
  const typeDefs = readTypeDefs();
  const typeLimits = readTypeLimits(typeDefs);
  let stopping = false;

  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers are POST responses: hashing each body for an ETag is work no client uses.
  app.set("etag", false);
  app.set("trust proxy", options.trustProxy ?? false);
  const server = http.createServer(app);
  // Slow clients may not hold sockets open forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = Math.max(30_000, limits.requestTimeoutMs * 2);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
    // The CLI stops HTTP and then the database, in that order; Apollo must not exit the process first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: errorFormatter(logger),
    validationRules: [
      maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reportTo] }),
      maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: [reportTo] }),
      generatedApiRule(declaredTypeNames(typeDefs)),
    ],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.shutdownGraceMs ?? 30_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in the schema: without the default cache-control plugin, Apollo does not wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(limits, typeLimits),
      unavailableStatusPlugin(),
    ],
  });
  await apollo.start();

  // While stopping, every answer closes its connection, so clients move to another instance.
  app.use((_req, res, next) => {
    if (stopping) res.set("connection", "close");
    next();
  });

  // Security headers everywhere; the policy allows same-origin scripts, styles, fonts and images only.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // GraphiQL's editor sets inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get("/healthz", (_req, res) => {
    res.status(stopping ? 503 : 200).json({ status: stopping ? "stopping" : "ok" });
  });

  // Readiness is checked in the background and answered from the last result, so /readyz answers
  // at once however slow or gone the database is.
  let readiness: "ready" | "database unreachable" | "not migrated" = "database unreachable";
  const checkReadiness = async () => {
    if (!(await db.ping(READY_CHECK_TIMEOUT_MS))) readiness = "database unreachable";
    else readiness = (await isMigrated(db).catch(() => false)) ? "ready" : "not migrated";
  };
  await checkReadiness();
  let checking = false;
  const readinessTimer = setInterval(() => {
    if (checking) return;
    checking = true;
    void checkReadiness().finally(() => (checking = false));
  }, READY_CHECK_INTERVAL_MS);
  readinessTimer.unref();

  app.get("/readyz", (_req, res) => {
    const status = stopping ? "stopping" : readiness;
    res.status(status === "ready" ? 200 : 503).json({ status, database: db.description });
  });

  if (options.graphiql ?? true) {
    const assets = graphiqlAssets();
    const page = graphiqlPage(GRAPHQL_PATH, ASSET_PATH, EXAMPLE_QUERIES);
    app.get(`${ASSET_PATH}/${GRAPHIQL_INIT_FILE}`, (_req, res) => {
      res.type("text/javascript").set("cache-control", "public, max-age=300").send(GRAPHIQL_INIT_SCRIPT);
    });
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
  }
  mountExplorer(app);

  const corsMiddleware = cors({ origin: options.corsOrigins && options.corsOrigins.length > 0 ? options.corsOrigins : false, maxAge: 600 });
  const limiter = rateLimiter(limits.rateLimitPerMinute);
  const json = express.json({ limit: limits.maxBodyBytes });

  app.use(
    GRAPHQL_PATH,
    corsMiddleware,
    limiter,
    json,
    capResponseSize(limits.maxResponseBytes),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext({ db, auth, authorization: req.headers.authorization, timeoutMs: limits.requestTimeoutMs }),
    }),
  );

  app.post(CYPHER_PATH, corsMiddleware, limiter, json, capResponseSize(limits.maxResponseBytes), cypherHandler({ db, auth, limits, logger }));
  app.options(CYPHER_PATH, corsMiddleware);

  // Malformed JSON bodies and oversized requests get a GraphQL-shaped error, not an HTML page.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error }, "HTTP request failed");
    const message =
      error.type === "entity.too.large"
        ? `Request body too large: at most ${limits.maxBodyBytes} bytes are accepted (body size limit)`
        : error.type === "entity.parse.failed"
          ? "Request body is not valid JSON"
          : status >= 500
            ? "Internal server error"
            : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

  return {
    server,
    get stopping() {
      return stopping;
    },
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
      stopping = true;
      clearInterval(readinessTimer);
      // Requests already on the wire get a moment to be read, so that closing idle connections
      // does not reset them; /readyz says 503 meanwhile, so balancers stop sending.
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, options.shutdownGraceMs ?? 30_000)));
      // The drain plugin closes the listener, lets requests in flight finish within the grace
      // period, then closes the connections left.
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function reportTo(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(error);
}

/**
 * Checks depth, breadth, cost, string lengths and pagination values before execution, then the
 * filter values the generated API cannot take.
 */
function limitsPlugin(limits: Limits, typeLimits: ReturnType<typeof readTypeLimits>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          checkOperation(schema, document, operation, request.variables ?? {}, limits, typeLimits);
          checkGeneratedFilters(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}

/** A response whose every error is SERVICE_UNAVAILABLE goes out as 503 with Retry-After. */
function unavailableStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (!errors || errors.length === 0 || response.body.kind !== "single") return;
          const body = response.body.singleResult;
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          if (codes.length > 0 && codes.every((c) => c === "SERVICE_UNAVAILABLE")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", "5");
          }
        },
      };
    },
  };
}

/**
 * Per-client rate limit (by address, behind `trust proxy`), with standard RateLimit headers and
 * Retry-After on refusal. 0 turns it off.
 */
function rateLimiter(perMinute: number): express.RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [{ message: `Too many requests: at most ${perMinute} per minute per client (rate limit); retry after the Retry-After seconds`, extensions: { code: "RATE_LIMITED" } }],
      });
    },
  });
}

/**
 * Refuses to send a response body larger than `maxBytes`: the client gets a 400 naming the limit
 * instead (the operation's cost limit keeps such answers rare).
 */
function capResponseSize(maxBytes: number): express.RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const size = typeof body === "string" ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : 0;
      if (size > maxBytes) {
        res.status(400).type("application/json");
        return send(
          JSON.stringify({
            errors: [{ message: `The response would be ${size} bytes; at most ${maxBytes} are sent (response size limit): ask for fewer items or fields`, extensions: { code: "RESPONSE_TOO_LARGE" } }],
          }),
        );
      }
      return send(body);
    };
    next();
  };
}
