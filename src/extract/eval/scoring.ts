/**
 * Scores predicted claims against a gold file.
 *
 * A predicted relation matches a gold one when the type is equal and both ends resolve to the
 * same gold entity by canonical name or any alias, case-insensitively. A predicted entity is
 * resolved by its name first, then by its aliases in order. For QUOTED_IN only the speaker
 * counts. Optional gold relations count neither as missed nor, when predicted, as false.
 * SPEAKS_FOR is not scored. Predictions are compared as a set of (type, from, to): the same
 * relation read twice counts once.
 */
import { ARTICLE_REF, type ClaimInput, type EntityInput } from "../../model/claims-document.js";
import { GOLD_RELATION_TYPES, goldKey, type GoldFile, type GoldRelationType } from "./gold.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  byType: Record<GoldRelationType, Counts>;
  total: Counts;
  /** Readable "TYPE from -> to" strings, for reports. */
  missed: string[];
  falsePositives: string[];
}

export interface Prediction {
  entities: readonly EntityInput[];
  claims: readonly ClaimInput[];
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Index from every gold name and alias to the gold entity's canonical name. */
function goldIndex(gold: GoldFile): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of gold.entities) {
    for (const n of [e.name, ...e.aliases]) if (!index.has(goldKey(n))) index.set(goldKey(n), e.name);
  }
  return index;
}

function relationKey(type: string, from: string, to: string): string {
  return `${type} ${from} -> ${to}`;
}

/** Scores one article's predictions (claims plus any derived claims) against its gold file. */
export function scoreArticle(gold: GoldFile, prediction: Prediction): ArticleScore {
  const index = goldIndex(gold);
  const canonical = (name: string) => index.get(goldKey(name));
  const resolve = new Map<string, string>();
  for (const e of prediction.entities) {
    const hit = [e.name, ...(e.aliases ?? [])].map(canonical).find((x): x is string => x !== undefined);
    resolve.set(e.id, hit ?? `?${e.name}`);
  }
  const end = (id: string) => resolve.get(id) ?? `?${id}`;

  const required = new Set<string>();
  const optional = new Set<string>();
  for (const r of gold.relations) {
    const from = canonical(r.from) ?? r.from;
    const to = r.type === "QUOTED_IN" ? ARTICLE_REF : canonical(r.to) ?? r.to;
    (r.optional ? optional : required).add(relationKey(r.type, from, to));
  }
  for (const key of optional) if (required.has(key)) optional.delete(key);

  const predicted = new Map<string, GoldRelationType>();
  for (const c of prediction.claims) {
    if (!(GOLD_RELATION_TYPES as readonly string[]).includes(c.type)) continue;
    const to = c.type === "QUOTED_IN" ? ARTICLE_REF : end(c.to);
    predicted.set(relationKey(c.type, end(c.from), to), c.type as GoldRelationType);
  }

  const byType = Object.fromEntries(GOLD_RELATION_TYPES.map((t) => [t, emptyCounts()])) as Record<GoldRelationType, Counts>;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  for (const [key, type] of predicted) {
    if (required.has(key)) byType[type].tp++;
    else if (!optional.has(key)) {
      byType[type].fp++;
      falsePositives.push(key);
    }
  }
  for (const key of required) {
    if (!predicted.has(key)) {
      const type = key.split(" ")[0] as GoldRelationType;
      byType[type].fn++;
      missed.push(key);
    }
  }
  const total = emptyCounts();
  for (const c of Object.values(byType)) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { byType, total, missed: missed.sort(), falsePositives: falsePositives.sort() };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Adds counts of several articles (micro-average). */
export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const byType = Object.fromEntries(GOLD_RELATION_TYPES.map((t) => [t, emptyCounts()])) as Record<GoldRelationType, Counts>;
  const total = emptyCounts();
  for (const s of scores) {
    for (const t of GOLD_RELATION_TYPES) {
      byType[t].tp += s.byType[t].tp;
      byType[t].fp += s.byType[t].fp;
      byType[t].fn += s.byType[t].fn;
    }
    total.tp += s.total.tp;
    total.fp += s.total.fp;
    total.fn += s.total.fn;
  }
  return { byType, total, missed: [], falsePositives: [] };
}
