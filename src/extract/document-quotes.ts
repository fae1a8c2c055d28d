/**
 * Quotations of a document that speaks for its issuer: "“…,” the letter said" after "Ana Ruiz
 * distributed a letter to colleagues", "the statement said" after "a statement issued by the
 * office of Tom Vale". The words are the issuer's: the document is named as the speaker, and
 * its issuer where the document was brought in, a little earlier in the text.
 */
import { firstStartingAtOrAfter, sentenceAt } from "./text-utils.js";
import type { Analysis, Mention, QuoteSpan, Span } from "./types.js";

/** Nouns of documents that speak for those who issue them. */
const DOCUMENT = "letter|statement|document|resolution|declaration|communiqu[eé]|petition|memo|memorandum|motion";
/** Cheap literal test before the patterns: every document noun holds one of these. */
const DOCUMENT_CUE = /letter|statement|document|resolution|declaration|communiq|petition|memo|motion/i;
/** ", the letter said", "the joint statement reads" right after a quotation. */
const AFTER = new RegExp(`^\\s*[,.]?\\s*(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${DOCUMENT})\\s+(?:said|says|stated|states|read|reads|added|adds|noted|notes|warned|warns)\\b`, "iu");
/** ", CNN quoted from the senators’ letter": an outlet quoting a document, after the quotation. */
const QUOTED_FROM = new RegExp(`^\\s*[,.]?\\s*[^,.;“”"]{1,40}?\\s+(?:quoted|cited)\\s+from\\s+(?:the|an?)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(${DOCUMENT})\\b`, "iu");
/** "The letter said ...", "The statement added that ..." opening the quotation's sentence. */
const OPENING = new RegExp(`^(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${DOCUMENT})\\s+(?:said|says|stated|states|read|reads|added|adds|noted|notes|warned|warns)\\b[^“”"]*$`, "iu");
/** The words of {@link OPENING} that name the document and its verb, for the evidence. */
const OPENING_WORDS = new RegExp(`^(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT})\\s+\\p{L}+`, "iu");
/** How far back the document's introduction is looked for. */
const LOOKBACK = 1500;
/** "issued by", "adopted on Monday by": the issuer follows. */
const ISSUED_BY = /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:adopted|issued|written|sent|released|drafted|published|approved|passed|put\s+out)\s+(?:[^,.;:“”"]{0,30}\s)?by\s/;
/** "X issued a letter", "X had sent an open letter": the issuer is the clause's subject. */
const ISSUED_BEFORE = /\b(?:issued|sent|distributed|wrote|released|published|penned|drafted|adopted|circulated|put\s+out)\s+(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Whether a mention can issue a document: a person, an organization or a country acting as one. */
function issues(m: Mention): boolean {
  return !m.modifier && !m.inQuote && (m.type === "Person" || m.type === "Organization" || (m.type === "Country" && m.form !== "demonym"));
}

/** The issuer named after "issued by", in the rest of its sentence: a person first, else a body. */
function issuerAfter(analysis: Analysis, from: number, to: number): Mention | undefined {
  const { mentions } = analysis;
  let body: Mention | undefined;
  for (let i = firstStartingAtOrAfter(mentions, from); i < mentions.length && mentions[i]!.start < to; i++) {
    const m = mentions[i]!;
    if (!issues(m)) continue;
    if (m.type === "Person") return m;
    body ??= m;
  }
  return body;
}

/** The first issuer named in the sentence before the verb that issues the document. */
function issuerBefore(analysis: Analysis, from: number, to: number): Mention | undefined {
  const { mentions } = analysis;
  for (let i = firstStartingAtOrAfter(mentions, from); i < mentions.length && mentions[i]!.start < to; i++) if (issues(mentions[i]!)) return mentions[i];
  return undefined;
}

/** The issuer of the last document of kind `noun` brought in before `at`, when its introduction names one. */
function documentIssuer(analysis: Analysis, noun: string, at: number): Mention | undefined {
  const { text, sentences } = analysis;
  const from = Math.max(0, at - LOOKBACK);
  // "The document says" names whatever document was brought in: "the resolution adopted by ...".
  const kind = noun.toLowerCase() === "document" ? `(?:${DOCUMENT})` : noun;
  const namings = [...text.slice(from, at).matchAll(new RegExp(`\\b${kind}\\b`, "gi"))];
  // The latest naming that says who issued it: "a letter ... The letter said".
  for (let k = namings.length - 1; k >= 0; k--) {
    const start = from + namings[k]!.index!;
    const end = start + namings[k]![0].length;
    const s = sentences[sentenceAt(sentences, start)];
    if (!s) return undefined;
    const after = ISSUED_BY.exec(text.slice(end, Math.min(s.end, end + 80)));
    if (after) return issuerAfter(analysis, end + after[0].length, s.end);
    if (ISSUED_BEFORE.test(text.slice(Math.max(s.start, start - 60), start))) return issuerBefore(analysis, s.start, start);
  }
  return undefined;
}

/**
 * The issuer of the document a quotation is attributed to ("“…,” the letter said"; "The
 * statement said ... “…”"), with the evidence naming the document; null when the quotation is not
 * a document's or the document's issuer is not named before it.
 */
export function documentQuote(analysis: Analysis, q: QuoteSpan): { speaker: string; evidence: Span; confidence: number; rule: string } | null {
  const { text, sentences } = analysis;
  const tail = text.slice(q.end, q.end + 80);
  let named: { noun: string; span: Span } | null = null;
  const after = DOCUMENT_CUE.test(tail) ? AFTER.exec(tail) ?? (tail.includes(" from ") ? QUOTED_FROM.exec(tail) : null) : null;
  if (after) named = { noun: after[1]!, span: { start: q.end + /^[\s,.]*/.exec(tail)![0].length, end: q.end + after[0].length } };
  else {
    const s = sentences[sentenceAt(sentences, q.start)];
    const lead = s && s.start < q.start && q.start - s.start < 300 ? text.slice(s.start, q.start) : "";
    const opening = DOCUMENT_CUE.test(lead.slice(0, 40)) ? OPENING.exec(lead) : null;
    if (opening) named = { noun: opening[1]!, span: { start: s!.start, end: s!.start + OPENING_WORDS.exec(lead)![0].length } };
  }
  if (!named) return null;
  const issuer = documentIssuer(analysis, named.noun, named.span.start);
  return issuer ? { speaker: issuer.entity, evidence: named.span, confidence: 0.6, rule: "quote.document-issuer" } : null;
}
