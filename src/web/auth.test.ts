import { GraphQLError } from "graphql";
import { mintToken, requireRole, verifyBearer } from "./auth.js";

const secret = "s".repeat(40);

describe("editor tokens", () => {
  it("accepts a token minted with the secret and reads its roles", async () => {
    const token = await mintToken(secret, { subject: "ana", roles: ["editor"], expiresIn: "1h" });
    const caller = await verifyBearer(`Bearer ${token}`, secret);
    expect(caller).toEqual({ kind: "user", subject: "ana", roles: ["editor"] });
    expect(() => requireRole(caller, "editor", true)).not.toThrow();
  });

  it("rejects a token signed with another secret", async () => {
    const token = await mintToken("o".repeat(40), { subject: "eve", roles: ["editor"], expiresIn: "1h" });
    expect(await verifyBearer(`Bearer ${token}`, secret)).toEqual({ kind: "invalid", reason: "the token is not valid" });
  });

  it("rejects an expired token", async () => {
    const token = await mintToken(secret, { subject: "ana", roles: ["editor"], expiresIn: "-1m" });
    expect(await verifyBearer(`Bearer ${token}`, secret)).toEqual({ kind: "invalid", reason: "the token has expired" });
  });

  const codeOf = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return (error as GraphQLError).extensions.code;
    }
    return "none";
  };

  it("maps callers to UNAUTHENTICATED and FORBIDDEN", async () => {
    const reader = await verifyBearer(`Bearer ${await mintToken(secret, { subject: "r", roles: ["reader"], expiresIn: "1h" })}`, secret);
    expect(codeOf(() => requireRole({ kind: "anonymous" }, "editor", true))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole({ kind: "invalid", reason: "x" }, "editor", true))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole(reader, "editor", true))).toBe("FORBIDDEN");
  });

  it("refuses every write when no secret is configured", async () => {
    expect(codeOf(() => requireRole({ kind: "user", subject: "a", roles: ["editor"] }, "editor", false))).toBe("FORBIDDEN");
    expect(await verifyBearer("Bearer abc", undefined)).toMatchObject({ kind: "invalid" });
  });
});
