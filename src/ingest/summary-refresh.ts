/**
 * Where the write paths keep the summaries of `docs/graph-summaries.md` current, in the
 * transaction that changed the claims. The one boundary between writing claims and summarising
 * them: every write path calls these and nothing else.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { refreshSummaries, touchedByArticles, touchedByClaims, type CandidacyRef, type PairRef, type WrittenClaim } from "./summaries.js";

/** The pairs and candidacies whose summaries a deletion of claims changes, collected before the claims go. */
export interface TouchedSummaries {
  pairs: PairRef[];
  candidacies: CandidacyRef[];
}

/**
 * After the claims of `articleIds` were written. Given the claims written (by type), the refresh
 * knows what they touch without reading them back.
 */
export async function refreshAfterWrite(tx: ManagedTransaction, articleIds: readonly string[], claims?: ReadonlyMap<string, readonly WrittenClaim[]>): Promise<void> {
  if (claims) await refreshSummaries(tx, touchedByClaims(claims));
  else if (articleIds.length > 0) await refreshSummaries(tx, { articleIds });
}

/** Before the claims of `articleIds` are deleted: what their deletion will touch. */
export async function touchedBeforeDelete(tx: ManagedTransaction, articleIds: readonly string[]): Promise<TouchedSummaries> {
  return touchedByArticles(tx, articleIds);
}

/** After claims were deleted (and possibly new ones written for `articleIds`). */
export async function refreshAfterDelete(tx: ManagedTransaction, touched: TouchedSummaries, articleIds: readonly string[]): Promise<void> {
  await refreshSummaries(tx, { pairs: touched.pairs, candidacies: touched.candidacies, articleIds });
}
