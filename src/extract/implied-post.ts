/**
 * The article's post when the text never names it: a race for the head of one organization the
 * article is about ("the IAEA board voted again", "UNESCO picks its chief")
 * told without the title itself, when the text names the organization at least twice. A party's
 * head post needs more: reading it from the party's name alone was wrong more often than right on
 * races not read while writing this, so only words of a leadership race imply it
 * (`unnamed-party-post.ts`).
 * The post is implied at the organization's first mention (an empty span, so the organization
 * itself stays an actor there).
 */
import { PARTIES } from "./lexicon/parties.js";
import { isPartyLeadership } from "./post-shapes.js";
import type { RawMention } from "./types.js";
import { namedInPlay } from "./race-post.js";
import { partyLeadershipInPlay } from "./unnamed-party-post.js";

const PARTY_SLUGS = new Set(PARTIES.map((p) => p.slug));
/** After an organization's name, a body of its own ("the UN telecoms agency", "the UN's refugee agency"). */
const SUBBODY_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:agency|body|programme|program|fund|council|commission|court|office|panel|mission|committee|secretariat|tribunal|institute|forum|watchdog|authority|regulator)\b/u;

/**
 * The implied post of an article that names no post, given its mentions, the posts found, and the
 * article's post by organization (see `articlePost` in `mentions.ts`), if any.
 */
export function impliedArticlePost(text: string, mentions: readonly RawMention[], posts: readonly RawMention[], article: Omit<RawMention, "start" | "end"> | undefined): RawMention | undefined {
  if (!article?.org) return undefined;
  const party = PARTY_SLUGS.has(article.org) || article.org.endsWith("-party") || isPartyLeadership(article.name) || /\bLeader\b/.test(article.name);
  // Another body's title found by shape and not raced for ("Verdi chief economist X") leaves a party's post unnamed.
  if (posts.some((p) => !party || !p.shaped || namedInPlay(text, p))) return undefined;
  const named = mentions.filter((m) => m.type === "Organization" && m.org === article.org);
  const first = named[0];
  // "the UN telecoms agency": an article about a body inside the organization is not about the organization's head.
  if (!first || named.some((m) => SUBBODY_AFTER.test(text.slice(m.end, m.end + 40)))) return undefined;
  if (named.length < 2) return undefined;
  if (party && !partyLeadershipInPlay(text, article.name)) return undefined;
  return { ...article, start: first.start, end: first.start };
}
