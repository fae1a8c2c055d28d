/**
 * The coalition questions the GraphQL API asks: each is one catalog query with its parameters, so
 * that a GraphQL field and `coalition cypher <query>` give the same rows.
 */
import type { Database } from "../db/database.js";
import { InvalidInputError } from "../errors.js";
import type { Row } from "./cypher-runner.js";
import type { QueryCatalog } from "./query-catalog.js";
import { runQuery } from "./run-query.js";

/** How one question maps to a catalog query. */
export interface Question {
  /** The catalog query that answers it. */
  query: string;
  /** The query's parameters, from the GraphQL arguments. */
  params(args: Record<string, unknown>): Record<string, unknown>;
  /** True when the answer is the query's single row rather than all its rows. */
  single?: boolean;
}

/** Every question, by GraphQL field name. */
export const QUESTIONS = {
  race: { query: "race", params: (a) => ({ post: a.post, asOf: a.asOf, minConfidence: a.minConfidence }) },
  supporters: {
    query: "stance-holders",
    params: (a) => ({ candidate: a.candidate, stance: "SUPPORTS", post: a.post, asOf: a.asOf, minConfidence: a.minConfidence, first: a.first, after: a.after }),
    single: true,
  },
  opponents: {
    query: "stance-holders",
    params: (a) => ({ candidate: a.candidate, stance: "OPPOSES", post: a.post, asOf: a.asOf, minConfidence: a.minConfidence, first: a.first, after: a.after }),
    single: true,
  },
  evidence: {
    query: "evidence",
    params: (a) => ({
      actor: a.actor,
      candidate: a.candidate,
      stance: a.stance,
      post: a.post,
      asOf: a.asOf,
      minConfidence: a.minConfidence,
      first: a.first,
      after: a.after,
    }),
    single: true,
  },
  coalition: {
    query: "coalition",
    params: (a) => ({
      candidate: a.candidate,
      organization: a.organization,
      post: a.post,
      asOf: a.asOf,
      minConfidence: a.minConfidence,
      first: a.first,
      supportingAfter: a.supportingAfter,
      opposingAfter: a.opposingAfter,
    }),
    single: true,
  },
  stanceChanges: {
    query: "stance-changes",
    params: (a) => ({ candidate: a.candidate, minConfidence: a.minConfidence, first: a.first, after: a.after, changesPerActor: a.changesPerActor }),
    single: true,
  },
  connection: { query: "connection", params: (a) => ({ from: a.from, to: a.to, maxHops: a.maxHops, minConfidence: a.minConfidence }) },
  sharedGround: { query: "shared-ground", params: (a) => ({ a: a.a, b: a.b, asOf: a.asOf, minConfidence: a.minConfidence, first: a.first }), single: true },
  quotes: {
    query: "quotes",
    params: (a) => ({ person: a.person, asOf: a.asOf, minConfidence: a.minConfidence, first: a.first, after: a.after }),
    single: true,
  },
  search: { query: "search", params: (a) => ({ query: a.query, first: a.first }) },
} satisfies Record<string, Question>;

export type QuestionName = keyof typeof QUESTIONS;

/**
 * Checks that the catalog answers every question: each query exists and declares exactly the
 * parameters the question passes (so a renamed `$param` fails at start, not at the first request).
 *
 * @throws InvalidInputError listing every mismatch
 */
export function checkQuestions(catalog: QueryCatalog): void {
  const problems: string[] = [];
  for (const [field, question] of Object.entries(QUESTIONS) as [string, Question][]) {
    const query = catalog.list().find((q) => q.name === question.query);
    if (!query) {
      problems.push(`${field}: no query named '${question.query}' in ${catalog.dir}`);
      continue;
    }
    const passed = Object.keys(question.params({}));
    const declared = query.params.map((p) => p.name);
    for (const name of passed.filter((p) => !declared.includes(p))) problems.push(`${field}: ${query.name} declares no parameter '${name}'`);
    for (const name of declared.filter((p) => !passed.includes(p))) problems.push(`${field}: nothing passes ${query.name}'s parameter '${name}'`);
  }
  if (problems.length > 0) throw new InvalidInputError("the Cypher catalog does not answer every coalition question", problems);
}

/**
 * Answers one question: the rows of its catalog query (or its single row).
 *
 * @param args the GraphQL arguments
 */
export async function ask(db: Database, catalog: QueryCatalog, name: QuestionName, args: Record<string, unknown>): Promise<Row[] | Row | null> {
  const question: Question = QUESTIONS[name];
  const { rows } = await runQuery(db, catalog, question.query, question.params(args));
  return question.single ? (rows[0] ?? null) : rows;
}
