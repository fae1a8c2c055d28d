import { GraphQLError } from "graphql";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { createAuthenticator, mintToken, requireReader, requireRole } from "./tokens.js";

const secret = "s".repeat(40);
const base = { maxLifetimeSeconds: 24 * 3600, requireForReads: false };
const auth = createAuthenticator({ kind: "secret", secret, ...base });

const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return "none";
};

describe("bearer tokens", () => {
  it("accepts a token minted with the secret and reads its roles", async () => {
    const token = await mintToken(secret, { subject: "ana", roles: ["editor"], expiresIn: "1h" });
    const caller = await auth.verify(`Bearer ${token}`);
    expect(caller).toEqual({ kind: "user", subject: "ana", roles: ["editor"] });
    expect(() => requireRole(caller, "editor", true)).not.toThrow();
    expect(codeOf(() => requireRole(caller, "analyst", true))).toBe("FORBIDDEN");
  });

  it("rejects a token signed with another secret, an expired one, one with no exp and one that lives too long", async () => {
    const other = await mintToken("o".repeat(40), { subject: "eve", roles: ["editor"], expiresIn: "1h" });
    expect(await auth.verify(`Bearer ${other}`)).toEqual({ kind: "invalid", reason: "the token is not valid" });
    const expired = await mintToken(secret, { subject: "ana", roles: ["editor"], expiresIn: "-1m" });
    expect(await auth.verify(`Bearer ${expired}`)).toEqual({ kind: "invalid", reason: "the token has expired" });
    const key = new TextEncoder().encode(secret);
    const noExp = await new SignJWT({ roles: ["editor"] }).setProtectedHeader({ alg: "HS256" }).setIssuer("coalition-graph").setIssuedAt().sign(key);
    expect(await auth.verify(`Bearer ${noExp}`)).toEqual({ kind: "invalid", reason: "the token has no expiry (exp)" });
    const long = await mintToken(secret, { subject: "ana", roles: ["editor"], expiresIn: "30d" });
    expect(await auth.verify(`Bearer ${long}`)).toMatchObject({ kind: "invalid", reason: expect.stringContaining("lives longer") });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"roles":["editor"],"exp":9999999999}').toString("base64url")}.`;
    expect(await auth.verify(`Bearer ${unsigned}`)).toMatchObject({ kind: "invalid" });
  });

  it("checks issuer and audience when configured", async () => {
    const strict = createAuthenticator({ kind: "secret", secret, issuer: "idp", audience: "coalition", ...base });
    const right = await mintToken(secret, { subject: "a", roles: ["analyst"], expiresIn: "1h", issuer: "idp", audience: "coalition" });
    const wrongAudience = await mintToken(secret, { subject: "a", roles: ["analyst"], expiresIn: "1h", issuer: "idp", audience: "other" });
    expect(await strict.verify(`Bearer ${right}`)).toMatchObject({ kind: "user", roles: ["analyst"] });
    expect(await strict.verify(`Bearer ${wrongAudience}`)).toEqual({ kind: "invalid", reason: "the token's audience is not accepted" });
  });

  it("verifies RS256 tokens against a key set", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const http = await import("node:http");
    const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks.json`;
      const keyed = createAuthenticator({ kind: "jwks", url, ...base });
      const token = await new SignJWT({ roles: ["editor"] })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setSubject("idp-user")
        .setIssuedAt()
        .setExpirationTime("10m")
        .sign(privateKey);
      expect(await keyed.verify(`Bearer ${token}`)).toEqual({ kind: "user", subject: "idp-user", roles: ["editor"] });
      const hs = await mintToken(secret, { subject: "x", roles: ["editor"], expiresIn: "10m" });
      expect(await keyed.verify(`Bearer ${hs}`)).toMatchObject({ kind: "invalid" });
    } finally {
      server.close();
    }
  });

  it("maps callers to UNAUTHENTICATED and FORBIDDEN, and refuses roles when no tokens are verified", async () => {
    const reader = await auth.verify(`Bearer ${await mintToken(secret, { subject: "r", roles: ["reader"], expiresIn: "1h" })}`);
    expect(codeOf(() => requireRole({ kind: "anonymous" }, "editor", true))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole({ kind: "invalid", reason: "x" }, "editor", true))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole(reader, "editor", true))).toBe("FORBIDDEN");
    expect(codeOf(() => requireRole({ kind: "user", subject: "a", roles: ["editor"] }, "editor", false))).toBe("FORBIDDEN");
    expect(await createAuthenticator({ kind: "none" }).verify("Bearer abc")).toMatchObject({ kind: "invalid" });
    expect(codeOf(() => requireReader({ kind: "anonymous" }, { requireForReads: true }))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireReader({ kind: "anonymous" }, { requireForReads: false }))).toBe("none");
  });
});
