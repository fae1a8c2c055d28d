/**
 * The signers of a letter against someone: after "16 members signed a letter pledging to oppose X",
 * "The members who signed the letter were:" with a name to a line, or "two of the signatories, A and
 * B, ..." name people who oppose X; so does "A is one of 16 members who signed a letter saying they
 * will not vote for X".
 *
 * The letter must say the opposition itself ("a letter pledging to oppose X", "a letter saying
 * they will not vote for X"); its signers are read only within a few paragraphs of it.
 */
import { wordsPattern } from "./word-cues.js";
import { mentionsIn } from "./clauses.js";
import type { Found } from "./stance-parts.js";
import type { OpenGroup } from "./stance-lists.js";
import { LETTER_REACH, signersAfter, signersToFollow, type SignatoryState } from "./stance-signatories.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE_WORDS = ["signed", "letter", "petition", "signatories", "signers", "signees"] as const;
export const CUE = wordsPattern(CUE_WORDS);

/** Before the person: a letter and the opposition it states ("a letter pledging to oppose ", "a letter saying they will not vote for "). */
const LETTER_AGAINST = /\b(?:letter|petition)\b[^.;:“”"]{0,80}?\b(?:oppos(?:e|es|ing)|(?:vote|voting)\s+against|not\s+(?:to\s+)?(?:vote\s+for|support|back|endorse)|opposition\s+to|no[-\s]confidence\s+in)\s+(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$/u;
/** Closing its paragraph: the signers follow, one to a line ("The members who signed the letter were:"). */
const SIGNERS_COLON = /(?<!\w)(?:signed|signatories|signees|signers)(?!\w)[^.;“”"]{0,60}:\s*$/iu;
/** "two of the signatories — A and B", "the signees include A": the signers follow. */
const SIGNERS_ARE = /(?<!\w)(?:signatories|signees|signers)\s*(?:[—–:]|-\s|,|\s+(?:include|included|including|are|were)(?!\w))\s*/giu;

/** Before "signed" in the letter's own sentence: the holder is one of the signers ("A is one of 16 members who signed"). */
const ONE_OF_SIGNERS = /\b(?:is|was)\s+(?:one|among)\s+(?:of\s+)?(?:the\s+)?(?:\d+|[a-z]+\s+)?\s*[\p{L}-]+\s+(?:who|that)\s+(?:have\s+|had\s+)?signed\s+$/u;

/** The state kept from sentence to sentence: the one the last letter named opposes. */
export interface LetterState extends SignatoryState {
  /** Whether the sentences are the lines of a list of signers. */
  listing?: boolean;
}

/** A line of a list: "- A of Ohio", "2. A". */
const LIST_LINE = /^\s*(?:[-•*–—]|\d{1,2}[.)])\s/;

/**
 * The signers named in `sentence` of the last letter against someone, and the group left open
 * when the sentence announces them one to a line. `lower` is the sentence in lower case; `state`
 * is updated with the letter the sentence names; `cued`, when known, is whether `lower` passes {@link CUE}.
 */
export function oppositionLetterStances(analysis: Analysis, sentence: Sentence, lower: string, state: LetterState, cued?: boolean): { found: Found[]; open?: OpenGroup } {
  // The lines of a list of signers keep the letter in reach of the next list ("The five new members who signed are:").
  if (state.listing) {
    if (LIST_LINE.test(lower)) state.paragraph = sentence.paragraph;
    else state.listing = false;
  }
  if (!(cued ?? CUE.test(lower))) return { found: [] };
  const { text } = analysis;
  const found: Found[] = [];
  for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (m.type !== "Person" || m.modifier) continue;
    const letter = LETTER_AGAINST.exec(text.slice(Math.max(sentence.start, m.extendedStart - 200), m.extendedStart));
    if (letter) {
      state.target = m;
      state.paragraph = sentence.paragraph;
      // "A is one of 16 members who signed a letter saying they will not vote for X".
      const letterAt = m.extendedStart - Math.min(200, m.extendedStart - sentence.start) + letter.index;
      const signers = ONE_OF_SIGNERS.exec(text.slice(Math.max(sentence.start, letterAt - 80), letterAt).replace(/\s+(?:a|an|the)\s+$/, " "));
      if (signers) {
        const holder = mentionsIn(analysis, sentence.start, letterAt).filter((x) => x.type === "Person" && !x.modifier)[0];
        // The holder opens the sentence: "A, pictured on Monday, is one of ...".
        if (holder && holder.entity !== m.entity && /^[\s"“]*$/.test(text.slice(sentence.start, holder.extendedStart))) found.push({ type: "OPPOSES", from: holder.entity, to: m.entity, span: { start: holder.start, end: m.end }, confidence: 0.65, rule: "stance.opposition-letter" });
      }
      break;
    }
  }
  const target = state.target;
  // A sentence that speaks of the letter again keeps it in reach ("..., the letter said").
  if (target && state.paragraph !== undefined && sentence.paragraph - state.paragraph <= LETTER_REACH && /\bletter\b/.test(lower)) state.paragraph = sentence.paragraph;
  if (!target || state.paragraph === undefined || sentence.paragraph - state.paragraph > LETTER_REACH) return { found: [] };
  for (const { at, signers } of signersAfter(analysis, sentence, SIGNERS_ARE, target.entity)) {
    for (const a of signers) if (a.type === "Person" && !a.inQuote) found.push({ type: "OPPOSES", from: a.entity, to: target.entity, span: { start: at, end: a.end }, confidence: 0.7, rule: "stance.opposition-letter" });
  }
  const open = signersToFollow(analysis, sentence, found, SIGNERS_COLON, "OPPOSES", target);
  if (open) state.listing = true;
  return { found, open };
}
