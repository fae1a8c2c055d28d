/**
 * Stage 9: the claims document. Draft claims get their evidence text and date, duplicates are
 * dropped, and only the entities that claims refer to (plus the organizations of their posts) are
 * kept, so that an article does not add names it says nothing about to the graph.
 */
import { ARTICLE_REF, type ArticleInput, type ClaimInput, type ClaimsDocument, type EntityInput, type ExtractorInfo } from "../model/claims-document.js";
import { collapseSpaces, isSpaceCode } from "./char-tests.js";
import type { AttributedQuote } from "./quotes.js";
import type { DraftClaim, EntityRecord } from "./types.js";

const MAX_EVIDENCE = 5000;
const MAX_QUOTE = 20000;
const MAX_NAME = 200;
const MAX_ALIASES = 100;
const MAX_CLAIMS = 20000;
const MAX_ENTITIES = 5000;

function clampName(s: string): string {
  const clean = collapseSpaces(s);
  return clean.length <= MAX_NAME ? clean : `${clean.slice(0, MAX_NAME - 1)}…`;
}

function toEntityInput(e: EntityRecord): EntityInput {
  const name = clampName(e.name);
  // Each other name once, in the order first written, up to MAX_ALIASES of those kept.
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const written of e.aliases) {
    const a = collapseSpaces(written);
    if (seen.has(a)) continue;
    seen.add(a);
    if (a.length === 0 || a.length > MAX_NAME || a === name) continue;
    aliases.push(a);
    if (aliases.length >= MAX_ALIASES) break;
  }
  const out: EntityInput = { id: e.key, name, type: e.type, aliases };
  if (e.type === "Country" && e.code && /^[A-Z]{2}$/.test(e.code)) out.code = e.code;
  if (e.type === "Post" && e.organization) out.organization = e.organization;
  return out;
}

/** `a.localeCompare(b)`, without the collator where the two are equal. */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

/** Builds the document from the article, the entities and the draft claims. */
export function assembleDocument(
  article: ArticleInput,
  entities: ReadonlyMap<string, EntityRecord>,
  drafts: readonly DraftClaim[],
  quotes: readonly AttributedQuote[],
  dates: readonly (string | null)[],
  extractor: ExtractorInfo,
): ClaimsDocument {
  const text = article.text;
  // Each draft carries its own quote (`quote`): the attributed quotes are not read here.
  void quotes;

  // The claims kept, by their evidence's span (`start * (text.length + 1) + end`): a claim is kept once.
  const seen = new Map<number, DraftClaim[]>();
  const claims: ClaimInput[] = [];
  const sorted = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.type, b.type) || compareText(a.from, b.from) || compareText(a.to, b.to));
  for (const d of sorted) {
    if (d.from === d.to || !entities.has(d.from) || (d.to !== ARTICLE_REF && !entities.has(d.to))) continue;
    let start = Math.max(0, d.start);
    let end = Math.min(text.length, d.end);
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    if (end - start > MAX_EVIDENCE) end = start + MAX_EVIDENCE;
    const span = start * (text.length + 1) + end;
    const same = seen.get(span);
    if (same?.some((k) => k.type === d.type && k.from === d.from && k.to === d.to)) continue;
    if (same) same.push(d);
    else seen.set(span, [d]);
    const claim: ClaimInput = {
      type: d.type,
      from: d.from,
      to: d.to,
      date: dates[d.sentence] ?? null,
      evidence: text.slice(start, end),
      start,
      end,
      confidence: Math.max(0, Math.min(1, Math.round(d.confidence * 1000) / 1000)),
    };
    if (d.quote !== undefined) claim.quote = d.quote.slice(0, MAX_QUOTE);
    if (d.role !== undefined) claim.role = d.role.slice(0, 200);
    if (d.post !== undefined && (d.type === "SUPPORTS" || d.type === "OPPOSES") && entities.get(d.post)?.type === "Post") claim.post = d.post;
    claim.rule = d.rule;
    claims.push(claim);
    if (claims.length >= MAX_CLAIMS) break;
  }

  const used = new Set<string>();
  for (const c of claims) {
    used.add(c.from);
    if (c.to !== ARTICLE_REF) used.add(c.to);
    if (c.post !== undefined) used.add(c.post);
  }
  for (const key of [...used]) {
    const org = entities.get(key)?.organization;
    if (org && entities.has(org)) used.add(org);
  }
  const chosen = [...entities.values()]
    .filter((e) => used.has(e.key))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, MAX_ENTITIES);
  // Pushed, not mapped: an array `map` builds in optimized code has another elements kind, which deoptimized the reads below.
  const entityInputs: EntityInput[] = [];
  for (const e of chosen) entityInputs.push(toEntityInput(e));
  const kept = new Set(entityInputs.map((e) => e.id));
  return {
    version: 1,
    extractor,
    article: { title: article.title, source: article.source, url: article.url ?? null, publishedAt: article.publishedAt ?? null, text },
    entities: entityInputs,
    claims: claims
      .filter((c) => kept.has(c.from) && (c.to === ARTICLE_REF || kept.has(c.to)))
      .map((c) => {
        if (c.post === undefined || kept.has(c.post)) return c;
        const { post: _dropped, ...rest } = c;
        return rest;
      }),
  };
}
