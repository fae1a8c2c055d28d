/**
 * Stage 4: entity resolution within the article.
 *
 * - People: a full name opens an entity; a shorter form ("Rutte", "Mr Rutte", "Elena Vargas",
 *   "von der Leyen") joins the person whose name contains it, the nearest before it first.
 * - Titles: the words before a name ("Estonian Prime Minister Kaja Kallas") and appositions
 *   ("the head of the French Cabinet, Gabriel Attal"; "John Kirby, coordinator ... at the White
 *   House") give a person's role, the country or organization the role belongs to, and nationality.
 * - Descriptions ("the French Prime Minister", "this Dutch politician", "the American leader")
 *   resolve to the most recently mentioned person whose role and country fit.
 * - Countries, organizations, outlets and posts are one entity per country code or name.
 */
import type { EntityType } from "../model/claims-document.js";
import { DESCRIPTOR_NOUNS, EXPERT_NOUNS, NON_SPEAKING_ROLE, SPEAKING_ROLES, TITLE_WORDS } from "./lexicon/titles.js";
import { ageDescriptions } from "./age-descriptions.js";
import { isSpaceCode } from "./char-tests.js";
import { portfolioHeadIndex } from "./portfolio-titles.js";
import { apposedLead, bodyOfficeDescriptions, demonymStandsForPerson, inferNationalities } from "./descriptions.js";
import { genderOfName, genderOfTitle } from "./gender.js";
import { organizationsOfSlug } from "./lexicon/organizations.js";
import { HONORIFICS, ORGANIZATION_HEADS } from "./lexicon/words.js";
import { SPEECH_VERBS } from "./lexicon/verbs.js";
import { anyCaseInitials, escapeRegExp, firstNumberAtOrAfter, firstStartingAtOrAfter, insideAny, nameKey, sentenceAt, slugify, stickyMatches, stickyMatchesAt, tokenize, tokensBetween } from "./text-utils.js";
import type { EntityRecord, Mention, PersonRole, QuoteSpan, RawMention, Sentence, Span, Token } from "./types.js";

/** Lower-case words that may stand in a title before a name ("trade minister", "central banker"). */
const CANDIDATE_AFTER = /^[’']s\s+(?:candidacy|candidature|bid|nomination|campaign)\b|^\s+(?:is|was|has|had|remains|remained|became|won|wins|leads|led|trails|withdrew|entered|lost|beat|defeated|emerged|appears|appeared)\b[^.;]{0,50}?\b(?:front-?runner|frontrunner|favou?rite|candida\w+|nominee|contender|race|vote|ballot|bid|elected|appointed|nomination|round|rival|challenger)\b/iu;
const STANCE_BEFORE = /\b(?:supports?|supported|backs?|backed|endorses?|endorsed|opposes?|opposed|rejects?|rejected)\s+$/i;
const ROLE_WORDS = new Set(
  `minister ministers spokesperson spokesman spokeswoman head chief leader commissioner secretary ambassador envoy president premier chancellor
  governor economist diplomat lawyer banker specialist epidemiologist politician official expert analyst professor scientist socialist
  conservative liberal centrist nationalist populist centre-right center-right centre-left center-left trade finance foreign health economy
  economic defence defense interior justice energy central public political senior deputy former acting outgoing interim prime vice general
  coordinator representative delegate director chair chairman chairwoman chairperson adviser advisor negotiator lawmaker legislator
  mayor judge prosecutor veteran activist businessman businesswoman entrepreneur executive journalist commentator researcher lecturer
  historian physician doctor surgeon nurse engineer officer general admiral colonel candidate frontrunner front-runner heavyweight
  technocrat bureaucrat official officials opposition ruling party state deputy foreign-policy development environment agriculture
  education culture labour labor transport industry digital treasury chief-executive`.split(/\s+/).filter(Boolean),
);

const NON_ROLE_VERBISH = new Set(["consider", "remember", "under", "after", "other", "either", "neither", "never", "over", "later", "sooner", "rather", "whether", "however", "their", "her", "per", "for", "or", "enter", "order", "offer", "suffer", "deliver", "prefer", "monitor", "meant", "want", "sent", "went", "spent", "that", "what", "at", "sat"]);

const roleWords = new Map<string, boolean>();

function isRoleWord(word: string): boolean {
  let known = roleWords.get(word);
  if (known === undefined) {
    // Words recur across titles and articles: the memo is emptied before it grows large.
    if (roleWords.size >= 20000) roleWords.clear();
    roleWords.set(word, (known = readRoleWord(word)));
  }
  return known;
}

function readRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower)) return true;
  if (/^\p{Lu}/u.test(word)) return TITLE_WORDS.has(word) || ORGANIZATION_HEADS.has(word) || HONORIFICS.has(word);
  return /^\p{Ll}[\p{Ll}-]{3,}(?:ist|ian|er|or|ant)$/u.test(word) && !NON_ROLE_VERBISH.has(lower);
}

const SPEECH = new RegExp(`^\\s+(?:${SPEECH_VERBS.map(escapeRegExp).join("|")})\\b`);
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS.map(escapeRegExp).join("|")})\\s+$`);

interface Context {
  text: string;
  sentences: readonly Sentence[];
  raw: readonly RawMention[];
  /** Country and organization mentions, by start. */
  actors: readonly RawMention[];
}

/** Mentions wholly inside `[start, end)`. */
function actorsWithin(actors: readonly RawMention[], start: number, end: number): RawMention[] {
  const out: RawMention[] = [];
  for (let i = firstStartingAtOrAfter(actors, start); i < actors.length && actors[i]!.start < end; i++) if (actors[i]!.end <= end) out.push(actors[i]!);
  return out;
}

function mentionCovering(actors: readonly RawMention[], start: number, end: number): RawMention | undefined {
  // Lexicon mentions are short: look a little to the left of `start`.
  for (let i = firstStartingAtOrAfter(actors, start + 1) - 1; i >= 0 && actors[i]!.start >= start - 120; i--) {
    const m = actors[i]!;
    if (m.start <= start && m.end >= end) return m;
  }
  return undefined;
}

/** How far before a name its title is first looked for: most titles are a word or two. */
const TITLE_PREFIX_NEAR = 40;

/** The title words directly before a person's name, as a span, and the mentions inside it. */
function titlePrefix(ctx: Context, m: RawMention): Span | null {
  const s = ctx.sentences[sentenceAt(ctx.sentences, m.start)]!;
  const from = Math.max(s.start, m.start - 160);
  const near = Math.max(from, m.start - TITLE_PREFIX_NEAR);
  if (near > from) {
    const found = titlePrefixIn(ctx, m, tokensBetween(ctx.text, near, m.start), true);
    if (found !== undefined) return found;
  }
  return titlePrefixIn(ctx, m, tokensBetween(ctx.text, from, m.start), false)!;
}

/**
 * {@link titlePrefix} read on the words `tokens` before the name. A window's first word may be the
 * end of a longer one, and the words after it are those of any wider window: when `partial`, the
 * reading gives undefined as it comes to the first word.
 */
function titlePrefixIn(ctx: Context, m: RawMention, tokens: readonly Token[], partial: boolean): Span | null | undefined {
  let start = m.start;
  let k = tokens.length - 1;
  let accepted = 0;
  let lastAcceptedIsFunctionWord = false;
  const first = partial ? 1 : 0;
  while (k >= first) {
    const t = tokens[k]!;
    if (t.text === "s" && /['’]/.test(ctx.text[t.start - 1] ?? "")) {
      k--;
      continue;
    }
    const gap = ctx.text.slice(t.end, start);
    const covering = mentionCovering(ctx.actors, t.start, t.end);
    if (covering) {
      if (!/^(?:['’]s)?\s+$/.test(gap) && !(gap === "" && start === m.start)) break;
      start = covering.start;
      while (k >= 0 && tokens[k]!.start >= covering.start) k--;
      accepted++;
      lastAcceptedIsFunctionWord = false;
      continue;
    }
    const okGap = /^\s+$/.test(gap) || (gap === ". " && HONORIFICS.has(t.text));
    if (!okGap) break;
    if ((t.text === "of" || t.text === "the") && accepted > 0) {
      start = t.start;
      lastAcceptedIsFunctionWord = true;
      k--;
      continue;
    }
    if (!isRoleWord(t.text)) {
      // "Minister for Housing X": the portfolio's words are read with the head before "for".
      const head = t.text.charCodeAt(0) <= 90 ? portfolioHeadIndex(ctx.text, tokens, k) : -1;
      if (head === -2 && partial) return undefined;
      if (head < 0) break;
      start = tokens[head]!.start;
      accepted++;
      lastAcceptedIsFunctionWord = false;
      k = head - 1;
      continue;
    }
    start = t.start;
    accepted++;
    lastAcceptedIsFunctionWord = false;
    k--;
  }
  if (partial && k < first) return undefined;
  if (accepted === 0) return null;
  if (lastAcceptedIsFunctionWord) {
    const rest = /^(?:(?:of|the)\s+)+/.exec(ctx.text.slice(start, m.start));
    if (rest) start += rest[0].length;
  }
  return start < m.start ? { start, end: m.start } : null;
}

/** The end of the text before a name: a comma, and perhaps an honorific ("the minister for health, Dr. X"). */
const COMMA_HONORIFIC = /,\s*(?:([A-Z][a-z]{0,4})\.?\s+)?$/;

/** A cheap test before the portfolio pattern, which is tried at every position of the segment. */
const PORTFOLIO_CUE = /(?:Minister|Secretary|Commissioner|Ministry|Department)\s+(?:for|of)\s+\p{Lu}[^,;:“”"]*,/u;

/** Whether `text[from..to)` holds a comma. */
function commaWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2c) return true;
  return false;
}

/** "the head of the French Cabinet, Gabriel Attal": the role phrase before the comma. */
function appositionBefore(ctx: Context, m: RawMention): Span | null {
  const s = ctx.sentences[sentenceAt(ctx.sentences, m.start)]!;
  if (!commaWithin(ctx.text, Math.max(s.start, m.start - 12), m.start)) return null;
  const before = ctx.text.slice(s.start, m.start);
  // "the Ethiopian minister for health, Dr. X": an honorific may stand between the comma and the name.
  // Only the last few characters can hold the comma and the honorific: a pattern anchored at the end is tried at every position.
  const tailFrom = Math.max(0, before.length - 12);
  const comma = COMMA_HONORIFIC.exec(before.slice(tailFrom));
  if (!comma || (comma[1] !== undefined && !HONORIFICS.has(comma[1]))) return null;
  const segmentEnd = s.start + tailFrom + comma.index;
  const segment = ctx.text.slice(s.start, segmentEnd);
  let cut = Math.max(segment.lastIndexOf(","), segment.lastIndexOf(";"), segment.lastIndexOf(":"), segment.lastIndexOf("“"), segment.lastIndexOf("”"), segment.lastIndexOf('"'));
  // "Minister for Health, Population and Hospital Reform, X": the portfolio's own list is part of the title.
  const portfolio = PORTFOLIO_CUE.test(segment) && /(?:^|[,;:“”"])\s*((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Minister|Secretary|Commissioner|Ministry|Department)\s+(?:for|of)\s+\p{Lu}[^,;:“”"]*(?:,\s*\p{Lu}[^,;:“”"]*){1,3})$/u.exec(segment);
  if (portfolio) cut = portfolio.index + portfolio[0].indexOf(portfolio[1]!) - 1;
  let phraseStart = cut + 1;
  // A verb ends the subject: "Norway nominated its trade minister, X" gives X the role, not Norway.
  const stopRe = /\b(?:by|with|said|says|told|that|and|as|after|before|when|while|where|including|between|than|nominat\p{L}*|nam(?:ed|es)|propos\p{L}*|picked|chose|backed|endorsed|supported|appointed|put\s+forward|\p{Ll}+(?:ed|s|ing))\s+(?=(?:its|his|her|their|the|a|an|our)\s)|\b(?:by|with|said|says|told|that|and|as|after|before|when|while|where|including|between|than)\s+/gu;
  let sm: RegExpExecArray | null;
  while (!portfolio && (sm = stopRe.exec(segment)) !== null) if (sm.index >= phraseStart) phraseStart = sm.index + sm[0].length;
  const phrase = segment.slice(phraseStart);
  const trimmed = phrase.trimStart();
  const start = s.start + phraseStart + (phrase.length - trimmed.length);
  if (trimmed.length < 3 || trimmed.length > 140) return null;
  // "As reported by The Washington Post, X said": a name the lexicon knows is no title.
  const whole = mentionCovering(ctx.actors, start, segmentEnd);
  if (whole && whole.start <= start && whole.end >= segmentEnd) return null;
  const firstWord = /^[\p{L}'’]+/u.exec(trimmed)?.[0] ?? "";
  const startsWell = /^(?:the|a|an|its|his|her|their)$/i.test(firstWord) || /['’]s$/.test(firstWord) || isRoleWord(firstWord) || !!mentionCovering(ctx.actors, start, start + firstWord.length);
  if (!startsWell) return null;
  if (!tokenize(trimmed).some((t) => isRoleWord(t.text) && !/^(?:the|a|an)$/i.test(t.text))) return null;
  return { start, end: segmentEnd };
}

/** "John Kirby, coordinator for strategic communications at the White House, noted": the phrase after the comma. */
function appositionAfter(ctx: Context, m: RawMention): Span | null {
  const s = ctx.sentences[sentenceAt(ctx.sentences, m.start)]!;
  // The apposition opens with a comma right after the name.
  if (m.end >= s.end || ctx.text.charCodeAt(m.end) !== 0x2c) return null;
  const after = ctx.text.slice(m.end, s.end);
  const match = /^,\s+((?:the |a |an )?[^,;:“”"()]{3,160}?)(,|\s+(?:said|says|told|noted|added|explained|argued|is|was|has|had|will|would)\b|[.;:]|$)/.exec(after);
  if (!match) return null;
  // "X, the Republican who dropped his campaign for president,": the role ends where a relative clause opens.
  const relative = /\s(?:who|which|whose|whom|that)\s/.exec(match[1]!);
  const phrase = relative ? match[1]!.slice(0, relative.index) : match[1]!;
  // Closed by the sentence end only after a speech verb ("said Hannah Lee, an economist at ...").
  if (!/^(?:,|\s)/.test(match[2]!) && !SPEECH_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 30), m.start))) return null;
  if (/\s[-–—]\s|\b(?:and|or) (?:I|we|you|he|she|they)\b/.test(phrase)) return null;
  if (/^(?:who|which|whose|whom|however|though|meanwhile|for|in|on|at|as|if|and|but|said|says|told|speaking|according|the\s+\w+\s+said)\b/i.test(phrase)) return null;
  const firstWord = /^[\p{L}-]+/u.exec(phrase)?.[0] ?? "";
  const start0 = m.end + match[0].indexOf(phrase);
  // "Kenya's president", "France's foreign minister": a country's possessive opens the role.
  // "Kenya's Minister of Foreign Affairs", "Kenyan ambassador to", "President of Kenya": a country opens the title, or a title word does.
  const countryPossessive = /^\p{Lu}/u.test(phrase) && (() => {
    const c = mentionCovering(ctx.actors, start0, start0 + 1);
    if (!c || c.type !== "Country" || c.start !== start0) return false;
    const next = /^(?:['’]s)?\s+([\p{L}-]+)/u.exec(ctx.text.slice(c.end, c.end + 40));
    return !!next && (/^['’]s\s+\p{Ll}/u.test(ctx.text.slice(c.end, c.end + 5)) || isRoleWord(next[1]!));
  })();
  const titled = /^\p{Lu}/u.test(phrase) && TITLE_WORDS.has(firstWord) && /^(?:(?:Vice|Deputy|Prime|Acting|Interim|Former|Foreign|Finance|Health|Trade)\s+)*(?:President|Minister|Premier|Chancellor|Secretary|Ambassador|Governor|Commissioner|Chairman|Chairwoman|Chair|Director)(?:-General)?\s+(?:of|for|to)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
  if (/^\p{Lu}/u.test(phrase) && !/^(?:The|A|An)\b/.test(phrase) && !countryPossessive && !titled) return null;
  if (!countryPossessive && !titled && !/^(?:the|a|an)$/i.test(firstWord) && !ROLE_WORDS.has(firstWord.toLowerCase()) && !/^(?:associate|member|candidate|lecturer|coordinator|fellow)$/i.test(firstWord)) return null;
  if (!tokenize(phrase).some((t) => isRoleWord(t.text))) return null;
  const start = m.end + match[0].indexOf(phrase);
  return { start, end: start + phrase.length };
}

/**
 * The lexicon's expert and descriptor nouns as whole-word patterns, built once. Each noun with its
 * pattern, whether the noun is plain text (then looked for as a string first), and whether it is one
 * word of lower-case ASCII letters (then looked for among the text's words, which is what the
 * pattern finds).
 */
type NounPattern = readonly [string, RegExp, boolean, boolean];
let nounPatterns: { expert: NounPattern[]; descriptor: NounPattern[] } | undefined;

function nounPattern(n: string): NounPattern {
  return [n, new RegExp(`\\b${n}\\b`), escapeRegExp(n) === n, /^[a-z]+$/.test(n)];
}

/** The maximal runs of ASCII word characters (`\w`) in `s`: where `\b` stands on either side of a word. */
function asciiWordRuns(s: string): Set<string> {
  const out = new Set<string>();
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
    if (word) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out.add(s.slice(from, i));
      from = -1;
    }
  }
  return out;
}

function roleFrom(ctx: Context, span: Span): PersonRole & { nationality: string | null; expert: boolean; nouns: string[] } {
  const text = ctx.text.slice(span.start, span.end);
  const lower = text.toLowerCase();
  const inside = actorsWithin(ctx.actors, span.start, span.end);
  const country = inside.find((a) => a.type === "Country");
  const org = inside.find((a) => a.type === "Organization");
  const { role, nouns, expert } = readingOfTitle(lower);
  const entityOf = (a: RawMention | undefined) => (a ? entityKeyOf(a) : null);
  let of: string | null = null;
  if (role) of = (role === "Head" || role === "Commissioner") && org ? entityOf(org) : entityOf(country) ?? entityOf(org);
  return { start: span.start, end: span.end, text, role, of, nationality: entityOf(country), expert, nouns: [...nouns] };
}

/** What a title's words say, by its lower-case text: titles recur across a text's mentions and across texts. */
const titleReadings = new Map<string, { role: string | null; nouns: readonly string[]; expert: boolean }>();

/** The role, the expert and descriptor nouns of a title in lower case, and whether it names an expert. */
function readingOfTitle(lower: string): { role: string | null; nouns: readonly string[]; expert: boolean } {
  const known = titleReadings.get(lower);
  if (known) return known;
  let role: string | null = null;
  if (!NON_SPEAKING_ROLE.test(lower)) role = SPEAKING_ROLES.find((r) => r.pattern.test(lower))?.role ?? null;
  const patterns = (nounPatterns ??= { expert: [...EXPERT_NOUNS].map(nounPattern), descriptor: Object.keys(DESCRIPTOR_NOUNS).map(nounPattern) });
  // Pushed, not mapped: an array `map` builds in optimized code has another elements kind, and the pushes below deoptimized.
  const nouns: string[] = [];
  const runs = asciiWordRuns(lower);
  for (const [n, re, plain, word] of patterns.expert) if (word ? runs.has(n) : (!plain || lower.includes(n)) && re.test(lower)) nouns.push(n);
  for (const [n, re, plain, word] of patterns.descriptor) if (word ? runs.has(n) : (!plain || lower.includes(n)) && re.test(lower)) nouns.push(n);
  const expert = nouns.some((n) => EXPERT_NOUNS.has(n)) || /\bcandidate of [\w ]*sciences\b|\bassociate professor\b|\bdirector of the institute\b/.test(lower);
  const reading = { role, nouns, expert };
  if (titleReadings.size >= 20000) titleReadings.clear();
  titleReadings.set(lower, reading);
  return reading;
}

/** The entity key of a non-person mention. */
export function entityKeyOf(m: RawMention): string {
  switch (m.type) {
    case "Country":
      return `country:${m.code}`;
    case "Organization":
      return `org:${m.org ?? slugify(m.name)}`;
    case "Media":
      return `media:${slugify(m.name)}`;
    case "Post":
      return `post:${slugify(m.name)}`;
    case "Person":
      return `person:${slugify(m.name)}`;
  }
}

function newEntity(key: string, type: EntityType, name: string): EntityRecord {
  return { key, type, name, aliases: new Set(), roles: [], expert: false, nouns: new Set() };
}

/** A name's words, joined and with hyphens as spaces, by the name: names recur across mentions and articles. The arrays are never changed. */
const wordsByName = new Map<string, { words: string[]; joined: string; flat: string }>();

function wordsOf(name: string): { words: string[]; joined: string; flat: string } {
  let found = wordsByName.get(name);
  if (!found) {
    const w = words(name);
    found = { words: w, joined: w.join(" "), flat: flatKey(w) };
    if (wordsByName.size >= 20000) wordsByName.clear();
    wordsByName.set(name, found);
  }
  return found;
}

function words(name: string): string[] {
  return nameKey(name).split(" ").filter(Boolean);
}

/** Whether a word of `words` other than the first and the last is `word`. */
function innerWordIs(words: readonly string[], word: string): boolean {
  for (let k = 1; k < words.length - 1; k++) if (words[k] === word) return true;
  return false;
}

/** Whether `w` ends with the words `tail`. */
function endsWithWords(w: readonly string[], tail: readonly string[]): boolean {
  const offset = w.length - tail.length;
  if (offset < 0) return false;
  for (let k = 0; k < tail.length; k++) if (w[offset + k] !== tail[k]) return false;
  return true;
}

/** A name as written without the affiliation after it (see {@link AFFILIATION}). */
function withoutAffiliation(written: string): string {
  return written.endsWith(")") ? written.replace(AFFILIATION, "") : written;
}

/** A name's words with hyphens read as spaces, so that "Long-Bailey" and "Long Bailey" compare equal. */
function flatKey(words: readonly string[]): string {
  const key = words.join(" ");
  return key.includes("-") || key.includes("‐") ? key.replace(/[‐-]/g, " ") : key;
}

const MODIFIED_BY_PLURAL = /^\s+(?:leaders|members|member states|states|countries|officials|diplomats|allies|partners|governments|ministers|nations|bureaucrats|citizens|voters|troops|forces|agency|agencies|delegates|ambassadors|bloc|envoys|negotiators|capitals|summit|meeting|talks|chevron|standards|rules|membership|budget|headquarters|candidates?|competitors?|rivals?|hopefuls?|contenders?|nominees?|voters|primary|primaries|lawmakers|MPs|senators|activists|establishment|elites?|hierarchy|grandees|bigwigs|heavyweights|loyalists|rebels|dissidents|donors|faithful|base|wing|field|contest|race|debates?|presidential|leadership|convention|ticket|moderates|progressives|backbenchers|grassroots)\b/;

let descriptorRe: RegExp | undefined;
/** Where a description may open: its pattern opens with a look-behind, which a search would try at every offset. */
const DESCRIPTOR_STARTS = /[Tt]h(?:e|is|at)\s/g;

/** How many person mentions back a description ("the Dutch prime minister") looks for its referent. */
const DESCRIPTION_LOOKBACK = 200;

let descriptionFirstWords: Set<string> | undefined;

/**
 * Whether a description may go on after "the", "this" or "that" and the white space at `at`: a
 * capital, a letter other than ASCII, or a lower-case word its pattern can read there (a
 * modifier, a portfolio, the first word of a noun, "head").
 */
function mayOpenDescription(text: string, at: number): boolean {
  let i = at;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return true;
  if (!(c >= 0x61 && c <= 0x7a)) return false;
  let end = i + 1;
  for (let d = text.charCodeAt(end); d >= 0x61 && d <= 0x7a; d = text.charCodeAt(++end));
  descriptionFirstWords ??= new Set([
    ...["acting", "outgoing", "interim", "current", "incumbent", "former"],
    ...["foreign", "finance", "trade", "economy", "health", "defence", "defense", "home", "environment", "interior", "justice", "education", "development", "agriculture", "energy", "business", "transport", "work"],
    ...Object.keys(DESCRIPTOR_NOUNS).map((n) => n.split(/[ -]/)[0]!.toLowerCase()),
  ]);
  return descriptionFirstWords.has(text.slice(i, end));
}

/** The offsets where {@link DESCRIPTOR_STARTS} matches and a description may go on ({@link mayOpenDescription}). */
function descriptionOffsets(text: string): number[] {
  const out: number[] = [];
  DESCRIPTOR_STARTS.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = DESCRIPTOR_STARTS.exec(text)) !== null) if (mayOpenDescription(text, s.index + s[0].length)) out.push(s.index);
  return out;
}

function descriptorPattern(): RegExp {
  if (descriptorRe) return descriptorRe;
  const nouns = Object.keys(DESCRIPTOR_NOUNS)
    .filter((n) => n !== "head")
    .sort((a, b) => b.length - a.length)
    .map(anyCaseInitials);
  const roles = [`(?:(?:[Ff]oreign|[Ff]inance|[Tt]rade|[Ee]conomy|[Hh]ealth|[Dd]efen[cs]e|[Hh]ome|[Ee]nvironment|[Ii]nterior|[Jj]ustice|[Ee]ducation|[Dd]evelopment|[Aa]griculture|[Ee]nergy|[Bb]usiness|[Tt]ransport|[Ww]ork and [Pp]ensions) )?(?:${nouns.join("|")})`, `[Hh]ead of (?:the )?(?:\\p{Lu}[\\p{L}\\p{M}-]*\\s+)?(?:[Cc]abinet|[Gg]overnment)`];
  descriptorRe = new RegExp(
    `(?<![\\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:(?:acting|outgoing|interim|current|incumbent|former)\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}.-]*\\s+){0,2})(?:(?:acting|outgoing|interim|current|former)\\s+)?(${roles.join("|")})(?:\\s+of\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*){0,2}))?(?![\\p{L}])`,
    "uy",
  );
  return descriptorRe;
}

const wholeWordPatterns = new Map<string, RegExp>();

/** `\bphrase\b` as a pattern, built once for each phrase (descriptions repeat across articles). */
function wholeWordPattern(phrase: string): RegExp {
  let re = wholeWordPatterns.get(phrase);
  if (!re) {
    re = new RegExp(`\\b${escapeRegExp(phrase)}\\b`);
    if (wholeWordPatterns.size >= 2000) wholeWordPatterns.clear();
    wholeWordPatterns.set(phrase, re);
  }
  return re;
}

/** "the country", "the bloc" as a subject or object (not "the country's economy" nor "the countries"). */
const GENERIC_ACTOR = /(?<![\p{L}])[Tt]he (country|nation|bloc|alliance|union|federation|confederation|organi[sz]ation)(?![\p{L}’'-])/uy;
/** Where {@link GENERIC_ACTOR} may match: a pattern that opens with a look-behind is otherwise tried at every offset. */
const GENERIC_ACTOR_STARTS = /[Tt]he (?:country|nation|bloc|alliance|union|federation|confederation|organi[sz]ation)/g;

/** "the ", "the 61-year-old " before a demonym. */
const DEMONYM_LEAD = /(?<![\p{L}])[Tt]he\s+(?:\d{2}-year-old\s+)?$/u;

/** A country's parts that do not speak for its state: "the UK opposition said", "the US team" (not "UK opposition to X"). */
const NON_STATE_AFTER = /^\s+(?:opposition|public|media|press|electorate|team|squad)\b(?!\s*[-–—,]|\s+to\b)/;

/** Singular nouns of people after a party's name: "Tory MP", "Republican senator", "my Conservative colleagues". */
const PARTY_PERSON_AFTER = /^\s+(?:MP|MEP|MSP|lawmaker|legislator|senator|congressman|congresswoman|representative|candidate|hopeful|contender|nominee|member|activist|donor|strategist|official|politician|grandee|peer|councillor|councilor|minister|voter|backbencher|colleagues?|governor|mayor|chairman|chairwoman|operative|insider|veteran|stalwart|heavyweight|rival|challenger|incumbent|president|leader)\b/;
/** "the Republican", "a Conservative" standing alone: one of the party's members, not the party. */
const PARTY_MEMBER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|fellow|one|another)\s+$/iu;
const PARTY_MEMBER_AFTER = /^(?:\s*[,.;:)]|\s+(?:who|whose|is|was|has|had|said|says|from|of|in|and|but)\b)/;

/** Whether a party's name here describes a person (a member or an office-holder) rather than the party. */
function partyDescribesPerson(text: string, m: Span & { name: string }): boolean {
  const after = text.slice(m.end, m.end + 20);
  if (PARTY_PERSON_AFTER.test(after)) return true;
  const surface = text.slice(m.start, m.end);
  return /^(?:Republican|Democrat|Conservative|Tory|Labour|Liberal)$/.test(surface) && PARTY_MEMBER_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) && PARTY_MEMBER_AFTER.test(after);
}

/** A party and state affiliation after a name ("Jim Jordan (R-Ohio)"), kept out of aliases. */
/** A capitalized word right before a name, perhaps with a full stop: "Ms ", "Dr. ", "Senator ". */
const TITLE_WORD_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\.?\s+$/u;

/** Whether white space (as `\s` reads it) stands right before `at`: a word before a name ends in one. */
function spaceBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/u.test(text.charAt(at - 1));
}

/** A gendered honorific right before a short name: "Ms ", "Mr. ", "Mrs ". */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Mx)\.?\s+$/u;
const AFFILIATION = /\s\([^()]{1,14}\)$/;

/** "the Post", "the Times": a capitalized word after "the". */
const THE_WORD = /(?<![\p{L}])[Tt]he (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}’'-])/gu;

/** {@link THE_WORD} tried at one offset. */
const THE_WORD_AT = new RegExp(THE_WORD.source, "uy");

/**
 * The matches of {@link THE_WORD} whose word is the last word of one of the outlets' names (and
 * perhaps others), in text order: each such word is looked for as a string, and the pattern tried
 * where it is written. Only a match whose word is "The" holds the opening of another ("the The
 * Times"): where that may be written, the whole text is searched.
 */
function lastWordsAfterThe(text: string, outlets: readonly RawMention[]): RegExpExecArray[] {
  if (text.includes("he The")) return [...text.matchAll(THE_WORD)];
  const words = new Set<string>();
  for (const m of outlets) {
    // A word the pattern reads has two characters at least.
    const space = m.name.lastIndexOf(" ");
    if (space >= 0 && space < m.name.length - 2) words.add(m.name.slice(space + 1));
  }
  const out: RegExpExecArray[] = [];
  for (const word of words) {
    // The word alone: its capital is rarer than "he " and is searched for faster.
    for (let i = text.indexOf(word, 4); i >= 0; i = text.indexOf(word, i + 1)) {
      if (text.charCodeAt(i - 1) !== 0x20 || text.charCodeAt(i - 2) !== 0x65 || text.charCodeAt(i - 3) !== 0x68) continue;
      THE_WORD_AT.lastIndex = i - 4;
      const t = THE_WORD_AT.exec(text);
      if (t && t[1] === word) out.push(t);
    }
  }
  return words.size > 1 ? out.sort((a, b) => a.index - b.index) : out;
}

/** Mentions of outlets named before by several words, later by their last word alone ("the Post"). */
function shortOutletNames(text: string, raw: readonly RawMention[]): RawMention[] {
  const outlets = raw.filter((m) => m.type === "Media" && /\s/.test(m.name));
  if (outlets.length === 0) return [];
  const out: RawMention[] = [];
  for (const t of lastWordsAfterThe(text, outlets)) {
    const start = t.index + 4;
    const end = start + t[1]!.length;
    const named = outlets.filter((m) => m.end <= t!.index && m.name.endsWith(` ${t![1]}`));
    // Two outlets ending alike ("The Washington Post", "The Jerusalem Post"): the word names neither.
    if (named.length === 0 || new Set(named.map((m) => m.name)).size > 1) continue;
    if (raw[firstStartingAtOrAfter(raw, start)]?.start === start || raw.some((m) => m.start <= start && m.end >= end)) continue;
    const m = named[0]!;
    out.push({ type: "Media", form: "name", name: m.name, start: t.index, end, org: m.org });
  }
  return out;
}

/** Resolves every mention to an entity and collects the entities with their roles. */
export function resolveEntities(text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[], found: readonly RawMention[]): { mentions: Mention[]; entities: Map<string, EntityRecord> } {
  const raw = found;
  const entities = new Map<string, EntityRecord>();
  const actors = raw.filter((m) => m.type === "Country" || m.type === "Organization" || m.type === "Media");
  const ctx: Context = { text, sentences, raw, actors };
  // Pushed, not mapped: an array `map` builds in optimized code has another elements kind, which deoptimizes its readers.
  const quoteSpans: Span[] = [];
  for (const q of quotes) quoteSpans.push({ start: q.innerStart, end: q.innerEnd });
  const mentions: Mention[] = [];
  const modifierSpans: Span[] = [];

  const entity = (key: string, type: EntityType, name: string) => {
    let e = entities.get(key);
    if (!e) {
      e = newEntity(key, type, name);
      entities.set(key, e);
    }
    return e;
  };
  // Where each entity is mentioned. Each pass below pushes in text order, so every pass keeps its
  // own sorted list and "last mention before" is a binary search in each.
  const positions = new Map<string, number[][]>();
  // Where each entity is first mentioned: "mentioned before `at`" is `firstAt < at`.
  const firstAt = new Map<string, number>();
  let pass = 0;
  const push = (m: RawMention, key: string, extendedStart = m.start) => {
    // Built field by field: an object spread of mentions of several shapes is slow.
    const inQuote = insideAny(quoteSpans, m.start);
    // Two literals rather than a spread of an optional field: the fields keep their order either way.
    mentions.push(
      m.shaped
        ? { type: m.type, form: m.form, name: m.name, code: m.code, org: m.org, acting: m.acting, shaped: true, start: m.start, end: m.end, entity: key, inQuote, modifier: false, extendedStart }
        : { type: m.type, form: m.form, name: m.name, code: m.code, org: m.org, acting: m.acting, start: m.start, end: m.end, entity: key, inQuote, modifier: false, extendedStart },
    );
    let lists = positions.get(key);
    if (!lists) positions.set(key, (lists = []));
    (lists[pass] ??= []).push(m.start);
    const first = firstAt.get(key);
    if (first === undefined || m.start < first) firstAt.set(key, m.start);
  };
  const mentionedBefore = (key: string, at: number) => (firstAt.get(key) ?? Infinity) < at;
  const lastBefore = (key: string, at: number) => {
    let best = -1;
    for (const list of positions.get(key) ?? []) {
      if (!list) continue;
      const i = firstNumberAtOrAfter(list, at);
      if (i > 0 && list[i - 1]! > best) best = list[i - 1]!;
    }
    return best;
  };

  // Non-person entities; "The Washington Post ... the Post said": an outlet's last word stands for it once it is named.
  const shortOutlets = shortOutletNames(text, raw);
  const nonPeople = shortOutlets.length === 0 ? raw : [...raw, ...shortOutlets].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of nonPeople) {
    if (m.type === "Person") continue;
    const key = entityKeyOf(m);
    const e = entity(key, m.type, m.name);
    if (m.type === "Country") e.code = m.code;
    if (m.type === "Post" && m.org) {
      const org = organizationsOfSlug(m.org)[0];
      e.organization = `org:${m.org}`;
      if (org) entity(`org:${org.slug}`, "Organization", org.name);
    }
    const written = text.slice(m.start, m.end);
    // AFFILIATION closes with a parenthesis.
    const surface = written.endsWith(")") ? written.replace(AFFILIATION, "") : written;
    if (surface !== e.name) e.aliases.add(surface);
    for (const a of m.aliases ?? []) if (a !== e.name) e.aliases.add(a);
    push(m, key);
  }

  // People with full names, in text order.
  pass = 1;
  type Person = { key: string; words: string[]; hyphenated: boolean; forms: { joined: string; spaced: string; flat: string; spacedFlat: string } | undefined };
  const people: Person[] = [];
  const byFullName = new Map<string, Person>();
  const personMentions = raw.filter((m) => m.type === "Person");
  const full = personMentions.filter((m) => m.form === "name" && wordsOf(m.name).words.length >= 2);
  for (const m of full) {
    const { words: w, joined, flat } = wordsOf(m.name);
    let match = byFullName.get(joined) ?? byFullName.get(flat);
    match ??= people.find((p) => w.every((x) => p.words.includes(x)) && (p.words[p.words.length - 1] === w[w.length - 1] || p.words[0] === w[0]));
    match ??= people.find((p) => w.length >= 2 && w[0] === p.words[0] && p.words.every((x) => w.includes(x)));
    // A two-word name read first ("Bin Hammam" in a headline) is the end of the full name read later.
    match ??= people.find((p) => p.words.length >= 2 && w.length > p.words.length && endsWithWords(w, p.words));
    if (match && w.length > match.words.length) {
      entities.get(match.key)!.aliases.add(entities.get(match.key)!.name);
      entities.get(match.key)!.name = m.name;
      match.words = w;
      match.hyphenated = /[‐-]/.test(m.name);
    }
    if (!match) {
      match = { key: `person:${slugify(m.name)}`, words: w, hyphenated: /[‐-]/.test(m.name), forms: undefined };
      while (entities.has(match.key)) match.key += "-2";
      people.push(match);
      entity(match.key, "Person", m.name);
    }
    byFullName.set(match.words === w ? joined : match.words.join(" "), match);
    byFullName.set(joined, match);
    byFullName.set(flat, match);
    const surface = withoutAffiliation(text.slice(m.start, m.end));
    if (surface !== entities.get(match.key)!.name) entities.get(match.key)!.aliases.add(surface);
    push(m, match.key);
  }

  // Short forms: surnames, titled single names, particle surnames.
  // A person's words no longer change once the full names are read: their joined forms are kept.
  const formsOf = (p: Person) => {
    let f = p.forms;
    if (!f) {
      const joined = p.words.join(" ");
      const flat = flatKey(p.words);
      f = { joined, spaced: ` ${joined}`, flat, spacedFlat: ` ${flat}` };
      p.forms = f;
    }
    return f;
  };
  const resolveShort = (m: RawMention): string | null => {
    const { words: w, joined, flat } = wordsOf(m.name);
    const before = people.filter((p) => mentionedBefore(p.key, m.start));
    // Where everyone was named before, the second pool is the first, and reads the same.
    for (const pool of before.length === people.length ? [before] : [before, people]) {
      // The same short name again ("Lord Coe" ... "Coe").
      const same = pool.filter((p) => formsOf(p).joined === joined);
      if (same.length > 0) return nearest(same, m.start);
      const spacedJoined = ` ${joined}`;
      const spacedFlat = ` ${flat}`;
      const bySurname = pool.filter((p) => {
        const forms = formsOf(p);
        // The last words of a name: its joined form ends with a space and the short name's words.
        if (w.length > 0 && p.words.length > w.length && forms.spaced.endsWith(spacedJoined)) return true;
        // A hyphen on either side: "Long Bailey" for "Rebecca Long-Bailey", "Okonjo-Iweala" for "Ngozi Okonjo Iweala".
        if (flat === joined && !p.hyphenated) return false;
        return forms.flat !== flat && forms.spacedFlat.endsWith(spacedFlat);
      });
      if (bySurname.length > 0) return nearest(ofHonorificGender(bySurname, m), m.start);
      // A first family name among two ("Vargas" for "Elena Vargas Soto").
      const byInner = pool.filter((p) => w.length === 1 && p.words.length > 2 && innerWordIs(p.words, w[0]!));
      if (byInner.length > 0) return nearest(byInner, m.start);
      // Family name first ("Park" for "Park Ji-hoon"), only when unambiguous.
      const byFamilyFirst = pool.filter((p) => w.length === 1 && p.words.length > 1 && p.words[0] === w[0]);
      if (byFamilyFirst.length === 1 && /-/.test(entities.get(byFamilyFirst[0]!.key)!.name.split(/\s+/).slice(1).join(" "))) return byFamilyFirst[0]!.key;
    }
    // A first name alone ("Ngozi", "Boris"), when one person named before has it and no one has it as a surname.
    if (w.length === 1 && /^\p{Lu}/u.test(m.name)) {
      const byFirst = before.filter((p) => p.words.length >= 2 && p.words[0] === w[0]);
      if (byFirst.length === 1 && !people.some((p) => p.words.length >= 2 && p.words.indexOf(w[0]!, 1) >= 0)) return byFirst[0]!.key;
    }
    return null;
  };
  // "Ms Roe" after "Paul Roe" and "Sara Roe": the honorific's gender picks among namesakes.
  const ofHonorificGender = (candidates: Person[], m: RawMention): Person[] => {
    if (candidates.length < 2) return candidates;
    const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1];
    const want = honorific ? genderOfTitle(`${honorific} `) : null;
    if (!want) return candidates;
    const fitting = candidates.filter((p) => genderOfName(entities.get(p.key)!.name) !== (want === "f" ? "m" : "f"));
    return fitting.length > 0 ? fitting : candidates;
  };
  const nearest = (candidates: { key: string }[], at: number): string => {
    let best = candidates[0]!.key;
    let bestAt = -2;
    for (const c of candidates) {
      const last = lastBefore(c.key, at);
      if (last > bestAt) {
        bestAt = last;
        best = c.key;
      }
    }
    return best;
  };
  pass = 2;
  for (const m of personMentions) {
    if (m.form === "name" && wordsOf(m.name).words.length >= 2) continue;
    let key = resolveShort(m);
    if (!key) {
      const speaker = SPEECH.test(text.slice(m.end, m.end + 30)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
      // A lone surname is a person when the article treats it as a candidate ("backs Rutte", "Rutte's bid").
      const candidate = CANDIDATE_AFTER.test(text.slice(m.end, m.end + 70)) || STANCE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start));
      if (m.form !== "name" && !speaker && !candidate) continue;
      if (m.form === "single" && /^\p{Ll}/u.test(m.name)) continue;
      key = `person:${slugify(m.name)}`;
      if (!entities.has(key)) {
        entity(key, "Person", m.name);
        people.push({ key, words: wordsOf(m.name).words, hyphenated: /[‐-]/.test(m.name), forms: undefined });
      }
    }
    const e = entities.get(key)!;
    const surface = withoutAffiliation(text.slice(m.start, m.end));
    if (surface !== e.name) e.aliases.add(surface);
    push({ ...m, form: "surname" }, key);
  }

  // Titles and appositions of people.
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    const e = entities.get(m.entity)!;
    const spans: Span[] = [];
    const prefix = titlePrefix(ctx, m);
    if (prefix) {
      spans.push(prefix);
      m.extendedStart = prefix.start;
    }
    // "the Ethiopian minister for health, Dr. X": a bare honorific leaves the title before the comma to be read.
    const before = prefix && !/^(?:\p{Lu}\p{Ll}{0,4}\.?\s+)$/u.test(ctx.text.slice(prefix.start, prefix.end)) ? null : appositionBefore(ctx, m);
    if (before) spans.push(before);
    const after = appositionAfter(ctx, m);
    if (after) spans.push(after);
    for (const span of spans) {
      modifierSpans.push(span);
      const r = roleFrom(ctx, span);
      if (r.role || r.text.trim()) e.roles.push({ start: Math.min(span.start, m.start), end: Math.max(span.end, m.end), text: r.text, role: r.role, of: r.of });
      if (r.nationality && !e.nationality) e.nationality = r.nationality;
      if (r.expert) e.expert = true;
      for (const n of r.nouns) e.nouns.add(n);
      if (span === prefix || span === before) {
        const alias = withoutAffiliation(text.slice(span.start, m.end));
        if (alias.length <= 200) e.aliases.add(alias);
      }
    }
  }

  // Gender, for pronouns: honorifics and role nouns the text writes, else the given name.
  const votes = new Map<string, { f: number; m: number }>();
  const vote = (key: string, g: "f" | "m" | null) => {
    if (!g) return;
    let v = votes.get(key);
    if (!v) votes.set(key, (v = { f: 0, m: 0 }));
    v[g]++;
  };
  for (const m of mentions) {
    if (m.type !== "Person" || !spaceBefore(text, m.start)) continue;
    const honorific = TITLE_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 14), m.start))?.[1];
    if (honorific) vote(m.entity, genderOfTitle(`${honorific} `));
  }
  for (const e of entities.values()) {
    if (e.type !== "Person") continue;
    for (const r of e.roles) vote(e.key, genderOfTitle(r.text));
    const v = votes.get(e.key);
    if (v && v.f !== v.m) e.gender = v.f > v.m ? "f" : "m";
    else if (!v) e.gender = genderOfName(e.name) ?? undefined;
  }

  // Descriptions of people.
  const re = descriptorPattern();
  const personList = mentions.filter((x) => x.type === "Person" && !x.modifier).sort((a, b) => a.start - b.start);
  inferNationalities(text, personList, raw, entities);
  for (const d of stickyMatchesAt(re, descriptionOffsets(text), text)) {
    const start = d.index;
    const end = start + d[0].length;
    // "the Kenyan candidate, Dr. Ana Ruiz,": the name in apposition, perhaps after an honorific, is read with its title.
    if ((personList[firstStartingAtOrAfter(personList, end)]?.start ?? Infinity) <= end + apposedLead(text, end) + 1 && /^,?\s*\p{Lu}/u.test(text.slice(end, end + 4))) continue;
    const adjective = (d[1] ?? "").trim();
    const noun = d[2]!.toLowerCase().replace(/\s+/g, " ");
    let country: string | null = null;
    // "the Foreign Secretary", "the Texas senator": words before the noun that name no country are part of the title.
    let titled: RegExp | null = null;
    if (adjective) {
      const at = start + d[0].indexOf(adjective);
      const c = actorsWithin(actors, at, at + 60).find((a) => a.type === "Country" && a.start === at);
      if (c) country = entityKeyOf(c);
      else titled = wholeWordPattern(`${adjective} ${d[2]!}`.toLowerCase().replace(/\s+/g, " "));
    }
    if (d[3]) {
      const at = start + d[0].lastIndexOf(d[3]);
      const c = actorsWithin(actors, at, at + 80).find((a) => a.type === "Country" && a.start <= at + 4);
      if (!c) continue;
      country = entityKeyOf(c);
    }
    const headOfCabinet = /^head of/.test(noun);
    const nounKey = headOfCabinet ? "prime minister" : noun.replace(/^(?:foreign|finance|trade|economy|health|defen[cs]e) minister$/, (x) => (x.startsWith("foreign") ? "foreign minister" : x.startsWith("finance") ? "finance minister" : "minister"));
    const allowed = DESCRIPTOR_NOUNS[nounKey] ?? [];
    // "the former foreign secretary": a person whose own title says the same words fits, whatever the role speaks for.
    const nounRe = wholeWordPattern(noun);
    const described = (e: EntityRecord) => e.roles.some((r) => nounRe.test(r.text.toLowerCase()));
    const literal = allowed.length === 0 || noun.includes(" ");
    const fits = (e: EntityRecord) =>
      titled ? e.roles.some((r) => titled.test(r.text.toLowerCase())) :
      (allowed.length === 0 ? !literal || country !== null || described(e) : e.roles.some((r) => r.role !== null && allowed.includes(r.role)) || (literal && described(e))) &&
      (!country || e.nationality === country || e.roles.some((r) => r.of === country));
    let last: Mention | undefined;
    // The referent is among the last people named; looking no further keeps a description's cost bounded.
    const from = firstStartingAtOrAfter(personList, start) - 1;
    // "the former president": someone whose own title says "former" first, when there is one.
    if (/\bformer\b/i.test(d[0])) {
      for (let i = from; i >= 0 && i > from - DESCRIPTION_LOOKBACK && !last; i--) {
        const e = entities.get(personList[i]!.entity)!;
        const formerly = e.roles.some((r) => /\bformer\b/i.test(r.text) && nounRe.test(r.text.toLowerCase()));
        if (formerly && (!country || e.nationality === country || e.roles.some((r) => r.of === country))) last = personList[i];
      }
    }
    for (let i = from; i >= 0 && i > from - DESCRIPTION_LOOKBACK && !last; i--) if (fits(entities.get(personList[i]!.entity)!)) last = personList[i];
    if (!last) continue;
    const e = entities.get(last.entity)!;
    const surface = text.slice(start, end);
    e.aliases.add(surface);
    modifierSpans.push({ start, end });
    mentions.push({ type: "Person", form: "descriptor", name: e.name, start, end, entity: e.key, inQuote: insideAny(quoteSpans, start), modifier: false, extendedStart: start });
  }

  // "the Nigerian said", "the 61-year-old Qatari also has": a demonym standing alone for the last person of that nationality.
  for (const c of raw) {
    if (c.type !== "Country" || c.form !== "demonym" || c.acting) continue;
    const lead = DEMONYM_LEAD.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (!lead || !demonymStandsForPerson(text, c)) continue;
    const start = c.start - lead[0].length;
    const country = entityKeyOf(c);
    let found: Mention | undefined;
    const from = firstStartingAtOrAfter(personList, start) - 1;
    for (let i = from; i >= 0 && i > from - DESCRIPTION_LOOKBACK && !found; i--) {
      const e = entities.get(personList[i]!.entity)!;
      if (e.nationality === country || e.roles.some((r) => r.of === country)) found = personList[i];
    }
    if (!found) continue;
    const e = entities.get(found.entity)!;
    modifierSpans.push({ start, end: c.end });
    mentions.push({ type: "Person", form: "descriptor", name: e.name, start, end: c.end, entity: e.key, inQuote: insideAny(quoteSpans, start), modifier: false, extendedStart: start });
  }

  for (const m of [...ageDescriptions(text, sentences, personList, entities, raw, quoteSpans, modifierSpans), ...bodyOfficeDescriptions(text, personList, entities, quoteSpans, modifierSpans)]) {
    modifierSpans.push({ start: m.start, end: m.end });
    mentions.push(m);
  }

  // "the country", "the bloc": the country, or the organization of that kind, named last before it
  // in the same or the two sentences before.
  const actorList = mentions.filter((x) => (x.type === "Country" || x.type === "Organization") && !x.inQuote).sort((a, b) => a.start - b.start);
  const postAt = raw.filter((x) => x.type === "Post");
  for (const g of stickyMatches(GENERIC_ACTOR, GENERIC_ACTOR_STARTS, text)) {
    const start = g.index + g[0].length - g[1]!.length - 4;
    const end = g.index + g[0].length;
    if (postAt.some((p) => p.start < end && p.end > start) || /^\s+of\b/.test(text.slice(end, end + 4)) || MODIFIED_BY_PLURAL.test(text.slice(end, end + 30))) continue;
    const noun = g[1]!.toLowerCase();
    const sentence = sentenceAt(sentences, start);
    const floor = sentences[Math.max(0, sentence - 2)]?.start ?? 0;
    const wanted = (x: Mention) =>
      noun === "country" || noun === "nation"
        ? x.type === "Country" && (x.form !== "demonym" || x.acting === true)
        : x.type === "Organization" && x.entity.startsWith("org:") && organizationsOfSlug(x.entity.slice(4)).some((o) => o.generic.includes(noun));
    let found: Mention | undefined;
    for (let i = firstStartingAtOrAfter(actorList, start) - 1; i >= 0 && actorList[i]!.start >= floor && !found; i--) if (wanted(actorList[i]!)) found = actorList[i];
    if (!found) continue;
    const e = entities.get(found.entity)!;
    mentions.push({ type: found.type, form: "generic", name: e.name, code: found.code, org: found.org, start, end, entity: found.entity, inQuote: insideAny(quoteSpans, start), modifier: false, extendedStart: start, acting: found.type === "Country" ? true : undefined });
  }

  // Countries and organizations inside a title, or qualifying a plural noun, are not actors.
  for (const m of raw) if (m.type === "Post") modifierSpans.push({ start: m.start, end: m.end });
  // Characters covered by some title, description or post; a mention wholly covered is a modifier.
  const covered = new Uint8Array(text.length + 1);
  for (const s of modifierSpans) covered.fill(1, s.start, s.end);
  const isCovered = (m: Span) => {
    for (let i = m.start; i < m.end; i++) if (!covered[i]) return false;
    return true;
  };
  for (const m of mentions) {
    if (m.type === "Person" || m.type === "Post") continue;
    if (m.acting) continue;
    if (isCovered(m)) m.modifier = true;
    else if (m.form === "demonym") m.modifier = true;
    else if (MODIFIED_BY_PLURAL.test(text.slice(m.end, m.end + 30))) m.modifier = true;
    else if (m.type === "Organization" && m.entity.endsWith("-party") && partyDescribesPerson(text, m)) m.modifier = true;
    else if (m.type === "Country" && m.form === "name" && NON_STATE_AFTER.test(text.slice(m.end, m.end + 30))) m.modifier = true;
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities };
}
