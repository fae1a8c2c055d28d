/**
 * Support given by signing: the signatories of a letter, petition or statement backing someone, and
 * the signers of a candidate's nomination papers. "A letter backing X was signed by A, B and C",
 * "X's nomination papers were signed by A and B", "Signatories include A and B", "A signed X's
 * nomination form", and "The full list of signatories:" with a name to a line. A sentence that
 * names only the letter ("The letter was signed by A") takes the one backed by the last letter
 * the article named.
 */
import { wordsPattern } from "./word-cues.js";
import { mentionsIn } from "./clauses.js";
import { actorsAfter, subjectBefore, type Found } from "./stance-parts.js";
import type { OpenGroup } from "./stance-lists.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE_WORDS = ["signed", "letter", "petition", "signator", "nomination paper", "nomination form"] as const;
export const CUE = wordsPattern(CUE_WORDS);

/** A document of support and what it backs: "an open letter backing", "a petition in support of", "a letter of support for". */
const DOCUMENT_FOR = /(?<!\w)(?:letter|petition|statement|declaration|pledge|nomination\s+(?:papers?|forms?))\s+(?:(?:backing|supporting|endorsing|nominating|in\s+support\s+of|in\s+favou?r\s+of|of\s+support\s+for|calling\s+for\s+(?:the\s+)?(?:election|re-?election)\s+of)\s+)(?:the\s+(?:candidacy|candidature|bid|nomination)\s+of\s+)?/giu;
/** After a person's name: "'s nomination papers", "'s nomination form". */
const OWN_PAPERS = /^['’]s?\s+(?:(?:official|formal|leadership)\s+)?nomination\s+(?:papers?|forms?)\b/u;
/** "signed by", "has been signed by", ", signed by": the signers follow. */
const SIGNED_BY = /(?<!\w)signed\s+by\s+(?:(?:more\s+than|over|some|at\s+least)\s+)?(?:\d+\s+\p{Ll}+\s*,?\s*(?:including\s+)?)?/giu;
/** "Signatories include A", "the signatories were A", "signatories to the letter included A". */
const SIGNATORIES_ARE = /(?<!\w)signatories(?!\w)[^.;:]{0,60}?(?<!\w)(?:include|included|including|are|were)\s+/giu;
/** "The full list of signatories:", "Its signatories:" closing a paragraph. */
const SIGNATORIES_COLON = /(?<!\w)signatories\s*(?:to\s+the\s+\p{L}+\s*|of\s+the\s+\p{L}+\s*)?(?:are|include|were)?\s*:\s*$/iu;
/** A sentence on the letter just named: "It was signed by", "It has been signed by". */
const IT_SIGNED = /^(?:it|this)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?signed\s+by\b/i;
/** Between a signer and "signed": nothing but auxiliaries and adverbs. */
const SIGNED_ACTIVE = /(?<!\w)(?:signed|signs|sign)\s+(?:(?:the|a|an|his|her|their)\s+)?/giu;

/** The person a document in `sentence` backs, and where that phrase ends. */
function documentTarget(analysis: Analysis, sentence: Sentence): Mention | undefined {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  DOCUMENT_FOR.lastIndex = 0;
  const d = DOCUMENT_FOR.exec(body);
  if (d) {
    const at = sentence.start + d.index + d[0].length;
    const person = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((m) => m.type === "Person" && !m.modifier);
    if (person && /^(?:\s*(?:\p{Lu}[\p{L}.'’-]*|former|deputy|the)\s*)*$/u.test(text.slice(at, Math.min(person.start, Math.max(at, person.extendedStart))))) return person;
  }
  const persons = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
  return persons.find((m) => OWN_PAPERS.test(text.slice(m.end, m.end + 40)));
}

/** The state kept from sentence to sentence: the one backed (or opposed) by the last letter named. */
export interface SignatoryState {
  target?: Mention;
  /** The paragraph of the sentence that named it. */
  paragraph?: number;
}

/** How many paragraphs after the letter a sentence may still speak of it without naming whom it backs. */
export const LETTER_REACH = 4;

/**
 * The actors named after each match of `intro` (a global pattern: "signed by ", "the signatories
 * include ") in `sentence`, `exclude` left out, with where the match starts.
 */
export function signersAfter(analysis: Analysis, sentence: Sentence, intro: RegExp, exclude: string): { at: number; signers: Mention[] }[] {
  const body = analysis.text.slice(sentence.start, sentence.end);
  const out: { at: number; signers: Mention[] }[] = [];
  intro.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = intro.exec(body)) !== null) out.push({ at: sentence.start + s.index, signers: actorsAfter(analysis, sentence, sentence.start + s.index + s[0].length, exclude) });
  return out;
}

/**
 * The group of signers left open when `sentence`, having named none (`found` is empty), closes its
 * paragraph announcing them one to a line (`colon`: "The full list of signatories:").
 */
export function signersToFollow(analysis: Analysis, sentence: Sentence, found: readonly Found[], colon: RegExp, type: OpenGroup["type"], target: Mention): OpenGroup | undefined {
  return found.length === 0 && analysis.paragraphs[sentence.paragraph]?.end === sentence.end && colon.test(analysis.text.slice(sentence.start, sentence.end)) ? { type, to: target, sentence: sentence.index } : undefined;
}

/**
 * Support given by signing, in `sentence`, and the group left open when the sentence announces
 * the signatories one to a line. `lower` is the sentence with ASCII capitals in lower case.
 */
export function signatoryStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lower: string, state: SignatoryState): { found: Found[]; open?: OpenGroup } {
  if (!CUE.test(lower)) return { found: [] };
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const own = documentTarget(analysis, sentence);
  if (own) {
    state.target = own;
    state.paragraph = sentence.paragraph;
  }
  // "signatories" can only mean the letter's; "the statement" may be another one further on.
  const near = state.paragraph !== undefined && (sentence.paragraph - state.paragraph <= LETTER_REACH || /\bsignatories\b/i.test(body));
  // "It was signed by A and B" right after the letter, in its paragraph.
  const itSigned = state.paragraph === sentence.paragraph && IT_SIGNED.test(body);
  const target = own ?? (near && (itSigned || /\b(?:letter|petition|statement|declaration|signatories|nomination\s+(?:papers?|forms?))\b/i.test(body)) ? state.target : undefined);
  if (!target) return { found: [] };
  const found: Found[] = [];
  const add = (holders: readonly Mention[], rule: string) => {
    for (const h of holders) if (h.entity !== target.entity && !h.inQuote && h.type !== "Media") found.push({ type: "SUPPORTS", from: h.entity, to: target.entity, span: { start: Math.min(h.start, target.start), end: Math.max(h.end, target.end) }, confidence: 0.7, rule });
  };
  for (const { signers } of signersAfter(analysis, sentence, SIGNED_BY, target.entity)) add(signers, "stance.signatories");
  for (const { signers } of signersAfter(analysis, sentence, SIGNATORIES_ARE, target.entity)) add(signers, "stance.signatories");
  // "A signed X's nomination papers": the signer is the verb's subject.
  if (own && OWN_PAPERS.test(text.slice(own.end, own.end + 40))) {
    let s: RegExpExecArray | null;
    SIGNED_ACTIVE.lastIndex = 0;
    while ((s = SIGNED_ACTIVE.exec(body)) !== null) {
      const at = sentence.start + s.index;
      if (sentence.start + s.index + s[0].length !== own.extendedStart && sentence.start + s.index + s[0].length !== own.start) continue;
      if (/\b(?:is|are|was|were|be|been|being)\s+$/.test(text.slice(Math.max(sentence.start, at - 12), at))) continue;
      const subject = subjectBefore(analysis, sentence, at, quotes, []);
      const holder = subject?.mention;
      if (holder) add([holder], "stance.signatories");
    }
  }
  // "The full list of signatories:" closing its paragraph: the signers follow, one to a line.
  return { found, open: signersToFollow(analysis, sentence, found, SIGNATORIES_COLON, "SUPPORTS", target) };
}
