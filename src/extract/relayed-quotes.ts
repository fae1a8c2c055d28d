/**
 * Quotations carried by a document or a go-between, whose attribution names someone who did not
 * say them: "according to a copy of the letter shared by reporter X", "the letter – seen by the
 * Daily Y – states", "the Ruritania Accord vows". The one named there passed the words on, or
 * lends a document its name; the words are the document's.
 */
import { firstStartingAtOrAfter } from "./text-utils.js";
import type { Analysis, Mention, Span } from "./types.js";

/** "according to a source", "according to media reports", "according to a copy of ...": the head is not the one named later. */
const ACCORDING_INDIRECT = /^according\s+to\s+(?:a|an|one|two|three|several|some|unnamed|anonymous|sources?|people|reports?|media|documents?|copies|the\s+(?:copy|letter|report|document|text|draft|memo|transcript|minutes))\b/i;
/** "according to a statement issued by X": the document's issuer, whose words they are. */
const ACCORDING_ISSUED = /^according\s+to\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|document|resolution|declaration|communiqu[eé]|report|memo)\s+(?:issued|published|released|written|sent|adopted|put\s+out)\s+(?:[^,.;:“”"]{0,30}\s)?by\s/iu;

/**
 * "seen by", "obtained on Monday by": the agent of a participle that handles a document, right
 * before the name. ("Published by", "circulated by" name the issuer, whose words they are.)
 */
const HANDLED_BY = /\b(?:seen|obtained|shared|leaked|reported|received|reviewed)\s+(?:[^,.;:“”"]{0,30}\s)?by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** A name that is the first word of a document's name: "the Ruritania Accord", "the Freedonia Declaration". */
const DOCUMENT_NAME_AFTER = /^\s+(?:Agreement|Accords?|Treaty|Declaration|Convention|Protocol|Charter|Resolution|Communiqu[eé]|Manifesto)\b/;

/** The first mention of `entity` that starts inside `span`. */
function mentionIn(analysis: Analysis, entity: string, span: Span): Mention | undefined {
  const { mentions } = analysis;
  for (let i = firstStartingAtOrAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    if (mentions[i]!.entity === entity) return mentions[i];
  }
  return undefined;
}

/**
 * Whether an attribution of a quotation (its speaker, the evidence naming the speaker, and the
 * rule that found it) names one who relayed the words or lent a document its name, not a speaker.
 */
export function isRelayedAttribution(analysis: Analysis, attribution: { speaker: string; evidence: Span; rule: string }): boolean {
  const { text } = analysis;
  const { evidence } = attribution;
  if (attribution.rule === "quote.according-to") {
    const words = text.slice(evidence.start, evidence.end);
    return ACCORDING_INDIRECT.test(words) && !ACCORDING_ISSUED.test(words);
  }
  const named = mentionIn(analysis, attribution.speaker, evidence);
  if (!named) return false;
  const before = text.slice(Math.max(0, named.start - 60), named.start);
  // Cheap tests first: most attributions have no " by " before the name and no capital after it.
  if (before.includes("by ") && HANDLED_BY.test(before)) return true;
  return DOCUMENT_NAME_AFTER.test(text.slice(named.end, named.end + 16));
}
