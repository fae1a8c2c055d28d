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
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
    SEED_ON_EMPTY: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USERNAME || !env.NEO4J_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "NEO4J_USERNAME and NEO4J_PASSWORD are required when NEO4J_URI is set",
      });
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

export interface Environment {
  neo4j: Neo4jTarget;
  http: { host: string; port: number };
  /** HS256 secret for editor tokens; undefined means every write through GraphQL is refused. */
  jwtSecret?: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Load the seed article when the graph holds no article yet. */
  seedOnEmpty: boolean;
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
  };
}
