/**
 * A person read as a candidate only in words about an earlier contest ("she nominated Ana Ruiz
 * in 2015", "his campaign manager when she became leader in 2011") stood in that contest, not in
 * the one the article reports. Someone also read as a candidate elsewhere keeps every claim.
 */
import type { Analysis, DraftClaim } from "./types.js";

/** A year the sentence dates something to: "in 2015", "since 2009", "28 November 2017", "Jan. 6, 2021". */
const DATED_YEAR =
  /(?:\b(?:in|since|from|until|till|between|of)\s+|\b(?:January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2},?\s+)?|\b\d{1,2},\s+)((?:19|20)\d\d)\b/g;

/** Where the words that go on the claim's clause stop: a sentence's or clause's end, a relative clause about the person. */
const CLAUSE_END = /[.;:!?()\u2013\u2014]|\b(?:who|which|whose)\b/;

/**
 * Whether the words right after a candidacy's evidence date it to a year at least two before the
 * article's (`year`): "nominated Ana Ruiz in 2015", "when she became leader in 2011".
 */
function datedEarlier(text: string, end: number, year: number): boolean {
  let after = text.slice(end, end + 80);
  const stop = CLAUSE_END.exec(after);
  if (stop) after = after.slice(0, stop.index);
  if (!/(?:19|20)\d\d/.test(after)) return false;
  let dated = false;
  for (const m of after.matchAll(DATED_YEAR)) {
    if (Number(m[1]) > year - 2) return false;
    dated = true;
  }
  if (!dated) return false;
  for (const m of after.matchAll(/\b(?:19|20)\d\d\b/g)) if (Number(m[0]) > year - 2) return false;
  return true;
}

/**
 * The claims without the candidacies of a person whose every candidacy is read in words dated
 * to a year at least two before the article's publication (`publishedAt`, ISO); without a
 * publication date the claims are kept as they are.
 */
export function withoutPastContestCandidacies(analysis: Analysis, claims: DraftClaim[], publishedAt: string | null | undefined): DraftClaim[] {
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : NaN;
  if (!Number.isInteger(year)) return claims;
  const { text } = analysis;
  // A person is kept as a candidate as soon as one candidacy is read undated or dated recently.
  const onlyPast = new Map<string, boolean>();
  for (const d of claims) {
    if (d.type !== "CANDIDATE_FOR") continue;
    onlyPast.set(d.from, (onlyPast.get(d.from) ?? true) && datedEarlier(text, d.end, year));
  }
  let any = false;
  for (const v of onlyPast.values()) if (v) any = true;
  if (!any) return claims;
  return claims.filter((d) => d.type !== "CANDIDATE_FOR" || !onlyPast.get(d.from));
}
