/**
 * The service's configuration, read from the environment (and `.env`) once, validated as a whole:
 * every problem is reported together, and no secret has a default.
 */
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "../errors.js";
import { PROJECT_ROOT } from "../project-path.js";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const port = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(fallback));
const count = (fallback: number, min = 1, max = 1_000_000_000) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const flag = (fallback: boolean) => z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default(fallback ? "true" : "false"));
const list = z.preprocess(emptyAsUndefined, z.string().optional());

const EnvironmentSchema = z
  .object({
    NEO4J_URI: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, "must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI")
        .optional(),
    ),
    NEO4J_USERNAME: optionalString,
    NEO4J_PASSWORD: optionalString,
    NEO4J_DATABASE: optionalString,
    NEO4J_LOCAL_PORT: port(7687),
    NEO4J_LOCAL_DATA: optionalString,
    NEO4J_LOCAL_HEAP: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+[mMgG]$/, "must look like 512m or 2g").default("1g")),
    HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
    PORT: port(4000),
    JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
    JWKS_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    JWT_ISSUER: optionalString,
    JWT_AUDIENCE: optionalString,
    JWT_MAX_LIFETIME_SECONDS: count(24 * 3600, 60),
    REQUIRE_AUTH_FOR_READS: flag(false),
    MAX_QUERY_COST: count(250_000),
    MAX_QUERY_DEPTH: count(12),
    MAX_QUERY_BREADTH: count(60),
    MAX_ALIASES: count(15, 0),
    MAX_DIRECTIVES: count(20, 0),
    MAX_TOKENS: count(4000, 100),
    MAX_NAME_LENGTH: count(200, 10, 100_000),
    MAX_BODY_BYTES: count(4 * 1024 * 1024, 1024),
    MAX_RESPONSE_BYTES: count(8 * 1024 * 1024, 1024),
    REQUEST_TIMEOUT_MS: count(15_000, 100),
    DB_CONNECT_TIMEOUT_MS: count(3_000, 100),
    SHUTDOWN_GRACE_MS: count(30_000, 0),
    RATE_LIMIT_PER_MINUTE: count(300, 0),
    TRUST_PROXY: z.preprocess(emptyAsUndefined, z.string().regex(/^(true|false|\d+|[\w.:/, ]+)$/, "true, false, a hop count or a list of addresses").default("false")),
    CORS_ORIGINS: list,
    INTROSPECTION: flag(true),
    GRAPHIQL: flag(true),
    CYPHER_MAX_ROWS: count(1000),
    CYPHER_TIMEOUT_MS: count(10_000, 100),
    CYPHER_PROCEDURES: list,
    INGEST_EXTRACT_TIMEOUT_MS: count(30_000, 100),
    INGEST_MAX_CLAIMS: count(1_000),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
    SEED_ON_EMPTY: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),
    PLAN_QUESTIONS_AT_START: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USERNAME || !env.NEO4J_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "NEO4J_USERNAME and NEO4J_PASSWORD are required when NEO4J_URI is set",
      });
    }
    if (env.JWT_SECRET && env.JWKS_URL) {
      ctx.addIssue({ code: "custom", path: ["JWKS_URL"], message: "set either JWT_SECRET (HS256) or JWKS_URL (RS256/ES256), not both" });
    }
    if (!env.NEO4J_URI && (env.NEO4J_USERNAME || env.NEO4J_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_URI"],
        message: "NEO4J_USERNAME/NEO4J_PASSWORD are set but NEO4J_URI is not: set NEO4J_URI too, or unset both to use the local Neo4j",
      });
    }
  });

/** Where the database is: a server the user named, or the project's own local Neo4j. */
export type Neo4jTarget =
  | { kind: "remote"; uri: string; username: string; password: string; database?: string }
  | { kind: "local"; port: number; dataDir: string; heap: string; database?: string };

/** How callers prove who they are: an HS256 secret or an identity provider's key set. */
export type AuthConfig =
  | { kind: "none" }
  | { kind: "secret"; secret: string; issuer?: string; audience?: string; maxLifetimeSeconds: number; requireForReads: boolean }
  | { kind: "jwks"; url: string; issuer?: string; audience?: string; maxLifetimeSeconds: number; requireForReads: boolean };

/** Bounds on the work one request may ask for; see README "Security and operations". */
export interface Limits {
  maxCost: number;
  maxDepth: number;
  maxBreadth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxNameLength: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  requestTimeoutMs: number;
  rateLimitPerMinute: number;
  cypherMaxRows: number;
  cypherTimeoutMs: number;
  /** Procedures an analyst query may call (exact names, or prefixes ending in "."). */
  cypherProcedures: string[];
  ingestExtractTimeoutMs: number;
  /** Most claims one article may yield through `ingestArticle`. */
  ingestMaxClaims: number;
}

/** Default procedure allowlist for analyst Cypher: read-only introspection and APOC helpers. */
export const DEFAULT_CYPHER_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "apoc.meta.schema",
  "apoc.meta.stats",
  "apoc.path.expand",
  "apoc.path.expandConfig",
  "apoc.path.subgraphNodes",
  "apoc.path.spanningTree",
];

export interface Environment {
  neo4j: Neo4jTarget;
  http: { host: string; port: number };
  /** HS256 secret for editor tokens; undefined means every write through GraphQL is refused. */
  jwtSecret?: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Load the seed article when the graph holds no article yet. */
  seedOnEmpty: boolean;
  /** `serve` has Neo4j plan the coalition questions in the background once it listens. */
  planQuestionsAtStart: boolean;
  auth: AuthConfig;
  limits: Limits;
  /** Connection acquisition and connect timeout of the driver, in milliseconds. */
  dbConnectTimeoutMs: number;
  /** How long SIGTERM waits for requests in flight. */
  shutdownGraceMs: number;
  /** Express `trust proxy`: false, true, a hop count or addresses. */
  trustProxy: boolean | number | string;
  /** Origins allowed by CORS; empty means same-origin only. */
  corsOrigins: string[];
  introspection: boolean;
  graphiql: boolean;
}

/**
 * Parses an environment (by default `process.env`) into an {@link Environment}.
 *
 * @throws ConfigError listing every invalid variable
 */
export function parseEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const result = EnvironmentSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(environment)"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const neo4j: Neo4jTarget = env.NEO4J_URI
    ? {
        kind: "remote",
        uri: env.NEO4J_URI,
        username: env.NEO4J_USERNAME!,
        password: env.NEO4J_PASSWORD!,
        database: env.NEO4J_DATABASE,
      }
    : {
        kind: "local",
        port: env.NEO4J_LOCAL_PORT,
        dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DATA ?? ".neo4j/data"),
        heap: env.NEO4J_LOCAL_HEAP,
        database: env.NEO4J_DATABASE,
      };
  return {
    neo4j,
    http: { host: env.HOST, port: env.PORT },
    jwtSecret: env.JWT_SECRET,
    logLevel: env.LOG_LEVEL,
    seedOnEmpty: env.SEED_ON_EMPTY === "true",
    planQuestionsAtStart: env.PLAN_QUESTIONS_AT_START === "true",
    auth: authConfig(env),
    limits: {
      maxCost: env.MAX_QUERY_COST,
      maxDepth: env.MAX_QUERY_DEPTH,
      maxBreadth: env.MAX_QUERY_BREADTH,
      maxAliases: env.MAX_ALIASES,
      maxDirectives: env.MAX_DIRECTIVES,
      maxTokens: env.MAX_TOKENS,
      maxNameLength: env.MAX_NAME_LENGTH,
      maxBodyBytes: env.MAX_BODY_BYTES,
      maxResponseBytes: env.MAX_RESPONSE_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      cypherMaxRows: env.CYPHER_MAX_ROWS,
      cypherTimeoutMs: env.CYPHER_TIMEOUT_MS,
      cypherProcedures: env.CYPHER_PROCEDURES ? splitList(env.CYPHER_PROCEDURES) : DEFAULT_CYPHER_PROCEDURES,
      ingestExtractTimeoutMs: env.INGEST_EXTRACT_TIMEOUT_MS,
      ingestMaxClaims: env.INGEST_MAX_CLAIMS,
    },
    dbConnectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    trustProxy: env.TRUST_PROXY === "true" ? true : env.TRUST_PROXY === "false" ? false : /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY,
    corsOrigins: env.CORS_ORIGINS ? splitList(env.CORS_ORIGINS) : [],
    introspection: env.INTROSPECTION === "true",
    graphiql: env.GRAPHIQL === "true",
  };
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

function authConfig(env: z.infer<typeof EnvironmentSchema>): AuthConfig {
  const common = {
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    maxLifetimeSeconds: env.JWT_MAX_LIFETIME_SECONDS,
    requireForReads: env.REQUIRE_AUTH_FOR_READS === "true",
  };
  if (env.JWT_SECRET) return { kind: "secret", secret: env.JWT_SECRET, ...common };
  if (env.JWKS_URL) return { kind: "jwks", url: env.JWKS_URL, ...common };
  return { kind: "none" };
}

/** The limits with every default, for code and tests that build a service without an environment. */
export function defaultLimits(): Limits {
  return parseEnvironment({}).limits;
}
