import type { Command } from "commander";
import Table from "cli-table3";
import { loadDotenv } from "../config/load-dotenv.js";
import { parseEnvironment } from "../config/environment.js";
import { openDatabase, type Database } from "../db/database.js";
import { InvalidInputError } from "../errors.js";
import { formatTable } from "../coalitions/format-table.js";
import { defaultCatalog, type QueryCatalog } from "../coalitions/query-catalog.js";
import { describeParam } from "../coalitions/query-params.js";
import { runQuery } from "../coalitions/run-query.js";
import { toPlain } from "../coalitions/cypher-runner.js";
import { parseParamValue, runReadOnlyCypher } from "../db/read-only-cypher.js";
import type { Limits } from "../config/environment.js";

/** `--param key=value` pairs as an object; a pair without '=' or a key given twice is an error. */
export function parseParamPairs(pairs: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  const problems: string[] = [];
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) {
      problems.push(`--param ${pair}: expected key=value`);
      continue;
    }
    const key = pair.slice(0, at).trim();
    if (key in params) problems.push(`--param ${key} given more than once`);
    params[key] = pair.slice(at + 1);
  }
  if (problems.length > 0) throw new InvalidInputError("bad --param", problems);
  return params;
}

/** Wraps text at word boundaries to `width` columns, indenting every line by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

/** The catalog as a table: name, parameters, description and example. */
export function formatCatalog(catalog: QueryCatalog): string {
  const table = new Table({ head: ["query", "parameters", "description"], colWidths: [18, 40, 80], wordWrap: true, style: { head: [], border: [] } });
  for (const q of catalog.list()) {
    const params = q.params.map((p) => [describeParam(p), ...(p.description ? [wrap(p.description, 36, "  ")] : [])].join("\n")).join("\n");
    table.push([q.name, params || "(none)", `${q.description}\n\ne.g. ${q.examples[0]}`]);
  }
  return table.toString();
}

export interface CypherCommandInput {
  name?: string;
  /** An analyst's own read-only query, instead of a catalog query. */
  query?: string;
  /** Bounds for `query` (row cap, timeout, procedure allowlist). */
  limits?: Pick<Limits, "cypherMaxRows" | "cypherTimeoutMs" | "cypherProcedures">;
  list?: boolean;
  params?: readonly string[];
  json?: boolean;
}

/**
 * What `coalition cypher` prints, for a database already open: the catalog (`list`), or one
 * query's rows as a table or as JSON (the rows exactly as GraphQL returns them).
 */
export async function cypherCommandOutput(db: Database | undefined, catalog: QueryCatalog, input: CypherCommandInput): Promise<string> {
  if (input.list) return formatCatalog(catalog);
  if (input.query !== undefined) {
    if (input.name) throw new InvalidInputError("give either a catalog query name or --query, not both");
    if (!db) throw new InvalidInputError("no database to run the query on");
    if (!input.limits) throw new InvalidInputError("no limits for --query");
    const params = Object.fromEntries(Object.entries(parseParamPairs(input.params ?? [])).map(([k, v]) => [k, parseParamValue(v)]));
    const result = await runReadOnlyCypher(
      db,
      input.query,
      params,
      { maxRows: input.limits.cypherMaxRows, timeoutMs: input.limits.cypherTimeoutMs, procedures: input.limits.cypherProcedures },
      toPlain,
    );
    if (input.json) return JSON.stringify(result.rows, null, 2);
    const more = result.truncated ? ` (truncated at ${input.limits.cypherMaxRows})` : "";
    return `${formatTable(result.rows)}\n${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${more}`;
  }
  if (!input.name) throw new InvalidInputError("name a query to run, or use --list to see them");
  const query = catalog.get(input.name);
  if (!db) throw new InvalidInputError("no database to run the query on");
  const result = await runQuery(db, catalog, query.name, parseParamPairs(input.params ?? []));
  if (input.json) return JSON.stringify(result.rows, null, 2);
  const names = Object.entries(result.resolved).map(([param, r]) => `${param} = ${r.name} (${r.id})`);
  const heading = `${query.name}${names.length > 0 ? `: ${names.join(", ")}` : ""}`;
  return `${heading}\n${formatTable(result.rows)}\n${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`;
}

/** `coalition cypher`: list the catalog's queries, or run one in a read transaction. */
export function registerCypher(program: Command): void {
  program
    .command("cypher")
    .description("run a query of the Cypher catalog (cypher/*.cypher) in a read transaction, or list them")
    .argument("[name]", "the query to run (see --list)")
    .option("-l, --list", "list the queries with their parameters and descriptions")
    .option("-q, --query <cypher>", "run your own read-only Cypher instead (checked with EXPLAIN; parameters only through --param)")
    .option("-p, --param <key=value>", "a query parameter (repeat for each); names resolve like in GraphQL; with --query, JSON values (numbers, lists) are typed", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--json", "print the rows as JSON instead of a table")
    .action(async (name: string | undefined, options: { list?: boolean; param: string[]; json?: boolean; query?: string }) => {
      const catalog = defaultCatalog();
      if (options.query !== undefined) {
        loadDotenv();
        const env = parseEnvironment();
        const db = await openDatabase(env.neo4j, { reuseRunningLocal: true, connectTimeoutMs: env.dbConnectTimeoutMs });
        try {
          const input = { name, query: options.query, params: options.param, json: options.json, limits: env.limits };
          process.stdout.write(`${await cypherCommandOutput(db, catalog, input)}\n`);
        } finally {
          await db.close();
        }
        return;
      }
      const input = { name, list: options.list, params: options.param, json: options.json };
      if (options.list || !name) {
        process.stdout.write(`${await cypherCommandOutput(undefined, catalog, input)}\n`);
        return;
      }
      catalog.get(name);
      loadDotenv();
      const db = await openDatabase(parseEnvironment().neo4j, { reuseRunningLocal: true });
      try {
        process.stdout.write(`${await cypherCommandOutput(db, catalog, input)}\n`);
      } finally {
        await db.close();
      }
    });
}
