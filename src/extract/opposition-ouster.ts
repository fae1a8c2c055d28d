/**
 * Moves to remove a sitting leader: "A will support a motion of no confidence in X", "A tabled a
 * no-confidence vote against X", "A voted for the spill motion against X", "A backed the leadership
 * challenge against X", "A voted to oust X", "A and B tried to unseat X", "A demanded that X resign". The one who backs the motion, makes the move or demands the exit opposes X.
 *
 * A negated or hedged move ("would not back a motion of no confidence in X", "may try to oust X") is
 * no stance; nor is a motion only faced or survived ("X survived a vote of no confidence"): it has no
 * holder. Launching a challenge is the challenger's run, a rivalry, not a stance. A bid to oust said as a noun ("a bid by A to oust X") is left out: that is most often a
 * rival's challenge, which is rivalry, not a stance.
 */
import { wordsPattern } from "./word-cues.js";
import { moveBeforePersonStances, negatedOrHedged } from "./move-before-person.js";
import type { AttributedQuote } from "./quotes.js";
import type { Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE_WORDS = ["challenge", "demand", "remove", "confidence", "insist", "oust", "spill", "topple", "unseat", "depose", "dislodge"] as const;
export const CUE = wordsPattern(CUE_WORDS);

/** Words that may stand between the motion and the person: "the Labour leader", "party leader". */
const TITLE_WORDS = String.raw`(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}.'’-]+\s+){0,4}?`;

/** "motion of no confidence in ", "no-confidence vote against ": the person follows. */
const MOTION = new RegExp(String.raw`\b(?:(?:(?:motion|vote|letter|ballot|resolution)s?\s+of\s+no[-\s]confidence|no[-\s]confidence\s+(?:motion|vote|letter|ballot|resolution)s?)\s+(?:in|against|on)|(?:(?:leadership\s+)?spill(?:\s+motion)?|(?:leadership\s+)?challenge)\s+against)\s+${TITLE_WORDS}$`, "iu");
/** A challenge is backed by others but launched by the challenger, a rival: only backing it is opposition. */
const CHALLENGE = /\bchallenge\s+against\s+/i;
const LAUNCHES = /^(?:launch|initiat|br(?:ing|ought)|mov|trigger|mount|tabl|put|lodg|submit|fil|propos)/i;
/** Right before the motion: the verb that backs or brings it ("will support a ", "tabled the "). */
const BACKS_MOTION = new RegExp(String.raw`\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|vot(?:e|es|ed|ing)\s+(?:for|in\s+favou?r\s+of)|pass(?:es|ed|ing)?|carr(?:y|ies|ied|ying)|sign(?:s|ed|ing)?|co-sign(?:s|ed|ing)?|tabl(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|put(?:s|ting)?\s+down|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?|fil(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?)\s+for|demand(?:s|ed|ing)?|trigger(?:s|ed|ing)?|launch(?:es|ed|ing)?|initiat(?:e|es|ed|ing)|br(?:ing|ings|ought|inging)(?:\s+forward)?|sponsor(?:s|ed|ing)?)\s+(?:(?:a|an|the|any)\s+)?(?:(?:formal|fresh|new|second|possible|parliamentary|party|caucus)\s+)?$`, "iu");
/** Right before the person: a verb of removing and the one who tries it ("voted to oust ", "tried to unseat the "). */
const OUSTS = new RegExp(String.raw`\b(?:vot(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|plott(?:ed|ing)|plots?|conspir(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?|work(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|s(?:eek|eeks|eeking|ought)|attempt(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|sign(?:s|ed|ing)?\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:letter|petition|motion)\s+(?:calling|seeking)|(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+for\s+(?:an?\s+|the\s+)?(?:effort|move|vote|bid)s?)\s+(?:(?:hard|actively|openly|quietly|unsuccessfully|successfully|behind\s+the\s+scenes)\s+)?to\s+(?:oust|unseat|topple|depose|dislodge|remove)\s+${TITLE_WORDS}$`, "iu");
/** Before the person: a demand that they leave ("demanded that ", "insisted that the "). */
const DEMANDED = new RegExp(String.raw`\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+that\s+${TITLE_WORDS}$`, "iu");
/** After the person the demand is on: the exit ("resign", "should step down"). */
const EXIT = /^\s+(?:(?:should|must|immediately|now)\s+)?(?:resign|quit|go|step\s+(?:down|aside)|stand\s+(?:down|aside)|withdraw|pull\s+out|drop\s+out|be\s+(?:removed|replaced|ousted|sacked))\b/i;
/** Before the verb of removing: a determiner that makes it a noun ("his campaign to oust"). */
const NOUN_BEFORE = /(?:(?<!\w)(?:a|an|the|his|her|its|their|our|my|this|that|any|whose|failed|new|fresh|renewed|latest)|['’]s?(?:\s+[\p{L}-]+)?)\s+$/iu;
/** Between the holder and the move: a condition or a guess that makes it no stance. */
const HEDGE = /\b(?:may|might|could|whether|if|unless|considering|consider|expected|likely|unlikely|reportedly|rumou?red|said\s+to\s+be|believed\s+to|refus\w*|declin\w*|threat\w*|urged|asked|called\s+on)\b/i;
/** Right after the person: "'s deputy", "'s government": the move is against someone or something else of theirs. */
const SOMETHING_ELSE = /^['’]s?\s/;

/**
 * Whether a stance was read by this module: its object is a sitting leader, whom the stance does
 * not make a candidate.
 */
export function ousterRule(rule: string): boolean {
  return OUSTER_RULES.has(rule);
}

/** Every rule this module writes: each is about someone holding the post, not running for it. */
const OUSTER_RULES: ReadonlySet<string> = new Set(["stance.no-confidence", "stance.challenge-backed", "stance.ouster", "stance.demanded-exit"]);

/** The move against the person right before them (see the module's comment), and its rule. */
function ousterMove(m: Mention, before: string, text: string): { index: number; rule: string } | undefined {
  const motion = MOTION.exec(before);
  const demanded = motion ? null : DEMANDED.exec(before);
  if (demanded && EXIT.test(text.slice(m.end, m.end + 40))) return { index: demanded.index, rule: "stance.demanded-exit" };
  if (motion) {
    const backs = BACKS_MOTION.exec(before.slice(0, motion.index));
    const challenge = CHALLENGE.test(motion[0]);
    if (backs && !(challenge && LAUNCHES.test(backs[0].trimStart()))) return { index: backs.index, rule: challenge ? "stance.challenge-backed" : "stance.no-confidence" };
    return undefined;
  }
  const ousts = OUSTS.exec(before);
  // "in his campaign to oust X", "Lund's call for an effort to oust X": a noun, whose holder the reader does not take.
  if (ousts && !NOUN_BEFORE.test(before.slice(0, ousts.index))) return { index: ousts.index, rule: "stance.ouster" };
  return undefined;
}

/**
 * The stances of those who back a motion of no confidence in a person or try to oust them. `cued`,
 * when known, is whether the lower-case sentence passes {@link CUE}.
 */
export function ousterStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, cued?: boolean): Found[] {
  if (!(cued ?? CUE.test(lowerBody))) return [];
  const { text } = analysis;
  return moveBeforePersonStances(analysis, sentence, quotes, {
    reach: 160,
    move: (m, before) => (SOMETHING_ELSE.test(text.slice(m.end, m.end + 3)) ? undefined : ousterMove(m, before, text)),
    idle: negatedOrHedged(HEDGE),
    cap: 0.75,
    conjoined: true,
  });
}
