/**
 * Guards that keep a candidacy statement from being read for the wrong post or the wrong person.
 * Each is a test on the sentence around a statement; the candidacy finders consult them before
 * giving a statement that names no post the article's post.
 */

/**
 * A post of another level than the race's, in play: "a front-runner for the deputy presidency",
 * "nominated for treasurer general", "the post of deputy secretary general", "the deputy
 * leadership race". A title before a name ("FIS vice-president Mats Arjes", "the former vice
 * president") is not in play.
 */
const OTHER_LEVEL = /(?<!\w)(?:(?:deputy|vice)[- ]?(?:presiden(?:t|cy)|leader(?:ship)?|chair(?:man|woman|person|manship)?|secretary[- ]general|director[- ]general)|treasurer(?:[- ]general)?)\b/giu;
/** A cheap test before {@link OTHER_LEVEL}, with its flags. */
const OTHER_LEVEL_CUE = /deputy|vice|treasurer/i;
/** Words before a post that put it in play: a goal, a race, a standing. */
const IN_PLAY_BEFORE = /(?<!\w)(?:for|as|to\s+(?:become|be)|(?:post|position|job|office|race|contest|election|ballot|vote)\s+(?:of|for))\s+(?:the\s+)?(?:(?:party|union|body)['’]s\s+|new\s+|next\s+)?$/iu;
/** Words after a post that put it in play: "the deputy leadership race", "vice-presidential nominations". */
const IN_PLAY_AFTER = /^\s+(?:race|contest|election|ballot|vote|run-?off|candidates?|contenders?|hopefuls?|nominations?|bid)\b/iu;

/**
 * Whether `sentence` puts a deputy's, a vice-chair's or a treasurer's post in play when the race's
 * own post (`raceName`) is not such a post: a statement there that names no post is about that
 * other post, not the race's.
 */
export function namesOtherLevel(sentence: string, raceName: string): boolean {
  if (!OTHER_LEVEL_CUE.test(sentence) || OTHER_LEVEL_CUE.test(raceName)) return false;
  OTHER_LEVEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OTHER_LEVEL.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    // "the former vice president", "who previously served as vice-president": a post held, not raced for.
    if (/\b(?:former|ex-|then-|outgoing|current|sitting|incumbent|acting)\s*$|\b(?:serv(?:e|es|ed|ing)|work(?:s|ed|ing)|previously|formerly|already|once)\s+(?:as\s+)?(?:the\s+)?$/i.test(before)) continue;
    if (IN_PLAY_BEFORE.test(before) || IN_PLAY_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
  }
  return false;
}
