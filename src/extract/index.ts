/**
 * The offline extractor: an article's text in, a claims document out.
 *
 * The pipeline is a sequence of pure stages, in this order:
 * 1. `article-input`  - parse and normalize the article (the only stage that reads a raw string);
 * 2. `sentences`      - paragraphs and sentences;
 * 3. `quote-spans`    - quotations, including those that run over paragraphs;
 * 4. `mentions`       - people, countries, organizations, outlets, posts;
 * 5. `coreference`    - entities, short names, titles, descriptions;
 * 6. `quotes`         - who is quoted (QUOTED_IN);
 * 7. `stances`        - SUPPORTS / OPPOSES, and who speaks for whom;
 * 8. `candidacies`    - CANDIDATE_FOR, withdrawals;
 * 9. `dates`          - the date each sentence speaks of;
 * 10. `assemble`      - the claims document.
 */
import type { ArticleInput, ClaimsDocument } from "../model/claims-document.js";
import { ARTICLE_REF } from "../model/claims-document.js";
import { validateArticle } from "./article-input.js";
import { assembleDocument } from "./assemble.js";
import { ruleConfidence } from "./calibration.js";
import { unwrapLines } from "./line-wrap.js";
import { withoutCriticismOfBystanders } from "./bystanders.js";
import { candidaciesOfStanceObjects, findCandidacies } from "./candidacies.js";
import { resolveEntities } from "./coreference.js";
import { sentenceDates } from "./dates.js";
import { originCountry } from "./lexicon/parties.js";
import { findMentions } from "./mentions.js";
import { findQuoteSpans } from "./quote-spans.js";
import { withoutReplacedIncumbents } from "./replaced-incumbents.js";
import { withoutCutNames } from "./cut-names.js";
import { withoutCountedGroupHolders } from "./counted-holders.js";
import { withoutPastContestCandidacies } from "./past-contests.js";
import { attributeQuotes } from "./quotes.js";
import { splitParagraphs, splitSentences } from "./sentences.js";
import { findStances } from "./stances.js";
import { sentenceAt } from "./text-utils.js";
import { markSpeakingCountries } from "./clauses.js";
import type { Analysis, DraftClaim } from "./types.js";

export { parseArticleFile, normalizeText, MAX_ARTICLE_CHARS } from "./article-input.js";

/** The extractor's name, recorded in every document it writes. */
export const EXTRACTOR_NAME = "coalition-graph";

/**
 * The extractor's version, recorded in every document it writes. Raised whenever a change can
 * change what is read from an article, so that stored articles read by an older version can be
 * found and read again (`coalition reextract`).
 */
export const EXTRACTOR_VERSION = "2.15.0";
export { deriveSpokenStances } from "./derive-stances.js";

/**
 * Stages 0 to 5 on a normalized text: what the claim finders read (lines broken inside a sentence
 * joined, offsets kept). `origin` (the article's address and outlet) may tie the text to a country.
 */
export function analyzeText(stored: string, origin: { url?: string | null; source?: string | null } = {}): Analysis {
  const text = unwrapLines(stored);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const quotes = findQuoteSpans(text, paragraphs);
  const raw = findMentions(text, originCountry(origin.url, origin.source));
  const { mentions, entities } = resolveEntities(text, sentences, quotes, raw);
  markSpeakingCountries(text, mentions);
  return { text, paragraphs, sentences, quotes, mentions, entities };
}

/**
 * Extracts the claims of one article. Deterministic: the same input gives the same document.
 *
 * @throws InvalidInputError when the article is empty, too long, binary or badly formed
 */
export function extractArticle(input: ArticleInput): ClaimsDocument {
  const article = validateArticle(input);
  const analysis = analyzeText(article.text, article);
  const { text, entities, sentences } = analysis;

  const quotes = attributeQuotes(analysis);
  // Pushed, not mapped: an array `map` builds in optimized code has another elements kind, and the pushes below deoptimized.
  const drafts: DraftClaim[] = [];
  for (const q of quotes)
    drafts.push({
      type: "QUOTED_IN",
      from: q.speaker,
      to: ARTICLE_REF,
      start: q.evidence.start,
      end: q.evidence.end,
      confidence: q.confidence,
      quote: article.text.slice(q.quote.innerStart, q.quote.innerEnd).trim(),
      sentence: sentenceAt(sentences, q.evidence.start),
      rule: q.rule,
    });

  const stances = findStances(analysis, quotes);
  drafts.push(...stances.claims);

  for (const e of entities.values()) {
    if (e.type !== "Person") continue;
    for (const r of e.roles) {
      if (!r.role || !r.of || r.of === e.key || !entities.has(r.of)) continue;
      const sentence = sentenceAt(sentences, r.start);
      drafts.push({ type: "SPEAKS_FOR", from: e.key, to: r.of, start: r.start, end: r.end, confidence: 0.85, role: r.role, sentence, rule: "speaks-for.role" });
    }
  }
  for (const inferred of stances.inferredSpeakers) {
    const role = entities.get(inferred.person)?.roles.find((r) => r.role !== null)?.role ?? "Spokesperson";
    drafts.push({ type: "SPEAKS_FOR", from: inferred.person, to: inferred.of, start: inferred.span.start, end: inferred.span.end, confidence: 0.6, role, sentence: inferred.sentence, rule: "speaks-for.voiced-stance" });
  }

  const candidacies = findCandidacies(analysis, quotes);
  drafts.push(...candidacies.claims);
  drafts.push(...candidaciesOfStanceObjects(analysis, drafts, candidacies.withdrawn));
  const claims = withoutPastContestCandidacies(analysis, withoutCountedGroupHolders(analysis, withoutCutNames(analysis, withoutReplacedIncumbents(analysis, withoutCriticismOfBystanders(drafts)))), article.publishedAt);
  for (const d of claims) d.confidence = ruleConfidence(d.rule, d.confidence, d.type);
  const dates = sentenceDates(text, sentences, article.publishedAt);
  return assembleDocument(article, entities, claims, quotes, dates, { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION });
}
