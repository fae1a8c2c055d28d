/**
 * A party's head post told without its title beside the party's name: "the official list of
 * leadership candidates", "members can vote on the future leadership", "elected its policy chief as
 * its new leader", "after winning the party election". Where an article names no post and one
 * party is the organization it is about, these words put that party's head post in play; the
 * party's name alone does not (see `impliedArticlePost` in implied-post.ts).
 */

/** Cheap literal test before {@link LEADERSHIP_RACE}. */
const CUE = /leader|party\s+(?:election|contest|race|ballot|vote)/i;
/**
 * A party's leadership as the race: "leadership candidates/contest/ballot", "the party election",
 * "vote on the future leadership", "elected (as) (its) (new) leader".
 */
const LEADERSHIP_RACE =
  /(?<![\p{L}-])(?:leadership\s+(?:candidates?|contenders?|hopefuls?|contest|race|election|ballot|vote|poll|battle|challenge|bid|run-?off)|party\s+(?:leadership\s+)?(?:election|contest|race|ballot|vote)|vote\s+(?:on|for)\s+(?:the|its|their)\s+(?:future|new|next)\s+leadership|(?:was|were|is|been|be|being|got|gets)\s+elected\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:new|next|party)\s+)?leader(?:ship)?|elected\s+(?:[\p{L}-]+\s+){1,5}as\s+(?:its|their|the)\s+(?:new\s+|next\s+)?leader)(?![\p{L}-])/iu;

/** The head posts a party's leadership race is for: its leader, president or chair, not its nomination for a country's office. */
const HEAD_POST = /^(?:Leader|President|Chair(?:man|woman|person)?)\s+of\s|\s(?:Leader|President|Chair(?:man|woman|person)?)$/;

/**
 * Whether `text` puts the leadership of a party in play in words of its own, so that `postName`,
 * the head post of the one party the article is about, is the article's post.
 */
export function partyLeadershipInPlay(text: string, postName: string): boolean {
  return HEAD_POST.test(postName) && CUE.test(text) && LEADERSHIP_RACE.test(text);
}
