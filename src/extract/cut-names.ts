/**
 * A text cut off in the middle of a word ends with a piece of a name ("… put forward Strategic
 * Affairs Secreta", "• Andy O"): a lone word or a name ending in a bare letter at the very end
 * of a text that stops on a letter, and named nowhere else, is no one.
 */
import type { Analysis, DraftClaim } from "./types.js";

/** The entity named only by a mention that the text's cut ends, or null. */
function cutEntity(analysis: Analysis): string | null {
  const { text, mentions } = analysis;
  const end = text.trimEnd().length;
  if (end === 0 || !/[\p{L}\p{N}]/u.test(text[end - 1]!)) return null;
  const last = mentions[mentions.length - 1];
  if (!last || last.end < end) return null;
  // A full name may close a list the cut ends ("…; Ana Ruiz"): a lone word or a bare initial is a piece.
  const words = text.slice(last.start, last.end).trim().split(/\s+/);
  if (words.length > 1 && words[words.length - 1]!.length > 1) return null;
  for (let i = mentions.length - 2; i >= 0; i--) if (mentions[i]!.entity === last.entity) return null;
  return last.entity;
}

/** The claims without those about a name the text's cut leaves unfinished. */
export function withoutCutNames(analysis: Analysis, claims: DraftClaim[]): DraftClaim[] {
  const cut = cutEntity(analysis);
  if (cut === null) return claims;
  const kept: DraftClaim[] = [];
  for (const d of claims) if (d.from !== cut && d.to !== cut) kept.push(d);
  return kept;
}
