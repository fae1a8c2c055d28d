/**
 * `Mutation.ingestArticle`: the extraction pipeline and the transactional write behind GraphQL,
 * for editors only.
 */
import { ARTICLE_REF, type ArticleInput } from "../model/claims-document.js";
import { claimsFromArticle } from "../ingest/read-document.js";
import { writeClaimsDocument } from "../ingest/write-article.js";
import { parseArticleFile } from "../extract/index.js";
import { requireRole } from "../web/auth.js";
import type { Resolvers } from "./build-schema.js";
import type { RequestContext } from "./context.js";

export const EDITOR_ROLE = "editor";

/** @param secretConfigured whether JWT_SECRET is set; without it every call is refused */
export function ingestResolvers(secretConfigured: boolean): Resolvers {
  return {
    Mutation: {
      async ingestArticle(_source: unknown, args: { input: ArticleInput }, context: RequestContext) {
        requireRole(context.caller, EDITOR_ROLE, secretConfigured);
        // The same checks and normalisation as an article file given in JSON.
        const article = parseArticleFile(JSON.stringify(args.input), "input");
        const doc = claimsFromArticle(article, "input");
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
