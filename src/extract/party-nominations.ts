/**
 * A party's race for its presidential nomination: "won the Socialist primary", "clinched the
 * Democratic Party of Korea's presidential nomination", "Morena's presidential primaries". The
 * lexicon gives the American parties that post; any other party it knows has only its leadership,
 * which an article about its primary would otherwise take as the race.
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { PARTIES } from "./lexicon/parties.js";
import type { RawMention } from "./types.js";

const PARTY_SLUGS = new Set(PARTIES.map((p) => p.slug));
/** Parties whose lexicon entry already lists a nomination post (the American ones). */
const WITH_NOMINATION = new Set(ORGANIZATIONS.filter((o) => o.posts.some((p) => /\bnomination\b/i.test(p.name))).map((o) => o.slug));
/** Names of the nomination posts the lexicon lists: another party's post never takes one of them. */
const LEXICON_NOMINATIONS = new Set(ORGANIZATIONS.flatMap((o) => o.posts.filter((p) => /\bnomination\b/i.test(p.name)).flatMap((p) => [p.name, ...(p.aliases ?? [])])).map((n) => n.toLowerCase()));
const PARTY_BY_SLUG = new Map([...ORGANIZATIONS, ...PARTIES].map((o) => [o.slug, o]));

/** Cheap literal test before the patterns. */
const CUE_WORDS = /rimar|ominat|ominee|andida/i;
/**
 * "primaries", and "primary" as a noun ("the primary race", "won the primary on Sunday"), not as
 * an adjective ("her primary aim"); a nomination for president; the party's nomination or nominee.
 */
const NOMINATION_CUE =
  /(?<![\p{L}-])(?:(?:presidential\s+)?primaries|(?:presidential\s+)?primary(?=\s+(?:presidential\s+(?:elections?|races?|contests?|votes?)|race|election|elections|vote|voting|round|run-?off|contest|voters|ballot|campaign|season|debate|candidates?|winner|results?|on|in|last|this|next|held|was|is|will)\b|\s*[,.;:)]|['’]s\s)|presidential\s+(?:nomination|nominee|candidate|candidacy|candidature|ticket|hopefuls?)|(?:party['’]s|\p{Lu}[\p{L}-]*['’]s?)\s+(?:presidential\s+)?(?:nomination|nominee))(?![\p{L}-])/giu;
/** The party's own post raced for: its leadership, its chair, its presidency ("the LDP presidential election"). */
const LEADERSHIP_CUE = /(?<![\p{L}-])(?:leadership|(?:party|\p{Lu}[\p{L}-]*)\s+(?:leader|chair(?:man|woman|person)?(?:ship)?)\s+(?:race|contest|election|vote|ballot)|(?:party['’]s|party|\p{Lu}[\p{L}]*)\s+presidential\s+(?:election|race|contest|poll|vote|ballot))(?![\p{L}-])/gu;

/** The party's names as a nomination post is named ("Socialist", "Socialist Party", "Democratic Party of Korea"). */
function nominationNames(slug: string): { name: string; aliases: string[] } {
  const party = PARTY_BY_SLUG.get(slug)!;
  const shared = "shared" in party && Array.isArray(party.shared) ? (party.shared as readonly string[]) : [];
  const bases = new Set<string>();
  for (const n of [party.name, ...party.names, ...shared]) {
    const bare = n.replace(/\s*\([^)]*\)\s*$/, "").trim();
    if (!/^\p{Lu}/u.test(bare) || /s$/.test(bare)) continue;
    bases.add(bare);
    const adjective = bare.replace(/\s+[Pp]arty$/, "");
    if (adjective !== bare) bases.add(adjective);
  }
  const forms = [...bases].map((b) => `${b} presidential nomination`).filter((f) => !LEXICON_NOMINATIONS.has(f.toLowerCase()));
  const name = forms[0] ?? `${party.name} presidential nomination`;
  return { name, aliases: forms.filter((f) => f !== name) };
}

/**
 * The nomination post of the party whose primary the article is about, with a mention at each
 * place the text names the race by its own words ("primary", "presidential nomination"), or
 * undefined when the article is not about such a race: a party it names (without a nomination
 * post in the lexicon) in the sentence of at least one nomination cue, at least two cues in all,
 * "presidential" among the article's words, and more such cues than words of a leadership race.
 */
export function partyNomination(text: string, known: readonly RawMention[]): { post: Omit<RawMention, "start" | "end">; mentions: RawMention[] } | undefined {
  if (!CUE_WORDS.test(text) || !/presiden/i.test(text)) return undefined;
  const parties = known.filter((m) => m.type === "Organization" && m.org !== undefined && PARTY_SLUGS.has(m.org) && !WITH_NOMINATION.has(m.org));
  if (parties.length === 0) return undefined;
  const cues: { start: number; end: number }[] = [];
  NOMINATION_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOMINATION_CUE.exec(text)) !== null) cues.push({ start: m.index, end: m.index + m[0].length });
  if (cues.length < 2) return undefined;
  let leadership = 0;
  LEADERSHIP_CUE.lastIndex = 0;
  while (LEADERSHIP_CUE.exec(text) !== null) leadership++;
  if (leadership >= cues.length) return undefined;
  // The party named in a cue's sentence (the nearest before or after, within the sentence), counted over the cues.
  const votes = new Map<string, number>();
  for (const c of cues) {
    const from = Math.max(text.lastIndexOf(". ", c.start), text.lastIndexOf("\n", c.start));
    let to = text.indexOf(". ", c.end);
    const line = text.indexOf("\n", c.end);
    if (to < 0 || (line >= 0 && line < to)) to = line < 0 ? text.length : line;
    const inSentence = parties.filter((p) => p.start > from && p.end <= to);
    if (inSentence.length === 0) continue;
    const nearest = inSentence.reduce((a, b) => (Math.abs(a.start - c.start) <= Math.abs(b.start - c.start) ? a : b));
    votes.set(nearest.org!, (votes.get(nearest.org!) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const { name, aliases } = nominationNames(best[0]);
  const post = { type: "Post" as const, form: "generic" as const, name, org: best[0], aliases };
  // A cue that holds the party's name ("Morena's nomination") names the post from the words after it.
  const mentions = cues.map((c) => {
    const party = parties.find((p) => p.start >= c.start && p.end <= c.end);
    const start = party ? text.slice(party.end, c.end).search(/\S/) + party.end : c.start;
    const lead = /^['’]s?\s+/.exec(text.slice(start, c.end));
    return { ...post, start: start + (lead ? lead[0].length : 0), end: c.end };
  });
  return { post, mentions };
}
