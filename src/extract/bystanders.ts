/**
 * Criticism is a stance only on a contender. A person the article neither reads as a candidate nor
 * as backed by anyone ("the White House criticized Tedros" in an article about another race) is a
 * bystander: criticism of them is no stance in the race. Opposition said with a stance verb
 * ("opposes X", "would not back X") names a contender by itself and is kept.
 */
import type { DraftClaim } from "./types.js";

/** Rules that read criticism, not a stated stance. */
const CRITICISM_RULE = /^stance\.(?:criticism|accusation|opposition-from)\b/;

/** The claims without criticism of people who are neither candidates nor supported in the article. */
export function withoutCriticismOfBystanders(drafts: readonly DraftClaim[]): DraftClaim[] {
  const contenders = new Set<string>();
  for (const d of drafts) {
    if (d.type === "CANDIDATE_FOR") contenders.add(d.from);
    else if (d.type === "SUPPORTS") contenders.add(d.to);
  }
  return drafts.filter((d) => d.type !== "OPPOSES" || contenders.has(d.to) || !CRITICISM_RULE.test(d.rule));
}
