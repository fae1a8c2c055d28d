/**
 * A party's members of an assembly named without the party's name: "the party's MPs", "all five
 * of the party's MSPs", "Fianna Fáil's 38 TDs", "her caucus", "Twenty-six other MPs". In an
 * article about one party these are that party's group, which a careful reader names by the
 * party and the group's word ("Scottish Conservative MPs", "Democratic caucus"); the words as
 * written are kept as an alias.
 *
 * A party's branch in a region is a group too: "the ANC in Ruritania" is the branch there, named
 * "ANC in Ruritania" with the region as an alias, and "the party in the province" after it is the
 * same branch.
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { PARTIES } from "./lexicon/parties.js";
import { isPartyOrganization, partyAdjective, partyMeant } from "./party-post-names.js";
import type { RawMention } from "./types.js";

/** Every party the lexicons know, by slug. */
const PARTY_BY_SLUG = new Map<string, { slug: string; name: string; generic: readonly string[] }>();
for (const p of [...PARTIES, ...ORGANIZATIONS].filter(isPartyOrganization)) if (!PARTY_BY_SLUG.has(p.slug)) PARTY_BY_SLUG.set(p.slug, p);

/** Members of an assembly or a council, as the news counts them. */
const MEMBERS = "MPs|MSPs|TDs|AMs|MLAs|MEPs|MPPs|senators|councillors|councilors|lawmakers|legislators|peers";

const NUMBER = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const COUNT = `(?:(?:${NUMBER})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;

/** "the party's MPs", "the party’s 23 MSPs": the possessive group of the article's party. */
const PARTYS_MEMBERS = new RegExp(`\\bthe party['’]s (?:(?:${COUNT}) )?(${MEMBERS})\\b`, "gi");
/** "the party's youth wing", "the party's left and youth wings": the party's wings, each a group. */
const PARTYS_WINGS = /\bthe party['’]s (left|right|youth|women['’]s|liberal|conservative|moderate|progressive|centrist)(?:(?:,? and| or) (left|right|youth|women['’]s|liberal|conservative|moderate|progressive|centrist))? wings?\b/gi;
/** "her caucus", "his own caucus", "the parliamentary party". */
const CAUCUS = /\b(?:(?:his|her|their)(?: own)?|the party['’]s) caucus\b|\bthe parliamentary party\b/gi;
/**
 * "Twenty-six other MPs": the rest of the party's members, counted. A bare count ("the support of
 * 23 MPs", "nominated by five MSPs") is a tally beside the members' names, not a group that holds.
 */
const OTHER_MEMBERS = new RegExp(`(?<![\\p{L}\\d-])(${COUNT}) other (${MEMBERS})(?!\\w)`, "giu");
/** What follows a party's name in "Fianna Fáil's 38 TDs". */
const OWN_MEMBERS = new RegExp(`^['’]s (?:(?:${COUNT}) )?(${MEMBERS})\\b`, "i");

/** Cheap cues: no pattern runs on a text without one of these. */
const CUES = ["party's", "party’s", " caucus", "parliamentary party", "MPs", "MSPs", "TDs", "AMs", "MLAs", "MEPs", "senators", "councillors", "councilors", "lawmakers", "legislators", "peers"];

/** The party the article is about: the party mentioned most, when one is mentioned more than any other. */
function articleParty(text: string, mentions: readonly RawMention[]): { slug: string; adjective: string } | null {
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    // A party's posts count: the article's race is often the party's leadership.
    if ((m.type !== "Organization" && m.type !== "Post") || !m.org || !PARTY_BY_SLUG.has(m.org)) continue;
    counts.set(m.org, (counts.get(m.org) ?? 0) + 1);
    if (m.type !== "Organization") continue;
    const adjective = partyAdjective(text.slice(m.start, m.end));
    const byForm = forms.get(m.org) ?? new Map<string, number>();
    byForm.set(adjective, (byForm.get(adjective) ?? 0) + 1);
    forms.set(m.org, byForm);
  }
  const meant = partyMeant([...counts].sort((a, b) => b[1] - a[1]).map(([slug]) => PARTY_BY_SLUG.get(slug)!), counts);
  if (!meant || !forms.has(meant.slug)) return null;
  const slug = meant.slug;
  // The form written most often, the longer one on a tie ("Scottish Conservative" before "Conservative").
  const adjective = [...forms.get(slug)!].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
  return { slug, adjective };
}

const NUMBER_WORD = new RegExp(`^(?:${COUNT})$`, "i");

function overlaps(mentions: readonly RawMention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && m.end > start);
}

/** A capitalized count opening a sentence ("Twenty-six other MPs") may have been read as a name. */
function isCountReadAsName(text: string, m: RawMention): boolean {
  return m.type === "Person" && NUMBER_WORD.test(text.slice(m.start, m.end));
}

/** A region after a party's name: "in Ruritania", "in North Ruritania", "in the province". */
const IN_REGION = /^(?: \(([A-Z]{2,6})\))? in (?:(the (?:province|region|state))|((?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}]+)*)(?: \p{Lu}[\p{L}'’-]*){0,2}))\b/u;
/** A party named as a group, not as a party ("the party in the province"). */
const THE_PARTY_IN = /\b[Tt]he party in the (?:province|region|state)\b/g;
/** Places that are a party's seats, not its regions: "the Democrats in Congress". */
const SEATS = /^(?:Congress|Parliament|Westminster|Holyrood|Senate|House|Assembly|Commons|Lords|Government|Opposition|Power|Office|Cabinet|Council|Dáil|Dail|Seanad|Bundestag|Diet|Washington|Brussels|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A party named by its people ("Republicans", "Tories", "Greens"). */
const PLURAL_PARTY = /(?:[a-rt-z]s|Dems)$/;

function branch(name: string, region: string, start: number, end: number, written: string): RawMention {
  const aliases = [...new Set([region, written])].filter((a) => a !== name);
  return { type: "Organization", form: "name", name, start, end, ...(aliases.length > 0 ? { aliases } : {}) };
}

/** A party's branches in regions (see the module's comment); the party mentions they take in are added to `taken`. */
function partyBranches(text: string, mentions: readonly RawMention[], taken: Set<RawMention>): RawMention[] {
  const out: RawMention[] = [];
  // The last branch named of each party: "the ANC in the province" is that party's.
  const last = new Map<string, RawMention>();
  const later: { start: number; end: number }[] = [];
  if (text.includes("he party in the ")) for (const m of text.matchAll(THE_PARTY_IN)) later.push({ start: m.index, end: m.index + m[0].length });
  const parties = mentions.filter((m) => m.type === "Organization" && m.org !== undefined && PARTY_BY_SLUG.has(m.org));
  for (const p of parties) {
    // Cheap test first: most party mentions are not followed by " in " or " (".
    const next = text.charCodeAt(p.end + 1);
    if (text.charCodeAt(p.end) !== 0x20 || (next !== 0x69 && next !== 0x28)) continue;
    const r = IN_REGION.exec(text.slice(p.end, p.end + 60));
    if (!r) continue;
    const end = p.end + r[0].length;
    const short = r[1] ?? text.slice(p.start, p.end).replace(/^the\s+/i, "");
    // "Republicans in Iowa" are people of the party there, not its branch.
    if (!r[1] && PLURAL_PARTY.test(short)) continue;
    const start = /^the\s/i.test(text.slice(p.start, p.end)) ? p.start + 4 : p.start;
    if (r[2]) {
      const named = last.get(p.org!);
      if (!named) continue;
      taken.add(p);
      out.push({ ...named, start, end, aliases: [...(named.aliases ?? []), text.slice(start, end)] });
      continue;
    }
    const region = r[3]!;
    if (SEATS.test(region)) continue;
    const regionEnd = end;
    // The party's own acronym in brackets is taken in; any other name in the way ends the reading.
    if (mentions.some((m) => m.start < regionEnd && m.end > p.end && !(m.type === "Person" && m.form === "single") && m.org !== p.org)) continue;
    for (const m of mentions) if (m.start < regionEnd && m.end > p.end) taken.add(m);
    taken.add(p);
    const named = branch(`${short} in ${region}`, region, start, end, text.slice(start, end));
    last.set(p.org!, named);
    out.push(named);
  }
  for (const l of later) {
    const before = out.filter((b) => b.end <= l.start).pop();
    if (before && !mentions.some((m) => m.start < l.end && m.end > l.start)) out.push({ ...before, start: l.start, end: l.end, aliases: [...(before.aliases ?? []), text.slice(l.start, l.end)] });
  }
  return out;
}

/**
 * The article's mentions with its party's unnamed groups of members read as organizations (see the
 * module's comment). A group overlapping another mention is left, except that "Fianna Fáil's 38
 * TDs" takes in the party's own mention. Sorted by start, longer first.
 */
export function withPartyGroups(text: string, mentions: readonly RawMention[]): RawMention[] {
  const taken = new Set<RawMention>();
  const groups: RawMention[] = text.includes(" in ") ? partyBranches(text, mentions, taken) : [];
  // The party is found from the mentions alone; the cues, a search of the whole text each, only then.
  const found = articleParty(text, mentions);
  const party = found && CUES.some((c) => text.includes(c)) ? found : null;
  if (party) groups.push(...memberGroups(text, mentions, party, groups, taken));
  if (groups.length === 0) return [...mentions];
  return [...mentions.filter((m) => !taken.has(m)), ...groups].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The groups of the article's party's members (see the module's comment); the mentions they take in are added to `taken`. */
function memberGroups(text: string, mentions: readonly RawMention[], party: { slug: string; adjective: string }, branches: readonly RawMention[], taken: Set<RawMention>): RawMention[] {
  const groups: RawMention[] = [];
  const add = (start: number, end: number, noun: string, written = text.slice(start, end)) => {
    const inside = mentions.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => !isCountReadAsName(text, m) && m.org !== party.slug) || overlaps(groups, start, end) || overlaps(branches, start, end)) return;
    for (const m of inside) taken.add(m);
    const name = `${party.adjective} ${noun}`;
    groups.push({ type: "Organization", form: "name", name, start, end, ...(written !== name ? { aliases: [written] } : {}) });
  };
  const possessive = text.includes("party's") || text.includes("party’s");
  if (possessive) for (const m of text.matchAll(PARTYS_MEMBERS)) add(m.index, m.index + m[0].length, m[1]!);
  if (possessive && text.includes(" wing")) {
    for (const m of text.matchAll(PARTYS_WINGS)) {
      const first = m[1]!.toLowerCase().replace("’", "'");
      if (!m[2]) {
        add(m.index, m.index + m[0].length, `${first} wing`);
        continue;
      }
      // "the party's left and youth wings": the first wing ends at its own word, the second is the rest.
      const firstEnd = m.index + m[0].indexOf(m[1]!, "the party's".length) + m[1]!.length;
      const second = m.index + m[0].lastIndexOf(m[2]!);
      add(m.index, firstEnd, `${first} wing`);
      add(second, m.index + m[0].length, `${m[2]!.toLowerCase().replace("’", "'")} wing`);
    }
  }
  if (text.includes("caucus") || text.includes("parliamentary party")) {
    for (const m of text.matchAll(CAUCUS)) add(m.index, m.index + m[0].length, /parliamentary/i.test(m[0]) ? "parliamentary party" : "caucus");
  }
  if (text.includes(" other ")) for (const m of text.matchAll(OTHER_MEMBERS)) add(m.index, m.index + m[0].length, m[2]!);
  for (const p of mentions) {
    if (p.type !== "Organization" || p.org !== party.slug || (text.charCodeAt(p.end) !== 0x27 && text.charCodeAt(p.end) !== 0x2019)) continue;
    // "Fianna Fáil's 38 TDs": the party's own mention becomes the group's.
    const own = OWN_MEMBERS.exec(text.slice(p.end, p.end + 24));
    if (own) add(p.start, p.end + own[0].length, own[1]!);
  }
  return groups;
}
