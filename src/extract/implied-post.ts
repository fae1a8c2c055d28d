/**
 * The article's post when the text never names it: a race for the head of one organization the
 * article is about ("the IAEA board voted again", "a challenger to the National Party's leader")
 * told without the title itself. Such an article names the organization at least twice; a party's
 * leadership needs one mention and words of a leadership, a party's nomination two mentions and
 * words of a nomination. The post is then implied at the organization's first mention (an empty
 * span, so the organization itself stays an actor there).
 */
import { isPartyLeadership } from "./post-shapes.js";
import type { RawMention } from "./types.js";

/** A party's leadership told without the party's title: "the leadership", "a leadership challenge", "the leader". */
const LEADERSHIP_WORDS = /\bleadership\b|\bleader\b/i;
/** After an organization's name, a body of its own ("the UN telecoms agency", "the UN's refugee agency"). */
const SUBBODY_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:agency|body|programme|program|fund|council|commission|court|office|panel|mission|committee|secretariat|tribunal|institute|forum|watchdog|authority|regulator)\b/u;
/** A party's nomination told without its name: "the nomination", "the primaries", "the caucuses". */
const NOMINATION_WORDS = /\bnomination\b|\bprimar(?:y|ies)\b|\bcaucus(?:es)?\b/i;

/**
 * The implied post of an article that names no post, given its mentions, the posts found, and the
 * article's post by organization (see `articlePost` in `mentions.ts`), if any.
 */
export function impliedArticlePost(text: string, mentions: readonly RawMention[], posts: readonly RawMention[], article: Omit<RawMention, "start" | "end"> | undefined): RawMention | undefined {
  if (!article?.org || posts.length > 0) return undefined;
  const named = mentions.filter((m) => m.type === "Organization" && m.org === article.org);
  const first = named[0];
  // "the UN telecoms agency": an article about a body inside the organization is not about the organization's head.
  if (!first || named.some((m) => SUBBODY_AFTER.test(text.slice(m.end, m.end + 40)))) return undefined;
  // A leadership needs words of a leadership; a party's nomination, two mentions and words of a nomination; any other post, two mentions.
  if (/\bLeader\b/.test(article.name)) {
    if (!LEADERSHIP_WORDS.test(text)) return undefined;
  } else if (named.length < 2 || ((article.org.endsWith("-party") || isPartyLeadership(article.name)) && !NOMINATION_WORDS.test(text))) return undefined;
  return { ...article, start: first.start, end: first.start };
}
