/**
 * Small purpose-made claims documents for tests: write the article as sentences and each claim's
 * evidence as a piece of it; offsets are computed.
 */
import { parseClaimsDocument, type ClaimType, type ClaimsDocument, type EntityInput } from "../../src/model/claims-document.js";

export interface ClaimSpec {
  type: ClaimType;
  from: string;
  to: string;
  /** Must occur in the article text. */
  evidence: string;
  date?: string | null;
  role?: string;
  quote?: string;
  /** SUPPORTS / OPPOSES: the id of the Post entity the stance is for. */
  post?: string;
}

export interface ArticleSpec {
  title: string;
  source?: string;
  publishedAt?: string | null;
  sentences: string[];
  entities: EntityInput[];
  claims: ClaimSpec[];
}

/** Builds and validates a claims document. */
export function claimsDocument(spec: ArticleSpec): ClaimsDocument {
  const text = spec.sentences.join(" ");
  const claims = spec.claims.map((c) => {
    const start = text.indexOf(c.evidence);
    if (start < 0) throw new Error(`evidence not in the text: ${c.evidence}`);
    return { ...c, start, end: start + c.evidence.length, confidence: 0.9, date: c.date ?? null };
  });
  return parseClaimsDocument(
    {
      version: 1,
      article: { title: spec.title, source: spec.source ?? "Test Wire", publishedAt: spec.publishedAt ?? null, text },
      entities: spec.entities,
      claims,
    },
    spec.title,
  );
}

export const person = (id: string, name: string, aliases: string[] = []): EntityInput => ({ id, name, type: "Person", aliases });
export const country = (code: string, name: string): EntityInput => ({ id: code.toLowerCase(), name, type: "Country", code });
