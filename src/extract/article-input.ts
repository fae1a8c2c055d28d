/**
 * Stage 0: an article file's content into an {@link ArticleInput}.
 *
 * Two formats are accepted:
 * - JSON: `{ "title", "source", "url"?, "publishedAt"?, "text" }`;
 * - text: optional header lines `key: value` (title, source, url, published, note) ended by a line
 *   that is exactly `---`, then the body. Without such a line the whole file is the body.
 *
 * The body is normalized deterministically, because the article's id in the graph is a hash of
 * it and claim offsets index into it: CR LF and lone CR become LF, control characters other than
 * tab and line feed become spaces, then surrounding white space is trimmed.
 */
import { InvalidInputError } from "../errors.js";
import type { ArticleInput } from "../model/claims-document.js";

/** Longest article text accepted, in characters (the claims document's own limit). */
export const MAX_ARTICLE_CHARS = 1_000_000;
const MAX_TITLE = 500;
const MAX_SOURCE = 200;
const DEFAULT_SOURCE = "unknown";

/**
 * The normalized form of an article text: LF line ends, no control characters other than tab and
 * line feed, no surrounding white space. Idempotent.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ")
    .trim();
}

/** The characters counted as binary noise: controls other than tab, line feed and carriage return, and U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;

/** Any character {@link looksBinary} counts or {@link normalizeText} replaces. */
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

function looksBinary(content: string): boolean {
  if (content.includes("\u0000")) return true;
  const sample = content.slice(0, 8192);
  // Counted by a search rather than character by character: the search passes over ordinary text far quicker.
  let control = 0;
  CONTROL.lastIndex = 0;
  while (CONTROL.exec(sample) !== null) control++;
  return sample.length > 0 && control / sample.length > 0.05;
}

function checkDate(value: string | null | undefined, origin: string): string | null {
  if (value === undefined || value === null || value === "" || value === "null") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) throw new InvalidInputError(`${origin}: publication date '${value}' is not YYYY-MM-DD`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1) throw new InvalidInputError(`${origin}: publication date '${value}' does not exist`);
  return value.trim();
}

function checkUrl(value: string | null | undefined, origin: string): string | null {
  if (value === undefined || value === null || value === "" || value === "null") return null;
  const url = value.trim();
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) throw new Error("not http");
  } catch {
    throw new InvalidInputError(`${origin}: url '${url.slice(0, 100)}' is not an absolute http(s) URL`);
  }
  if (url.length > 2000) throw new InvalidInputError(`${origin}: url is longer than 2000 characters`);
  return url;
}

function cleanLine(value: string): string {
  return normalizeText(value).replace(/\s+/g, " ");
}

/**
 * Checks and normalizes an article: text normalized and within limits, title and source present
 * and not too long, url and date well formed.
 */
export function validateArticle(article: ArticleInput, origin = "article"): ArticleInput {
  if (typeof article.text !== "string") throw new InvalidInputError(`${origin}: the article has no text`);
  if (article.text.length > MAX_ARTICLE_CHARS * 2) {
    throw new InvalidInputError(`${origin}: the article text has ${article.text.length} characters; at most ${MAX_ARTICLE_CHARS} are accepted`);
  }
  // A text without control characters (nearly every one) neither looks binary nor has controls to replace.
  const plain = !ANY_CONTROL.test(article.text);
  if (!plain && looksBinary(article.text)) throw new InvalidInputError(`${origin}: the content looks binary, not text`);
  const text = plain ? article.text.replace(/\r\n?/g, "\n").trim() : normalizeText(article.text);
  if (text.length === 0) throw new InvalidInputError(`${origin}: the article text is empty`);
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new InvalidInputError(`${origin}: the article text has ${text.length} characters; at most ${MAX_ARTICLE_CHARS} are accepted`);
  }
  const title = cleanLine(typeof article.title === "string" ? article.title : "");
  if (title.length === 0) throw new InvalidInputError(`${origin}: the article has no title`);
  if (title.length > MAX_TITLE) throw new InvalidInputError(`${origin}: the title is longer than ${MAX_TITLE} characters`);
  const source = cleanLine(typeof article.source === "string" && article.source.trim() ? article.source : DEFAULT_SOURCE);
  if (source.length > MAX_SOURCE) throw new InvalidInputError(`${origin}: the source is longer than ${MAX_SOURCE} characters`);
  return {
    title,
    source,
    url: checkUrl(article.url, origin),
    publishedAt: checkDate(article.publishedAt, origin),
    text,
  };
}

function titleFromText(text: string, fileName: string): string {
  const firstLine = text.split("\n").find((line) => line.trim().length > 0)?.trim() ?? "";
  const base = firstLine.length > 0 ? firstLine : fileName.replace(/\.[^.]+$/, "");
  return base.length > MAX_TITLE ? `${base.slice(0, MAX_TITLE - 1)}…` : base;
}

function parseJsonArticle(content: string, fileName: string): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new InvalidInputError(`${fileName} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidInputError(`${fileName}: expected a JSON object with title, source and text`);
  }
  const v = value as Record<string, unknown>;
  const str = (key: string): string | null | undefined => {
    const x = v[key];
    if (x === undefined || x === null) return x as null | undefined;
    if (typeof x !== "string") throw new InvalidInputError(`${fileName}: '${key}' must be a string`);
    return x;
  };
  const text = str("text");
  if (!text) throw new InvalidInputError(`${fileName}: the article text is empty`);
  return validateArticle(
    { title: str("title") || titleFromText(text, fileName), source: str("source") ?? DEFAULT_SOURCE, url: str("url") ?? null, publishedAt: str("publishedAt") ?? str("published") ?? null, text },
    fileName,
  );
}

const HEADER_LINE = /^([A-Za-z][A-Za-z_-]{0,30}):[ \t]*(.*)$/;

/**
 * Parses an article file (JSON or text with an optional header).
 *
 * @param content the file's content
 * @param fileName used to choose the format (`.json`) and in error messages
 * @throws InvalidInputError for empty, binary or oversized content and malformed headers
 */
export function parseArticleFile(content: string, fileName: string): ArticleInput {
  if (typeof content !== "string") throw new InvalidInputError(`${fileName}: content is not text`);
  if (content.length > MAX_ARTICLE_CHARS * 2) {
    throw new InvalidInputError(`${fileName} has ${content.length} characters; at most ${MAX_ARTICLE_CHARS} are accepted`);
  }
  const withoutBom = content.replace(/^\uFEFF/, "");
  if (looksBinary(withoutBom)) throw new InvalidInputError(`${fileName}: the content looks binary, not text`);
  if (withoutBom.trim().length === 0) throw new InvalidInputError(`${fileName} is empty`);
  const trimmedStart = withoutBom.trimStart();
  if (/\.json$/i.test(fileName) || trimmedStart.startsWith("{")) return parseJsonArticle(withoutBom, fileName);

  const lines = withoutBom.replace(/\r\n?/g, "\n").split("\n");
  const separator = lines.findIndex((line) => line.trim() === "---");
  const header: Record<string, string> = {};
  let body = lines.join("\n");
  if (separator > 0 && lines.slice(0, separator).every((line) => line.trim() === "" || HEADER_LINE.test(line.trim()))) {
    for (const line of lines.slice(0, separator)) {
      const m = HEADER_LINE.exec(line.trim());
      if (m) header[m[1]!.toLowerCase()] = m[2]!.trim();
    }
    body = lines.slice(separator + 1).join("\n");
  }
  return validateArticle(
    {
      title: header.title || titleFromText(body, fileName),
      source: header.source || DEFAULT_SOURCE,
      url: header.url ?? null,
      publishedAt: header.published ?? header.publishedat ?? header.date ?? null,
      text: body,
    },
    fileName,
  );
}
