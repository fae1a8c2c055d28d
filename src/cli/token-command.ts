import type { Command } from "commander";
import { InvalidInputError } from "../errors.js";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { mintToken } from "../web/auth.js";

/** `coalition token --role editor`: a bearer token for local use, signed with JWT_SECRET. */
export function registerToken(program: Command): void {
  program
    .command("token")
    .description("print a bearer token signed with JWT_SECRET (for local use)")
    .option("--role <role...>", "roles the token grants", ["editor"])
    .option("--subject <name>", "who the token is for", process.env.USER ?? "local")
    .option("--expires <span>", "lifetime, e.g. 30m, 12h, 7d", "12h")
    .action(async (options: { role: string[]; subject: string; expires: string }) => {
      loadDotenv();
      const env = parseEnvironment();
      if (!env.jwtSecret) throw new InvalidInputError("JWT_SECRET is not set: add it to .env (32+ characters) to mint tokens");
      if (!/^\d+[smhdw]$/.test(options.expires)) throw new InvalidInputError(`--expires ${options.expires}: use a number and s, m, h, d or w`);
      const token = await mintToken(env.jwtSecret, { subject: options.subject, roles: options.role, expiresIn: options.expires });
      process.stdout.write(`${token}\n`);
    });
}
