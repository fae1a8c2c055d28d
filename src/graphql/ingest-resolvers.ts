/**
 * `Mutation.ingestArticle`: the extraction pipeline (in a worker thread, with a time budget) and
 * the transactional write behind GraphQL, for editors only.
 */
import { Worker } from "node:worker_threads";
import { GraphQLError } from "graphql";
import { ARTICLE_REF, prepareClaimsDocumentValidator, type ArticleInput, type ClaimsDocument } from "../model/claims-document.js";
import { writeClaimsDocument } from "../ingest/write-article.js";
import { InvalidInputError } from "../errors.js";
import { requireRole } from "../auth/tokens.js";
import { projectPath } from "../project-path.js";
import type { Resolvers } from "./build-schema.js";
import type { RequestContext } from "./context.js";

export const EDITOR_ROLE = "editor";

/** The built worker module (tests and the service both run after `npm run build`). */
const WORKER_PATH = projectPath("dist", "graphql", "extract-worker.js");
/** Extractions running at once; more wait their turn, so articles cannot starve the machine. */
const MAX_CONCURRENT_EXTRACTIONS = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_EXTRACTIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Extracts an article's claims in a worker thread; the worker is stopped when it takes longer
 * than `timeoutMs`.
 *
 * @throws InvalidInputError for a bad article, GraphQLError EXTRACTION_TIMEOUT past the budget
 */
export function extractInWorker(input: ArticleInput, timeoutMs: number): Promise<ClaimsDocument> {
  return withSlot(
    () =>
      new Promise<ClaimsDocument>((resolve, reject) => {
        const worker = new Worker(WORKER_PATH);
        let settled = false;
        const finish = (action: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void worker.terminate();
          action();
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(
                new GraphQLError(`Extraction took longer than ${timeoutMs} ms and was stopped; nothing was written (extraction time limit)`, {
                  extensions: { code: "EXTRACTION_TIMEOUT", http: { status: 400 } },
                }),
              ),
            ),
          timeoutMs,
        );
        worker.once("message", (message: { ok: true; doc: ClaimsDocument } | { ok: false; name: string; message: string; problems: string[] }) =>
          finish(() => {
            if (message.ok) resolve(message.doc);
            else if (message.name === "InvalidInputError") reject(Object.assign(new InvalidInputError(message.message), { problems: message.problems }));
            else reject(new Error(`extraction failed: ${message.message}`));
          }),
        );
        worker.once("error", (error) => finish(() => reject(error)));
        worker.once("exit", (code) => finish(() => reject(new Error(`the extraction worker exited (code ${code})`))));
        worker.postMessage({ ...input });
      }),
  );
}

/**
 * @param authEnabled whether tokens are verified; without them every call is refused
 * @param extractTimeoutMs time budget of one extraction
 * @param maxClaims most claims one article may yield; past it nothing is written, so one request
 *   cannot make the service encode and write an unbounded transaction
 */
export function ingestResolvers(authEnabled: boolean, extractTimeoutMs = 30_000, maxClaims = 1_000): Resolvers {
  // Each written document is checked against the schema on this thread: compile the check now.
  if (authEnabled) prepareClaimsDocumentValidator();
  return {
    Mutation: {
      async ingestArticle(_source: unknown, args: { input: ArticleInput }, context: RequestContext) {
        requireRole(context.caller, EDITOR_ROLE, authEnabled && context.authEnabled);
        const doc = await extractInWorker(args.input, extractTimeoutMs);
        if (doc.claims.length > maxClaims) {
          throw new GraphQLError(`The article yields ${doc.claims.length} claims; at most ${maxClaims} are accepted (claims limit); nothing was written`, {
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
        }
        const result = await writeClaimsDocument(context.db, doc);
        const names = new Map(doc.entities.map((e) => [e.id, e.name]));
        names.set(ARTICLE_REF, doc.article.title);
        return {
          articleId: result.articleId,
          created: result.created,
          entities: result.entities,
          claims: doc.claims.map((c) => ({ ...c, from: names.get(c.from), to: names.get(c.to), date: c.date ?? null })),
        };
      },
    },
  };
}
