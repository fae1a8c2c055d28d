/**
 * Targets of opposition named by the candidacy alone: "Chile has rejected the nomination",
 * "Norway voiced opposition to the candidacy". Newswire says so of the candidacy the article is
 * about, so the target is the article's focal candidate (`stance-described.ts`).
 */
import { mentionsIn } from "./clauses.js";
import { focalCandidate } from "./stance-described.js";
import type { Analysis, Sentence } from "./types.js";

/** "the candidacy", "the controversial nomination": not "the nomination process", "the candidacy of X". */
const BARE_CANDIDACY = /^\s*(?:to\s+|against\s+)?the\s+(?:[\p{Ll}-]+\s+)?(?:candidacy|candidature|nomination|bid|appointment)\b(?!['’-]|\s+(?:of|for|to|process|race|contest|period|deadline|procedure|rules?|committee|papers|forms?|window|battle|fight|campaign|system|vote|ballot|meeting|list|phase|stage)\b)/u;
/** A cheap test before {@link BARE_CANDIDACY}. */
const THE_AHEAD = /^\s*(?:to\s+|against\s+)?the\s/;

/** The focal candidate, when the words at `at` name only a candidacy ("rejected the nomination"). */
export function focalCandidacy(analysis: Analysis, sentence: Sentence, at: number, exclude: readonly string[]): { entity: string; end: number } | null {
  const { text } = analysis;
  if (!THE_AHEAD.test(text.slice(at, at + 16))) return null;
  const named = BARE_CANDIDACY.exec(text.slice(at, Math.min(sentence.end, at + 60)));
  if (!named) return null;
  if (mentionsIn(analysis, at, at + named[0].length + 3).length > 0) return null;
  const focal = focalCandidate(analysis, exclude);
  return focal ? { entity: focal, end: at + named[0].length } : null;
}
