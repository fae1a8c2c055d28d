/**
 * Scores predicted claims against a gold file.
 *
 * A predicted relation matches a gold one when the type is equal and both ends resolve to the
 * same gold entity by canonical name or any alias, case-insensitively. A predicted entity is
 * resolved by its name first, then by its aliases in order. For QUOTED_IN only the speaker
 * counts. Optional gold relations count neither as missed nor, when predicted, as false.
 * SPEAKS_FOR is not scored. Predictions are compared as a set of (type, from, to): the same
 * relation read twice counts once, with the highest confidence it was read with.
 *
 * A stance's post is scored apart and never fails a match: only when both the gold relation and a
 * prediction name a post is it counted as agreeing or not.
 */
import { ARTICLE_REF, type ClaimInput, type EntityInput } from "../../model/claims-document.js";
import { GOLD_RELATION_TYPES, goldKey, type Counts, type GoldFile, type GoldRelationType } from "./gold.js";

export type { Counts } from "./gold.js";

/** One distinct predicted relation that counts (optional matches left out), for confidence bands. */
export interface ScoredPrediction {
  confidence: number;
  correct: boolean;
}

/** Posts of matched stances where both gold and prediction name one. */
export interface PostAgreement {
  agree: number;
  disagree: number;
  /** Readable "TYPE from -> to: post 'x', gold 'y'" strings for the disagreements. */
  disagreements: string[];
}

export interface ArticleScore {
  byType: Record<GoldRelationType, Counts>;
  total: Counts;
  /** Readable "TYPE from -> to" strings, for reports. */
  missed: string[];
  falsePositives: string[];
  predictions: ScoredPrediction[];
  posts: PostAgreement;
}

/** A claim that may name the post its stance is for (an entity id of the document). */
export type PredictedClaim = ClaimInput & { post?: string | null };

export interface Prediction {
  entities: readonly EntityInput[];
  claims: readonly PredictedClaim[];
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
  const goldPosts = new Map<string, Set<string>>();
  for (const r of gold.relations) {
    const from = canonical(r.from) ?? r.from;
    const to = r.type === "QUOTED_IN" ? ARTICLE_REF : canonical(r.to) ?? r.to;
    const key = relationKey(r.type, from, to);
    (r.optional ? optional : required).add(key);
    if (r.post !== undefined) addTo(goldPosts, key, canonical(r.post) ?? r.post);
  }
  for (const key of optional) if (required.has(key)) optional.delete(key);

  const predicted = new Map<string, { type: GoldRelationType; confidence: number }>();
  const predictedPosts = new Map<string, Set<string>>();
  for (const c of prediction.claims) {
    if (!(GOLD_RELATION_TYPES as readonly string[]).includes(c.type)) continue;
    const to = c.type === "QUOTED_IN" ? ARTICLE_REF : end(c.to);
    const key = relationKey(c.type, end(c.from), to);
    const seen = predicted.get(key);
    predicted.set(key, { type: c.type as GoldRelationType, confidence: Math.max(seen?.confidence ?? 0, c.confidence) });
    if (c.post) addTo(predictedPosts, key, end(c.post));
  }

  const byType = Object.fromEntries(GOLD_RELATION_TYPES.map((t) => [t, emptyCounts()])) as Record<GoldRelationType, Counts>;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const predictions: ScoredPrediction[] = [];
  const posts: PostAgreement = { agree: 0, disagree: 0, disagreements: [] };
  for (const [key, { type, confidence }] of predicted) {
    if (required.has(key) || optional.has(key)) {
      if (required.has(key)) {
        byType[type].tp++;
        predictions.push({ confidence, correct: true });
      }
      const want = goldPosts.get(key);
      const got = predictedPosts.get(key);
      if (want && got) {
        const wrong = [...got].filter((p) => !want.has(p));
        if (wrong.length === 0) posts.agree++;
        else {
          posts.disagree++;
          posts.disagreements.push(`${key}: post ${wrong.map((p) => `'${p}'`).join(", ")}, gold ${[...want].map((p) => `'${p}'`).join(", ")}`);
        }
      }
    } else {
      byType[type].fp++;
      falsePositives.push(key);
      predictions.push({ confidence, correct: false });
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
  return { byType, total, missed: missed.sort(), falsePositives: falsePositives.sort(), predictions, posts };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
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
  const posts: PostAgreement = {
    agree: scores.reduce((n, s) => n + s.posts.agree, 0),
    disagree: scores.reduce((n, s) => n + s.posts.disagree, 0),
    disagreements: scores.flatMap((s) => s.posts.disagreements),
  };
  return { byType, total, missed: [], falsePositives: [], predictions: scores.flatMap((s) => s.predictions), posts };
}

/** A confidence band: predictions with `min <= confidence < max` (the top band includes 1). */
export interface ConfidenceBand {
  label: string;
  min: number;
  max: number;
}

/** The bands the report prints, highest first. */
export const CONFIDENCE_BANDS: readonly ConfidenceBand[] = [
  { label: "[0.90, 1.00]", min: 0.9, max: Infinity },
  { label: "[0.75, 0.90)", min: 0.75, max: 0.9 },
  { label: "[0.50, 0.75)", min: 0.5, max: 0.75 },
  { label: "< 0.50", min: -Infinity, max: 0.5 },
];

export interface BandScore {
  band: ConfidenceBand;
  /** Predictions in this band. */
  inBand: { tp: number; fp: number };
  /** Predictions at or above this band's lower bound: what filtering `confidence >= min` keeps. */
  atLeast: Counts;
}

/**
 * Precision per confidence band, and precision and recall of keeping only the predictions at or
 * above each band's lower bound (every gold relation missed at that cut counts as a miss).
 */
export function bandScores(score: ArticleScore, bands: readonly ConfidenceBand[] = CONFIDENCE_BANDS): BandScore[] {
  const gold = score.total.tp + score.total.fn;
  return bands.map((band) => {
    const inBand = { tp: 0, fp: 0 };
    const kept = { tp: 0, fp: 0, fn: 0 };
    for (const p of score.predictions) {
      if (p.confidence >= band.min && p.confidence < band.max) inBand[p.correct ? "tp" : "fp"]++;
      if (p.confidence >= band.min) kept[p.correct ? "tp" : "fp"]++;
    }
    kept.fn = gold - kept.tp;
    return { band, inBand, atLeast: kept };
  });
}
