/**
 * Analysts' own Cypher, run only when it can change nothing: the server's `EXPLAIN` must call it
 * read-only, it may not use `LOAD CSV`, `CALL { … } IN TRANSACTIONS`, `USE` or a procedure outside
 * an allowlist, and it runs in a read transaction with a timeout and a row cap.
 */
import neo4j, { Neo4jError, type ManagedTransaction, type ProfiledPlan, type Plan } from "neo4j-driver";
import { InvalidInputError } from "../errors.js";
import type { Database } from "./database.js";
import { translateNeo4jError } from "./neo4j-errors.js";

export interface ReadOnlyCypherOptions {
  maxRows: number;
  timeoutMs: number;
  /** Procedure names allowed (exact), or prefixes ending in ".". */
  procedures: readonly string[];
}

export interface ReadOnlyCypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when the query had more rows than `maxRows`; only the first ones are returned. */
  truncated: boolean;
}

/** Longest query text accepted. */
export const MAX_CYPHER_CHARS = 20_000;

/** A query refused before it ran; `reason` says which rule. Nothing ran. */
export class CypherRefusedError extends InvalidInputError {
  override readonly name = "InvalidInputError";
}

/** Strips comments and string literals, so the checks below read only the query's own words. */
function codeOnly(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

function procedureAllowed(name: string, allowlist: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return allowlist.some((entry) => (entry.endsWith(".") ? lower.startsWith(entry.toLowerCase()) : lower === entry.toLowerCase()));
}

/** Procedures the plan calls, read from its ProcedureCall operators. */
function plannedProcedures(plan: Plan | ProfiledPlan | false): string[] {
  if (!plan) return [];
  const found: string[] = [];
  const visit = (node: Plan) => {
    if (/ProcedureCall/i.test(node.operatorType)) {
      const details = String(node.arguments?.Details ?? node.arguments?.details ?? "");
      const match = /^\s*([\w.]+)\s*\(/.exec(details);
      found.push(match ? match[1]! : details || "(unknown procedure)");
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(plan);
  return found;
}

/**
 * Checks a query without running it.
 *
 * @throws CypherRefusedError naming the rule the query breaks
 */
export async function checkReadOnly(tx: ManagedTransaction, query: string, params: Record<string, unknown>, options: ReadOnlyCypherOptions): Promise<void> {
  if (query.trim() === "") throw new CypherRefusedError("the query is empty");
  if (query.length > MAX_CYPHER_CHARS) throw new CypherRefusedError(`the query has ${query.length} characters; at most ${MAX_CYPHER_CHARS} are accepted`);
  const code = codeOnly(query);
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(code)) throw new CypherRefusedError("leave out EXPLAIN/PROFILE: the server explains every query itself");
  if (/\bLOAD\s+CSV\b/i.test(code)) throw new CypherRefusedError("LOAD CSV is not allowed: analyst queries read the graph only");
  if (/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) throw new CypherRefusedError("CALL { … } IN TRANSACTIONS is not allowed: analyst queries run in one read transaction");
  if (/^\s*USE\b|\bUSE\s+[\w`]/i.test(code)) throw new CypherRefusedError("USE is not allowed: analyst queries run on the service's database");
  for (const match of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    if (!procedureAllowed(match[1]!, options.procedures)) throw new CypherRefusedError(`procedure ${match[1]} is not in the allowlist (${options.procedures.join(", ")})`);
  }
  let summary;
  try {
    summary = (await tx.run(`EXPLAIN ${query}`, params)).summary;
  } catch (error) {
    if (error instanceof Neo4jError && error.code.startsWith("Neo.ClientError.")) {
      if (/AccessMode|ForbiddenOnReadOnly/i.test(error.code)) throw new CypherRefusedError("the query writes; only read-only queries are allowed");
      throw new CypherRefusedError(`Neo4j cannot plan the query: ${error.message.split("\n")[0]}`);
    }
    throw translateNeo4jError(error);
  }
  if (summary.queryType !== "r") {
    const kind = summary.queryType === "s" ? "changes the schema" : summary.queryType === "w" ? "writes" : summary.queryType === "rw" ? "reads and writes" : `is of type ${summary.queryType}`;
    throw new CypherRefusedError(`the query ${kind}; only read-only queries are allowed (EXPLAIN query type must be 'r')`);
  }
  for (const name of plannedProcedures(summary.plan)) {
    if (!procedureAllowed(name, options.procedures)) throw new CypherRefusedError(`procedure ${name} is not in the allowlist (${options.procedures.join(", ")})`);
  }
}

/**
 * Checks and runs an analyst query in one read transaction.
 *
 * @throws CypherRefusedError when a rule refuses it, InvalidInputError when it fails or times
 *   out, DatabaseUnavailableError when the database is gone
 */
export async function runReadOnlyCypher(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  options: ReadOnlyCypherOptions,
  toPlain: (value: unknown) => unknown,
): Promise<ReadOnlyCypherResult> {
  return db.read(
    async (tx) => {
      await checkReadOnly(tx, query, params, options);
      const rows: Record<string, unknown>[] = [];
      let columns: string[] = [];
      let truncated = false;
      const result = tx.run(query, params);
      try {
        for await (const record of result) {
          if (columns.length === 0) columns = [...record.keys].map(String);
          if (rows.length >= options.maxRows) {
            truncated = true;
            break;
          }
          rows.push(toPlain(record.toObject()) as Record<string, unknown>);
        }
      } catch (error) {
        if (error instanceof Neo4jError && error.code.startsWith("Neo.ClientError.") && !error.code.includes("TransactionTimedOut")) {
          throw new InvalidInputError(`the query failed: ${error.message.split("\n")[0]}`);
        }
        throw error;
      }
      if (columns.length === 0) columns = (await result.keys()).map(String);
      return { columns, rows, truncated };
    },
    { timeoutMs: options.timeoutMs },
  );
}

/** A command-line `key=value` as a Cypher parameter: JSON when it parses, the text otherwise. */
export function parseParamValue(text: string): unknown {
  try {
    return toCypherValue(JSON.parse(text));
  } catch {
    return text;
  }
}

/** JSON values as Cypher parameters: whole numbers become integers (JSON has only floats). */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  return value;
}
