/**
 * Turns any accepted file into a claims document: a claims document as it is, an article (text
 * with an optional header, or JSON `{title, source, url, publishedAt, text}`) through the extractor.
 */
import { extractArticle, parseArticleFile } from "../extract/index.js";
import { InvalidInputError } from "../errors.js";
import { parseClaimsDocument, type ArticleInput, type ClaimsDocument } from "../model/claims-document.js";
import type { DocumentReader } from "./ingest-files.js";

function isClaimsDocumentShape(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("claims" in value || "entities" in value || "version" in value);
}

/**
 * Extracts the claims of an article and checks them like any other claims document, so the
 * extractor can never write what a hand-made document could not.
 */
export function claimsFromArticle(article: ArticleInput, origin: string): ClaimsDocument {
  if (!/\p{L}/u.test(article.text)) {
    throw new InvalidInputError(`${origin}: the article text has no letters: there is nothing in it to read claims from`);
  }
  return parseClaimsDocument(extractArticle(article), origin);
}

/** Reads a claims document or an article file (see module doc). */
export const readDocumentFile: DocumentReader = (content, fileName) => {
  const trimmed = content.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("{") || /\.json$/i.test(fileName)) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new InvalidInputError(`${fileName} is not valid JSON: ${(error as Error).message}`);
    }
    if (isClaimsDocumentShape(value)) return parseClaimsDocument(value, fileName);
  }
  return claimsFromArticle(parseArticleFile(content, fileName), fileName);
};
