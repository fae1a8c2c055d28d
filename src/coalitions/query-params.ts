/**
 * Parameter types of the Cypher catalog: how a header's `@param` type is read, and how a value
 * given on the command line (a string) or through GraphQL (already typed) becomes the value the
 * query receives.
 *
 * Entity types (Person, Country, Organization, Media, Actor, Post) take a name and hand the query
 * the id it resolves to; resolution itself is `name-resolver.ts`'s job, not this module's.
 */
import neo4j, { isDate, type Date as Neo4jDate } from "neo4j-driver";
import { nameKey } from "../model/names.js";

export const SCALAR_TYPES = ["String", "Int", "Float", "Boolean", "Date", "NameKey"] as const;
export const ENTITY_PARAM_TYPES = ["Person", "Country", "Organization", "Media", "Actor", "Post"] as const;
export const ENUM_TYPES = {
  Stance: ["SUPPORTS", "OPPOSES"],
  EntityLabel: ENTITY_PARAM_TYPES,
} as const;

export type ScalarType = (typeof SCALAR_TYPES)[number];
export type EntityParamType = (typeof ENTITY_PARAM_TYPES)[number];
export type EnumType = keyof typeof ENUM_TYPES;
export type ParamTypeName = ScalarType | EntityParamType | EnumType;

/** One declared parameter of a query. */
export interface ParamSpec {
  name: string;
  type: ParamTypeName;
  optional: boolean;
  /** The default, as written in the header (coerced like a command-line value). */
  defaultText?: string;
  /** Inclusive bounds, for Int and Float. */
  min?: number;
  max?: number;
  description: string;
}

/** The value a query receives: what the driver sends as a Cypher parameter. */
export type ParamValue = string | number | boolean | Neo4jDate<number> | ReturnType<typeof neo4j.int> | null;

const ALL_TYPES: readonly string[] = [...SCALAR_TYPES, ...ENTITY_PARAM_TYPES, ...Object.keys(ENUM_TYPES)];

/** True for the types whose values are names to resolve into ids. */
export function isEntityType(type: ParamTypeName): type is EntityParamType {
  return (ENTITY_PARAM_TYPES as readonly string[]).includes(type);
}

/** True when `type` is one of the parameter types a header may declare. */
export function isParamTypeName(type: string): type is ParamTypeName {
  return ALL_TYPES.includes(type);
}

/** The parameter types, for messages. */
export function paramTypeNames(): readonly string[] {
  return ALL_TYPES;
}

/** How a parameter reads in listings: `maxHops: Int(1..6) = 4`, `asOf: Date?`. */
export function describeParam(spec: ParamSpec): string {
  const range = spec.min !== undefined || spec.max !== undefined ? `(${spec.min ?? ""}..${spec.max ?? ""})` : "";
  const fallback = spec.defaultText !== undefined ? ` = ${spec.defaultText}` : "";
  return `${spec.name}: ${spec.type}${range}${spec.optional && spec.defaultText === undefined ? "?" : ""}${fallback}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD into a Neo4j date, rejecting days that do not exist (2024-02-30). */
export function parseIsoDate(text: string): Neo4jDate<number> | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes years 0-99 as written (not as 1900-1999).
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return new neo4j.types.Date(year, month, day);
}

function checkRange(spec: ParamSpec, n: number): string | undefined {
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    return `${spec.name} must be between ${spec.min ?? "-∞"} and ${spec.max ?? "∞"}, got ${n}`;
  }
  return undefined;
}

/** A coerced value, or the reason it could not be coerced. */
export type Coerced = { ok: true; value: ParamValue } | { ok: false; problem: string };

/**
 * Turns one given value into the value of a parameter. Strings (command line) are parsed by
 * type; numbers, booleans and Neo4j dates (GraphQL) are checked. Entity parameters stay names
 * here: they are resolved later, inside the query's transaction.
 */
export function coerceParam(spec: ParamSpec, given: unknown): Coerced {
  const fail = (why: string): Coerced => ({ ok: false, problem: `${spec.name} (${spec.type}): ${why}` });
  if (given === null || given === undefined) return { ok: true, value: null };
  const text = typeof given === "string" ? given : undefined;
  switch (spec.type) {
    case "String":
      return text !== undefined ? { ok: true, value: text } : fail(`expected a string, got ${JSON.stringify(given)}`);
    case "NameKey":
      if (text === undefined || nameKey(text) === "") return fail("expected a non-empty name");
      return { ok: true, value: nameKey(text) };
    case "Int": {
      const n = typeof given === "number" ? given : text !== undefined && /^[+-]?\d+$/.test(text.trim()) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n)) return fail(`expected an integer, got ${JSON.stringify(given)}`);
      const outOfRange = checkRange(spec, n);
      return outOfRange ? { ok: false, problem: outOfRange } : { ok: true, value: neo4j.int(n) };
    }
    case "Float": {
      const n = typeof given === "number" ? given : text !== undefined && text.trim() !== "" ? Number(text) : NaN;
      if (!Number.isFinite(n)) return fail(`expected a number, got ${JSON.stringify(given)}`);
      const outOfRange = checkRange(spec, n);
      return outOfRange ? { ok: false, problem: outOfRange } : { ok: true, value: n };
    }
    case "Boolean":
      if (typeof given === "boolean") return { ok: true, value: given };
      if (text === "true" || text === "false") return { ok: true, value: text === "true" };
      return fail(`expected true or false, got ${JSON.stringify(given)}`);
    case "Date": {
      if (isDate(given)) return { ok: true, value: given as unknown as Neo4jDate<number> };
      const date = text !== undefined ? parseIsoDate(text) : undefined;
      return date ? { ok: true, value: date } : fail(`expected a date YYYY-MM-DD, got ${JSON.stringify(given)}`);
    }
    case "Stance":
    case "EntityLabel": {
      const allowed: readonly string[] = ENUM_TYPES[spec.type];
      const found = text !== undefined ? allowed.find((v) => v.toLowerCase() === text.trim().toLowerCase()) : undefined;
      return found ? { ok: true, value: found } : fail(`expected one of ${allowed.join(", ")}, got ${JSON.stringify(given)}`);
    }
    default:
      // Entity types: a name (or id) to resolve.
      if (text === undefined || text.trim() === "") return fail("expected a name");
      return { ok: true, value: text.trim() };
  }
}
