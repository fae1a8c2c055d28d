/**
 * Worker-thread entry: runs the extractor on one article posted by {@link extractInWorker}, so a
 * long article never holds the service's event loop.
 */
import { parentPort } from "node:worker_threads";
import { parseArticleFile } from "../extract/index.js";
import { claimsFromArticle } from "../ingest/read-document.js";
import type { ArticleInput } from "../model/claims-document.js";

parentPort?.once("message", (input: ArticleInput) => {
  try {
    // The same checks and normalisation as an article file given in JSON.
    const article = parseArticleFile(JSON.stringify(input), "input");
    parentPort!.postMessage({ ok: true, doc: claimsFromArticle(article, "input") });
  } catch (error) {
    const e = error as Error & { problems?: readonly string[] };
    parentPort!.postMessage({ ok: false, name: e.name, message: e.message, problems: e.problems ? [...e.problems] : [] });
  }
});
