/**
 * Posts found by their shape rather than from the lexicon: a title word and the body it belongs to
 * ("president of the Nordic Rowing Federation", "the Rowing Federation's presidency", "chair of
 * the Ruritanian Olympic Committee"), a party's leadership ("the Liberal leadership", "leader of
 * the Green Party"), a court's offices ("judge of the International Court of Justice") and a
 * country's or a city's offices ("prime minister of Freedonia", "mayor of Springfield").
 *
 * The bodies are the organizations and countries the mention finder read; a body the lexicon
 * gives posts of its own is left to the lexicon. A title right before a person's name ("Liberal
 * leader Ann Lee") is that person's title: it is not read as a post.
 */
import { countryEntries } from "./lexicon/countries.js";
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { articleCountryCounts, articlePartyCountry, countryName } from "./lexicon/party-country.js";
import { escapeRegExp } from "./text-utils.js";
import { trieAlternation } from "./word-alternation.js";
import type { RawMention, Token } from "./types.js";

/** Title words, lower-cased, and the title each names; `null` for a head word that takes the body's titled post, if the text names one. */
const TITLES: ReadonlyMap<string, string | null> = new Map([
  ["president", "President"],
  ["presidency", "President"],
  ["vice-president", "Vice-President"],
  ["vice president", "Vice-President"],
  ["chair", "Chair"],
  ["chairman", "Chair"],
  ["chairwoman", "Chair"],
  ["chairperson", "Chair"],
  ["chairmanship", "Chair"],
  ["director-general", "Director-General"],
  ["director general", "Director-General"],
  ["secretary-general", "Secretary-General"],
  ["secretary general", "Secretary-General"],
  ["managing director", "Managing Director"],
  ["executive director", "Executive Director"],
  ["chief prosecutor", "Prosecutor"],
  ["prosecutor", "Prosecutor"],
  ["judge", "Judge"],
  ["leader", "Leader"],
  ["leadership", "Leader"],
  ["head", null],
  ["chief", null],
  ["boss", null],
  ["helm", null],
  ["top job", null],
  ["top post", null],
]);

/** Titles of a country's own offices. */
const COUNTRY_TITLES: ReadonlyMap<string, string> = new Map([
  ["president", "President"],
  ["presidency", "President"],
  ["prime minister", "Prime Minister"],
  ["premier", "Prime Minister"],
  ["chancellor", "Chancellor"],
]);

const TITLE_WORDS = [...TITLES.keys(), ...COUNTRY_TITLES.keys()]
  .filter((t, i, all) => all.indexOf(t) === i)
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[- ]/g, "[- ]").replace(/^(\w)/, (c) => `[${c}${c.toUpperCase()}]`))
  // "secretary-general" and "secretary general" make the same pattern.
  .filter((t, i, all) => all.indexOf(t) === i)
  .join("|");

/** "<title> of (the) <body>", "the top job at <body>". */
const BODY_OPENING = String.raw`\s+(?:the\s+)?(?:(?:ruling|governing|opposition|main|centre-right|center-right|centre-left|center-left|conservative|liberal)\s+)?`;
/** After a title word: "of (the) ", "at (the) ". */
const OF_AFTER = new RegExp(String.raw`\s+(?:of|at)${BODY_OPENING}`, "y");
/** "to lead (the) ", "a seat on (the) ", "elected to (the) ": the last two name a court's judge. */
const LEAD_OR_SEAT = new RegExp(String.raw`\b(?:to\s+(?:lead|head|run)|(seat\s+(?:on|at)|(?:re-?)?elect(?:ed|ion)\s+to))${BODY_OPENING}`, "g");

/** An acronym no mention reads, as a body: "president of the FIA", "the FIA presidency". */
const ACRONYM = /^\p{Lu}{2,6}(?![\p{L}-])/u;

/** After a body's name: "<body>'s (new) <title>", "<body> presidency". */
const BODY_TITLE = new RegExp(String.raw`^(?:['’]s)?\s+(?:(?:new|next|future)\s+)?(${TITLE_WORDS})\b`, "u");

/** A body's own presidential vote after its name: "the FFC presidential election". */
const PRESIDENTIAL_CUE = /\bpresidential(?=\s+(?:election|elections|race|contest|vote|ballot|bid|campaign|poll|candidate|candidates|hopefuls?))/g;

/** An acronym before a title: "the FIA presidency", "FIA president". */
const TITLE_CUE = new RegExp(
  String.raw`\b(?:${trieAlternation(
    [...TITLES.keys(), ...COUNTRY_TITLES.keys()].map((t) => [...t].map((c, i) => (c === " " || c === "-" ? "[- ]" : i === 0 ? `[${c}${c.toUpperCase()}]` : c))),
  )})\b`,
  "g",
);
const ACRONYM_BEFORE = /(?<![\p{L}-])\p{Lu}{2,6}(?:['’]s)?\s+(?:(?:new|next|future)\s+)?$/u;

/**
 * Matches of a pattern that ends with a cue word, found from the cue: `before` (anchored at its
 * end) is tried on the `window` characters before each cue. Each match holds the text from where
 * `before` matched to the cue's end, `before`'s groups, then the cue.
 */
function cuedMatches(text: string, cue: RegExp | readonly RegExpExecArray[], before: RegExp, window: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let cues: readonly RegExpExecArray[];
  if (Array.isArray(cue)) cues = cue;
  else {
    const found: RegExpExecArray[] = [];
    const re = cue as RegExp;
    re.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = re.exec(text)) !== null) found.push(c);
    cues = found;
  }
  let from = 0;
  for (const c of cues) {
    const lo = Math.max(from, c.index - window);
    const b = before.exec(text.slice(lo, c.index));
    if (!b) continue;
    const index = lo + b.index;
    const m = Object.assign([text.slice(index, c.index + c[0].length), ...b.slice(1), c[0]], { index, input: text, groups: undefined }) as unknown as RegExpExecArray;
    out.push(m);
    from = c.index + c[0].length;
  }
  return out;
}

/** A party's leadership by the party's adjective: "the Liberal leadership", "the Green Party leader". */
const PARTY_LEADERSHIP = "party-leadership";
const LEADER_CUE = /\b(?:leadership|leader)\b/g;
const PARTY_WORDS_BEFORE = /(?<![\p{L}\d_])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:[Pp]arty(?:['’]s)?\s+)?$/u;
/** What makes a leadership a party's race: "the Freedom leadership spill". */
const LEADERSHIP_RACE_AFTER = /^\s+(?:spill|race|contest|ballot|vote|election|challenge|bid|campaign|hopefuls?|candidates?|rivals?|contenders?)\b/;
/** "leader of the Liberal Party", "the Liberal Party's leadership". */
const PARTY_NAME = "party-name";
const PARTY_CUE = /\b[Pp]arty\b/g;
const PARTY_NAME_BEFORE = /(?<![\p{L}\d_])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+$/u;

/** "mayor of Springfield", "governor of New Amsterdam". */
const LOCAL_OFFICE = /\b([Mm]ayor|[Gg]overnor)\s+of\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;

/** What follows a title used before a person's name: a capitalized word that is not a calendar word. */
const NAME_AFTER = /^,?\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|In|On|At|And|But)\b)(?:\p{Lu}\.\s*)?\p{Lu}\p{Ll}/u;

/** "<name> (ACR)": the acronym a text gives a body. */
function acronymOf(name: string): RegExp {
  return new RegExp(`${name.replace(/[.*+?^\${}()|[\]\\]/g, "\\$&")}\\s*\\((\\p{Lu}{2,6})\\)`, "gu");
}

/** Head nouns of institutions whose names may go on with "of ...": "Court of Justice", "Court of Auditors". */
const INSTITUTION_END = /\b(?:Court|Tribunal|Council|Commission|Committee|Board|Bank|Federation|Union|Association|Organi[sz]ation|Office|Institute|Academy|Assembly)$/;
const NAME_GOES_ON = /^ of (?:the )?(?!(?:The|In|On|At|A|An)\b)\p{Lu}\p{Ll}+(?: (?:and )?(?!(?:The|In|On|At|A|An)\b)\p{Lu}\p{Ll}+){0,2}/u;

/** Words before a title that make it a holder's or an earlier one's, not the post in play ("its former president"). */
const WORDS_OF_BODY_ONLY = /\b(?:deputy|vice|assistant|honorary|associate)\s+$/i;

const LEXICON_POSTS = new Set(ORGANIZATIONS.filter((o) => o.posts.length > 0).map((o) => o.slug));
const PARTIES = new Set(ORGANIZATIONS.filter((o) => o.slug.endsWith("-party") || /\bParty\b|Democrats|Unionist|Féin|Fein|Cymru|Alternative|(?:Democratic|Social)\s+Union/.test(o.name)).map((o) => o.slug));

/** The lexicon's parties by each of their names, with their place in the lexicon (the first one listed wins). */
const PARTY_BY_NAME = new Map<string, { org: (typeof ORGANIZATIONS)[number]; index: number }>();
ORGANIZATIONS.forEach((o, index) => {
  if (PARTIES.has(o.slug)) for (const n of o.names) if (!PARTY_BY_NAME.has(n)) PARTY_BY_NAME.set(n, { org: o, index });
});

/** Whether a body is a political party: the lexicon's, or a name ending in "Party". */
function isParty(body: RawMention): boolean {
  return body.org ? PARTIES.has(body.org) : /\bParty$/.test(body.name);
}

/** Other names of a post: "<ACRONYM> <Title>" for a body that has one, "<Body> <Title>". */
function postAliases(title: string, orgName: string, acronyms: readonly string[]): string[] {
  return [...acronyms.map((a) => `${a} ${title}`), ...(/^\p{Lu}{2,}$/u.test(orgName) ? [] : [`${orgName} ${title}`])];
}

/** A post found by shape: the name of a party's leadership reads as such ("Leader of the Liberal Party"). */
export function isPartyLeadership(name: string): boolean {
  return /^Leader of the .+/.test(name) && /\b(?:Party|Democrats|Unionists?)$/.test(name);
}

/** A country's or a city's own office found by shape ("President of Freedonia", "Mayor of Springfield"). */
export function isPublicOffice(name: string): boolean {
  return /^(?:President|Prime Minister|Chancellor|Mayor|Governor) of (?!the\s+\p{L}+\s+(?:Federation|Union|Association|Committee|Council|Commission|Bank|Fund|Organi[sz]ation|Court|Party|Confederation|League|Agency))/u.test(name);
}

function canonicalTitle(word: string): string | null | undefined {
  return TITLES.get(word.toLowerCase().replace(/\s+/g, " "));
}

/** "President of the Nordic Rowing Federation", "FINA President". */
function postName(title: string, body: string): string {
  if (/^\p{Lu}{2,}$/u.test(body)) return `${body} ${title}`;
  return `${title} of ${/^the\s/i.test(body) ? body : `the ${body}`}`;
}

/** The party a party name or adjective names, with the lexicon's entry when it has one. */
function partyPost(words: string, text: string, raceAfter: boolean): { name: string; org?: string } | undefined {
  const exact = PARTY_BY_NAME.get(words);
  const withParty = PARTY_BY_NAME.get(`${words} Party`);
  const entry = exact && withParty ? (exact.index <= withParty.index ? exact : withParty).org : (exact ?? withParty)?.org;
  if (entry) return LEXICON_POSTS.has(entry.slug) ? undefined : { name: `Leader of the ${entry.name}`, org: entry.slug };
  // A party the text names as one ("the Freedom Party", "the Freedomites"), or whose leadership is raced for ("the Freedom leadership spill").
  if (!raceAfter && !text.includes(`${words} Party`) && !text.includes(`${words} party`) && !text.includes(`the ${words}s `)) return undefined;
  return { name: `Leader of the ${words} Party` };
}

/**
 * Posts named by shape in `text`, given the mentions already found (organizations and countries
 * are the bodies) and the posts already read (`taken`, which shaped posts never overlap).
 */
export function shapedPosts(text: string, mentions: readonly RawMention[], taken: readonly RawMention[]): RawMention[] {
  const bodies = new Map<number, RawMention>();
  for (const m of mentions) {
    if ((m.type !== "Organization" && m.type !== "Country") || m.form === "demonym" || bodies.has(m.start)) continue;
    // "International Court" + " of Justice": an institution's name goes on past "of".
    const of = m.type === "Organization" && !m.org && INSTITUTION_END.test(m.name) ? NAME_GOES_ON.exec(text.slice(m.end, m.end + 60)) : null;
    bodies.set(m.start, of ? { ...m, name: `${m.name}${of[0]}`, end: m.end + of[0].length } : m);
  }
  const out: RawMention[] = [];
  const free = (start: number, end: number) => !taken.some((t) => t.start < end && t.end > start) && !out.some((t) => t.start < end && t.end > start);
  const holderAfter = (end: number) => NAME_AFTER.test(text.slice(end, end + 40));
  // Where a mention starts: asked only where an acronym or a party's leadership is found.
  let starts: Set<number> | undefined;
  const mentionAt = (at: number) => (starts ??= new Set(mentions.map((x) => x.start))).has(at);
  const acronymAt = (at: number): RawMention | undefined => {
    const a = ACRONYM.exec(text.slice(at, at + 8));
    return a && !mentionAt(at) ? { type: "Organization", form: "name", name: a[0], start: at, end: at + a[0].length } : undefined;
  };
  // Head words wait for the body's titled post: "head of X" is the post "president of X" names.
  const heads: { body: RawMention; start: number; end: number }[] = [];
  const bodyOf = new Map<RawMention, string>();

  const bodyPost = (body: RawMention, word: string, start: number, end: number) => {
    if (!free(start, end)) return;
    if (body.type === "Country") {
      const title = COUNTRY_TITLES.get(word.toLowerCase().replace(/\s+/g, " "));
      if (!title || holderAfter(end)) return;
      const the = /\bthe\s+$/i.test(text.slice(Math.max(0, body.start - 4), body.start)) || /^(?:United|Netherlands|Philippines|Czech|Central|Dominican)/.test(body.name) ? "the " : "";
      out.push({ type: "Post", form: "name", name: `${title} of ${the}${body.name}`, start, end });
      return;
    }
    if (body.org && LEXICON_POSTS.has(body.org)) return;
    let title = canonicalTitle(word);
    if (title === undefined || holderAfter(end)) return;
    // A party's chair, head or leader is its leader.
    if (isParty(body) && (title === null || title === "Chair")) title = "Leader";
    if (title === null) {
      heads.push({ body, start, end });
      return;
    }
    const entry = body.org ? ORGANIZATIONS.find((o) => o.slug === body.org) : undefined;
    const orgName = entry?.name ?? body.name;
    const acronyms = [...(entry?.names.filter((n) => /^\p{Lu}{2,6}$/u.test(n)) ?? []), ...[...text.matchAll(acronymOf(orgName))].map((a) => a[1]!)];
    const post: RawMention = { type: "Post", form: "name", name: postName(title, orgName), aliases: postAliases(title, orgName, [...new Set(acronyms)]), ...(entry ? { org: entry.slug } : {}), start, end };
    bodyOf.set(post, orgName);
    out.push(post);
  };

  // "president of the Nordic Rowing Federation", "to lead the Federation", "a seat on the Court".
  const cues: RegExpExecArray[] = [];
  TITLE_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_CUE.exec(text)) !== null) cues.push(m);
  const openings: { index: number; at: number; word: string; seat: boolean }[] = [];
  for (const c of cues) {
    OF_AFTER.lastIndex = c.index + c[0].length;
    const of = OF_AFTER.exec(text);
    if (of) openings.push({ index: c.index, at: of.index + of[0].length, word: c[0], seat: false });
  }
  LEAD_OR_SEAT.lastIndex = 0;
  while ((m = LEAD_OR_SEAT.exec(text)) !== null) {
    // "elected to the Court": the post is named from "to", after the verb of the statement.
    const elected = m[1] !== undefined && /^(?:re-?)?elect/i.test(m[1]) ? m[1].search(/\sto$/) + 1 : 0;
    openings.push({ index: m.index + elected, at: m.index + m[0].length, word: m[1] ? "judge" : "head", seat: m[1] !== undefined });
  }
  openings.sort((a, b) => a.index - b.index);
  for (const o of openings) {
    const body = bodies.get(o.at) ?? acronymAt(o.at);
    if (!body || WORDS_OF_BODY_ONLY.test(text.slice(Math.max(0, o.index - 12), o.index))) continue;
    // "a seat on the Court of Justice": a judge's; a seat on a council is no post.
    if (o.seat && !/\b(?:Court|Tribunal)\b/.test(body.name)) continue;
    bodyPost(body, o.word, o.index, body.end);
  }
  // "the Nordic Rowing Federation's presidency", "FINA president".
  for (const a of cuedMatches(text, cues, ACRONYM_BEFORE, 20)) {
    const body = acronymAt(a.index);
    if (body && !bodies.has(body.start)) bodies.set(body.start, body);
  }
  for (const body of bodies.values()) {
    const after = BODY_TITLE.exec(text.slice(body.end, body.end + 40));
    if (!after || body.type === "Country") continue;
    bodyPost(body, after[1]!, body.start, body.end + after[0].length);
  }
  // "the FFC presidential election", "the Nordic Ski Federation's presidential race": the body's president (not a country's or a party's).
  PRESIDENTIAL_CUE.lastIndex = 0;
  while ((m = PRESIDENTIAL_CUE.exec(text)) !== null) {
    const lo = Math.max(0, m.index - 60);
    const body = [...bodies.values()].find((b) => b.end >= lo && /^(?:['’]s)?\s+$/.test(text.slice(b.end, m!.index))) ?? acronymAt(m.index - (ACRONYM_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0].length ?? 0));
    if (!body || body.type !== "Organization" || isParty(body) || (body.start >= m.index)) continue;
    bodyPost(body, "president", body.start, m.index + "presidential".length);
  }
  // "the Liberal leadership", "leader of the Green Party".
  for (const re of [PARTY_LEADERSHIP, PARTY_NAME]) {
    for (const m of re === PARTY_LEADERSHIP ? cuedMatches(text, LEADER_CUE, PARTY_WORDS_BEFORE, 50) : cuedMatches(text, PARTY_CUE, PARTY_NAME_BEFORE, 40)) {
      const words = m[1]!.replace(/^(?:The|A|An)\s+/, "");
      if (/^(?:The|A|An|Party|Deputy|Former|Opposition|Labour|Conservative|Tory|House|Senate|Commons|Lords|Assembly|Parliament|Congress|Council|Cabinet|Government|Union|World|Team|Group|Caucus|Majority|Minority|Republican|Democratic|Democrat|Student|Church)$/.test(words.split(/\s+/)[0]!)) continue;
      let start = m.index + (m[1]!.length - words.length);
      let end = m.index + m[0].length;
      // "deputy leader of the Freedom Party", "the Freedom Party's deputy leadership": the deputy's post, not the leader's.
      let deputy = false;
      if (re === PARTY_NAME) {
        const before = /\b((?:[Dd]eputy\s+)?)(?:[Ll]eader(?:ship)?)\s+of\s+the\s+$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
        const after = /^(?:['’]s)?\s+(?:(?:new|next)\s+)?((?:deputy\s+)?)(?:leader(?:ship)?)\b/.exec(text.slice(end, end + 30));
        if (before) start = m.index - before[0].length;
        else if (after) end += after[0].length;
        else continue;
        deputy = (before ?? after)![1] !== "";
      }
      if (!free(start, end) || holderAfter(end)) continue;
      // A leadership raced for names a party only when its word is not a name read otherwise ("the Johnson leadership race").
      const raced = re === PARTY_LEADERSHIP && m[2] === "leadership" && !(mentionAt(start) && !bodies.has(start)) && LEADERSHIP_RACE_AFTER.test(text.slice(end, end + 20));
      const post = partyPost(words.replace(/\s+Party$/, ""), text, raced);
      if (post) out.push({ type: "Post", form: "name", name: deputy ? post.name.replace(/^Leader/, "Deputy Leader") : post.name, ...(post.org ? { org: post.org } : {}), start, end });
    }
  }
  // "mayor of Springfield".
  LOCAL_OFFICE.lastIndex = 0;
  while ((m = LOCAL_OFFICE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end) || holderAfter(end) || /^\s+(?:Bank|Central|Reserve)/.test(text.slice(end, end + 10)) || /\b(?:Bank|Reserve)\b/.test(m[2]!)) continue;
    const place = m[2]!;
    out.push({ type: "Post", form: "name", name: `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()} of ${place}`, start, end });
  }
  // Head words: the body's titled post when the text names one, else its head.
  for (const h of heads) {
    if (!free(h.start, h.end)) continue;
    const entry = h.body.org ? ORGANIZATIONS.find((o) => o.slug === h.body.org) : undefined;
    const orgName = entry?.name ?? h.body.name;
    const titled = out.find((p) => bodyOf.get(p) === orgName && !/^(?:Judge|Vice)|(?:Judge|Vice-President)$/.test(p.name));
    const name = titled?.name ?? postName("Head", orgName);
    out.push({ type: "Post", form: "name", name, ...(entry ? { org: entry.slug } : {}), start: h.start, end: h.end });
  }
  // A post is in play when one of its mentions is: a shaped post named only as someone's office is not a race.
  // The headline and the lead name the race: a post there is in play.
  const leadEnd = Math.min(text.length, Math.max(400, text.indexOf("\n\n", text.indexOf("\n\n") + 2)));
  const inPlay = new Set(out.filter((p) => p.start < leadEnd || IN_PLAY_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) || IN_PLAY_AFTER.test(text.slice(p.end, p.end + 40))).map((p) => p.name));
  // "a seat on the court" is a post as any other, though indefinite.
  // A court has many judges: "a judge of the court", like "a seat on the court", names its one post.
  const pastHolder = (p: RawMention) => PAST_HOLDER.test(text.slice(Math.max(0, p.start - 20), p.start)) && !(/^(?:seat|judge)\b/i.test(text.slice(p.start, p.end)) && /\b(?:a|one)\s+$/i.test(text.slice(Math.max(0, p.start - 6), p.start)));
  // Pushed, not mapped: an array `map` builds in optimized code has another elements kind, which deoptimizes the sort.
  const shaped: RawMention[] = [];
  for (const p of out) if (inPlay.has(p.name) && !pastHolder(p)) shaped.push({ ...p, shaped: true });
  return shaped.sort((a, b) => a.start - b.start);
}

/** Words before a post that put it in play: a candidacy, a goal, an election. */
const IN_PLAY_BEFORE = /(?<!\w)(?:(?:succeed|succeeds|succeeded|replace|replaces|elected|chosen|confirmed|named|appointed|picked|selected)\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,3}as\s+(?:the\s+)?(?:new\s+|next\s+)?$|for|become|becoming|elected|elect|appointed|chosen|named|succeed|succeeding|replace|to\s+be|candidate|candidacy|candidature|bid|run|running|race|contest|vying|seek|seeking|win|won|wins|winning|lead|head|nominated|nomination|election|vote|favou?rite|front-?runner|next|new|future)\s+(?:(?:as|the|a|an|next|new|future|post|position|job|role|office|of)\s+){0,3}$/iu;
/** Words after a post that put it in play: "the Liberal leadership race", "the presidency of X election". */
const IN_PLAY_AFTER = /^(?:['’]s)?\s+(?:(?:presidential|leadership)\s+)?(?:race|contest|election|elections|bid|campaign|vote|ballot|poll|hopefuls?|candidates?|contenders?|nomination|run-?off)\b/i;
/** "former mayor of X", "ex-president of Y": an earlier office of a person. */
const PAST_HOLDER = /\b(?:former|ex-|then-|one-time|onetime|previous|past|late|(?:the|a)\s+(?:first|only|second|third|last|fellow))\s*$|\b(?:an?|another|one)\s+$/i;

/** Words that open a longer party name around a lexicon party's ("Liberal Democratic Party", "Social Democrats", "New Democratic Party"). */
const PARTY_MODIFIER = /(?:^|[^\p{L}])(?:Liberal|Social|Christian|New|Free|Progressive|National|Popular|Radical|United|Civic|Constitutional|Revolutionary|Independent)\s+$/u;
const LEXICON_PARTIES_WITH_POSTS = new Set(ORGANIZATIONS.filter((o) => o.slug.endsWith("-party") && o.posts.length > 0).map((o) => o.slug));

/**
 * A lexicon party read inside a longer party name ("Democratic Party" in "Liberal Democratic
 * Party") is another party: such mentions are left out, so that the whole name is read as a name.
 * Returns the mentions kept; the tokens of those left out are no longer covered.
 */
export function releaseLongerPartyNames<T extends { start: number; end: number }>(text: string, tokens: readonly T[], mentions: RawMention[], covered: boolean[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of mentions) {
    const inside = m.type === "Organization" && m.org !== undefined && LEXICON_PARTIES_WITH_POSTS.has(m.org) && /^\p{Lu}/u.test(text.slice(m.start, m.start + 1));
    if (inside && PARTY_MODIFIER.test(text.slice(Math.max(0, m.start - 16), m.start))) {
      tokens.forEach((t, i) => {
        if (t.start >= m.start && t.end <= m.end) covered[i] = false;
      });
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A party's leadership named after the country the text gives the party: "Conservative Party of
 * Canada", "New Zealand Labour Party". A party the text names without its country, in an article
 * about another country than any it names with the party, gets that country's forms as aliases.
 * Changes the posts in place.
 */
export function qualifyPartyPosts(text: string, mentions: readonly RawMention[], posts: RawMention[], siteCountry?: string, tokens?: readonly Token[]): void {
  if (!posts.some((p) => p.name.includes("Leader of the "))) return;
  const countries = mentions.filter((m) => m.type === "Country" && m.form === "name");
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  // The article's country by the party lexicon's rule; the parties the lexicon gives a leader without a country are Britain's.
  const articleCounts = articleCountryCounts(text, mentions, siteCountry, tokens);
  const code = articlePartyCountry(articleCounts, [...articleCounts.keys()].filter((c) => c !== "US"), "GB");
  const cued = code !== undefined ? countryName(code) : undefined;
  if (countries.length === 0 && cued === undefined) return;
  const qualified = new Map<string, string | null>();
  for (const p of posts) {
    const m = /^((?:Deputy )?Leader) of the (.+ Party)$/.exec(p.name);
    if (!m) continue;
    const party = m[2]!;
    // A party the lexicon already gives its country ("New Zealand Labour Party", "Labour Party (Ireland)") keeps it.
    if (namesCountry(party)) continue;
    if (!qualified.has(party)) {
      const after = new RegExp(`${party} of (?:the )?(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)`, "u").exec(text);
      const before = new RegExp(`(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?) ${party}`, "u").exec(text);
      const country = (q: RegExpExecArray | null) => (q && counts.has(q[1]!) ? q : null);
      const a = country(after);
      const b = country(before);
      qualified.set(party, a ? `${party} of ${a[1]}` : b ? `${b[1]} ${party}` : null);
    }
    const full = qualified.get(party);
    const old = p.name;
    if (full) {
      p.name = `${m[1]} of the ${full}`;
      p.aliases = [old, ...(p.aliases ?? [])];
    } else if (cued !== undefined) {
      p.aliases = [...(p.aliases ?? []), `${m[1]} of the ${party} of ${cued}`, `${m[1]} of the ${cued} ${party}`];
    }
  }
}

let countryCue: { re: RegExp; byPhrase: Map<string, string> } | undefined;

/** Whether a party's name holds a country's name, demonym or capital. */
function namesCountry(party: string): boolean {
  const { re } = countryCuePattern();
  re.lastIndex = 0;
  return re.test(party);
}

/** "Canadian Press", "New Zealanders", "Ottawa": every country name, demonym (and its plural) and capital as written, whole words. */
function countryCuePattern(): { re: RegExp; byPhrase: Map<string, string> } {
  if (countryCue) return countryCue;
  const byPhrase = new Map<string, string>();
  for (const e of countryEntries()) {
    if (e.form === "seat" || byPhrase.has(e.phrase) || e.phrase.length < 4 || /^\p{Lu}+$/u.test(e.phrase)) continue;
    byPhrase.set(e.phrase, e.name);
  }
  const alternation = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  countryCue = { re: new RegExp(`(?<![\\p{L}])(${alternation})s?(?![\\p{L}])`, "gu"), byPhrase };
  return countryCue;
}

