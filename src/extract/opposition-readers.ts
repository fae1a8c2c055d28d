/**
 * The opposition readers of `opposition-*.ts` that `stances.ts` runs on each sentence, behind
 * their cheap cues: moves to oust a leader, refusals to serve under someone, the will to keep
 * someone from the post, the signers of a letter against someone, and oppositions joined to
 * another stance ("for Y and against X", "neither X nor Y", "abstained rather than back X").
 */
import { abstainedStances, addRefusedBoth, coordinatedAgainst, CUE as AGAINST_CUE, INSTEAD_CUE, neitherStances, NEITHER_CUE } from "./opposition-coordinated.js";
import { oppositionLetterStances, type LetterState } from "./opposition-letters.js";
import { ousterStances } from "./opposition-ouster.js";
import { preventionStances } from "./opposition-prevention.js";
import { CUE as SERVE_CUE, serveUnderStances } from "./opposition-serve-under.js";
import type { AttributedQuote } from "./quotes.js";
import type { Found } from "./stance-parts.js";
import type { OpenGroup } from "./stance-lists.js";
import type { Analysis, Sentence } from "./types.js";

/** Whether the article's words allow the refusals to serve, and the letter read so far. */
export interface OppositionState {
  serving: boolean;
  letters: LetterState;
}

/** The readers' state for an article, from its lower-case text: a reader whose cue the article lacks never runs. */
export function oppositionState(lowered: string): OppositionState {
  // Every match of the serving cue holds "serv".
  return { serving: lowered.includes("serv") && SERVE_CUE.test(lowered), letters: {} };
}

/**
 * The signers of a letter against someone named in `sentence`, and the list of them it opens
 * (`opposition-letters.ts`); `cued`, when known, whether the sentence passes the letter reader's cue.
 */
export function letterStances(analysis: Analysis, sentence: Sentence, lowerBody: string, state: OppositionState, cued?: boolean): { found: Found[]; open?: OpenGroup } {
  return oppositionLetterStances(analysis, sentence, lowerBody, state.letters, cued);
}

/**
 * The oppositions read on their own in `sentence`; `keep` says whether a holder may hold a stance
 * (not only some of a party's members); `preventionCued` and `oustingCued`, when known, whether the
 * sentence passes the prevention and the ouster readers' cues.
 */
export function oppositionStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, state: OppositionState, keep: (f: Found) => boolean, preventionCued?: boolean, oustingCued?: boolean): Found[] {
  const out: Found[] = [];
  if (oustingCued !== false) out.push(...ousterStances(analysis, sentence, quotes, lowerBody, oustingCued));
  if (state.serving) out.push(...serveUnderStances(analysis, sentence, quotes, lowerBody));
  // (Not behind an article cue: nearly every article holds one of its words, "if " or "stop"; it tests each sentence.)
  out.push(...preventionStances(analysis, sentence, quotes, lowerBody, preventionCued));
  return out.filter(keep);
}

/**
 * Adds to the sentence's stances `found`, in place, the oppositions joined to them, and drops the
 * supports they deny. `cued`, when known, says which of the readers' cues the sentence passes.
 */
export function joinedOppositions(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, found: Found[], keep: (f: Found) => boolean, cued?: JoinedOppositionCues): void {
  if (cued?.against ?? AGAINST_CUE.test(lowerBody)) found.push(...coordinatedAgainst(analysis, sentence, found));
  if (cued?.neither ?? NEITHER_CUE.test(lowerBody)) addRefusedBoth(found, neitherStances(analysis, sentence, quotes).filter(keep));
  if (cued?.instead ?? INSTEAD_CUE.test(lowerBody)) found.push(...abstainedStances(analysis, sentence, quotes).filter(keep));
}

/** The cues of {@link joinedOppositions}' readers, for a search over all sentences at once: none of them reads ";". */
export const JOINED_OPPOSITION_CUES = { against: AGAINST_CUE, neither: NEITHER_CUE, instead: INSTEAD_CUE };

/** Whether a sentence passes each cue of {@link JOINED_OPPOSITION_CUES}. */
export type JoinedOppositionCues = { readonly [K in keyof typeof JOINED_OPPOSITION_CUES]: boolean };
