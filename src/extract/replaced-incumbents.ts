/**
 * The one a candidate would replace is neither a candidate nor the one supported: in "A has been
 * nominated to replace B as leader" and "the contest to succeed B", B holds the post and leaves it.
 */
import { firstStartingAtOrAfter } from "./text-utils.js";
import type { Analysis, DraftClaim } from "./types.js";

/** Cheap literal test before {@link REPLACED_BEFORE}. */
const REPLACE_CUE = /replac|succe/i;
/** "to replace", "to succeed the outgoing president", right before the name. */
const REPLACED_BEFORE = /\b(?:to|would|will|could)\s+(?:replace|succeed)\s+(?:(?:the|outgoing|incumbent|retiring|departing|current|long-?serving|party|leader|president|chairman|chair)\s+|\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** The entity a claim is about as a contender: the one supported, or the candidate. */
function contender(d: DraftClaim): string | null {
  return d.type === "SUPPORTS" ? d.to : d.type === "CANDIDATE_FOR" ? d.from : null;
}

/** Whether the contender of claim `d` is named in its evidence only as the one to be replaced. */
function replacedIn(analysis: Analysis, d: DraftClaim, entity: string): boolean {
  const { text, mentions } = analysis;
  let named = false;
  for (let i = firstStartingAtOrAfter(mentions, d.start); i < mentions.length && mentions[i]!.start < d.end; i++) {
    const m = mentions[i]!;
    if (m.entity !== entity) continue;
    if (!REPLACED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return false;
    named = true;
  }
  return named;
}

/** The claims without those that make the one to be replaced a candidate or the one supported. */
export function withoutReplacedIncumbents(analysis: Analysis, claims: readonly DraftClaim[]): DraftClaim[] {
  const kept: DraftClaim[] = [];
  for (const d of claims) {
    const entity = contender(d);
    if (entity && REPLACE_CUE.test(analysis.text.slice(d.start, d.end)) && replacedIn(analysis, d, entity)) continue;
    kept.push(d);
  }
  return kept;
}
