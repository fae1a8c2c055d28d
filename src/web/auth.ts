/**
 * Editor tokens: HS256 JWTs signed with `JWT_SECRET` whose `roles` claim lists "editor".
 */
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { GraphQLError } from "graphql";

/** Who made a request. */
export type Caller =
  | { kind: "anonymous" }
  | { kind: "invalid"; reason: string }
  | { kind: "user"; subject: string; roles: string[] };

const ALGORITHM = "HS256";
const ISSUER = "coalition-graph";

/** Reads and verifies an `Authorization: Bearer <jwt>` header. Never throws. */
export async function verifyBearer(header: string | undefined, secret: string | undefined): Promise<Caller> {
  if (!header) return { kind: "anonymous" };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { kind: "invalid", reason: "the Authorization header must be 'Bearer <token>'" };
  if (!secret) return { kind: "invalid", reason: "this server takes no tokens: JWT_SECRET is not configured" };
  try {
    const { payload } = await jwtVerify(match[1]!, new TextEncoder().encode(secret), { algorithms: [ALGORITHM], issuer: ISSUER });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
    return { kind: "user", subject: payload.sub ?? "unknown", roles };
  } catch (error) {
    const reason = error instanceof joseErrors.JWTExpired ? "the token has expired" : "the token is not valid";
    return { kind: "invalid", reason };
  }
}

/**
 * Throws UNAUTHENTICATED or FORBIDDEN unless the caller holds `role`, and always when the server
 * has no secret configured, so a fresh install never takes anonymous writes.
 */
export function requireRole(caller: Caller, role: string, secretConfigured: boolean): void {
  if (!secretConfigured) {
    throw new GraphQLError("Writes are disabled: the server has no JWT_SECRET configured", { extensions: { code: "FORBIDDEN" } });
  }
  if (caller.kind === "anonymous") {
    throw new GraphQLError("This operation needs a bearer token with the editor role", { extensions: { code: "UNAUTHENTICATED" } });
  }
  if (caller.kind === "invalid") {
    throw new GraphQLError(`Authentication failed: ${caller.reason}`, { extensions: { code: "UNAUTHENTICATED" } });
  }
  if (!caller.roles.includes(role)) {
    throw new GraphQLError(`This operation needs the '${role}' role`, { extensions: { code: "FORBIDDEN" } });
  }
}

/** Mints a token for local use (`coalition token`). */
export async function mintToken(secret: string, options: { subject: string; roles: string[]; expiresIn: string }): Promise<string> {
  return new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(options.subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign(new TextEncoder().encode(secret));
}
