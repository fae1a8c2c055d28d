/**
 * The Cypher catalog: every hand-written query lives in `cypher/<name>.cypher`, one per file, with
 * a header that names it and declares its parameters:
 *
 * ```
 * // @name stance-holders
 * // @description Actors taking a stance on a candidate, directly or through who spoke for them.
 * //   A description may go on over several comment lines.
 * // @param candidate: Person      the candidate (a name, alias or id, resolved to the id)
 * // @param asOf: Date?            keep claims dated on or before this day
 * // @param maxHops: Int(1..6) = 4 bounded, with a default
 * // @returns one row per (actor, speaker)
 * // @example coalition cypher stance-holders --param candidate="Mark Rutte" --param stance=SUPPORTS
 * MATCH ...
 * ```
 *
 * The header is the file's leading `//` lines. `@name`, `@description` and at least one
 * `@example` are required; `@returns` is optional. Loading checks every file and fails with all
 * the problems found: a missing name, a `$param` the header does not declare, a declared
 * parameter the body never uses, two files with the same name.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { editDistance } from "../model/names.js";
import { projectPath } from "../project-path.js";
import { coerceParam, isParamTypeName, paramTypeNames, type ParamSpec } from "./query-params.js";

/** One query of the catalog. */
export interface CatalogQuery {
  name: string;
  description: string;
  params: readonly ParamSpec[];
  /** What one row is, when the header says. */
  returns?: string;
  /** Example command lines. */
  examples: readonly string[];
  /** The Cypher sent to the database (the file without its header). */
  text: string;
  /** The file it came from. */
  file: string;
}

/** The loaded catalog. */
export interface QueryCatalog {
  readonly dir: string;
  /** Every query, by name. */
  list(): readonly CatalogQuery[];
  /**
   * The query with this name.
   *
   * @throws NotFoundError naming the closest query names
   */
  get(name: string): CatalogQuery;
}

/** Where the catalog lives. */
export const CYPHER_DIR = projectPath("cypher");

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PARAM_LINE =
  /^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?<type>[A-Za-z]+)(?:\((?<min>-?\d+(?:\.\d+)?)?\.\.(?<max>-?\d+(?:\.\d+)?)?\))?(?<optional>\?)?(?:\s*=\s*(?<default>\S+))?(?:\s+(?<description>.*))?$/;
const TAGS = new Set(["name", "description", "param", "returns", "example"]);

/**
 * The `$parameters` a Cypher text uses, ignoring comments, string literals and quoted
 * identifiers.
 */
export function parametersUsed(cypher: string): Set<string> {
  const used = new Set<string>();
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i]!;
    const next = cypher[i + 1];
    if (c === "/" && next === "/") {
      const end = cypher.indexOf("\n", i);
      i = end < 0 ? cypher.length : end;
    } else if (c === "/" && next === "*") {
      const end = cypher.indexOf("*/", i + 2);
      i = end < 0 ? cypher.length : end + 2;
    } else if (c === "'" || c === '"' || c === "`") {
      i++;
      while (i < cypher.length && cypher[i] !== c) i += cypher[i] === "\\" && c !== "`" ? 2 : 1;
      i++;
    } else if (c === "$") {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(cypher.slice(i + 1));
      if (match) used.add(match[0]);
      i += 1 + (match?.[0].length ?? 0);
    } else {
      i++;
    }
  }
  return used;
}

interface Header {
  tags: { tag: string; value: string; line: number }[];
  bodyStart: number;
}

function readHeader(lines: readonly string[]): Header {
  const tags: Header["tags"] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (!line.startsWith("//")) break;
    const content = line.replace(/^\/\/\s?/, "");
    const tag = /^@(\w+)\s*(.*)$/.exec(content.trim());
    if (tag) tags.push({ tag: tag[1]!, value: tag[2]!.trim(), line: i + 1 });
    else if (tags.length > 0 && content.trim() !== "") tags[tags.length - 1]!.value += ` ${content.trim()}`;
  }
  return { tags, bodyStart: i };
}

function parseParam(value: string, where: string, problems: string[]): ParamSpec | undefined {
  const match = PARAM_LINE.exec(value);
  if (!match?.groups) {
    problems.push(`${where}: cannot read '@param ${value}' (expected 'name: Type[?] [= default] description')`);
    return undefined;
  }
  const { name, type, min, max, optional, default: defaultText, description } = match.groups;
  if (!isParamTypeName(type!)) {
    problems.push(`${where}: parameter ${name} has unknown type '${type}' (known: ${paramTypeNames().join(", ")})`);
    return undefined;
  }
  if ((min !== undefined || max !== undefined) && type !== "Int" && type !== "Float") {
    problems.push(`${where}: parameter ${name}: only Int and Float take a range`);
  }
  const spec: ParamSpec = {
    name: name!,
    type,
    optional: optional === "?" || defaultText !== undefined,
    defaultText,
    min: min === undefined ? undefined : Number(min),
    max: max === undefined ? undefined : Number(max),
    description: description?.trim() ?? "",
  };
  if (defaultText !== undefined) {
    const coerced = coerceParam(spec, defaultText);
    if (!coerced.ok) problems.push(`${where}: default of ${coerced.problem}`);
  }
  return spec;
}

/**
 * Parses one query file. Returns the query, or undefined with the problems appended.
 *
 * @param file the file name, for messages
 */
export function parseQueryFile(source: string, file: string, problems: string[]): CatalogQuery | undefined {
  const before = problems.length;
  const lines = source.replace(/\r\n/g, "\n").split("\n");
  const header = readHeader(lines);
  const text = lines.slice(header.bodyStart).join("\n").trim();
  const single = (tag: string) => {
    const found = header.tags.filter((t) => t.tag === tag);
    if (found.length > 1) problems.push(`${file}:${found[1]!.line}: @${tag} given more than once`);
    return found[0]?.value;
  };
  for (const t of header.tags) {
    if (!TAGS.has(t.tag)) problems.push(`${file}:${t.line}: unknown header tag @${t.tag} (known: ${[...TAGS].map((x) => `@${x}`).join(", ")})`);
  }

  const name = single("name");
  if (!name) problems.push(`${file}: the header has no @name`);
  else if (!NAME.test(name)) problems.push(`${file}: @name '${name}' must be kebab-case (a-z, 0-9, '-')`);
  const description = single("description");
  if (!description) problems.push(`${file}: the header has no @description`);
  const examples = header.tags.filter((t) => t.tag === "example").map((t) => t.value);
  if (examples.length === 0) problems.push(`${file}: the header has no @example`);
  for (const example of examples) {
    if (name && !example.startsWith(`coalition cypher ${name}`)) {
      problems.push(`${file}: @example must start with 'coalition cypher ${name}': ${example}`);
    }
  }
  if (text === "") problems.push(`${file}: no query after the header`);

  const params: ParamSpec[] = [];
  for (const t of header.tags.filter((x) => x.tag === "param")) {
    const spec = parseParam(t.value, `${file}:${t.line}`, problems);
    if (!spec) continue;
    if (params.some((p) => p.name === spec.name)) problems.push(`${file}:${t.line}: parameter ${spec.name} declared twice`);
    else params.push(spec);
  }
  const used = parametersUsed(text);
  for (const p of used) {
    if (!params.some((spec) => spec.name === p)) problems.push(`${file}: the query uses $${p}, which the header does not declare`);
  }
  for (const spec of params) {
    if (!used.has(spec.name)) problems.push(`${file}: parameter ${spec.name} is declared but the query never uses $${spec.name}`);
  }
  if (problems.length > before) return undefined;
  return { name: name!, description: description!, params, returns: single("returns"), examples, text, file };
}

/** Builds a catalog over parsed queries; names must be unique. */
export function catalogOf(queries: readonly CatalogQuery[], dir = CYPHER_DIR): QueryCatalog {
  const byName = new Map<string, CatalogQuery>();
  const problems: string[] = [];
  for (const q of queries) {
    const other = byName.get(q.name);
    if (other) problems.push(`${path.basename(q.file)}: @name '${q.name}' is already used by ${path.basename(other.file)}`);
    else byName.set(q.name, q);
  }
  if (problems.length > 0) throw new InvalidInputError(`the Cypher catalog in ${dir} is invalid`, problems);
  const sorted = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    dir,
    list: () => sorted,
    get(name) {
      const query = byName.get(name);
      if (query) return query;
      const close = sorted
        .map((q) => ({ name: q.name, d: editDistance(name, q.name) }))
        .filter((x) => x.d <= Math.max(2, Math.floor(x.name.length / 3)) || x.name.includes(name))
        .sort((a, b) => a.d - b.d)
        .map((x) => x.name);
      throw new NotFoundError(`no query named '${name}' in the Cypher catalog`, close.slice(0, 3));
    },
  };
}

/**
 * Reads and checks every `*.cypher` file of a folder.
 *
 * @throws InvalidInputError listing every problem of every file
 */
export function loadQueryCatalog(dir = CYPHER_DIR): QueryCatalog {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".cypher")).sort();
  } catch (error) {
    throw new InvalidInputError(`cannot read the Cypher catalog in ${dir}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new InvalidInputError(`the Cypher catalog in ${dir} holds no .cypher file`);
  const problems: string[] = [];
  const queries: CatalogQuery[] = [];
  for (const f of files) {
    const full = path.join(dir, f);
    const shown = path.relative(process.cwd(), full);
    const query = parseQueryFile(readFileSync(full, "utf8"), shown.startsWith("..") ? full : shown, problems);
    if (query) queries.push(query);
  }
  if (problems.length > 0) throw new InvalidInputError(`the Cypher catalog in ${dir} is invalid`, problems);
  return catalogOf(queries, dir);
}

let shared: QueryCatalog | undefined;

/** The project's catalog, loaded once per process. */
export function defaultCatalog(): QueryCatalog {
  shared ??= loadQueryCatalog();
  return shared;
}
