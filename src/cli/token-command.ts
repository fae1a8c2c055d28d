import type { Command } from "commander";
import { InvalidInputError } from "../errors.js";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { ROLES, mintToken } from "../auth/tokens.js";

/** `coalition token --role editor|analyst`: a bearer token for local use, signed with JWT_SECRET. */
export function registerToken(program: Command): void {
  program
    .command("token")
    .description("print a bearer token signed with JWT_SECRET (for local use)")
    .option("--role <role...>", `roles the token grants (${ROLES.join(", ")})`, ["editor"])
    .option("--subject <name>", "who the token is for", process.env.USER ?? "local")
    .option("--expires <span>", "lifetime, e.g. 30m, 12h, 7d", "12h")
    .action(async (options: { role: string[]; subject: string; expires: string }) => {
      loadDotenv();
      const env = parseEnvironment();
      if (!env.jwtSecret) throw new InvalidInputError("JWT_SECRET is not set: add it to .env (32+ characters) to mint tokens");
      if (!/^\d+[smhdw]$/.test(options.expires)) throw new InvalidInputError(`--expires ${options.expires}: use a number and s, m, h, d or w`);
      const unknown = options.role.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length > 0) throw new InvalidInputError(`--role ${unknown.join(", ")}: the roles are ${ROLES.join(", ")}`);
      const seconds = Number(options.expires.slice(0, -1)) * { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[options.expires.slice(-1) as "s"];
      if (env.auth.kind !== "none" && seconds > env.auth.maxLifetimeSeconds) {
        throw new InvalidInputError(`--expires ${options.expires}: longer than the ${env.auth.maxLifetimeSeconds} s tokens may live (JWT_MAX_LIFETIME_SECONDS)`);
      }
      const issuer = env.auth.kind === "secret" ? env.auth.issuer : undefined;
      const audience = env.auth.kind === "secret" ? env.auth.audience : undefined;
      const token = await mintToken(env.jwtSecret, { subject: options.subject, roles: options.role, expiresIn: options.expires, issuer, audience });
      process.stdout.write(`${token}\n`);
    });
}
