/**
 * Summaries that keep the coalition questions small (see `docs/graph-summaries.md`): one POSITION
 * relationship per actor, candidate and scope, one RUNS_FOR per candidacy, and Tally nodes that
 * count positions, all kept up to date in the transaction that changes the claims.
 *
 * `refreshSummaries(tx, touched)` recomputes the positions of the pairs it is given from their
 * claims (a pair has few), writes the ones that changed, and moves the tallies by the difference
 * between the old and the new positions, aggregated per tally: whatever the number of claims, one
 * refresh is a handful of queries.
 */
import neo4j, { isDate, isInt, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db/database.js";

/**
 * Bump when what the summaries hold changes: `ensureSummaries` then rebuilds them (or upgrades them
 * in place, when it knows how: see {@link upgradeSummaries}).
 */
export const SUMMARY_VERSION = 3;

export type Stance = "SUPPORTS" | "OPPOSES";
export const STANCES: readonly Stance[] = ["SUPPORTS", "OPPOSES"];

/** The scope of the position over all of a pair's claims. */
export const ALL_POSTS = "*";

/** An (actor, candidate) pair whose positions may have changed. */
export interface PairRef {
  actorId: string;
  candidateId: string;
}

/** A (candidate, post) pair whose candidacy may have changed. */
export interface CandidacyRef {
  candidateId: string;
  postId: string;
}

/** A SPEAKS_FOR claim written: every pair of the represented actor with the speaker's candidates. */
export interface SpeakerRef {
  speakerId: string;
  actorId: string;
}

/**
 * What changed: articles whose claims were written (or are about to be deleted), pairs,
 * candidacies, speakers. Pairs stand for the pairs of the actors their actor speaks for too.
 */
export interface Touched {
  articleIds?: readonly string[];
  pairs?: readonly PairRef[];
  candidacies?: readonly CandidacyRef[];
  speakers?: readonly SpeakerRef[];
  /**
   * The stance claims just written, whole: their pairs (and the pairs of the actors their speakers
   * speak for) are brought up to date by appending them when they come after every claim already
   * summarised, without reading the older claims.
   */
  written?: readonly WrittenStance[];
}

/** A claim as written: the ids of its ends (and, for a stance, what orders and dates it). */
export interface WrittenClaim {
  fromId: string;
  toId: string;
  claimId?: unknown;
  articleId?: unknown;
  day?: unknown;
  postId?: unknown;
  confidence?: unknown;
  start?: unknown;
}

/** A stance claim as written. */
export interface WrittenStance extends WrittenClaim {
  stance: Stance;
}

/**
 * What a write of these claims touches, without reading them back: the stance claims' pairs, the
 * candidacies, the speakers. Faster than `{ articleIds }` for a write path that has the rows.
 */
export function touchedByClaims(claims: ReadonlyMap<string, readonly WrittenClaim[]>): Touched {
  const rows = (type: string) => claims.get(type) ?? [];
  const stances = STANCES.flatMap((stance) => rows(stance).map((c) => ({ ...c, stance })));
  const whole = stances.every((c) => typeof c.claimId === "string" && typeof c.articleId === "string");
  return {
    ...(whole ? { written: stances } : { pairs: stances.map((c) => ({ actorId: c.fromId, candidateId: c.toId })) }),
    candidacies: rows("CANDIDATE_FOR").map((c) => ({ candidateId: c.fromId, postId: c.toId })),
    speakers: rows("SPEAKS_FOR").map((c) => ({ speakerId: c.fromId, actorId: c.toId })),
  };
}

/** What one refresh did, for logs and benchmarks. */
export interface RefreshStats {
  pairs: number;
  positionsWritten: number;
  positionsDeleted: number;
  talliesWritten: number;
  candidacies: number;
}

/** Anything that runs Cypher inside a transaction. */
export type TxRunner = Pick<ManagedTransaction, "run">;

// ---------------------------------------------------------------------------------------------
// Positions, computed from claims (pure)
// ---------------------------------------------------------------------------------------------

/** One stance claim as it counts for one actor: its own, or a speaker's (`via`). */
export interface StanceRecord {
  stance: Stance;
  /** YYYY-MM-DD the claim counts from for this actor; null when undated. */
  day: string | null;
  postId: string | null;
  confidence: number;
  articleId: string;
  start: number;
  claimId: string;
  via: string | null;
}

/** One stance of a position. */
export interface PositionSide {
  /** Day of the first / last dated claim of the stance; null when all are undated. */
  first: string | null;
  last: string | null;
  claims: number;
  /** The {@link recordKey}s of its latest {@link RECENT_CLAIMS} claims, newest first. */
  recent: string[];
}

/** How many of each stance's latest claims a position keeps (a question's `latestClaims`). */
export const RECENT_CLAIMS = 3;

/** A pair's position in one scope, as computed from its claims. */
export interface Position {
  actorId: string;
  candidateId: string;
  scope: string;
  actorType: string;
  support: PositionSide | null;
  oppose: PositionSide | null;
  /** The stance changes, oldest first: `'<recordKey of the claim> <stance>'` (dated claims only). */
  history: string[];
  latest: Stance;
  maxConfidence: number;
  vias: string[];
  /** The order key of the latest claim ({@link recordKey}): a later claim can be appended. */
  lastKey: string;
  /**
   * The order key of the latest claim dated before the latest claim's day (null when none): what a
   * change on that day is measured from.
   */
  lastBefore: string | null;
  /**
   * The stance changes (each run of the history dated after the run before it), oldest first:
   * `'<recordKey of the last claim dated before the change> <recordKey of the first claim after>'`.
   */
  changes: string[];
}

/** The key that puts undated-only stances first in page order. */
export const UNDATED_DAY = "0000-00-00";

/**
 * The order claims count in: undated claims first (they count as oldest), then by day; ties by
 * article id, then position in the article.
 */
export function compareRecords(a: StanceRecord, b: StanceRecord): number {
  if ((a.day === null) !== (b.day === null)) return a.day === null ? -1 : 1;
  if (a.day !== b.day) return a.day! < b.day! ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}

/** A claim's place in the order claims count in, as a string: `<day>|<articleId>|<start>|<claimId>`. */
export function recordKey(r: StanceRecord): string {
  return `${r.day ?? UNDATED_DAY}|${r.articleId}|${String(r.start).padStart(10, "0")}|${r.claimId}`;
}

/** Compares two {@link recordKey}s the way {@link compareRecords} compares their claims. */
function compareKeys(a: string, b: string): number {
  const [ad, aa, as, ac] = a.split("|");
  const [bd, ba, bs, bc] = b.split("|");
  const record = (day: string, articleId: string, start: string, claimId: string): StanceRecord => ({
    stance: "SUPPORTS", day: day === UNDATED_DAY ? null : day, postId: null, confidence: 0, articleId, start: Number(start), claimId, via: null,
  });
  return compareRecords(record(ad!, aa!, as!, ac!), record(bd!, ba!, bs!, bc!));
}

/** The day a speaker's claim counts from for the actor it speaks for: the later of the two, or null. */
export function speakerDay(claimDay: string | null, speaksFirst: string | null): string | null {
  if (claimDay === null || speaksFirst === null) return null;
  return claimDay > speaksFirst ? claimDay : speaksFirst;
}

/** One scope's position from its claims, sorted by {@link compareRecords}; undefined without claims. */
export function positionOf(actorId: string, candidateId: string, actorType: string, scope: string, sorted: readonly StanceRecord[]): Position | undefined {
  if (sorted.length === 0) return undefined;
  const side = (stance: Stance): PositionSide | null => {
    const claims = sorted.filter((r) => r.stance === stance);
    if (claims.length === 0) return null;
    const dated = claims.filter((r) => r.day !== null).map((r) => r.day!);
    return { first: dated[0] ?? null, last: dated[dated.length - 1] ?? null, claims: claims.length, recent: claims.slice(-RECENT_CLAIMS).reverse().map(recordKey) };
  };
  const history: string[] = [];
  const changes: string[] = [];
  const dated = sorted.filter((r) => r.day !== null);
  for (let i = 0; i < dated.length; i++) {
    const r = dated[i]!;
    const previous = history[history.length - 1];
    if (previous !== undefined && entryStance(previous) === r.stance) continue;
    if (previous !== undefined && previous.slice(0, 10) < r.day!) {
      // The latest claim dated before this one's day (the previous run's first claim is).
      let before = i - 1;
      while (dated[before]!.day! >= r.day!) before--;
      changes.push(`${recordKey(dated[before]!)} ${recordKey(r)}`);
    }
    history.push(`${recordKey(r)} ${r.stance}`);
  }
  const last = sorted[sorted.length - 1]!;
  let before = dated.length - 1;
  while (before >= 0 && last.day !== null && dated[before]!.day! >= last.day) before--;
  const lastBefore = last.day === null ? undefined : dated[before];
  return {
    actorId,
    candidateId,
    scope,
    actorType,
    support: side("SUPPORTS"),
    oppose: side("OPPOSES"),
    history,
    latest: sorted[sorted.length - 1]!.stance,
    maxConfidence: Math.max(...sorted.map((r) => r.confidence)),
    vias: [...new Set(sorted.map((r) => r.via).filter((v): v is string => v !== null))].sort(),
    lastKey: recordKey(last),
    lastBefore: lastBefore ? recordKey(lastBefore) : null,
    changes,
  };
}

/** A stored position read back into a {@link Position}, to append claims to. */
function positionFromStored(actorId: string, candidateId: string, actorType: string, props: Record<string, Plain>): Position {
  const side = (key: unknown, last: unknown, claims: unknown, recent: unknown): PositionSide | null =>
    typeof key === "string"
      ? { first: key.startsWith(UNDATED_DAY) ? null : key.slice(0, 10), last: (last as string | null) ?? null, claims: Number(claims ?? 0), recent: ((recent as string[] | null) ?? []).slice() }
      : null;
  return {
    actorId,
    candidateId,
    scope: String(props.scope),
    actorType,
    support: side(props.supportKey, props.supportLast, props.supportClaims, props.supportRecent),
    oppose: side(props.opposeKey, props.opposeLast, props.opposeClaims, props.opposeRecent),
    history: ((props.history as string[] | null) ?? []).slice(),
    latest: props.latest as Stance,
    maxConfidence: Number(props.maxConfidence ?? 0),
    vias: ((props.vias as string[] | null) ?? []).slice(),
    lastKey: String(props.lastKey),
    lastBefore: typeof props.lastBefore === "string" ? props.lastBefore : null,
    changes: ((props.changes as string[] | null) ?? []).slice(),
  };
}

/**
 * True when a stored position holds every property {@link mergeIntoPosition} needs: positions
 * stored before a summary version added some are recomputed from their claims instead.
 */
function mergeable(props: Record<string, Plain>): boolean {
  if (typeof props.lastKey !== "string") return false;
  if (typeof props.supportKey === "string" && !Array.isArray(props.supportRecent)) return false;
  return !(typeof props.opposeKey === "string" && !Array.isArray(props.opposeRecent));
}

/** The order key and the stance of a history entry. */
const entryKey = (entry: string) => entry.slice(0, entry.indexOf(" "));
const entryStance = (entry: string) => entry.slice(entry.indexOf(" ") + 1) as Stance;

/**
 * A position with new claims merged in, without reading the older ones: what {@link positionOf}
 * would give over all the claims. A claim after every summarised one is appended; an older one is
 * inserted when it does not split a run of the other stance in the history. Returns undefined when
 * it does (then the pair is recomputed from its claims).
 */
export function mergeIntoPosition(position: Position | undefined, actorId: string, candidateId: string, actorType: string, scope: string, records: readonly StanceRecord[]): Position | undefined {
  if (!position) return positionOf(actorId, candidateId, actorType, scope, records);
  const p: Position = {
    ...position,
    support: position.support && { ...position.support, recent: [...position.support.recent] },
    oppose: position.oppose && { ...position.oppose, recent: [...position.oppose.recent] },
    history: [...position.history],
    vias: [...position.vias],
    changes: [...position.changes],
  };
  for (const r of records) {
    const key = recordKey(r);
    const sideName = r.stance === "SUPPORTS" ? "support" : "oppose";
    const side = p[sideName] ?? { first: null, last: null, claims: 0, recent: [] };
    side.claims += 1;
    side.recent = [...side.recent, key].sort((a, b) => compareKeys(b, a)).slice(0, RECENT_CLAIMS);
    if (r.day !== null) {
      if (side.first === null || r.day < side.first) side.first = r.day;
      if (side.last === null || r.day > side.last) side.last = r.day;
    }
    p[sideName] = side;
    p.maxConfidence = Math.max(p.maxConfidence, r.confidence);
    if (r.via !== null && !p.vias.includes(r.via)) p.vias = [...p.vias, r.via].sort();
    const order = compareKeys(key, p.lastKey);
    if (order === 0) return undefined;
    const lastDay = p.lastKey.startsWith(UNDATED_DAY) ? null : p.lastKey.slice(0, 10);
    if (order > 0) {
      // After every summarised claim: the latest, and a new run when its stance differs.
      const last = p.history[p.history.length - 1];
      if (r.day !== null && (last === undefined || entryStance(last) !== r.stance)) {
        if (last !== undefined && last.slice(0, 10) < r.day) {
          // A change: from the latest claim dated before this one's day.
          const before = lastDay !== null && lastDay < r.day ? p.lastKey : p.lastBefore;
          if (before === null) return undefined;
          p.changes.push(`${before} ${key}`);
        }
        p.history.push(`${key} ${r.stance}`);
      }
      if (r.day !== null && lastDay !== null && lastDay < r.day) p.lastBefore = p.lastKey;
      p.latest = r.stance;
      p.lastKey = key;
    } else if (r.day !== null) {
      // Among the summarised claims: in the run it falls in, or ahead of the first one.
      let run = -1;
      for (let i = 0; i < p.history.length && compareKeys(entryKey(p.history[i]!), key) <= 0; i++) run = i;
      if (run >= 0 && entryKey(p.history[run]!) === key) return undefined;
      if (run >= 0 && entryStance(p.history[run]!) !== r.stance) {
        // It splits a run of the other stance: where that run resumes is in the claims only.
        return undefined;
      }
      const first = p.history[0];
      if (run < 0 && first !== undefined && entryStance(first) !== r.stance) {
        // A run of its own ahead of the first: a change when it is dated before that run's day.
        if (r.day < first.slice(0, 10)) p.changes.unshift(`${key} ${entryKey(first)}`);
        p.history.unshift(`${key} ${r.stance}`);
      } else {
        // It joins run `run` (the first when it comes ahead of every dated claim).
        const joined = Math.max(run, 0);
        if (run < 0) p.history[0] = `${key} ${r.stance}`;
        const next = p.history[joined + 1];
        if (next !== undefined && r.day < next.slice(0, 10)) {
          // The next run's change is measured from the latest claim dated before its day, which
          // lies in this run: this claim when it is later than that one, or when the run had none
          // dated before that day (its first claim was on that day, now this one is earlier).
          const after = entryKey(next);
          const at = p.changes.findIndex((c) => c.slice(c.indexOf(" ") + 1) === after);
          if (at < 0) {
            if (run >= 0) return undefined;
            p.changes.unshift(`${key} ${after}`);
          } else if (compareKeys(key, p.changes[at]!.slice(0, p.changes[at]!.indexOf(" "))) > 0) {
            p.changes[at] = `${key} ${after}`;
          }
        }
      }
      if (lastDay !== null && r.day < lastDay && (p.lastBefore === null || compareKeys(key, p.lastBefore) > 0)) p.lastBefore = key;
    }
  }
  return p;
}

/** Every scope's position of one pair: '*' over all claims, and one per post the claims name. */
export function positionsOf(actorId: string, candidateId: string, actorType: string, records: readonly StanceRecord[]): Position[] {
  const sorted = [...records].sort(compareRecords);
  const scopes = [ALL_POSTS, ...new Set(sorted.map((r) => r.postId).filter((p): p is string => p !== null))];
  return scopes
    .map((scope) => positionOf(actorId, candidateId, actorType, scope, scope === ALL_POSTS ? sorted : sorted.filter((r) => r.postId === scope)))
    .filter((p): p is Position => p !== undefined);
}

/** True when the history holds two different stances on strictly increasing days. */
export const historyChanged = (history: readonly string[]) => history.length >= 2 && history[0]!.slice(0, 10) < history[history.length - 1]!.slice(0, 10);

/** A stored property value as plain JSON: dates as YYYY-MM-DD, integers as numbers. */
type Plain = string | number | boolean | string[] | null;

const DATE_PROPERTIES = new Set(["supportLast", "opposeLast"]);
const INT_PROPERTIES = new Set(["supportClaims", "opposeClaims"]);

/**
 * The properties a position is stored with (docs/graph-summaries.md); absent ones are null. Only
 * what a question filters or orders on has its own property; the first day of a stance is the
 * head of its page key.
 */
export function storedPosition(p: Position): Record<string, Plain> {
  const key = (side: PositionSide | null) => (side ? `${side.first ?? UNDATED_DAY}|${p.actorId}` : null);
  const changed = historyChanged(p.history);
  return {
    scope: p.scope,
    candidateId: p.candidateId,
    actorType: p.actorType,
    supportKey: key(p.support),
    supportLast: p.support?.last ?? null,
    supportClaims: p.support?.claims ?? null,
    opposeKey: key(p.oppose),
    opposeLast: p.oppose?.last ?? null,
    opposeClaims: p.oppose?.claims ?? null,
    history: p.history.length > 0 ? p.history : null,
    latest: p.latest,
    maxConfidence: p.maxConfidence,
    vias: p.vias.length > 0 ? p.vias : null,
    changeKey: changed && p.scope === ALL_POSTS ? `${p.candidateId}|${p.actorId}` : null,
    mixedKey: p.history.length >= 2 ? `${p.candidateId}|${p.scope}|${p.actorId}` : null,
    lastKey: p.lastKey,
    supportRecent: p.support?.recent ?? null,
    opposeRecent: p.oppose?.recent ?? null,
    lastBefore: p.lastBefore,
    changes: p.changes.length > 0 ? p.changes : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Tallies
// ---------------------------------------------------------------------------------------------

/** The tally of the actors whose stance on a candidate changed (`<candidateId>|*|CHANGED`). */
export const CHANGED = "CHANGED";

/** `<candidateId>|<scope>|<stance>`, or `<candidateId>|*|CHANGED`. */
export const tallyKey = (candidateId: string, scope: string, stance: Stance | typeof CHANGED) => `${candidateId}|${scope}|${stance}`;

/** Months are counted as year * 12 + month - 1. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

interface TallyDelta {
  key: string;
  candidateId: string;
  scope: string;
  stance: Stance | typeof CHANGED;
  total: number;
  totalCountries: number;
  undatedActors: number;
  undatedCountries: number;
  holding: number;
  holdingCountries: number;
  /** month index -> [actors, countries] */
  months: Map<number, [number, number]>;
}

/** Adds (sign 1) or removes (sign -1) one stored position's counts to the deltas. */
function addContribution(deltas: Map<string, TallyDelta>, p: Record<string, Plain>, sign: 1 | -1): void {
  const country = p.actorType === "Country" ? 1 : 0;
  for (const stance of STANCES) {
    const pageKey = (stance === "SUPPORTS" ? p.supportKey : p.opposeKey) as string | null;
    if (pageKey === null || pageKey === undefined) continue;
    const firstDay = pageKey.slice(0, 10);
    const key = tallyKey(String(p.candidateId), String(p.scope), stance);
    let d = deltas.get(key);
    if (!d) {
      d = { key, candidateId: String(p.candidateId), scope: String(p.scope), stance, total: 0, totalCountries: 0, undatedActors: 0, undatedCountries: 0, holding: 0, holdingCountries: 0, months: new Map() };
      deltas.set(key, d);
    }
    d.total += sign;
    d.totalCountries += sign * country;
    if (firstDay === UNDATED_DAY) {
      d.undatedActors += sign;
      d.undatedCountries += sign * country;
    } else {
      const m = monthIndex(firstDay);
      const cell = d.months.get(m) ?? [0, 0];
      cell[0] += sign;
      cell[1] += sign * country;
      d.months.set(m, cell);
    }
    if (p.latest === stance) {
      d.holding += sign;
      d.holdingCountries += sign * country;
    }
  }
  if (p.changeKey !== null && p.changeKey !== undefined) {
    const key = `${String(p.candidateId)}|${ALL_POSTS}|${CHANGED}`;
    let d = deltas.get(key);
    if (!d) {
      d = { key, candidateId: String(p.candidateId), scope: ALL_POSTS, stance: CHANGED, total: 0, totalCountries: 0, undatedActors: 0, undatedCountries: 0, holding: 0, holdingCountries: 0, months: new Map() };
      deltas.set(key, d);
    }
    d.total += sign;
    d.totalCountries += sign * country;
  }
}

// ---------------------------------------------------------------------------------------------
// Conversions between plain values and Neo4j values
// ---------------------------------------------------------------------------------------------

const int = (n: number) => neo4j.int(n);

function toDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return value.toString();
  return String(value);
}

function toNumber(value: unknown): number {
  if (isInt(value)) return value.toNumber();
  return Number(value);
}

function neoDate(day: string) {
  return new neo4j.types.Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** A stored relationship's properties as plain values (see {@link storedPosition}). */
function plainProperties(props: Record<string, unknown>): Record<string, Plain> {
  const plain: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    if (isDate(v)) plain[k] = v.toString();
    else if (isInt(v)) plain[k] = v.toNumber();
    else plain[k] = Array.isArray(v) ? v.map(String) : (v as Plain);
  }
  return plain;
}

/** A plain property value as the driver must send it (dates as dates, counts as integers). */
function neoValue(key: string, value: Plain): unknown {
  if (value === null) return null;
  if (DATE_PROPERTIES.has(key)) return neoDate(value as string);
  if (INT_PROPERTIES.has(key)) return int(value as number);
  return value;
}

/** The properties that differ between a stored position and a fresh one (null removes). */
function changedProperties(old: Record<string, Plain>, fresh: Record<string, Plain>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(fresh)])) {
    const before = old[key] ?? null;
    const after = fresh[key] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = neoValue(key, after);
  }
  return changes;
}

const withoutNulls = (props: Record<string, Plain>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null).map(([k, v]) => [k, neoValue(k, v)]));

// ---------------------------------------------------------------------------------------------
// Cypher
// ---------------------------------------------------------------------------------------------

/**
 * The pairs and candidacies an article's claims touch, the speakers' represented actors included.
 * With `$complete`, claims written without `fromId`/`toId`/`day` get them (graphs written before
 * the write path set them).
 */
const TOUCHED_BY_ARTICLES = `
UNWIND $articleIds AS articleId
OPTIONAL MATCH (article:Article {id: articleId})
CALL (articleId, article) {
  MATCH (from)-[r:SUPPORTS]->(to) WHERE r.articleId = articleId RETURN 'stance' AS kind, from, r, to
  UNION ALL
  MATCH (from)-[r:OPPOSES]->(to) WHERE r.articleId = articleId RETURN 'stance' AS kind, from, r, to
  UNION ALL
  MATCH (from)-[r:SPEAKS_FOR]->(to) WHERE r.articleId = articleId RETURN 'speaks' AS kind, from, r, to
  UNION ALL
  MATCH (from)-[r:CANDIDATE_FOR]->(to) WHERE r.articleId = articleId RETURN 'candidacy' AS kind, from, r, to
  UNION ALL
  MATCH (from)-[r:QUOTED_IN]->(to) WHERE $complete AND r.articleId = articleId RETURN 'quote' AS kind, from, r, to
}
FOREACH (_ IN CASE WHEN $complete AND r.toId IS NULL THEN [1] ELSE [] END |
  SET r.fromId = from.id, r.toId = to.id, r.day = coalesce(r.date, article.publishedAt))
WITH collect(DISTINCT CASE WHEN kind = 'candidacy' THEN {candidateId: from.id, postId: to.id} END) AS candidacies,
     collect(DISTINCT CASE WHEN kind IN ['stance', 'speaks'] THEN {kind: kind, from: from, to: to} END) AS links
CALL (links) {
  UNWIND links AS link
  WITH link.kind AS kind, link.from AS from, link.to AS to
  CALL (kind, from, to) {
    WITH kind, from, to WHERE kind = 'stance'
    RETURN from.id AS actorId, to.id AS candidateId
    UNION
    WITH kind, from, to WHERE kind = 'stance' AND from:Person
    MATCH (from)-[:SPEAKS_FOR]->(represented) WHERE represented:Country OR represented:Organization
    RETURN represented.id AS actorId, to.id AS candidateId
    UNION
    WITH kind, from, to WHERE kind = 'speaks' AND from:Person AND (to:Country OR to:Organization)
    MATCH (from)-[:SUPPORTS|OPPOSES]->(candidate:Person)
    RETURN to.id AS actorId, candidate.id AS candidateId
  }
  RETURN collect(DISTINCT {actorId: actorId, candidateId: candidateId}) AS pairs
}
RETURN pairs, candidacies`;

/**
 * The pairs speakers add: for a pair whose actor is a speaker, the same candidate with each actor
 * the speaker represents; for a SPEAKS_FOR claim, the represented actor with each of the
 * speaker's candidates (and the speaker, whose claims now count for it).
 */
const EXPAND_SPEAKERS = `
CALL () {
  UNWIND $pairs AS pair
  MATCH (speaker:Actor {id: pair.actorId})-[:SPEAKS_FOR]->(represented)
  WHERE speaker:Person AND (represented:Country OR represented:Organization)
  RETURN represented.id AS actorId, pair.candidateId AS candidateId, null AS speakerId
  UNION
  UNWIND $speakers AS spoken
  MATCH (speaker:Actor {id: spoken.speakerId})-[:SUPPORTS|OPPOSES]->(candidate:Person)
  WHERE speaker:Person
  MATCH (represented:Actor {id: spoken.actorId})
  WHERE represented:Country OR represented:Organization
  RETURN represented.id AS actorId, candidate.id AS candidateId, speaker.id AS speakerId
}
RETURN collect({actorId: actorId, candidateId: candidateId, speakerId: speakerId}) AS pairs`;

/** The actors each writer of a stance speaks for, and since when (earliest dated SPEAKS_FOR). */
const WRITERS_REPRESENT = `
UNWIND $speakerIds AS speakerId
MATCH (speaker:Actor {id: speakerId})-[sp:SPEAKS_FOR]->(represented)
WHERE speaker:Person AND (represented:Country OR represented:Organization)
RETURN speakerId, represented.id AS actorId, min(coalesce(sp.day, sp.date)) AS since`;

/** The stored positions of some pairs (those the new claims can be appended to). */
const READ_STORED = `
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.actorId})
MATCH (c:Actor {id: pair.candidateId}) WHERE c:Person
RETURN a.id AS actorId, c.id AS candidateId, elementId(a) AS a, elementId(c) AS c,
       [l IN labels(a) WHERE l <> 'Actor'][0] AS actorType,
       [(a)-[p:POSITION]->(c) | {id: elementId(p), props: properties(p)}] AS stored`;

const LOCK_ACTORS = `
MATCH (a:Actor) WHERE a.id IN $actorIds
WITH a ORDER BY a.id
WITH collect(a) AS actors
CALL apoc.lock.nodes(actors)
RETURN size(actors) AS locked`;

/**
 * Every stance claim that counts for each pair (the actor's own, and for a country or
 * organization its speakers'), with the speakers' SPEAKS_FOR days, and the pair's stored positions.
 */
const READ_PAIRS = `
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.actorId})
MATCH (c:Actor {id: pair.candidateId}) WHERE c:Person
CALL (a, c) {
  OPTIONAL MATCH (a)-[r:SUPPORTS|OPPOSES]->(c)
  RETURN collect(r {stance: type(r), day: coalesce(r.day, r.date), .postId, .confidence, .articleId, .start, .claimId}) AS own
}
CALL (a, c) {
  OPTIONAL MATCH (s:Person)-[sp:SPEAKS_FOR]->(a)
  WHERE (a:Country OR a:Organization) AND EXISTS { (s)-[:SUPPORTS|OPPOSES]->(c) }
  WITH s, collect(sp {day: coalesce(sp.day, sp.date), .articleId}) AS speaks
  OPTIONAL MATCH (s)-[r:SUPPORTS|OPPOSES]->(c)
  RETURN collect(r {stance: type(r), day: coalesce(r.day, r.date), .postId, .confidence, .articleId, .start, .claimId, via: s.id, speaks: speaks}) AS spoken
}
RETURN a.id AS actorId, c.id AS candidateId, elementId(a) AS a, elementId(c) AS c,
       [l IN labels(a) WHERE l <> 'Actor'][0] AS actorType, own, spoken,
       [(a)-[p:POSITION]->(c) | {id: elementId(p), props: properties(p)}] AS stored`;

/**
 * READ_PAIRS for pairs whose claims are those their stored position counts (its speakers are its
 * `vias`, read here, after the lock) and those of the speakers in `pair.vias` (who wrote the new
 * claims, or were just named): a much-represented actor's speakers are looked up by id instead of
 * each being checked for a claim on the candidate.
 */
const READ_PAIRS_BY_VIAS = `
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.actorId})
MATCH (c:Actor {id: pair.candidateId}) WHERE c:Person
CALL (a, c) {
  OPTIONAL MATCH (a)-[r:SUPPORTS|OPPOSES]->(c)
  RETURN collect(r {stance: type(r), day: coalesce(r.day, r.date), .postId, .confidence, .articleId, .start, .claimId}) AS own
}
CALL (a, c, pair) {
  OPTIONAL MATCH (a)-[p:POSITION {scope: '*'}]->(c)
  UNWIND coalesce(p.vias, []) + pair.vias AS via
  WITH DISTINCT a, c, via
  MATCH (s:Actor {id: via}) USING INDEX s:Actor(id) WHERE s:Person
  MATCH (s)-[sp:SPEAKS_FOR]->(a)
  WITH s, collect(sp {day: coalesce(sp.day, sp.date), .articleId}) AS speaks
  MATCH (s)-[r:SUPPORTS|OPPOSES]->(c)
  RETURN collect(r {stance: type(r), day: coalesce(r.day, r.date), .postId, .confidence, .articleId, .start, .claimId, via: s.id, speaks: speaks}) AS spoken
}
RETURN a.id AS actorId, c.id AS candidateId, elementId(a) AS a, elementId(c) AS c,
       [l IN labels(a) WHERE l <> 'Actor'][0] AS actorType, own, spoken,
       [(a)-[p:POSITION]->(c) | {id: elementId(p), props: properties(p)}] AS stored`;

const ARTICLE_DAYS = `
UNWIND $articleIds AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.publishedAt AS day`;

const CREATE_POSITIONS = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (c) WHERE elementId(c) = row.c
CREATE (a)-[p:POSITION]->(c)
SET p = row.props`;

const UPDATE_POSITIONS = `
UNWIND $rows AS row
MATCH ()-[p:POSITION]->() WHERE elementId(p) = row.id
SET p += row.props`;

const DELETE_POSITIONS = `
UNWIND $ids AS id
MATCH ()-[p:POSITION]->() WHERE elementId(p) = id
DELETE p`;

const WRITE_TALLIES = `
UNWIND $tallies AS t
MERGE (x:Tally {key: t.key})
ON CREATE SET x.candidateId = t.candidateId, x.scope = t.scope, x.stance = t.stance,
  x.total = 0, x.totalCountries = 0, x.undatedActors = 0, x.undatedCountries = 0, x.holding = 0, x.holdingCountries = 0,
  x.monthActors = [], x.monthCountries = []
WITH collect({x: x, t: t}) AS rows
CALL apoc.lock.nodes([r IN rows | r.x])
UNWIND rows AS row
WITH row.x AS x, row.t AS t
WITH x, t, x.monthBase AS ob, x.monthActors AS oa, x.monthCountries AS oc
WITH x, t, ob, oa, oc,
     CASE WHEN size(oa) = 0 THEN t.monthBase WHEN t.monthBase IS NULL OR ob < t.monthBase THEN ob ELSE t.monthBase END AS nb,
     CASE WHEN size(oa) = 0 THEN t.monthBase + size(t.monthActors)
          WHEN t.monthBase IS NULL OR ob + size(oa) > t.monthBase + size(t.monthActors) THEN ob + size(oa)
          ELSE t.monthBase + size(t.monthActors) END AS ne
SET x.total = x.total + t.total, x.totalCountries = x.totalCountries + t.totalCountries,
    x.undatedActors = x.undatedActors + t.undatedActors, x.undatedCountries = x.undatedCountries + t.undatedCountries,
    x.holding = x.holding + t.holding, x.holdingCountries = x.holdingCountries + t.holdingCountries,
    x.monthBase = nb,
    x.monthActors = CASE WHEN nb IS NULL THEN [] ELSE [i IN range(nb, ne - 1) |
      (CASE WHEN size(oa) > 0 AND i >= ob AND i < ob + size(oa) THEN oa[i - ob] ELSE 0 END) +
      (CASE WHEN t.monthBase IS NOT NULL AND i >= t.monthBase AND i < t.monthBase + size(t.monthActors) THEN t.monthActors[i - t.monthBase] ELSE 0 END)] END,
    x.monthCountries = CASE WHEN nb IS NULL THEN [] ELSE [i IN range(nb, ne - 1) |
      (CASE WHEN size(oc) > 0 AND i >= ob AND i < ob + size(oc) THEN oc[i - ob] ELSE 0 END) +
      (CASE WHEN t.monthBase IS NOT NULL AND i >= t.monthBase AND i < t.monthBase + size(t.monthCountries) THEN t.monthCountries[i - t.monthBase] ELSE 0 END)] END
WITH x WHERE x.total = 0
DELETE x`;

/** Candidacies recomputed from their CANDIDATE_FOR claims; a candidacy without claims is removed. */
const WRITE_CANDIDACIES = `
UNWIND $candidacies AS cd
MATCH (c:Actor {id: cd.candidateId}) WHERE c:Person
MATCH (post:Post {id: cd.postId})
WITH c, post ORDER BY c.id, post.id
WITH collect({c: c, post: post}) AS rows
CALL apoc.lock.nodes([r IN rows | r.c])
UNWIND rows AS row
WITH row.c AS c, row.post AS post
CALL (c, post) {
  OPTIONAL MATCH (c)-[r:CANDIDATE_FOR]->(post)
  OPTIONAL MATCH (article:Article {id: r.articleId})
  WITH r, coalesce(r.day, r.date, article.publishedAt) AS day
  RETURN count(r) AS claims, min(day) AS first, max(day) AS last, max(r.confidence) AS maxConfidence
}
OPTIONAL MATCH (c)-[old:RUNS_FOR]->(post)
FOREACH (x IN CASE WHEN claims = 0 AND old IS NOT NULL THEN [old] ELSE [] END | DELETE x)
FOREACH (_ IN CASE WHEN claims > 0 THEN [1] ELSE [] END |
  MERGE (c)-[runs:RUNS_FOR]->(post)
  SET runs.candidateId = c.id, runs.postId = post.id, runs.first = first, runs.last = last, runs.claims = claims,
      runs.maxConfidence = maxConfidence)`;

// ---------------------------------------------------------------------------------------------
// Refresh
// ---------------------------------------------------------------------------------------------

const pairKey = (p: PairRef) => `${p.actorId}\u0000${p.candidateId}`;

function uniquePairs(pairs: Iterable<PairRef>): PairRef[] {
  const byKey = new Map<string, PairRef>();
  for (const p of pairs) byKey.set(pairKey(p), { actorId: p.actorId, candidateId: p.candidateId });
  return [...byKey.values()].sort((a, b) => (pairKey(a) < pairKey(b) ? -1 : 1));
}

function uniqueCandidacies(candidacies: Iterable<CandidacyRef>): CandidacyRef[] {
  const byKey = new Map<string, CandidacyRef>();
  for (const c of candidacies) byKey.set(`${c.candidateId}\u0000${c.postId}`, { candidateId: c.candidateId, postId: c.postId });
  return [...byKey.values()];
}

async function touchedQuery(tx: TxRunner, articleIds: readonly string[], complete: boolean): Promise<{ pairs: PairRef[]; candidacies: CandidacyRef[] }> {
  if (articleIds.length === 0) return { pairs: [], candidacies: [] };
  const result = await tx.run(TOUCHED_BY_ARTICLES, { articleIds: [...articleIds], complete });
  const record = result.records[0];
  if (!record) return { pairs: [], candidacies: [] };
  return {
    pairs: uniquePairs(record.get("pairs") as PairRef[]),
    candidacies: uniqueCandidacies((record.get("candidacies") as (CandidacyRef | null)[]).filter((c): c is CandidacyRef => c !== null)),
  };
}

/**
 * The pairs and candidacies whose summaries depend on these articles' claims, speakers'
 * represented actors included. Call it before deleting the claims (retract, re-read) and pass
 * the answer to {@link refreshSummaries} after.
 */
export async function touchedByArticles(tx: TxRunner, articleIds: readonly string[]): Promise<{ pairs: PairRef[]; candidacies: CandidacyRef[] }> {
  return touchedQuery(tx, articleIds, false);
}

/** A pair's ends and stored positions, as READ_STORED and READ_PAIRS return them. */
interface PairRow {
  actorId: string;
  candidateId: string;
  a: string;
  c: string;
  actorType: string;
  stored: { id: string; props: Record<string, unknown> }[];
}

/** A written stance claim as it counts for one actor. */
function writtenRecord(c: WrittenStance, day: string | null, via: string | null): StanceRecord {
  return {
    stance: c.stance,
    day,
    postId: typeof c.postId === "string" ? c.postId : null,
    confidence: toNumber(c.confidence ?? 0),
    articleId: String(c.articleId),
    start: toNumber(c.start ?? 0),
    claimId: String(c.claimId),
    via,
  };
}

interface StoredRow {
  actorId: string;
  candidateId: string;
  a: string;
  c: string;
  actorType: string;
  own: Record<string, unknown>[];
  spoken: (Record<string, unknown> & { speaks: Record<string, unknown>[] })[];
  stored: { id: string; props: Record<string, unknown> }[];
}

function record(raw: Record<string, unknown>, day: string | null, via: string | null): StanceRecord {
  return {
    stance: raw.stance as Stance,
    day,
    postId: (raw.postId as string | null) ?? null,
    confidence: toNumber(raw.confidence ?? 0),
    articleId: String(raw.articleId),
    start: toNumber(raw.start ?? 0),
    claimId: String(raw.claimId),
    via,
  };
}

/**
 * Recomputes the summaries of everything `touched` names, in the caller's transaction: the
 * positions of the pairs (speakers expanded to the actors they speak for), the candidacies, and
 * the tallies by the difference. Articles stand for every pair and candidacy their claims touch.
 */
export async function refreshSummaries(tx: TxRunner, touched: Touched, options: { expandSpeakers?: boolean } = {}): Promise<RefreshStats> {
  const stats: RefreshStats = { pairs: 0, positionsWritten: 0, positionsDeleted: 0, talliesWritten: 0, candidacies: 0 };
  const fromArticles = await touchedQuery(tx, touched.articleIds ?? [], true);
  // Pairs recomputed from all their claims.
  let full = fromArticles.pairs;
  const givenPairs = uniquePairs(touched.pairs ?? []);
  const speakers = [...new Map((touched.speakers ?? []).map((s) => [`${s.speakerId}\u0000${s.actorId}`, s])).values()];
  const expand = options.expandSpeakers === false ? [] : givenPairs;
  // Pairs a named speaker's claims now count for: read back with their speakers looked up by id.
  const spokenFor = new Map<string, PairRef & { vias: string[] }>();
  if (expand.length > 0 || speakers.length > 0) {
    const expanded = await tx.run(EXPAND_SPEAKERS, { pairs: expand, speakers });
    const rows = (expanded.records[0]?.get("pairs") as (PairRef & { speakerId: string | null })[]) ?? [];
    full = uniquePairs([...full, ...givenPairs, ...rows.filter((r) => r.speakerId === null)]);
    for (const r of rows) {
      if (r.speakerId === null) continue;
      const key = pairKey(r);
      const entry = spokenFor.get(key) ?? { actorId: r.actorId, candidateId: r.candidateId, vias: [] };
      entry.vias.push(r.speakerId);
      spokenFor.set(key, entry);
    }
  } else if (givenPairs.length > 0) {
    full = uniquePairs([...full, ...givenPairs]);
  }
  // Pairs the written claims can be appended to: their own, and those of the actors their writers speak for.
  const appended = new Map<string, { pair: PairRef; records: StanceRecord[] }>();
  const written = touched.written ?? [];
  if (written.length > 0) {
    const reps = await tx.run(WRITERS_REPRESENT, { speakerIds: [...new Set(written.map((c) => c.fromId))] });
    const represented = new Map<string, { actorId: string; since: string | null }[]>();
    for (const r of reps.records) {
      const list = represented.get(r.get("speakerId") as string) ?? [];
      list.push({ actorId: r.get("actorId") as string, since: toDay(r.get("since")) });
      represented.set(r.get("speakerId") as string, list);
    }
    const add = (actorId: string, candidateId: string, rec: StanceRecord) => {
      const key = pairKey({ actorId, candidateId });
      const entry = appended.get(key) ?? { pair: { actorId, candidateId }, records: [] };
      entry.records.push(rec);
      appended.set(key, entry);
    };
    for (const c of written) {
      const own = writtenRecord(c, toDay(c.day), null);
      add(c.fromId, c.toId, own);
      for (const rep of represented.get(c.fromId) ?? []) add(rep.actorId, c.toId, { ...own, day: speakerDay(own.day, rep.since), via: c.fromId });
    }
  }
  const fullKeys = new Set(full.map(pairKey));
  for (const key of fullKeys) spokenFor.delete(key);
  for (const [key, entry] of spokenFor) {
    // The writers of new claims may be speakers the stored position does not name yet.
    for (const r of appended.get(key)?.records ?? []) if (r.via !== null && !entry.vias.includes(r.via)) entry.vias.push(r.via);
  }
  for (const key of [...fullKeys, ...spokenFor.keys()]) appended.delete(key);
  const candidacies = uniqueCandidacies([...fromArticles.candidacies, ...(touched.candidacies ?? [])]);
  stats.pairs = full.length + spokenFor.size + appended.size;
  stats.candidacies = candidacies.length;

  if (full.length > 0 || spokenFor.size > 0 || appended.size > 0) {
    const actorIds = [...new Set([...full, ...spokenFor.values(), ...[...appended.values()].map((e) => e.pair)].map((p) => p.actorId))].sort();
    await tx.run(LOCK_ACTORS, { actorIds });
    const computed: { row: PairRow; positions: Position[] }[] = [];
    // Pairs a new claim cannot be merged into, and those a speaker was named for: read back with
    // the speakers their positions name.
    const byVias: (PairRef & { vias: string[] })[] = [...spokenFor.values()];

    if (appended.size > 0) {
      const result = await tx.run(READ_STORED, { pairs: [...appended.values()].map((e) => e.pair) });
      for (const record of result.records) {
        const row = record.toObject() as unknown as PairRow;
        const entry = appended.get(pairKey(row))!;
        const records = [...entry.records].sort(compareRecords);
        const stored = new Map(row.stored.map((s) => [String(s.props.scope), plainProperties(s.props)]));
        if ([...stored.values()].some((props) => !mergeable(props))) {
          full.push(entry.pair);
          continue;
        }
        // Merged into each scope's stored position, unless a claim splits a run of the history.
        const scopes = [ALL_POSTS, ...new Set(records.map((r) => r.postId).filter((p): p is string => p !== null))];
        const positions: Position[] = [];
        for (const scope of scopes) {
          const old = stored.get(scope);
          const inScope = scope === ALL_POSTS ? records : records.filter((r) => r.postId === scope);
          const merged = mergeIntoPosition(old && positionFromStored(row.actorId, row.candidateId, row.actorType, old), row.actorId, row.candidateId, row.actorType, scope, inScope);
          if (!merged) break;
          positions.push(merged);
        }
        if (positions.length < scopes.length) {
          // Every speaker whose claims count is named by the stored position or wrote a new claim.
          byVias.push({ ...entry.pair, vias: [...new Set(entry.records.flatMap((r) => (r.via === null ? [] : [r.via])))] });
          continue;
        }
        // Scopes the new claims do not name keep their stored position as it is.
        computed.push({ row: { ...row, stored: row.stored.filter((s) => scopes.includes(String(s.props.scope))) }, positions });
      }
    }

    if (full.length > 0 || byVias.length > 0) {
      const rows: StoredRow[] = [];
      if (full.length > 0) rows.push(...(await tx.run(READ_PAIRS, { pairs: full })).records.map((r) => r.toObject() as unknown as StoredRow));
      if (byVias.length > 0) rows.push(...(await tx.run(READ_PAIRS_BY_VIAS, { pairs: byVias })).records.map((r) => r.toObject() as unknown as StoredRow));

      // Claims written before `day` existed: date them by their article.
      const undatedArticles = new Set<string>();
      for (const row of rows) {
        for (const c of row.own) if (c.day == null) undatedArticles.add(String(c.articleId));
        for (const c of row.spoken) {
          if (c.day == null) undatedArticles.add(String(c.articleId));
          for (const s of c.speaks) if (s.day == null) undatedArticles.add(String(s.articleId));
        }
      }
      const articleDay = new Map<string, string | null>();
      if (undatedArticles.size > 0) {
        const days = await tx.run(ARTICLE_DAYS, { articleIds: [...undatedArticles] });
        for (const r of days.records) articleDay.set(r.get("id") as string, toDay(r.get("day")));
      }
      const dayOf = (raw: Record<string, unknown>) => toDay(raw.day) ?? articleDay.get(String(raw.articleId)) ?? null;
      for (const row of rows) {
        const records = row.own.map((c) => record(c, dayOf(c), null));
        for (const c of row.spoken) {
          const speaksDays = c.speaks.map(dayOf).filter((d): d is string => d !== null).sort();
          records.push(record(c, speakerDay(dayOf(c), speaksDays[0] ?? null), String(c.via)));
        }
        computed.push({ row, positions: positionsOf(row.actorId, row.candidateId, row.actorType, records) });
      }
    }

    const creates: { a: string; c: string; props: Record<string, unknown> }[] = [];
    const updates: { id: string; props: Record<string, unknown> }[] = [];
    const deletes: string[] = [];
    const deltas = new Map<string, TallyDelta>();
    for (const { row, positions } of computed) {
      const stored = new Map(row.stored.map((s) => [String(s.props.scope), { id: s.id, props: plainProperties(s.props) }]));
      for (const position of positions) {
        const fresh = storedPosition(position);
        const old = stored.get(position.scope);
        stored.delete(position.scope);
        if (old) {
          const changes = changedProperties(old.props, fresh);
          if (Object.keys(changes).length === 0) continue;
          addContribution(deltas, old.props, -1);
          updates.push({ id: old.id, props: changes });
        } else {
          creates.push({ a: row.a, c: row.c, props: withoutNulls(fresh) });
        }
        addContribution(deltas, fresh, 1);
      }
      for (const gone of stored.values()) {
        addContribution(deltas, gone.props, -1);
        deletes.push(gone.id);
      }
    }
    if (creates.length > 0) await tx.run(CREATE_POSITIONS, { rows: creates });
    if (updates.length > 0) await tx.run(UPDATE_POSITIONS, { rows: updates });
    if (deletes.length > 0) await tx.run(DELETE_POSITIONS, { ids: deletes });
    stats.positionsWritten = creates.length + updates.length;
    stats.positionsDeleted = deletes.length;

    const tallies = [...deltas.values()]
      .map(tallyRow)
      .filter((t): t is NonNullable<ReturnType<typeof tallyRow>> => t !== undefined)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    if (tallies.length > 0) await tx.run(WRITE_TALLIES, { tallies });
    stats.talliesWritten = tallies.length;
  }

  if (candidacies.length > 0) await tx.run(WRITE_CANDIDACIES, { candidacies });
  return stats;
}

/** One tally's delta as the row WRITE_TALLIES takes; undefined when nothing moves. */
function tallyRow(d: TallyDelta) {
  const months = [...d.months.entries()].filter(([, [a, c]]) => a !== 0 || c !== 0).map(([m]) => m);
  const counts = [d.total, d.totalCountries, d.undatedActors, d.undatedCountries, d.holding, d.holdingCountries];
  if (months.length === 0 && counts.every((n) => n === 0)) return undefined;
  const base = months.length > 0 ? Math.min(...months) : null;
  const end = months.length > 0 ? Math.max(...months) + 1 : null;
  const dense = (i: 0 | 1) => (base === null ? [] : Array.from({ length: end! - base }, (_, k) => int(d.months.get(base + k)?.[i] ?? 0)));
  return {
    key: d.key,
    candidateId: d.candidateId,
    scope: d.scope,
    stance: d.stance,
    total: int(d.total),
    totalCountries: int(d.totalCountries),
    undatedActors: int(d.undatedActors),
    undatedCountries: int(d.undatedCountries),
    holding: int(d.holding),
    holdingCountries: int(d.holdingCountries),
    monthBase: base === null ? null : int(base),
    monthActors: dense(0),
    monthCountries: dense(1),
  };
}

// ---------------------------------------------------------------------------------------------
// Rebuild
// ---------------------------------------------------------------------------------------------

const MARKER_ID = "summaries";

/** Progress of a rebuild: articles done out of the total. */
export type RebuildProgress = (done: number, total: number) => void;

async function deleteInBatches(db: Database, statement: string): Promise<void> {
  for (;;) {
    const deleted = await db.write(async (tx) => toNumber((await tx.run(statement)).records[0]!.get("n")));
    if (deleted === 0) return;
  }
}

/**
 * Recomputes every summary from the claims, in batches of articles (each batch one transaction):
 * for a graph written before summaries existed, or after the summaries' meaning changed.
 */
export async function rebuildAllSummaries(db: Database, onProgress?: RebuildProgress, batchSize = 200): Promise<number> {
  await deleteInBatches(db, "MATCH ()-[p:POSITION]->() WITH p LIMIT 20000 DELETE p RETURN count(*) AS n");
  await deleteInBatches(db, "MATCH ()-[r:RUNS_FOR]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n");
  await deleteInBatches(db, "MATCH (t:Tally) WITH t LIMIT 20000 DETACH DELETE t RETURN count(*) AS n");
  await db.write((tx) => tx.run("MATCH (m:Migration {id: $id}) DELETE m", { id: MARKER_ID }));
  const total = await db.read(async (tx) => toNumber((await tx.run("MATCH (a:Article) RETURN count(a) AS n")).records[0]!.get("n")));
  let after = "";
  let done = 0;
  if (total > 0) onProgress?.(0, total);
  for (;;) {
    const ids = await db.read(async (tx) => {
      const result = await tx.run("MATCH (a:Article) WHERE a.id > $after RETURN a.id AS id ORDER BY id LIMIT $n", { after, n: int(batchSize) });
      return result.records.map((r) => r.get("id") as string);
    });
    if (ids.length === 0) break;
    await db.write((tx) => refreshSummaries(tx, { articleIds: ids }));
    after = ids[ids.length - 1]!;
    done += ids.length;
    onProgress?.(done, total);
  }
  await db.write((tx) => tx.run("MERGE (m:Migration {id: $id}) SET m.version = $version, m.at = datetime()", { id: MARKER_ID, version: int(SUMMARY_VERSION) }));
  return done;
}

/**
 * Brings version 2 summaries to version 3 in place: each pair's positions recomputed from its
 * claims, which adds each stance's latest claims, the changes and `lastBefore` and leaves counts,
 * keys and tallies as they were. A batch of actors per transaction; an interrupted upgrade resumes
 * where it stopped. Returns how many pairs were recomputed.
 */
export async function upgradeSummaries(db: Database, onProgress?: RebuildProgress, actorsPerBatch = 500): Promise<number> {
  const total = await db.read(async (tx) => toNumber((await tx.run("MATCH (a:Actor) WHERE EXISTS { (a)-[:POSITION]->() } RETURN count(a) AS n")).records[0]!.get("n")));
  let after = "";
  let actorsDone = 0;
  let pairs = 0;
  if (total > 0) onProgress?.(0, total);
  for (;;) {
    const batch = await db.read(async (tx) => {
      const last = await tx.run("MATCH (a:Actor) WHERE a.id > $after WITH a ORDER BY a.id LIMIT $actors RETURN collect(a.id) AS ids", { after, actors: int(actorsPerBatch) });
      const ids = last.records[0]!.get("ids") as string[];
      const result = await tx.run(
        `UNWIND $ids AS id MATCH (a:Actor {id: id})-[p:POSITION {scope: '*'}]->(c)
         WHERE p.supportRecent IS NULL AND p.opposeRecent IS NULL RETURN a.id AS actorId, c.id AS candidateId`,
        { ids },
      );
      return { ids, pairs: result.records.map((r) => ({ actorId: r.get("actorId") as string, candidateId: r.get("candidateId") as string })) };
    });
    if (batch.ids.length === 0) break;
    if (batch.pairs.length > 0) await db.write((tx) => refreshSummaries(tx, { pairs: batch.pairs }, { expandSpeakers: false }));
    pairs += batch.pairs.length;
    actorsDone += new Set(batch.pairs.map((p) => p.actorId)).size;
    after = batch.ids[batch.ids.length - 1]!;
    onProgress?.(Math.min(actorsDone, total), total);
  }
  await db.write((tx) => tx.run("MERGE (m:Migration {id: $id}) SET m.version = $version, m.at = datetime()", { id: MARKER_ID, version: int(SUMMARY_VERSION) }));
  return pairs;
}

/** What {@link ensureSummaries} found and did: nothing, a rebuild from the articles, or an in-place upgrade of the pairs. */
export interface SummaryCheck {
  action: "none" | "rebuilt" | "upgraded";
  /** Articles read for a rebuild, pairs recomputed for an upgrade. */
  count: number;
  unit: "articles" | "pairs";
}

/** Progress of {@link ensureSummaries}, in the unit of the work it does. */
export type SummaryProgress = (done: number, total: number, unit: "articles" | "pairs") => void;

/**
 * Brings the summaries to the current version: rebuilt from the claims when they are missing or
 * of an unknown version, upgraded in place from version 2. Returns how many articles (rebuild) or
 * pairs (upgrade) were read again: 0 when the summaries were current or the graph holds no article.
 */
export async function ensureSummaries(db: Database, onProgress?: SummaryProgress): Promise<SummaryCheck> {
  const version = await db.read(async (tx) => {
    const result = await tx.run("MATCH (m:Migration {id: $id}) RETURN m.version AS version", { id: MARKER_ID });
    const value = result.records[0]?.get("version");
    return value === undefined || value === null ? undefined : toNumber(value);
  });
  if (version === SUMMARY_VERSION) return { action: "none", count: 0, unit: "articles" };
  if (version === 2) {
    const pairs = await upgradeSummaries(db, onProgress && ((done, total) => onProgress(done, total, "pairs")));
    return { action: "upgraded", count: pairs, unit: "pairs" };
  }
  const articles = await rebuildAllSummaries(db, onProgress && ((done, total) => onProgress(done, total, "articles")));
  return { action: "rebuilt", count: articles, unit: "articles" };
}
