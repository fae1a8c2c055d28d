#!/usr/bin/env -S node --no-regexp-tier-up
/**
 * `coalition`: the service's command line. Every command reads the same configuration
 * (environment and `.env`) as the service.
 */
import { Command, CommanderError } from "commander";
import { ConfigError, DatabaseUnavailableError, InvalidInputError, NotFoundError, QueryTimeoutError, QueryTooLargeError } from "../errors.js";
import { registerServe } from "./serve-command.js";
import { registerIngest } from "./ingest-command.js";
import { registerCypher } from "./cypher-command.js";
import { registerToken } from "./token-command.js";
import { registerExtract } from "./extract-command.js";
import { registerReextract } from "./reextract-command.js";

const program = new Command()
  .name("coalition")
  .description("A knowledge graph of political candidacies and endorsements: Neo4j + GraphQL.")
  .showHelpAfterError()
  .exitOverride();

registerServe(program);
registerExtract(program);
registerIngest(program);
registerReextract(program);
registerCypher(program);
registerToken(program);

/** Errors a user can act on are one line on stderr; anything else is a bug and shows its stack. */
function report(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (
    error instanceof ConfigError ||
    error instanceof InvalidInputError ||
    error instanceof NotFoundError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof QueryTimeoutError ||
    error instanceof QueryTooLargeError
  ) {
    process.stderr.write(`coalition: ${error.message}\n`);
    return 2;
  }
  process.stderr.write(`coalition: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}
