/**
 * A country's or organization's stance can come through the person who speaks for it: "Attal
 * SUPPORTS Rutte" and "Attal SPEAKS_FOR France" give "France SUPPORTS Rutte". The graph draws the
 * same conclusion, and the evaluation scores the extractor's claims together with these.
 */
import type { ClaimInput, ClaimsDocument } from "../model/claims-document.js";

const ENVOY = /\b(?:ambassador|envoy|representative|delegate|delegation)\b/i;

/**
 * The SUPPORTS and OPPOSES claims that follow from a speaker's stance and what they speak for,
 * that the document does not already contain (same type, ends and evidence). The derived claim
 * keeps the stance's evidence and date; its confidence is the product of both claims'.
 */
export function deriveSpokenStances(doc: ClaimsDocument): ClaimInput[] {
  const speaksFor = new Map<string, ClaimInput[]>();
  for (const c of doc.claims) {
    if (c.type !== "SPEAKS_FOR") continue;
    const list = speaksFor.get(c.from) ?? [];
    list.push(c);
    speaksFor.set(c.from, list);
  }
  const types = new Map(doc.entities.map((e) => [e.id, e.type]));
  const postOrganization = new Map(doc.entities.filter((e) => e.type === "Post" && e.organization).map((e) => [e.id, e.organization!]));
  // "candidate|organization" for each candidacy for a post of an organization.
  const ownContest = new Set(doc.claims.filter((c) => c.type === "CANDIDATE_FOR" && postOrganization.has(c.to)).map((c) => `${c.from}|${postOrganization.get(c.to)}`));
  // Organizations whose own post the article's race is for: their officials' stances in it are their own.
  const contested = new Set([...ownContest].map((k) => k.slice(k.indexOf("|") + 1)));
  const existing = new Set(doc.claims.map((c) => `${c.type}|${c.from}|${c.to}|${c.start}|${c.end}`));
  const derived: ClaimInput[] = [];
  for (const stance of doc.claims) {
    if (stance.type !== "SUPPORTS" && stance.type !== "OPPOSES") continue;
    for (const link of speaksFor.get(stance.from) ?? []) {
      if (link.to === stance.to) continue;
      // An envoy to an organization speaks for the country that sent them, not for the organization.
      if (ENVOY.test(link.role ?? "") && types.get(link.to) === "Organization") continue;
      // A contest for the body's own post (a party's deputy leader on a candidate for its leadership): the stance is the member's own.
      if (ownContest.has(`${stance.to}|${link.to}`) || contested.has(link.to)) continue;
      const key = `${stance.type}|${link.to}|${stance.to}|${stance.start}|${stance.end}`;
      if (existing.has(key)) continue;
      existing.add(key);
      const claim: ClaimInput = {
        type: stance.type,
        from: link.to,
        to: stance.to,
        date: stance.date ?? null,
        evidence: stance.evidence,
        start: stance.start,
        end: stance.end,
        confidence: Math.round(stance.confidence * link.confidence * 1000) / 1000,
        rule: "stance.through-speaker",
      };
      if (stance.post !== undefined) claim.post = stance.post;
      derived.push(claim);
    }
  }
  return derived;
}
