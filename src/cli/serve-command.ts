import type { Command } from "commander";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { defaultCatalog } from "../coalitions/query-catalog.js";
import { warmQueryPlans } from "../coalitions/warm-plans.js";
import { createLogger } from "../logger.js";
import { startService } from "../web/start-service.js";

/** `coalition serve`: the GraphQL service (what `npm start` runs). */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start the GraphQL service (and a local Neo4j when NEO4J_URI is not set)")
    .action(async () => {
      loadDotenv();
      const env = parseEnvironment();
      const logger = createLogger(env.logLevel);
      const began = performance.now();
      const say = (line: string) => process.stdout.write(`${line}\n`);
      const service = await startService(env, logger, say);
      const seconds = ((performance.now() - began) / 1000).toFixed(1);
      say(`GraphQL ready at ${service.url} (GraphiQL: ${service.url.replace(/\/graphql$/, "/graphiql")}) after ${seconds} s`);
      if (env.auth.kind === "none") say("writes and analyst Cypher are off: set JWT_SECRET (or JWKS_URL) to allow editors and analysts");
      say("press Ctrl-C to stop");

      let stopping = false;
      // In the background: the service answers meanwhile, and a question asked before its query is
      // planned simply plans it itself.
      if (env.planQuestionsAtStart) {
        void warmQueryPlans(service.db, defaultCatalog(), { stopped: () => stopping }).then((warmed) => {
          if (stopping) return;
          const failed = warmed.filter((w) => w.error);
          const ms = warmed.reduce((sum, w) => sum + w.ms, 0);
          logger.info({ queries: warmed.length, ms, failed: failed.map((w) => `${w.name}: ${w.error}`) }, "coalition queries planned ahead of the first question");
        });
      }

      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          if (stopping) return;
          stopping = true;
          say(`\n${signal}: stopping (waiting up to ${Math.round(env.shutdownGraceMs / 1000)} s for requests in flight)…`);
          service
            .stop()
            .then(() => say("stopped"))
            .catch((error: unknown) => logger.error({ err: error }, "error while stopping"))
            .finally(resolve);
        };
        process.once("SIGINT", () => stop("SIGINT"));
        process.once("SIGTERM", () => stop("SIGTERM"));
      });
    });
}
