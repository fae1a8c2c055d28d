/**
 * Who is asking: bearer JWTs verified with an HS256 secret (`JWT_SECRET`) or an identity
 * provider's key set (`JWKS_URL`, RS256/ES256). Tokens must expire (`exp`), may not live longer
 * than a configured maximum, and carry their roles in a `roles` claim.
 */
import { SignJWT, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { GraphQLError } from "graphql";
import type { AuthConfig } from "../config/environment.js";

/** Roles the service knows: editors write (ingestArticle), analysts run their own Cypher. */
export const ROLES = ["editor", "analyst"] as const;
export type Role = (typeof ROLES)[number];

/** Who made a request. */
export type Caller =
  | { kind: "anonymous" }
  | { kind: "invalid"; reason: string }
  | { kind: "user"; subject: string; roles: string[] };

/** The issuer `coalition token` writes, and the one checked by default with `JWT_SECRET`. */
export const LOCAL_ISSUER = "coalition-graph";
const SECRET_ALGORITHMS = ["HS256"];
const KEY_SET_ALGORITHMS = ["RS256", "ES256"];

/** Verifies bearer headers according to the configuration. */
export interface Authenticator {
  /** False when no secret or key set is configured: every role-protected operation is refused. */
  readonly enabled: boolean;
  /** Reads need a valid token too (`REQUIRE_AUTH_FOR_READS=true`). */
  readonly requireForReads: boolean;
  /** Reads and verifies an `Authorization: Bearer <jwt>` header. Never throws. */
  verify(header: string | undefined): Promise<Caller>;
}

/** Builds the {@link Authenticator} for `config`. */
export function createAuthenticator(config: AuthConfig): Authenticator {
  if (config.kind === "none") {
    return {
      enabled: false,
      requireForReads: false,
      async verify(header) {
        return header ? { kind: "invalid", reason: "this server takes no tokens: neither JWT_SECRET nor JWKS_URL is configured" } : { kind: "anonymous" };
      },
    };
  }
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === "secret" ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.url), { timeoutDuration: 3_000 });
  const algorithms = config.kind === "secret" ? SECRET_ALGORITHMS : KEY_SET_ALGORITHMS;
  const issuer = config.issuer ?? (config.kind === "secret" ? LOCAL_ISSUER : undefined);
  return {
    enabled: true,
    requireForReads: config.requireForReads,
    async verify(header) {
      if (!header) return { kind: "anonymous" };
      const match = /^Bearer\s+(\S{1,8192})$/i.exec(header.trim());
      if (!match) return { kind: "invalid", reason: "the Authorization header must be 'Bearer <token>'" };
      try {
        const options = { algorithms, issuer, audience: config.audience, requiredClaims: ["exp"] };
        const { payload } =
          typeof key === "function" ? await jwtVerify(match[1]!, key, options) : await jwtVerify(match[1]!, key, options);
        const tooLong = lifetimeProblem(payload, config.maxLifetimeSeconds);
        if (tooLong) return { kind: "invalid", reason: tooLong };
        const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
        return { kind: "user", subject: payload.sub ?? "unknown", roles };
      } catch (error) {
        return { kind: "invalid", reason: reasonOf(error) };
      }
    },
  };
}

/** A token may not be valid for longer than the maximum lifetime, counted from `iat` (or now). */
function lifetimeProblem(payload: JWTPayload, maxLifetimeSeconds: number): string | undefined {
  const start = typeof payload.iat === "number" ? payload.iat : Math.floor(Date.now() / 1000);
  if (typeof payload.exp === "number" && payload.exp - start > maxLifetimeSeconds) {
    return `the token lives longer than the ${maxLifetimeSeconds} s this server accepts`;
  }
  return undefined;
}

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "exp") return "the token has no expiry (exp)";
    if (error.claim === "iss") return "the token's issuer is not accepted";
    if (error.claim === "aud") return "the token's audience is not accepted";
  }
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return "the identity provider's key set is unavailable";
  return "the token is not valid";
}

/**
 * Throws UNAUTHENTICATED (401) or FORBIDDEN (403) unless the caller holds `role`, and always when
 * the server verifies no tokens, so a fresh install never takes anonymous writes.
 */
export function requireRole(caller: Caller, role: Role, authEnabled: boolean): void {
  if (!authEnabled) {
    throw new GraphQLError(`This operation needs the '${role}' role, and the server verifies no tokens: set JWT_SECRET or JWKS_URL`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  if (caller.kind === "anonymous") {
    throw new GraphQLError(`This operation needs a bearer token with the '${role}' role`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  if (caller.kind === "invalid") {
    throw new GraphQLError(`Authentication failed: ${caller.reason}`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  if (!caller.roles.includes(role)) {
    throw new GraphQLError(`This operation needs the '${role}' role`, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
  }
}

/** Throws UNAUTHENTICATED unless reads are public or the caller has a valid token. */
export function requireReader(caller: Caller, auth: Pick<Authenticator, "requireForReads">): void {
  if (!auth.requireForReads || caller.kind === "user") return;
  const reason = caller.kind === "invalid" ? `: ${caller.reason}` : "";
  throw new GraphQLError(`This server needs a bearer token for reads${reason}`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** Mints an HS256 token for local use (`coalition token`). */
export async function mintToken(
  secret: string,
  options: { subject: string; roles: string[]; expiresIn: string; issuer?: string; audience?: string },
): Promise<string> {
  const jwt = new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject)
    .setIssuer(options.issuer ?? LOCAL_ISSUER)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
