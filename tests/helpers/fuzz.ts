/**
 * Generators for the fuzz test: random GraphQL documents over a schema (valid ones, with hostile
 * argument values, and broken ones), and hostile article texts. Seeded, so a failure replays.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

/** A small seeded generator (mulberry32). */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof randomSource>;

const HOSTILE_STRINGS = [
  "",
  " ",
  "rutte",
  "Mark Rutte",
  "France",
  "NATO Secretary General",
  "' OR 1=1 --",
  '") RETURN 1 //',
  "}) MATCH (n) DETACH DELETE n //",
  "$where",
  "\\u0000",
  "\u0000\u0001\u0002",
  "\u202e\u200b\ufeff",
  "💥".repeat(50),
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%s%s%s%n",
  "(((((((((((((((((((((",
  ".*.*.*.*.*.*.*.*.*.*.*.*$",
  "null",
  "2024-02-30",
  "9999-99-99",
  "-0001-01-01",
];

/** Names, titles and days the seed graph holds, so that valid documents reach the queries' real paths. */
const KNOWN_NAMES = ["Mark Rutte", "rutte", "Klaus Iohannis", "Kaja Kallas", "France", "Hungary", "Germany", "United States", "NATO", "European Union", "person:mark-rutte", "country:FR", "organization:nato"];
const KNOWN_POSTS = ["NATO Secretary General", "President of the European Commission", "UN Secretary-General"];
const KNOWN_DAYS = ["2024-02-22", "2024-03-06", "2023-10-01", "2024-06-26", "0001-01-01", "9999-12-31", "2024-02-29"];
/** Argument names that take an actor, a post or a day, and the known values to try there. */
const KNOWN_VALUES: Readonly<Record<string, readonly string[]>> = {
  candidate: KNOWN_NAMES,
  actor: KNOWN_NAMES,
  person: KNOWN_NAMES,
  from: KNOWN_NAMES,
  to: KNOWN_NAMES,
  a: KNOWN_NAMES,
  b: KNOWN_NAMES,
  organization: KNOWN_NAMES,
  query: KNOWN_NAMES,
  post: KNOWN_POSTS,
  asOf: KNOWN_DAYS,
};

/**
 * A hostile string: a known nasty one, a long one, or random characters; for an argument that
 * names an actor, a post or a day, often a real one (the seed graph's).
 */
export function hostileString(r: Random, argument?: string): string {
  const known = argument ? KNOWN_VALUES[argument] : undefined;
  if (known && r.chance(0.5)) return r.pick(known);
  const roll = r.next();
  if (roll < 0.55) return r.pick(HOSTILE_STRINGS);
  if (roll < 0.7) return r.pick(["x", "é", "\"", "\\", "{", " "]).repeat(r.pick([199, 200, 201, 1000, 5000]));
  if (roll < 0.72) return "y".repeat(r.pick([100_000, 300_000]));
  return Array.from({ length: r.int(1, 40) }, () => String.fromCharCode(r.int(0, 0x2fff))).join("");
}

const HOSTILE_INTS = [0, 1, -1, 2, 4, 6, 7, 100, 1000, 1001, 2147483647, -2147483648, 2147483648, -9007199254740991, 9007199254740993];
const HOSTILE_FLOATS = [0, -0.5, 1e308, -1e308, 3.14, 1e-320];

function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** A value for an input type, as GraphQL literal text. */
function inputLiteral(type: GraphQLInputType, r: Random, depth: number, argument?: string, required = false): string {
  if (isNonNullType(type)) return inputLiteral(type.ofType, r, depth, argument, true);
  // A null where one is required is only a validation error: rarely.
  if (r.chance(required ? 0.005 : 0.05)) return "null";
  if (isListType(type)) return `[${Array.from({ length: r.int(0, 3) }, () => inputLiteral(type.ofType, r, depth + 1, argument)).join(", ")}]`;
  if (isEnumType(type)) return r.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 3) return "{}";
    const fields = Object.values(type.getFields());
    const chosen = fields.filter((f) => isNonNullType(f.type) || r.chance(2 / Math.max(2, fields.length)));
    return `{ ${chosen.map((f) => `${f.name}: ${inputLiteral(f.type, r, depth + 1)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return String(r.pick(HOSTILE_INTS));
      case "Float":
        return String(r.chance(0.5) ? r.pick([0, 0.5, 0.8, 1]) : r.pick(HOSTILE_FLOATS));
      case "Boolean":
        return r.pick(["true", "false"]);
      default:
        return literal(hostileString(r, argument));
    }
  }
  return "null";
}

function argumentsText(args: readonly GraphQLArgument[], r: Random, variables: Record<string, unknown>, declarations: string[]): string {
  const chosen = args.filter((a) => isNonNullType(a.type) || r.chance(0.35));
  if (chosen.length === 0) return "";
  const parts = chosen.map((a) => {
    const named = getNamedType(a.type);
    if (isScalarType(named) && (named.name === "String" || named.name === "Int") && !isListType(isNonNullType(a.type) ? a.type.ofType : a.type) && r.chance(0.3)) {
      const name = `v${declarations.length}`;
      declarations.push(`$${name}: ${a.type.toString()}`);
      variables[name] = named.name === "Int" ? r.pick(HOSTILE_INTS) : hostileString(r, a.name);
      return `${a.name}: $${name}`;
    }
    return `${a.name}: ${inputLiteral(a.type, r, 0, a.name)}`;
  });
  return `(${parts.join(", ")})`;
}

function selection(
  type: GraphQLNamedType,
  r: Random,
  depth: number,
  variables: Record<string, unknown>,
  declarations: string[],
  schema: GraphQLSchema,
  only?: readonly string[],
): string {
  if (isUnionType(type)) {
    const member = r.pick(type.getTypes());
    return `{ __typename ... on ${member.name} ${selection(member, r, depth, variables, declarations, schema)} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return "";
  const all = Object.values(type.getFields());
  const fields = only ? all.filter((f) => only.includes(f.name)) : all;
  const count = r.int(1, Math.min(4, fields.length));
  const parts: string[] = [];
  // Mostly distinct fields: the same field twice with other arguments is only a validation error.
  const chosen = Array.from({ length: count }, () => r.pick(fields)).filter((f, i, all) => all.indexOf(f) === i || r.chance(0.1));
  for (const field of chosen) {
    const named = getNamedType(field.type);
    const alias = r.chance(0.1) ? `a${r.int(0, 99)}: ` : "";
    const args = argumentsText(field.args, r, variables, declarations);
    if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) {
      parts.push(depth >= r.int(2, 6) ? `${alias}${field.name}${args} { __typename }` : `${alias}${field.name}${args} ${selection(named, r, depth + 1, variables, declarations, schema)}`);
    } else {
      parts.push(`${alias}${field.name}${args}`);
    }
  }
  if (isInterfaceType(type) && r.chance(0.3)) {
    const implementation = r.pick(schema.getPossibleTypes(type));
    parts.push(`... on ${implementation.name} ${selection(implementation, r, depth + 1, variables, declarations, schema)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

export interface FuzzRequest {
  query: string;
  variables?: Record<string, unknown>;
  kind: "valid" | "broken";
}

/**
 * A random document over the schema's Query (or, rarely, Mutation) root.
 *
 * @param rootFields when given, the Query fields to start from
 */
export function validDocument(schema: GraphQLSchema, r: Random, rootFields?: readonly string[]): FuzzRequest {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const mutation = !rootFields && r.chance(0.05) && schema.getMutationType();
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const body = selection(root, r, 0, variables, declarations, schema, mutation ? undefined : rootFields);
  const header = declarations.length > 0 ? `${mutation ? "mutation" : "query"} Fuzz(${declarations.join(", ")}) ` : mutation ? "mutation " : "";
  return { query: `${header}${body}`, variables, kind: "valid" };
}

const BREAKERS = ["{", "}", "(", ")", "$", "@", "!", ":", '"', "...", "fragment", "#", "\\", "\u0000", "query", "on"];

/** A valid document broken at random: cut, characters inserted or removed, types swapped. */
export function brokenDocument(schema: GraphQLSchema, r: Random): FuzzRequest {
  const base = validDocument(schema, r);
  let text = base.query;
  const edits = r.int(1, 4);
  for (let i = 0; i < edits; i++) {
    const at = r.int(0, text.length);
    const roll = r.next();
    if (roll < 0.3) text = text.slice(0, at);
    else if (roll < 0.7) text = `${text.slice(0, at)}${r.pick(BREAKERS)}${text.slice(at)}`;
    else text = `${text.slice(0, at)}${text.slice(at + r.int(1, 5))}`;
  }
  const variables = r.chance(0.3) ? Object.fromEntries(Object.keys(base.variables ?? {}).map((k) => [k, r.pick([{}, [], true, "x", -1, null])])) : base.variables;
  return { query: text, variables, kind: "broken" };
}

/** Hostile article texts: quotes, names, punctuation, control characters, sizes up to `maxChars`. */
export function hostileArticle(r: Random, maxChars: number): string {
  const size = r.chance(0.03) ? r.int(maxChars / 4, maxChars) : r.int(0, 4000);
  const pieces = [
    () => '"',
    () => "«",
    () => "“",
    () => "Mark Rutte ",
    () => "said ",
    () => "France supports ",
    () => "Hungary opposes ",
    () => ". ",
    () => "\n\n",
    () => "!?;:,",
    () => "a",
    () => "\u0000",
    () => "\u200b",
    () => "💥",
    () => "(((",
    () => "The Prime Minister of the Netherlands, ",
    () => "according to him, ",
    () => r.pick(["Rutte", "Orbán", "Attal", "Scholz", "Biden"]) + " ",
  ];
  const style = r.int(0, 5);
  const unit = style === 0 ? [r.pick(pieces)()] : Array.from({ length: r.int(2, 8) }, () => r.pick(pieces)());
  let text = "";
  while (text.length < size) text += r.pick(unit);
  return text.slice(0, size);
}
