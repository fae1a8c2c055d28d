/**
 * A refusal to serve under someone: "A said he could not serve under X", "A refused to serve in a
 * cabinet led by X", "A will not serve in X's government". The one who refuses opposes X.
 *
 * Only the refusal counts: "A would serve under X" says A accepts X's win, which is no support, and
 * a question or a condition ("would you serve under X?", "if X wins") says nothing.
 */
import { moveBeforePersonStances } from "./move-before-person.js";
import type { AttributedQuote } from "./quotes.js";
import type { Found } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE = /\bserv(?:e|ing)\s+(?:under|in|on|as)\b/;

/** "could not serve under ", "refused to serve in a cabinet led by ", "won't serve in " (then "X's government"). */
const REFUSED = new RegExp(
  String.raw`(?:\b(?:not|never|no\s+longer)|n['’]t|\b(?:cannot|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|unwilling\s+to|ruled?\s+out|rul(?:es|ing)\s+out))\s+(?:(?:be\s+(?:able|prepared|willing)\s+to|agree\s+to|want\s+to|again|ever)\s+)?serv(?:e|ing)\s+` +
    String.raw`(?:under\s+|in\s+(?:a|an|the|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:cabinet|government|shadow\s+cabinet|team|administration|ministry|front\s?bench)\s+(?:led|headed|run)\s+by\s+|(?<owned>in|on)\s+)` +
    String.raw`(?:(?:the\s+)?(?:new\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?)?$`,
  "u",
);
/** After the person when the refusal said "in" or "on": "'s cabinet", "'s government". */
const THEIR_TEAM = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:cabinet|government|shadow\s+cabinet|team|administration|ministry|front\s?bench|leadership)\b/u;
/** Before the refusal: a condition, a question or a guess. */
const OPEN = /\b(?:if|unless|whether|may|might|asked|would\s+you|will\s+you|could\s+you|reportedly|rumou?red)\b/i;

/** The stances of those who refuse to serve under a person. */
export function serveUnderStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string): Found[] {
  if (!CUE.test(lowerBody)) return [];
  const { text } = analysis;
  return moveBeforePersonStances(analysis, sentence, quotes, {
    reach: 120,
    move: (m, before) => {
      const refused = REFUSED.exec(before);
      // "serve in X's cabinet": the person must own the cabinet; "serve under X" takes the person alone.
      if (!refused || (refused.groups?.["owned"] && !THEIR_TEAM.test(text.slice(m.end, m.end + 40)))) return undefined;
      return { index: refused.index, rule: "stance.serve-under-refused" };
    },
    // The refusal is itself a negation: only a condition or a question before it, or a question after the person, takes it back.
    idle: (_between, at, m) => OPEN.test(text.slice(sentence.start, at)) || text.slice(m.end, sentence.end).includes("?"),
    cap: 0.7,
  });
}
