/**
 * Gold annotation files (`*.gold.json`): the entities of an article with their aliases, and the
 * relations a careful reader finds, some marked optional.
 */
import { InvalidInputError } from "../../errors.js";

export const GOLD_RELATION_TYPES = ["SUPPORTS", "OPPOSES", "CANDIDATE_FOR", "QUOTED_IN"] as const;
export type GoldRelationType = (typeof GOLD_RELATION_TYPES)[number];

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}

export interface GoldRelation {
  type: GoldRelationType;
  from: string;
  /** For QUOTED_IN, the article title (not scored). */
  to: string;
  evidence?: string;
  date?: string | null;
  optional?: boolean;
  note?: string;
}

export interface GoldFile {
  article: { title: string; source: string; published?: string | null };
  scoring?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Checks a parsed gold file's shape and that every relation end names a gold entity. */
export function parseGold(value: unknown, origin = "gold file"): GoldFile {
  const problems: string[] = [];
  const v = value as GoldFile;
  if (typeof value !== "object" || value === null) throw new InvalidInputError(`${origin}: not a JSON object`);
  if (!Array.isArray(v.entities)) problems.push("entities: must be an array");
  if (!Array.isArray(v.relations)) problems.push("relations: must be an array");
  if (problems.length > 0) throw new InvalidInputError(`${origin} is not a gold file`, problems);
  const known = new Set(v.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(goldKey)));
  v.entities.forEach((e, i) => {
    if (typeof e.name !== "string" || e.name.length === 0) problems.push(`/entities/${i}/name: missing`);
    e.aliases ??= [];
  });
  v.relations.forEach((r, i) => {
    if (!GOLD_RELATION_TYPES.includes(r.type)) problems.push(`/relations/${i}/type: '${String(r.type)}' is not scored`);
    if (!known.has(goldKey(r.from))) problems.push(`/relations/${i}/from: '${r.from}' is not a gold entity`);
    if (r.type !== "QUOTED_IN" && !known.has(goldKey(r.to))) problems.push(`/relations/${i}/to: '${r.to}' is not a gold entity`);
  });
  if (problems.length > 0) throw new InvalidInputError(`${origin} is not consistent`, problems);
  return v;
}

/** Names are compared case-insensitively, with white space and apostrophes normalized. */
export function goldKey(name: string): string {
  return name.normalize("NFC").replace(/[’‘ʼ]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}
