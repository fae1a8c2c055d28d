/**
 * How much one mention of a post tells that the post is the race's: a post named where the text
 * puts it in play ("the race for the next X", "her bid to become X", "running to be X", "the X
 * contest") says more than a post named in passing ("X Ana Ruiz said", "the X's office"). Read by
 * `mainPost` (candidacies.ts) to weigh the posts an article names against each other.
 */
import type { Span } from "./types.js";

/** Cheap literal test before {@link IN_PLAY_BEFORE}: every match holds one of these. */
const BEFORE_CUE = /race|contest|battle|bid|run|candida|campaign|vying|challeng|compet|elect|succeed|replace|become|stand|seek|sought|nominat|post|position|job/i;
/**
 * Words right before a post that put it in play: "the race for the next", "his bid to become",
 * "running to be the", "elected as", "to succeed Ana Ruiz as", "challenging Tom Vale for".
 */
const IN_PLAY_BEFORE =
  /\b(?:(?:race|contest|battle|bid|run|running|runs|ran|candidates?|candidacy|candidature|campaign(?:ing)?|vying|challeng(?:e|es|ed|ing)(?:\s+\p{Lu}[\p{L}'’-]+){0,3}|compet(?:e|es|ed|ing)|stand(?:s|ing)?|stood|seek(?:s|ing)?|sought|nominat(?:ed|ion)|(?:post|position|job)\s+of)\s+(?:(?:to\s+(?:become|be)|for|as)\s+)?|\b(?:elected(?:\s+as)?|to\s+(?:become|succeed(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+as|replace(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+as)))\s*(?:the\s+|a\s+)?(?:(?:next|new|future|top|party['’]s|organi[sz]ation['’]s)\s+)?$/u;
/** Words right after a post that put it in play: "the X race", "X election", "X nominations". */
const IN_PLAY_AFTER = /^\s+(?:race|contest|election|ballot|vote|run-?off|candidates?|contenders?|hopefuls?|nominations?|bid)\b/iu;
/** A mention that already holds its race word: "leadership election", "the race". */
const HOLDS_RACE_WORD = /\b(?:race|contest|election|ballot|bid|run-?off|primary|nomination)$/i;

/**
 * Whether the post mentioned at `span` is named in race context: a goal, a race or a candidacy
 * right before it, or a race word right after it.
 */
export function namedInPlay(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  if (BEFORE_CUE.test(before) && IN_PLAY_BEFORE.test(before)) return true;
  return !HOLDS_RACE_WORD.test(text.slice(span.start, span.end)) && IN_PLAY_AFTER.test(text.slice(span.end, span.end + 20));
}

/**
 * The weight of one post mention when the article's post is chosen: one for naming it, one more
 * where it is named in play.
 */
export function racePostWeight(text: string, span: Span): number {
  return namedInPlay(text, span) ? 2 : 1;
}

/**
 * Whether the post mention at `index` of `mentions` (sorted by start) lies inside a longer mention
 * of another post: "leader of UN" inside "leader of UN Women".
 */
export function insideLongerPost(mentions: readonly { type: string; entity: string; start: number; end: number }[], index: number): boolean {
  const m = mentions[index]!;
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const o = mentions[k]!;
    if (o.type === "Post" && o.entity !== m.entity && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) return true;
  }
  for (let k = index + 1; k < Math.min(mentions.length, index + 5) && mentions[k]!.start <= m.start; k++) {
    const o = mentions[k]!;
    if (o.type === "Post" && o.entity !== m.entity && o.end >= m.end && o.end - o.start > m.end - m.start) return true;
  }
  return false;
}
