/**
 * The extractor's reading of one article, as the evaluation scores it: its claims checked as a
 * claims document, plus the stances that follow from who speaks for whom.
 */
import { parseClaimsDocument, type ArticleInput } from "../../model/claims-document.js";
import { deriveSpokenStances } from "../derive-stances.js";
import { extractArticle } from "../index.js";
import type { Prediction } from "./scoring.js";

/** Runs the extractor on an article and returns what the scorer compares with the gold file. */
export function predictArticle(input: ArticleInput, origin: string): Prediction {
  const doc = parseClaimsDocument(extractArticle(input), origin);
  return { entities: doc.entities, claims: [...doc.claims, ...deriveSpokenStances(doc)] };
}
