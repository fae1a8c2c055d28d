/**
 * The claims document: one article, its entities and its claims. It is the only way data enters
 * the graph; the extractor produces it and `coalition ingest` consumes it.
 *
 * The JSON Schema in `schemas/claims-document.schema.json` checks the shape; {@link parseClaimsDocument}
 * adds the checks a schema cannot express (ids that resolve, evidence that is really in the text).
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { InvalidInputError } from "../errors.js";
import { projectPath } from "../project-path.js";

export const ENTITY_TYPES = ["Person", "Country", "Organization", "Media", "Post"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CLAIM_TYPES = ["SUPPORTS", "OPPOSES", "CANDIDATE_FOR", "QUOTED_IN", "SPEAKS_FOR"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** The id by which a QUOTED_IN claim points at the document's own article. */
export const ARTICLE_REF = "article";

export interface ArticleInput {
  title: string;
  source: string;
  url?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  text: string;
}

export interface EntityInput {
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Countries: ISO 3166-1 alpha-2. */
  code?: string;
  /** Posts: id of the Organization entity the post belongs to. */
  organization?: string;
}

export interface ClaimInput {
  type: ClaimType;
  from: string;
  to: string;
  /** YYYY-MM-DD, or null when the text gives no date. */
  date?: string | null;
  /** Exactly `article.text.slice(start, end)`. */
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  /** QUOTED_IN: the quoted words. */
  quote?: string;
  /** SPEAKS_FOR: the speaker's role. */
  role?: string;
  /** SUPPORTS / OPPOSES: id of a Post entity of this document, the post the stance is for. */
  post?: string;
  /** The extractor rule that produced the claim; absent for hand-made documents. */
  rule?: string;
}

/** The program that produced a document; absent for hand-made documents. */
export interface ExtractorInfo {
  name: string;
  version: string;
}

export interface ClaimsDocument {
  version: 1;
  extractor?: ExtractorInfo;
  article: ArticleInput;
  entities: EntityInput[];
  claims: ClaimInput[];
}

/** Which entity types each claim type accepts at its ends. */
export const CLAIM_ENDS: Record<ClaimType, { from: readonly EntityType[]; to: readonly (EntityType | "Article")[] }> = {
  SUPPORTS: { from: ["Person", "Country", "Organization", "Media"], to: ["Person"] },
  OPPOSES: { from: ["Person", "Country", "Organization", "Media"], to: ["Person"] },
  CANDIDATE_FOR: { from: ["Person"], to: ["Post"] },
  QUOTED_IN: { from: ["Person", "Media", "Organization", "Country"], to: ["Article"] },
  SPEAKS_FOR: { from: ["Person"], to: ["Country", "Organization", "Media"] },
};

export const CLAIMS_DOCUMENT_SCHEMA_PATH = projectPath("schemas", "claims-document.schema.json");

let validator: ReturnType<Ajv2020["compile"]> | undefined;

function schemaValidator(): ReturnType<Ajv2020["compile"]> {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (formatsPlugin as unknown as (a: Ajv2020) => void)(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(CLAIMS_DOCUMENT_SCHEMA_PATH, "utf8")));
  }
  return validator;
}

/**
 * Compiles the schema's validator now rather than on the first document (about 100 ms of
 * synchronous work), so that a service does it at start, not inside its first request.
 */
export function prepareClaimsDocumentValidator(): void {
  schemaValidator();
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath || "(document)";
  if (error.keyword === "enum") {
    return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
  }
  if (error.keyword === "additionalProperties") {
    return `${where}: unknown property '${(error.params as { additionalProperty: string }).additionalProperty}'`;
  }
  return `${where}: ${error.message ?? "is invalid"}`;
}

/**
 * Checks a parsed JSON value and returns it typed, or throws an {@link InvalidInputError} listing
 * every problem found (not just the first).
 *
 * @param value the parsed JSON
 * @param origin where the value came from (a file name), for the messages
 */
export function parseClaimsDocument(value: unknown, origin = "claims document"): ClaimsDocument {
  const validate = schemaValidator();
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map(describeSchemaError);
    throw new InvalidInputError(`${origin} does not match the claims document schema`, problems);
  }
  const doc = value as ClaimsDocument;
  const problems: string[] = [];
  const byId = new Map<string, EntityInput>();
  doc.entities.forEach((entity, i) => {
    if (entity.id === ARTICLE_REF) problems.push(`/entities/${i}/id: '${ARTICLE_REF}' is reserved for the article`);
    if (byId.has(entity.id)) problems.push(`/entities/${i}/id: duplicate entity id '${entity.id}'`);
    byId.set(entity.id, entity);
    if (entity.code !== undefined && entity.type !== "Country") {
      problems.push(`/entities/${i}/code: only countries have an ISO code`);
    }
    if (entity.organization !== undefined) {
      const org = byId.get(entity.organization) ?? doc.entities.find((e) => e.id === entity.organization);
      if (entity.type !== "Post") problems.push(`/entities/${i}/organization: only posts belong to an organization`);
      else if (!org) problems.push(`/entities/${i}/organization: no entity with id '${entity.organization}'`);
      else if (org.type !== "Organization") {
        problems.push(`/entities/${i}/organization: '${entity.organization}' is a ${org.type}, not an Organization`);
      }
    }
  });

  const text = doc.article.text;
  doc.claims.forEach((claim, i) => {
    const at = `/claims/${i}`;
    const ends = CLAIM_ENDS[claim.type];
    const from = byId.get(claim.from);
    if (!from) problems.push(`${at}/from: no entity with id '${claim.from}'`);
    else if (!ends.from.includes(from.type)) {
      problems.push(`${at}/from: a ${claim.type} claim cannot start at a ${from.type} ('${from.name}')`);
    }
    if (claim.to === ARTICLE_REF) {
      if (!ends.to.includes("Article")) problems.push(`${at}/to: a ${claim.type} claim cannot point at the article`);
    } else {
      const to = byId.get(claim.to);
      if (!to) problems.push(`${at}/to: no entity with id '${claim.to}'`);
      else if (!ends.to.includes(to.type)) {
        problems.push(`${at}/to: a ${claim.type} claim cannot end at a ${to.type} ('${to.name}')`);
      }
    }
    if (claim.from === claim.to) problems.push(`${at}: a claim cannot link an entity to itself`);
    if (claim.end <= claim.start || claim.end > text.length) {
      problems.push(`${at}: offsets ${claim.start}..${claim.end} are outside the article text (length ${text.length})`);
    } else if (text.slice(claim.start, claim.end) !== claim.evidence) {
      const found = text.indexOf(claim.evidence);
      problems.push(
        found < 0
          ? `${at}/evidence: not found in the article text: "${truncate(claim.evidence)}"`
          : `${at}/evidence: text is at ${found}..${found + claim.evidence.length}, not ${claim.start}..${claim.end}`,
      );
    }
    if (claim.quote !== undefined && claim.type !== "QUOTED_IN") problems.push(`${at}/quote: only QUOTED_IN claims carry a quote`);
    if (claim.role !== undefined && claim.type !== "SPEAKS_FOR") problems.push(`${at}/role: only SPEAKS_FOR claims carry a role`);
    if (claim.post !== undefined) {
      const post = byId.get(claim.post);
      if (claim.type !== "SUPPORTS" && claim.type !== "OPPOSES") problems.push(`${at}/post: only SUPPORTS and OPPOSES claims name a post`);
      else if (!post) problems.push(`${at}/post: no entity with id '${claim.post}'`);
      else if (post.type !== "Post") problems.push(`${at}/post: '${claim.post}' is a ${post.type}, not a Post`);
    }
  });
  if (problems.length > 0) throw new InvalidInputError(`${origin} is not consistent`, problems);
  return doc;
}

/**
 * Parses JSON text into a claims document; bad JSON is reported like any other invalid input.
 */
export function parseClaimsDocumentJson(json: string, origin = "claims document"): ClaimsDocument {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InvalidInputError(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
  return parseClaimsDocument(value, origin);
}

function truncate(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
