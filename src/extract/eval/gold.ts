/**
 * Gold annotation files (`*.gold.json`): the entities of an article with their aliases, and the
 * relations a careful reader finds, some marked optional.
 *
 * Two forms are read. The invented articles of `data/seed/` and `data/eval/` keep their text beside
 * the gold file and quote their evidence. The real corpus (`data/corpus/gold/`) describes a
 * published article whose text is kept elsewhere: outlet, URL, dates, race, split, the text's
 * SHA-256 and length, evidence as offsets into the text, and the score of the extractor's first run.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { InvalidInputError } from "../../errors.js";
import { normalizeText } from "../article-input.js";

export const GOLD_RELATION_TYPES = ["SUPPORTS", "OPPOSES", "CANDIDATE_FOR", "QUOTED_IN"] as const;
export type GoldRelationType = (typeof GOLD_RELATION_TYPES)[number];

export const GOLD_ENTITY_TYPES = ["Person", "Country", "Organization", "Media", "Post"] as const;
export const CORPUS_SPLITS = ["dev", "test"] as const;
export type CorpusSplit = (typeof CORPUS_SPLITS)[number];

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}

/** A span of the article text, in UTF-16 code units (JavaScript string indices), end exclusive. */
export interface EvidenceSpan {
  start: number;
  end: number;
}

export interface GoldRelation {
  type: GoldRelationType;
  from: string;
  /** For QUOTED_IN, the article title (not scored). */
  to: string;
  /** The Post entity a stance is for, when the text ties it to one. */
  post?: string;
  /** Quoted words (invented articles) or offsets into the text (real corpus). */
  evidence?: string | EvidenceSpan[];
  date?: string | null;
  optional?: boolean;
  note?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The extractor's score on an article the first time it read it, before any rule changed for it. */
export interface FirstRun {
  date: string;
  extractor: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  byType: Partial<Record<GoldRelationType, Counts>>;
}

export interface CorpusArticle {
  title: string;
  outlet: string;
  url: string;
  published: string;
  race: string;
  split: CorpusSplit;
  sha256: string;
  chars: number;
  collected: string;
  query: string;
}

export interface GoldFile {
  article: { title: string; source?: string; published?: string | null } & Partial<CorpusArticle>;
  scoring?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  firstRun?: FirstRun;
}

/** A gold file of the real corpus: every article field is present. */
export interface CorpusGoldFile extends GoldFile {
  article: CorpusArticle;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const counts = z.strictObject({ tp: z.number().int().min(0), fp: z.number().int().min(0), fn: z.number().int().min(0) });

const CorpusGoldSchema = z.strictObject({
  article: z.strictObject({
    title: z.string().min(1),
    outlet: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    published: isoDate,
    race: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug"),
    split: z.enum(CORPUS_SPLITS),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits"),
    chars: z.number().int().positive(),
    collected: isoDate,
    query: z.string().min(1),
  }),
  entities: z.array(z.strictObject({ name: z.string().min(1), type: z.enum(GOLD_ENTITY_TYPES), aliases: z.array(z.string().min(1)).default([]) })),
  relations: z.array(
    z.strictObject({
      type: z.enum(GOLD_RELATION_TYPES),
      from: z.string().min(1),
      to: z.string().min(1),
      post: z.string().min(1).optional(),
      evidence: z.array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })).min(1),
      optional: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
  firstRun: z
    .strictObject({
      date: isoDate,
      extractor: z.string().min(1),
      tp: z.number().int().min(0),
      fp: z.number().int().min(0),
      fn: z.number().int().min(0),
      precision: z.number().min(0).max(1),
      recall: z.number().min(0).max(1),
      f1: z.number().min(0).max(1),
      byType: z.partialRecord(z.enum(GOLD_RELATION_TYPES), counts),
    })
    .optional(),
});

/** Checks a parsed gold file's shape and that every relation end names a gold entity. */
export function parseGold(value: unknown, origin = "gold file"): GoldFile {
  const problems: string[] = [];
  const v = value as GoldFile;
  if (typeof value !== "object" || value === null) throw new InvalidInputError(`${origin}: not a JSON object`);
  if (!Array.isArray(v.entities)) problems.push("entities: must be an array");
  if (!Array.isArray(v.relations)) problems.push("relations: must be an array");
  if (problems.length > 0) throw new InvalidInputError(`${origin} is not a gold file`, problems);
  v.entities.forEach((e, i) => {
    if (typeof e.name !== "string" || e.name.length === 0) problems.push(`/entities/${i}/name: missing`);
    e.aliases ??= [];
  });
  problems.push(...consistencyProblems(v));
  if (problems.length > 0) throw new InvalidInputError(`${origin} is not consistent`, problems);
  return v;
}

/**
 * Checks a gold file of the real corpus: the full shape (every article field, evidence as
 * offsets, a well-formed `firstRun` when present), then the same consistency as {@link parseGold}.
 * Offsets are checked against the text separately ({@link checkGoldText}), since the text may be absent.
 */
export function parseCorpusGold(value: unknown, origin = "gold file"): CorpusGoldFile {
  const parsed = CorpusGoldSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `/${i.path.map(String).join("/")}: ${i.message}`);
    throw new InvalidInputError(`${origin} is not a corpus gold file`, problems);
  }
  const gold = parsed.data as CorpusGoldFile;
  const problems = consistencyProblems(gold);
  gold.relations.forEach((r, i) => {
    (r.evidence as EvidenceSpan[]).forEach((s, j) => {
      if (s.end <= s.start) problems.push(`/relations/${i}/evidence/${j}: end ${s.end} is not after start ${s.start}`);
    });
  });
  if (problems.length > 0) throw new InvalidInputError(`${origin} is not consistent`, problems);
  return gold;
}

function consistencyProblems(gold: GoldFile): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, GoldEntity>();
  gold.entities.forEach((e, i) => {
    for (const n of [e.name, ...e.aliases]) {
      const other = byKey.get(goldKey(n));
      if (other && other !== e) problems.push(`/entities/${i}: '${n}' already names '${other.name}'`);
      else byKey.set(goldKey(n), e);
    }
  });
  gold.relations.forEach((r, i) => {
    if (!GOLD_RELATION_TYPES.includes(r.type)) problems.push(`/relations/${i}/type: '${String(r.type)}' is not scored`);
    if (!byKey.has(goldKey(r.from))) problems.push(`/relations/${i}/from: '${r.from}' is not a gold entity`);
    if (r.type !== "QUOTED_IN" && !byKey.has(goldKey(r.to))) problems.push(`/relations/${i}/to: '${r.to}' is not a gold entity`);
    if (r.post !== undefined) {
      const post = byKey.get(goldKey(r.post));
      if (!post) problems.push(`/relations/${i}/post: '${r.post}' is not a gold entity`);
      else if (post.type !== "Post") problems.push(`/relations/${i}/post: '${r.post}' is a ${post.type}, not a Post`);
      if (r.type !== "SUPPORTS" && r.type !== "OPPOSES") problems.push(`/relations/${i}/post: only stances name a post`);
    }
  });
  return problems;
}

/** Hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** What comparing a corpus gold file with a text gives: a different text, or offsets that do not fit. */
export interface TextCheck {
  /** The text is not the one annotated (digest or length differ): not to be scored. */
  mismatch: string[];
  /** The gold file does not fit its own text: an annotation error. */
  problems: string[];
}

/**
 * Compares a corpus gold file with a text: the digest and length must be those recorded, the text
 * must already be in the extractor's normalized form (so offsets mean the same for both), and every
 * evidence span must lie within it.
 */
export function checkGoldText(gold: CorpusGoldFile, text: string): TextCheck {
  const mismatch: string[] = [];
  const problems: string[] = [];
  const digest = sha256Hex(text);
  if (digest !== gold.article.sha256) mismatch.push(`sha256 of the text is ${digest}, the gold file records ${gold.article.sha256}`);
  if (text.length !== gold.article.chars) mismatch.push(`the text has ${text.length} characters, the gold file records ${gold.article.chars}`);
  if (mismatch.length > 0) return { mismatch, problems };
  if (normalizeText(text) !== text) problems.push("the text is not normalized (CR, control characters or surrounding white space): offsets would shift");
  gold.relations.forEach((r, i) => {
    (r.evidence as EvidenceSpan[]).forEach((s, j) => {
      if (s.end > text.length) problems.push(`/relations/${i}/evidence/${j}: end ${s.end} is past the text's end (${text.length})`);
    });
  });
  return { mismatch, problems };
}

/** Names are compared case-insensitively, with white space and apostrophes normalized. */
export function goldKey(name: string): string {
  return name.normalize("NFC").replace(/[’‘ʼ]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}
