/**
 * Stage 3: mentions of people, countries, organizations, outlets and posts.
 *
 * Known names come from the lexicons (countries with their demonyms, capitals and seats of
 * government; organizations; outlets). People are runs of capitalized words that are not known
 * names, titles, organization words or sentence-initial function words; the title words before a
 * name are left out of it ("German Chancellor Olaf Scholz" -> "Olaf Scholz"). Posts are an
 * organization with one of its titles ("NATO Secretary General", "head of the alliance").
 */
import { SpanCover } from "./span-cover.js";
import { isSpaceCode } from "./char-tests.js";
import { isGivenName } from "./gender.js";
import { countryEntries, type CountryEntry } from "./lexicon/countries.js";
import { withGroups } from "./lexicon/groups.js";
import { withPartyGroups } from "./party-groups.js";
import { MEDIA_KINDS, MEDIA_OUTLETS } from "./lexicon/media.js";
import { namesOpenings, namesSource, ORGANIZATIONS, UN_PREFIX_OPENINGS, postNameVariants, postedOrganizationOfSlug, postedOrganizationsByCount, STANDALONE_TITLES, type OrganizationEntry } from "./lexicon/organizations.js";
import { PARTIES, resolveSharedParties } from "./lexicon/parties.js";
import { PATRONYMIC_PARTICLES, PERSON_AFTER_IN, STANCE_NOUNS_BEFORE_NAME } from "./lexicon/name-contexts.js";
import { ABBREVIATED_TITLES, DOTTED_TITLES, ELECT_TITLE, PREFIXED_TITLE, TITLE_WORDS } from "./lexicon/titles.js";
import { HONORIFICS, NAME_PARTICLES, NON_NAME_WORDS, ORGANIZATION_HEADS, PLACE_NAMES } from "./lexicon/words.js";
import { REGION_NAMES } from "./lexicon/regions.js";
import { ShapeFilter } from "./word-shapes.js";
import { anyCaseInitials, escapeRegExp, fold, isCapitalized as isCapitalizedWord, stickyMatches, stickyMatchesAt, textTokens, tokenize } from "./text-utils.js";

/** Places and regions in one set: a run's text is looked up once. */
const PLACE_OR_REGION_NAMES: ReadonlySet<string> = new Set([...PLACE_NAMES, ...REGION_NAMES]);
const PLACE_OR_REGION_SHAPES = new ShapeFilter(PLACE_OR_REGION_NAMES);

/** The particles' first characters (all ASCII) and their greatest length: most words are passed over on these without a lookup. */
const PARTICLE_FIRSTS = new Uint8Array(128);
let particleMaxLength = 0;
let particlesAscii = true;
for (const p of NAME_PARTICLES) {
  const c = p.charCodeAt(0);
  if (c < 128) PARTICLE_FIRSTS[c] = 1;
  else particlesAscii = false;
  particleMaxLength = Math.max(particleMaxLength, p.length);
}

/** Whether `word` is a name's particle ("von", "de"); asked of every word of the text. */
function isParticle(word: string): boolean {
  if (word.length > particleMaxLength) return false;
  const c = word.charCodeAt(0);
  if (c < 128 ? PARTICLE_FIRSTS[c] === 0 : particlesAscii) return false;
  return NAME_PARTICLES.has(word);
}

/** An article particle joined to a capitalized name ("al-Kawari", "el-Sayed") counts as a capitalized word. */
const PREFIXED_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|ad-?din|abu|bin|ben|ibn|bint)[-‐]\p{Lu}/u;

function isCapitalized(word: string): boolean {
  // Every lower-case word of the text comes here: the pattern is tried only on a word that opens
  // as one of its particles and holds a hyphen.
  if (isCapitalizedWord(word)) return true;
  const c = word.charCodeAt(0);
  return (c === 0x61 || c === 0x65 || c === 0x62 || c === 0x69) && (word.includes("-") || word.includes("\u2010")) && PREFIXED_NAME.test(word);
}
import type { RawMention, Span, Token } from "./types.js";
import { chamberLeaderPosts, legislaturePosts } from "./legislature-posts.js";
import { ofOrForAfter, otherLevelPosts, POST_WORDS, postsNamedByTitle } from "./other-level-posts.js";
import { partyNomination } from "./party-nominations.js";
import { isPartyLeadership, qualifyPartyPosts, releaseLongerPartyNames, shapedPosts } from "./post-shapes.js";
import { impliedArticlePost } from "./implied-post.js";
import { slatePosts } from "./slate-posts.js";
import { withGoverningBodies } from "./governing-bodies.js";
import { addPartyPostNames, partyMeant } from "./party-post-names.js";
import { organizationsNamedByPostAlias, organizationsNamedByPostAliasAt, postAliasFirstWords } from "./post-aliases.js";


interface PhraseEntry {
  words: string[];
  mention: Omit<RawMention, "start" | "end">;
  /** A new mention of the entry at `[start, end)`, with the same fields in the same order as `{ ...mention, start, end }`. */
  place: (start: number, end: number) => RawMention;
  /** The first word may be "The" or "the". */
  looseFirst: boolean;
}

let phraseIndex: Map<string, PhraseEntry[]> | undefined;
/** The first characters (UTF-16 code units) of the index's words: a word starting otherwise is not looked up. */
let phraseInitials: Set<number> | undefined;
/** The index's words that open with a lower-case ASCII letter ("dpa", "global"): most lower-case words are passed over by this set alone. */
let phraseLowerWords: Set<string> | undefined;
/**
 * The index's words by their first two characters where both are ASCII (at `first * 128 + second`):
 * the bit of each word's length and of one more (a plural), lengths from 31 on sharing bit 31. A
 * word opening with two ASCII characters keeps them when folded, and most words are passed over on
 * them, or on their folded length, without a lookup.
 */
let phrasePairLengths: Uint32Array | undefined;

/** The index's words by their shape: most capitalized words that name nothing known ("Minister", "Tuesday", a surname) are passed over without a lookup. */
let phraseShapes: ShapeFilter | undefined;

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

function countryMention(c: CountryEntry): Omit<RawMention, "start" | "end"> {
  return { type: "Country", form: c.form === "name" ? "name" : c.form, name: c.name, code: c.code };
}

/** Copies of a lexicon mention with a span: an object spread of mentions of several shapes is slow. */
function placer(m: Omit<RawMention, "start" | "end">): (start: number, end: number) => RawMention {
  const keys = Object.keys(m).join(",");
  const { type, form, name, code, org } = m;
  if (keys === "type,form,name") return (start, end) => ({ type, form, name, start, end });
  if (keys === "type,form,name,code") return (start, end) => ({ type, form, name, code, start, end });
  if (keys === "type,form,name,org") return (start, end) => ({ type, form, name, org, start, end });
  return (start, end) => ({ ...m, start, end });
}

/** The lexicon phrases by folded first word, longest first. */
function phrases(): Map<string, PhraseEntry[]> {
  if (phraseIndex) return phraseIndex;
  const index = new Map<string, PhraseEntry[]>();
  const seen = new Set<string>();
  const add = (phrase: string, mention: Omit<RawMention, "start" | "end">) => {
    const words = tokenize(fold(phrase)).map((t) => t.text);
    if (words.length === 0) return;
    const looseFirst = words[0] === "The" && words.length > 1;
    // An outlet's word may also be a demonym ("The Australian"): both readings are kept, the outlet's first.
    const key = (looseFirst ? words.slice(1) : words).join(" ");
    const seenKey = mention.type === "Media" ? `media:${key}` : key;
    if (seen.has(seenKey)) return;
    seen.add(seenKey);
    const first = (looseFirst ? words[1] : words[0])!;
    const entry = { words: looseFirst ? words.slice(1) : words, mention, looseFirst, place: placer(mention) };
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  };
  for (const outlet of MEDIA_OUTLETS) add(outlet, { type: "Media", form: "name", name: outlet });
  for (const org of ORGANIZATIONS) for (const name of org.names) add(name, { type: "Organization", form: "name", name: org.name, org: org.slug });
  // Shared party words after every distinctive name: the first party listed with one is read until the article ties it to a country.
  for (const org of ORGANIZATIONS) for (const name of org.shared ?? []) add(name, { type: "Organization", form: "name", name: org.name, org: org.slug });
  for (const c of countryEntries()) add(c.phrase, countryMention(c));
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  phraseInitials = new Set([...index.keys()].map((k) => k.charCodeAt(0)).filter((c) => c < 0x61 || c > 0x7a));
  phraseLowerWords = new Set([...index.keys()].filter((k) => k.charCodeAt(0) >= 0x61 && k.charCodeAt(0) <= 0x7a));
  phrasePairLengths = new Uint32Array(128 * 128);
  for (const k of index.keys()) if (k.charCodeAt(0) < 128 && k.charCodeAt(1) < 128) phrasePairLengths[k.charCodeAt(0) * 128 + k.charCodeAt(1)]! |= lengthBit(k.length) | lengthBit(k.length + 1);
  phraseShapes = new ShapeFilter(index.keys());
  phraseIndex = index;
  return index;
}

/** Words after an outlet's name: a verb of reporting, a function word, or what it published. */
const AFTER_OUTLET = /^(?:said|says|say|reported|reports|reporting|wrote|writes|revealed|reveals|understands|understood|learned|learnt|has|had|have|was|is|obtained|published|quoted|cited|asked|contacted|interviewed|noted|added|found|first|earlier|last|this|on|in|at|about|of|for|and|or|that|when|after|before|while|with|from|by|it|he|she|they|we|his|her|their|its|newspaper|magazine|daily|weekly|news|reporter|reporters|journalist|journalists|correspondent|columnist|editor|editorial|article|report|interview|podcast|website|poll|survey|analysis|piece|story|op-ed|tally|count|estimate|estimates|calculations)$/;
/** After an outlet's name at a sentence's start, only a verb of reporting or what it published keeps the reading ("The Australian reported", not "The Australian government"). */
const AFTER_OUTLET_OPENING = /^(?:said|says|reported|reports|wrote|writes|revealed|reveals|understands|learned|learnt|has|had|obtained|published|quoted|cited|asked|contacted|interviewed|newspaper|magazine|daily|weekly|reporter|journalist|correspondent|columnist|editor|editorial|poll|survey|analysis)$/;
/** A sentence or line opens before this offset. */
const OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/**
 * Whether an outlet named by one word (after any "The") is that outlet where the text writes it:
 * a word written like a name of its own ("BBC", "iPolitics", "9News") always is; an ordinary word,
 * a name or a demonym ("Dawn", "Hill", "The Australian", "Time") is not when it is part of a
 * person's name ("Dawn Bowden", "Fiona Hill"), opens a longer capitalized name ("The Independent
 * MP"), or is followed by a noun it qualifies ("the Australian government", "Time is").
 */
function isOutletWord(text: string, tokens: readonly Token[], i: number, looseFirst: boolean): boolean {
  const word = tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
  const prev = tokens[i - 1];
  const the = looseFirst && prev !== undefined && /^the$/i.test(prev.text) && text.slice(prev.end, tokens[i]!.start) === " " ? prev : undefined;
  if (!the && prev && text.slice(prev.end, tokens[i]!.start) === " " && isNameLike(prev.text)) return false;
  const next = tokens[i + 1];
  const nextWord = next && text.slice(tokens[i]!.end, next.start) === " " ? next.text : undefined;
  if (nextWord && isCapitalized(nextWord)) return false;
  const openingAt = (the ?? tokens[i]!).start;
  const opening = OPENS_BEFORE.test(text.slice(Math.max(0, openingAt - 3), openingAt));
  // "The" in capitals inside a sentence is part of the outlet's name ("told The Australian").
  if (the && the.text === "The" && !opening) return true;
  if (nextWord === undefined) return !opening || the !== undefined;
  return (opening ? AFTER_OUTLET_OPENING : AFTER_OUTLET).test(nextWord) || /^['’]s$/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 2));
}

/** A first word with more phrases than this ("UN", "United") is looked up by its second word too. */
const SPLIT_BUCKET = 24;
const secondWordIndex = new WeakMap<PhraseEntry[], { two: Map<string, PhraseEntry[]>; one: PhraseEntry[]; merged: Map<string, PhraseEntry[]> }>();

/** The phrases of a long list that may match where `second` follows the first word, longest first. */
function bySecondWord(list: PhraseEntry[], second: string | undefined): PhraseEntry[] {
  let index = secondWordIndex.get(list);
  if (!index) {
    index = { two: new Map(), one: [], merged: new Map() };
    for (const e of list) {
      if (e.words.length === 1) index.one.push(e);
      else {
        const same = index.two.get(e.words[1]!) ?? [];
        same.push(e);
        index.two.set(e.words[1]!, same);
      }
    }
    secondWordIndex.set(list, index);
  }
  if (second === undefined) return index.one;
  const exact = index.two.get(second);
  // A plural's last word is looked up without its "s" ("New Zealanders").
  const singular = second.length > 1 && second.endsWith("s") ? index.two.get(second.slice(0, -1)) : undefined;
  if (!exact && !singular) return index.one;
  let merged = index.merged.get(second);
  if (!merged) {
    merged = [...(exact ?? []), ...(singular ?? []), ...index.one].sort((a, b) => b.words.length - a.words.length);
    index.merged.set(second, merged);
  }
  return merged;
}

const GOVERNMENT_NOUNS = /^\s+(?:government|administration|cabinet|authorities|delegation|side|leadership|officials|diplomats|foreign ministry|ministry|presidency|camp)\b/;

/** Whether `word` is `singular` and an "s". */
function isPluralOf(word: string, singular: string): boolean {
  return word.length === singular.length + 1 && word.charCodeAt(singular.length) === 0x73 && word.startsWith(singular);
}

/** Known names found by lexicon lookup, longest match first. */
function lexiconMentions(text: string, tokens: readonly Token[]): { mentions: RawMention[]; covered: boolean[] } {
  const index = phrases();
  const initials = phraseInitials!;
  const lowerWords = phraseLowerWords!;
  const pairLengths = phrasePairLengths!;
  const shapes = phraseShapes!;
  const mentions: RawMention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  // Folded on demand: a word opening with an ASCII character keeps it when folded, so most words
  // are passed over on their first character alone.
  const foldedWords = new Array<string | undefined>(tokens.length);
  const folded = (i: number) => (foldedWords[i] ??= fold(tokens[i]!.text));
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.text.charCodeAt(0);
    // A word of one character has no second (NaN), and is looked up.
    const second = tokens[i]!.text.charCodeAt(1);
    if (first < 128 && second < 128 && pairLengths[first * 128 + second] === 0) continue;
    if (first >= 0x61 && first <= 0x7a ? !lowerWords.has(tokens[i]!.text) : first < 0x80 && !initials.has(first)) continue;
    const word = folded(i);
    // A plural is looked up without its "s": the same first character either way.
    const c0 = word.charCodeAt(0);
    const c1 = word.charCodeAt(1);
    if (c0 < 128 && c1 < 128 && (pairLengths[c0 * 128 + c1]! & lengthBit(word.length)) === 0) continue;
    if (c0 >= 0x61 && c0 <= 0x7a ? !lowerWords.has(word) : !initials.has(c0)) continue;
    let candidates = shapes.mayHold(word) ? index.get(word) : undefined;
    // "Germans", "Nigerians": a plural demonym names the country's people or government.
    if (!candidates && word.length > 4 && word.endsWith("s") && shapes.mayHold(word, word.length - 1)) candidates = index.get(word.slice(0, -1))?.filter((e) => e.words.length === 1 && e.mention.type === "Country" && e.mention.form === "demonym");
    if (!candidates || candidates.length === 0) continue;
    if (candidates.length > SPLIT_BUCKET) candidates = bySecondWord(candidates, i + 1 < tokens.length ? folded(i + 1) : undefined);
    for (const entry of candidates) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      // The first word is the entry's own (the index's key), or its plural for a one-word demonym.
      for (let k = 1; k < n && ok; k++) {
        const token = tokens[i + k]!;
        const gapStart = tokens[i + k - 1]!.end;
        // A plural is read on a word alone ("Germans") or on the last word of a demonym ("New Zealanders").
        const pluralOk = k === n - 1 && entry.mention.type === "Country" && entry.mention.form === "demonym";
        if (folded(i + k) !== entry.words[k] && !(pluralOk && isPluralOf(folded(i + k), entry.words[k]!))) ok = false;
        else if (!(token.start === gapStart + 1 && text.charCodeAt(gapStart) === 0x20) && !(entry.words[k] === "s" && /^['’]$/.test(text.slice(gapStart, token.start)))) ok = false;
      }
      if (!ok) continue;
      if (entry.mention.type === "Media" && n === 1 && !isOutletWord(text, tokens, i, entry.looseFirst)) continue;
      let start = tokens[i]!.start;
      const plural = folded(i + n - 1) !== entry.words[n - 1];
      if (entry.looseFirst && i > 0 && /^the$/i.test(tokens[i - 1]!.text) && text.slice(tokens[i - 1]!.end, start) === " ") start = tokens[i - 1]!.start;
      const end = tokens[i + n - 1]!.end;
      const mention = entry.place(start, end);
      if (mention.type === "Country" && mention.form !== "demonym" && n === 1 && isPartOfName(text, tokens, i, n)) continue;
      if (mention.type === "Country" && mention.form === "demonym") mention.acting = plural || GOVERNMENT_NOUNS.test(text.slice(end, end + 30));
      // "Americans", "Russians": a demonym in the plural names the country's people or government.
      if (mention.type === "Country" && mention.form === "demonym" && text[end] === "s" && !/[\p{L}]/u.test(text[end + 1] ?? "")) {
        mention.end = end + 1;
        mention.acting = true;
      }
      mentions.push(mention);
      for (let k = 0; k < n; k++) covered[i + k] = true;
      i += n - 1;
      break;
    }
  }
  return { mentions, covered };
}

/** "Brazilian-backed", "Saudi-led", "Eighty-year-old": a description before a name, not part of it. */
const BACKED_WORD = /-(?:backed|supported|endorsed|nominated|sponsored|led|born|based|year-old|years-old)$/u;

/** "Attorney-General", "Vice-President": a hyphenated title. */
function isHyphenatedTitle(word: string): boolean {
  if (!word.includes("-")) return false;
  if (word.split("-").every((part) => TITLE_WORDS.has(part))) return true;
  if ((word.endsWith("elect") || word.endsWith("designate") || word.endsWith("waiting")) && ELECT_TITLE.test(word)) return true;
  const title = PREFIXED_TITLE.exec(word)?.[1];
  return title !== undefined && TITLE_WORDS.has(title.charAt(0).toUpperCase() + title.slice(1));
}

/** "Ex-French PM Valls", "Former-Labour": a description of what a person was, not part of their name. */
const EX_DESCRIPTION = /^(?:Ex|Former|Then)-\p{L}/u;

/** "MPs", "TDs", "MEPs": letters after names in the plural, a group's title ("Kildare TDs Ana Ruiz and Tom Vale"). */
const PLURAL_POST_NOMINAL = /^\p{Lu}{2,4}s$/u;

function isNameLike(word: string): boolean {
  let known = nameLikeWords.get(word);
  if (known === undefined) {
    // Words recur across names and articles: the memo is emptied before it grows large.
    if (nameLikeWords.size >= 20000) nameLikeWords.clear();
    nameLikeWords.set(word, (known = readNameLike(word)));
  }
  return known;
}

const nameLikeWords = new Map<string, boolean>();

function readNameLike(word: string): boolean {
  return isCapitalized(word) && !NON_NAME_WORDS.has(word) && !TITLE_WORDS.has(word) && !isHyphenatedTitle(word) && !EX_DESCRIPTION.test(word) && !ORGANIZATION_HEADS.has(word) && !HONORIFICS.has(word) && !/^\p{Lu}{2,}$/u.test(word) && !PLURAL_POST_NOMINAL.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word) && !BACKED_WORD.test(word);
}

/** A one-word country name or capital directly beside an unknown capitalized word is part of a name ("Chad Smith"). */
function isPartOfName(text: string, tokens: readonly Token[], i: number, n: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + n];
  const beside = (t: Token | undefined, gapFrom: number, gapTo: number) => t !== undefined && text.slice(gapFrom, gapTo) === " " && isNameLike(t.text) && !phrases().has(fold(t.text));
  // Only a capitalized word before it: after it, a name usually follows a country ("Netherlands Mark Rutte").
  void after;
  return beside(before, before?.end ?? 0, tokens[i]!.start);
}

/** The kinds of outlet in lower case, as character codes. */
const MEDIA_KIND_CODES = MEDIA_KINDS.map((k) => [...k.toLowerCase()].map((c) => c.charCodeAt(0)));
/** The last characters of the kinds of outlet: a text ending otherwise ends with none. */
const MEDIA_KIND_LAST = new Set(MEDIA_KIND_CODES.map((k) => k[k.length - 1]!));

/**
 * Whether `before` ends with a kind of outlet and a space ("the newspaper "), the kind opening the
 * text or following a space; ASCII letters in either case. Compared from the end: a pattern anchored
 * at the end would be tried at every offset.
 */
function endsWithMediaKind(before: string): boolean {
  const last = before.length - 1;
  if (last < 0 || !isSpaceCode(before.charCodeAt(last))) return false;
  let end = before.charCodeAt(last - 1);
  if (end >= 0x41 && end <= 0x5a) end += 0x20;
  if (!MEDIA_KIND_LAST.has(end)) return false;
  for (const kind of MEDIA_KIND_CODES) {
    const from = last - kind.length;
    if (from < 0) continue;
    let k = kind.length - 1;
    for (; k >= 0; k--) {
      let c = before.charCodeAt(from + k);
      // Only ASCII capitals fold, as in a case-insensitive non-Unicode pattern of ASCII words.
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      if (c !== kind[k]) break;
    }
    if (k < 0 && (from === 0 || isSpaceCode(before.charCodeAt(from - 1)))) return true;
  }
  return false;
}
const MEDIA_KIND_AFTER = /^\s(?:newspaper|magazine|news agency|daily|weekly|broadcaster|radio|TV|television|channel|website|tabloid)\b/;
/** The first letters of {@link MEDIA_KIND_AFTER}'s words: the pattern is tried only where one follows the space. */
const MEDIA_KIND_SECOND = "nmdwbrTtc";

/** Words after which a lone capital and a full stop open a name's initials ("backed by J. Vale"), not end a sentence ("vitamin D."). */
const BEFORE_INITIALS = new Set(["by", "and", "with", "from", "to", "of", "said", "says", "told", "for", "as", "including", "like", "named", "candidate", "nominee"]);

/**
 * Whether the lone capital at token `j`, followed by ". " and a capitalized word, opens a name's
 * initials ("J. K. Vale"): another initial follows, or it opens the text, a line or a clause, or
 * follows a word after which a name is expected.
 */
function opensInitials(text: string, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || !isCapitalized(next.text) || NON_NAME_WORDS.has(next.text)) return false;
  if (/^\p{Lu}$/u.test(next.text) && text[next.end] === ".") return true;
  const prev = tokens[j - 1];
  if (!prev) return true;
  const gap = text.slice(prev.end, tokens[j]!.start);
  if (gap !== " ") return /[,;:(\n"“.!?]/.test(gap);
  return BEFORE_INITIALS.has(prev.text);
}

/** People, unknown outlets and unknown organizations from runs of capitalized words. */
function capitalizedRuns(text: string, tokens: readonly Token[], covered: readonly boolean[], known: readonly RawMention[], absorbed: Set<RawMention>): RawMention[] {
  const mentions: RawMention[] = [];
  // A country or demonym right before a run ("Japanese Olympic Committee", "Lithuanian Ministry").
  const countryBefore = new Map<number, RawMention>();
  for (const m of known) if (m.type === "Country" && text[m.end] === " ") countryBefore.set(m.end + 1, m);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (covered[i] || !isCapitalized(t.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !covered[j + 1]) {
      const gap = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
      const next = tokens[j + 1]!.text;
      // "Mary E. Miller": a middle initial after a capitalized word joins the name.
      const joinable = gap === " " || (gap === ". " && (HONORIFICS.has(tokens[j]!.text) || ABBREVIATED_TITLES.has(tokens[j]!.text) || (/^\p{Lu}$/u.test(tokens[j]!.text) && (j > i ? isCapitalized(tokens[j - 1]!.text) : opensInitials(text, tokens, j)))));
      if (!joinable) break;
      if (isCapitalized(next)) {
        j++;
        continue;
      }
      // Particles ("von der") join only when a capitalized word follows them.
      let k = j + 1;
      while (k < tokens.length && isParticle(tokens[k]!.text) && !covered[k] && (k === j + 1 || text.slice(tokens[k - 1]!.end, tokens[k]!.start) === " ")) k++;
      if (k > j + 1 && k < tokens.length && !covered[k] && isCapitalized(tokens[k]!.text) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === " ") j = k;
      else break;
    }
    const country = countryBefore.get(t.start);
    if (country && i === j && SPORT_WORDS.has(t.text)) {
      // "UK Athletics", "British Cycling", "Kenya Athletics": a country's sport body.
      absorbed.add(country);
      mentions.push({ type: "Organization", form: "name", name: text.slice(country.start, t.end), start: country.start, end: t.end });
      i = j + 1;
      continue;
    }
    if (country && GOVERNMENT_BODIES.has(tokens[j]!.text)) {
      // "the Lithuanian Ministry": a government's office acts for its country.
      country.acting = true;
    } else if (country && ORGANIZATION_HEADS.has(tokens[j]!.text) && !MEDIA_HEADS.has(tokens[j]!.text) && institutionOf(text, tokens, covered, j) === j) {
      // "the Japanese Olympic Committee", "the Nigerian Labour Congress": the demonym is part of the name,
      // and so is "Royal" before it ("the Royal Belgian Football Association").
      absorbed.add(country);
      const royal = ROYAL_BEFORE.exec(text.slice(Math.max(0, country.start - 9), country.start));
      const start = royal ? country.start - royal[0].length : country.start;
      if (royal && mentions.length > 0 && mentions[mentions.length - 1]!.end > start) mentions.pop();
      mentions.push({ type: "Organization", form: "name", name: text.slice(start, tokens[j]!.end), start, end: tokens[j]!.end });
      i = j + 1;
      continue;
    }
    const ofEnd = institutionOf(text, tokens, covered, j);
    if (ofEnd > j) {
      // "Ministry of Trade, Industry and Energy", "Office of the Nordland Trade Representative".
      let k = i;
      while (k < j && ((NON_NAME_WORDS.has(tokens[k]!.text) && !NAME_ADJECTIVE.test(tokens[k]!.text)) || TITLE_WORDS.has(tokens[k]!.text) || BACKED_WORD.test(tokens[k]!.text))) k++;
      let start = tokens[k]!.start;
      // "the German Council of Culture": a demonym before an institution other than a government office opens its name.
      if (country && k === i && !GOVERNMENT_BODIES.has(tokens[j]!.text)) {
        start = country.start;
        absorbed.add(country);
      }
      for (const m of known) if ((m.type === "Media" || m.type === "Organization") && m.start > start && m.end <= tokens[ofEnd]!.end) absorbed.add(m);
      mentions.push({ type: "Organization", form: "name", name: text.slice(start, tokens[ofEnd]!.end), start, end: tokens[ofEnd]!.end });
      i = ofEnd + 1;
      continue;
    }
    classifyRun(text, tokens, i, j, mentions);
    i = j + 1;
  }
  return mentions;
}

/** "Royal" or "Imperial" right before a demonym that opens an organization's name. */
const ROYAL_BEFORE = /(?<![\p{L}])(?:Royal|Imperial) $/u;

/** Sports whose national bodies are named by the sport and the country ("Athletics Kenya", "UK Athletics"). */
const SPORT_WORDS = new Set(["Athletics", "Rugby", "Football", "Soccer", "Cricket", "Tennis", "Swimming", "Cycling", "Hockey", "Ski", "Skiing", "Snowsport", "Snowsports", "Basketball", "Volleyball", "Rowing", "Sailing", "Golf", "Boxing", "Judo", "Triathlon", "Gymnastics", "Aquatics", "Badminton", "Netball", "Skating", "Biathlon", "Canoe", "Canoeing", "Archery", "Fencing", "Wrestling", "Weightlifting", "Taekwondo", "Equestrian", "Handball", "Squash", "Softball", "Baseball", "Diving", "Motorsport", "Chess", "Athletic"]);

/**
 * A run that names a country's sport body: a sport and a country ("Athletics Kenya", "Ski
 * Austria"), a country's letters and a sport ("GB Snowsport", "USA Swimming"), or one hyphenated
 * word ("Swiss-Ski").
 */
function isSportBody(run: readonly Token[]): boolean {
  if (run.length === 1) {
    if (!run[0]!.text.includes("-")) return false;
    const parts = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(run[0]!.text);
    return parts !== null && SPORT_WORDS.has(parts[2]!) && phrases().get(parts[1]!)?.some((e) => e.mention.type === "Country" && e.words.length === 1) === true;
  }
  if (run.length > 3) return false;
  const last = run[run.length - 1]!.text;
  const firstWord = run[0]!.text;
  if (SPORT_WORDS.has(last) && run.length === 2 && PLACE_LETTERS.has(firstWord)) return true;
  if (!SPORT_WORDS.has(firstWord)) return false;
  const rest = run.slice(1).map((w) => w.text);
  return phrases().get(fold(rest[0]!))?.some((e) => e.mention.type === "Country" && e.mention.form === "name" && e.words.join(" ") === rest.map(fold).join(" ")) === true;
}

/** A government's own offices: named with a demonym, they stand for the country ("the Lithuanian Ministry"). */
const GOVERNMENT_BODIES = new Set(["Ministry", "Department", "Office", "Government", "Cabinet", "Presidency", "Embassy", "Mission", "Administration"]);
/** Heads of outlets' names ("Times", "Herald"): a demonym before them is not part of an organization. */
const MEDIA_HEADS = new Set(["Times", "News", "Post", "Journal", "Herald", "Tribune", "Gazette", "Review", "Radio", "Television", "TV", "Day", "Week", "Cup", "Games", "Summit", "Conference", "Agreement", "Accord", "Declaration", "Charter", "Treaty", "Plan", "Initiative", "Program", "Programme", "Forces", "Army", "Navy", "Force", "Law", "Policy", "Studies", "Relations", "Affairs", "Security", "Research", "Analysis", "Economics", "Sciences", "Science", "Communications", "Forecasts"]);

/** Heads of a government body or other institution named "<head> of <name>". */
const INSTITUTION_HEADS = new Set(["Ministry", "Office", "Department", "Bureau", "Secretariat", "Directorate", "Agency", "Federation", "Confederation", "Union", "Association", "Council", "Committee", "Commission", "Chamber", "Board", "Institute"]);

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** " of (the) Trade", " of Trade and Industry", " of Trade, Industry and Energy", " of the Nordland Trade Representative". */
const INSTITUTION_OF_NAME = new RegExp(String.raw`^ of (?:the )?${CAP}(?: ${CAP})*(?:(?:, ${CAP}(?: ${CAP})*)+,? and ${CAP}(?: ${CAP})*| and ${CAP}(?![\p{L}\p{M}'’-]| ${CAP}))?`, "u");

/**
 * When the run ending at token `j` ends with an institution's head ("Ministry", "Office") and
 * "of (the) <Capitalized words>" follows, the index of the name's last token; else `j`. The
 * name may list several parts ("of Trade, Industry and Energy"); "and" joins one more word only
 * after a list or before a lower-case word ("of State and John Smith" stops at "State").
 */
function institutionOf(text: string, tokens: readonly Token[], covered: readonly boolean[], j: number): number {
  if (!INSTITUTION_HEADS.has(tokens[j]!.text) || tokens[j + 1]?.text !== "of") return j;
  const m = INSTITUTION_OF_NAME.exec(text.slice(tokens[j]!.end, tokens[j]!.end + 160));
  if (!m) return j;
  const end = tokens[j]!.end + m[0].length;
  let k = j + 1;
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
  // A function word or a known name's first word is not part of the name ("the Ministry of The ...").
  for (let x = j + 2; x <= k; x++) if (NON_NAME_WORDS.has(tokens[x]!.text) && tokens[x]!.text !== "the") return j;
  void covered;
  // "Minister of State at the Department of Health Tom Vale": a given name and a surname after the institution's name open a person's.
  for (let x = j + 3; x < k; x++) {
    if (isGivenName(tokens[x]!.text) && text.slice(tokens[x - 1]!.end, tokens[x]!.start) === " " && !isPortfolioEnd(tokens[x]!.text)) return x - 1;
  }
  return tokens[k]!.end === end ? k : j;
}

/** A capitalized non-title word and "of"/"for" right before a run: the run ends an institution's name. */
const INSTITUTION_OF = /(?<![\p{L}])(?!(?:The|A|An)\s)(\p{Lu}[\p{L}\p{M}-]+)\s+(?:of|for)\s+(?:the\s+)?$/u;

function endsInstitutionName(before: string): boolean {
  // What every match ends with, checked without trying the pattern at each offset.
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith("of") && !trimmed.endsWith("for") && !trimmed.endsWith("the")) return false;
  const m = INSTITUTION_OF.exec(before);
  return m !== null && !TITLE_WORDS.has(m[1]!) && !HONORIFICS.has(m[1]!) && !NON_NAME_WORDS.has(m[1]!) && !STANCE_NOUNS_BEFORE_NAME.has(m[1]!);
}

/** A kind of organization right before a name: "union", "rock band", "campaign group", "think tank", "charity" ("union" and "band" in lower case only: "European Union"). */
const ORGANIZATION_KIND_BEFORE = /(?<![\p{L}'’-])(?:union|band|(?:[Cc]ampaign|[Pp]ressure|[Ll]obby|[Aa]dvocacy|[Aa]ctivist|[Pp]rotest|[Bb]usiness|[Cc]ivic|[Cc]ommunity|[Rr]esidents['’]|[Ff]armers['’]|[Vv]eterans['’]|[Ww]omen['’]s) group|[Tt]hink[- ]tank|charity)\s$/u;

function endsWithOrganizationKind(before: string): boolean {
  // What every match ends with, checked before the pattern: "union ", "band ", "group ", "tank ", "charity ".
  if (before.charCodeAt(before.length - 1) !== 0x20) return false;
  const c = before.charCodeAt(before.length - 2);
  if (c !== 0x6e && c !== 0x64 && c !== 0x70 && c !== 0x6b && c !== 0x79) return false;
  return ORGANIZATION_KIND_BEFORE.test(before);
}

/** Capitalized words that are no names alone but open many an organization's ("National", "Olympic", "African"). */
const NAME_ADJECTIVE = /^(?:European|Asian|African|American|Latin|Arab|Islamic|Muslim|Christian|Catholic|Orthodox|Jewish|East|West|North|South|Eastern|Western|Northern|Southern|Central|Middle|Atlantic|Pacific|Arctic|Mediterranean|Baltic|Balkan|Nordic|Scandinavian|Caribbean|Gulf|Soviet|Communist|Socialist|Democratic|Republican|Labour|Conservative|Liberal|Green|Social|Olympic|World|Global|International|National|Federal|Royal)$/;

/** Capitalized function words that open a sentence, not a name ("The", "In", "Meanwhile"). */
const FUNCTION_WORD = /^(?:The|A|An|This|That|These|Those|It|Its|His|Her|Their|Our|My|Your|In|On|At|For|From|With|By|As|Of|To|And|But|Or|Nor|If|When|While|After|Before|Since|Although|Though|Because|Unless|Until|Once|However|Meanwhile|Earlier|Later|Also|Then|So|Still|Yet|Now|Today|Yesterday|Tomorrow|Last|Next|Let|Asked|According|Despite|Not|No|Some|Many|Most|All|Both|Each|Every|Other|Others|Several|Such|Any|Few|Neither|Either|Here|There|Where|Why|How|What|Which|Who|Whom|Whose|Whether|Indeed|Instead|Thus|Therefore|Moreover|Furthermore|Nevertheless|Over|Under|Between|Among|Against|Without|Within|Into|Through|During|Across|Amid|Unlike|Like|Following|Given|Speaking|Writing|Reporting|Even|Just|Only|Perhaps|Maybe|Already|Finally|First|Second|Third)$/;

/** ", the union that ...", ", a party founded ...": the run before is an organization. */
const APPOSED_ORGANIZATION = /^,\s+(?:the|a|an)\s+(?:(?!(?:for|of|at|from|in|with|to|on|by)\s)[\p{Ll}-]+\s+){0,3}(?:union|party|federation|confederation|association|committee|council|agency|ministry|company|firm|group|alliance|bloc|movement|organi[sz]ation|body|bank|fund|coalition|network|foundation|charity|think[- ]tank|institute|newspaper|broadcaster)\b(?!['’-])(?!\s+(?:said|says|told|added|announced|confirmed|stated|noted|wrote|reported|insisted|argued|explained|declared|tweeted|leader|leaders|chief|head|boss|president|chair|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|official|member|secretary|director|minister|representative|veteran|activist|figure|stalwart|loyalist|insider|colleague|candidate|lawmaker|MP|founder|organi[sz]er|economist|adviser|advisor)\b)/u;

/** The last word of a portfolio ("Health, Population and Hospital Reform"): nouns no surname ends with. */
const PORTFOLIO_END = /^(?:\p{Lu}\p{Ll}{4,}(?:ment|tion|sion|ity|ism|ance|ence|ship)|Reform|Reforms|Health|Trade|Industry|Energy|Finance|Defen[cs]e|Justice|Agriculture|Transport|Tourism|Commerce|Housing|Culture|Welfare|Sport|Sports|Youth|Planning|Fisheries|Mines|Works|Interior|Treasury|Technology|Infrastructure|Labou?r|Economy)$/u;

/** " (R-Ohio)", " (D-N.Y.)", " (Ariz.)", " (Texas)": a US legislator's party and state. */
const AFFILIATION_AFTER = /^ \((?:[RDI]-)?(?:\p{Lu}\.?\p{Ll}*\.?){1,3}(?: \p{Lu}\p{Ll}*\.?)?\)/u;

/** Months' short forms that are also given names, before the rest of a name ("Jan de Vries", not "Jan 5"). */
const GIVEN_NAME_MONTHS = new Set(["Jan"]);
/** Months that are also surnames. */
const SURNAME_MONTHS = new Set(["May", "June", "April", "August"]);
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
const NAME_SUFFIX = new Set(["Jr", "Sr"]);
/** Last words of places' names ("Gyeonggi Province", "Changhua County", "Mexico City", "Kilmore Hotel"): no person, nor an actor. */
const PLACE_HEADS = new Set(["Province", "County", "Prefecture", "District", "Oblast", "Governorate", "Municipality", "City", "Township", "Borough", "Parish", "Canton", "Territory", "Valley", "Hotel"]);
const NUMBER_WORDS = new Set(["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Another", "Someone", "Somebody"]);

/** Letters after a name ("Penny Mordaunt MP"): not part of it. */
const POST_NOMINALS = new Set(["MP", "MPs", "MEP", "MSP", "MLA", "MS", "TD", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD"]);

/** A capitalized past participle used as an adjective ("Embattled", "Beleaguered"). */
const PARTICIPLE_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}ed$/u;
/** A capitalized present participle ("Joining", "Backing"). */
const PARTICIPLE_WORD = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** Before a word that opens a sentence or a line. */
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/**
 * A run of names with no comma between them ("Liz Truss Rishi Sunak"): cut before each common
 * given name that follows two words or more of a name that opens with a given name too. Returns
 * the names, or the run whole when it is one name.
 */
function namesOfList<T extends { text: string }>(run: readonly T[]): T[][] {
  if (run.length < 4 || !isGivenName(run[0]!.text)) return [run as T[]];
  const out: T[][] = [];
  let from = 0;
  for (let j = 2; j + 1 < run.length; j++) {
    if (j - from >= 2 && isGivenName(run[j]!.text) && !isGivenName(run[j - 1]!.text) && !PATRONYMIC_PARTICLES.has(run[j - 1]!.text)) {
      out.push(run.slice(from, j));
      from = j;
    }
  }
  out.push(run.slice(from));
  return out.every((p) => p.length >= 2 && p.length <= 4) ? out : [run as T[]];
}

/** A regnal number after a name ("Abdullah II", "Mohammed VI"): part of the name. */
const REGNAL_NUMBER = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;

/** A person's initial inside a run: a lone capital with a full stop, or dotted initials, before more of the name ("J. K. Vale", "J.K. Vale"). */
function isInitialAt(text: string, run: readonly Token[], w: number): boolean {
  if (w >= run.length - 1) return false;
  const word = run[w]!.text;
  if (/^\p{Lu}$/u.test(word)) return text[run[w]!.end] === ".";
  return /^(?:\p{Lu}\.){2,3}$/u.test(word) && !DOTTED_TITLES.has(word);
}

/**
 * Initials written without full stops before a surname, as South Asian and some African news
 * writes them ("M K Raghavan", "KN Tripathi", "A K Antony"): single capitals before another
 * initial or the surname, or two or three capitals right before a one-word surname.
 */
function isUndottedInitial(run: readonly Token[], w: number): boolean {
  const word = run[w]!.text;
  const next = run[w + 1];
  if (!next) return false;
  const surnameAt = (x: number) => x === run.length - 1 && isNameLike(run[x]!.text) && /\p{Ll}/u.test(run[x]!.text);
  if (/^\p{Lu}$/u.test(word)) {
    let x = w + 1;
    while (x < run.length - 1 && /^\p{Lu}{1,2}$/u.test(run[x]!.text)) x++;
    return x > w + 1 && surnameAt(x);
  }
  return /^\p{Lu}{2,3}$/u.test(word) && surnameAt(w + 1) && !POST_NOMINALS.has(word) && !CAPS_NOT_SURNAME.has(word) && !TITLE_WORDS.has(word) && !PLACE_LETTERS.has(word) && !TITLE_LETTERS.has(word);
}

/** Countries' and unions' letters the news writes before a name of a body ("GB Snowsport", "UK Athletics"). */
/** Titles written as letters before a name ("PM Valls", "DG Ana Ruiz"): no initials of the name. */
const TITLE_LETTERS = new Set(["PM", "VP", "DG", "SG", "MD", "GM", "AG", "DPM", "CM", "FM", "HM", "HE", "MLA", "MPP", "MSP", "MNA", "MHA", "MLC", "TD", "QC", "KC", "CEO", "CFO", "COO", "DDG", "ADG", "USG", "ASG"]);
const PLACE_LETTERS = new Set(["GB", "UK", "US", "USA", "EU", "UN", "NZ", "UAE", "DRC", "PRC", "ROC", "ROK", "DPRK", "NSW", "WA", "SA", "NT", "ACT", "BC", "NY", "DC", "LA"]);

/** Words in capitals after a name that are no surname. */
const CAPS_NOT_SURNAME = new Set(["CEO", "CFO", "COO", "CTO", "OBE", "CBE", "MBE", "KBE", "DBE", "PHD", "USA", "AIDS", "HIV", "GDP", "VIDEO", "PHOTO", "WATCH", "LIVE", "UPDATE", "EXCLUSIVE", "BREAKING", "READ", "MORE", "ALSO", "SEE", "OPINION", "ANALYSIS"]);

/** A surname written in capitals after the given names, as official releases do ("Joseph S. BLATTER", "Chung Yun CHO"). */
function isCapsSurname(run: readonly Token[], w: number): boolean {
  if (w !== run.length - 1 || w === 0) return false;
  const word = run[w]!.text;
  // Over the initials before it ("Joseph S. BLATTER") to the given name.
  let b = w - 1;
  while (b > 0 && /^(?:\p{Lu}|(?:\p{Lu}\.)+)$/u.test(run[b]!.text)) b--;
  const before = run[b]!.text;
  return word.length >= 3 && word.length <= 16 && /^\p{Lu}+(?:-\p{Lu}+)?$/u.test(word) && /[AEIOUY]/.test(word) && !CAPS_NOT_SURNAME.has(word) && /\p{Ll}/u.test(before) && isNameLike(before);
}

/** "Chung Yun CHO" is also written "Chung Yun Cho". */
function titleCased(word: string): string {
  return word.replace(/\p{Lu}+/gu, (m) => m[0]! + m.slice(1).toLowerCase());
}

/** A portfolio's or an office's head before a run: "Minister for ", "Secretary of State for Health and ", "Chancellor of the ", "Leader of the ". */
const PORTFOLIO_BEFORE = /(?:Minister|Secretary|Commissioner|Spokes(?:person|man|woman)|Minister of State|Chancellor|Speaker|Leader|President|Chair(?:man|woman|person)?|Governor|Director|Head|Chief)\s+(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*(?:,\s+|\s+(?:and|&)\s+|\s+(?:of|for|at)\s+(?:the\s+)?|\s+))*$/u;
const PORTFOLIO_HEADS = ["Minister", "Secretary", "Commissioner", "Spokes", "Chancellor", "Speaker", "Leader", "President", "Chair", "Governor", "Director", "Head", "Chief"];
const portfolioEnds = new Map<string, boolean>();

/** {@link PORTFOLIO_END} of a word, read once per word: every run's last word is asked. */
function isPortfolioEnd(word: string): boolean {
  let known = portfolioEnds.get(word);
  if (known === undefined) {
    if (portfolioEnds.size >= 20000) portfolioEnds.clear();
    portfolioEnds.set(word, (known = PORTFOLIO_END.test(word)));
  }
  return known;
}

/**
 * Whether {@link PORTFOLIO_AHEAD} may match at `at`: every match opens with a comma, or with white
 * space before "and" or "&".
 */
function mayOpenPortfolioAhead(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x2c) return true;
  if (!isSpaceCode(c)) return false;
  let i = at + 1;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x26 || text.startsWith("and", i);
}

/** A member's letters after a constituency: " MP", " MSP", " TD". */
const CONSTITUENCY_MEMBER = /^\s(?:MP|MSP|MEP|TD|MLA|AM|MS|MHA|MNA|MPP)\b/;
/** The first letters of {@link CONSTITUENCY_MEMBER}'s letters. */
const CONSTITUENCY_SECOND = "MTA";
/** Nouns that end a portfolio's first words ("Work and Pensions", "Welsh Language and Lifelong Learning"). */
const PORTFOLIO_WORDS = new Set(["Work", "Language", "Children", "Education", "Culture", "Media", "Sport", "Home", "Foreign", "Affairs", "Environment", "Food", "Rural", "Business", "Science", "Innovation", "Skills", "Families", "Women", "Equalities", "Heritage", "Arts", "Digital", "Care", "Pensions", "Water", "Climate", "Land", "Resources", "Immigration", "Communities", "Local", "Social"]);
/** After a portfolio's first words, the rest of it and the minister's title: " and Pensions Secretary", ", Media and Sport Secretary". */
const PORTFOLIO_AHEAD = /^(?:,\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})*,?\s+(?:and|&)\s+(?:[\p{L}\p{M}'’-]+\s+){1,3}(?:[Mm]inister|[Ss]ecretary|[Ss]pokes(?:person|man|woman)|[Cc]ommissioner)\b/u;
/** After a portfolio's word, the list goes on: ", Trade and Employment", " and Environment". */
const PORTFOLIO_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})*,?\s+(?:and|&)\s+\p{Lu}/u;

/** Whether the run opening at `start` is (the rest of) a portfolio after a minister's title ("Minister for Housing Tom Vale"). */
function afterPortfolioHead(text: string, start: number): boolean {
  // What the text just before must end with: a connector of the portfolio's words.
  const near = text.slice(Math.max(0, start - 5), start);
  if (!(near.endsWith("for ") || near.endsWith("of ") || near.endsWith("at ") || near.endsWith("the ") || near.endsWith("and ") || near.endsWith(", ") || near.endsWith("& "))) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  if (!PORTFOLIO_HEADS.some((h) => before.includes(h))) return false;
  return PORTFOLIO_BEFORE.test(before);
}

function classifyRun(text: string, tokens: readonly Token[], i: number, j: number, out: RawMention[]): void {
  // "Carly Fiorina Wednesday": a day or month after a name is not part of it.
  while (j > i && (POST_NOMINALS.has(tokens[j]!.text) || CALENDAR_WORDS.test(tokens[j]!.text))) j--;
  // "King Abdullah II": the name is read without its number, which is then put back.
  if (j > i && REGNAL_NUMBER.test(tokens[j]!.text) && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === " ") {
    const from = out.length;
    classifyRun(text, tokens, i, j - 1, out);
    const last = out[out.length - 1];
    if (out.length > from && last!.type === "Person" && last!.end === tokens[j - 1]!.end) {
      last!.end = tokens[j]!.end;
      last!.name = text.slice(last!.start, last!.end);
      last!.form = "name";
    }
    return;
  }
  // "One said:", "Two of them": a number word opening a sentence is no name; nor is "Jr" after a name's comma.
  if (i === j && (NUMBER_WORDS.has(tokens[i]!.text) || NAME_SUFFIX.has(tokens[i]!.text))) return;
  const run = tokens.slice(i, j + 1);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const after = text.slice(last.end, last.end + 20);
  const runText = text.slice(first.start, last.end);
  // "the union Community", "the rock band The Subways", "campaign group Vote Leave": the kind's word names what the run is.
  if (endsWithOrganizationKind(before)) {
    const words = run.filter((w, k) => !(k === 0 && NON_NAME_WORDS.has(w.text) && w.text !== "The"));
    if (words.length > 0 && words.some((w) => !NON_NAME_WORDS.has(w.text) && !CALENDAR_WORDS.test(w.text)) && !(words.length >= 2 && isGivenName(words[0]!.text))) {
      out.push({ type: "Organization", form: "name", name: text.slice(words[0]!.start, last.end), start: words[0]!.start, end: last.end });
      return;
    }
  }
  if (endsWithMediaKind(before) || (run.length <= 4 && isSpaceCode(after.charCodeAt(0)) && MEDIA_KIND_SECOND.includes(after.charAt(1)) && MEDIA_KIND_AFTER.test(after) && run.every((w) => !NON_NAME_WORDS.has(w.text) || w === first))) {
    const words = run.filter((w, k) => !(k === 0 && NON_NAME_WORDS.has(w.text) && w.text !== "The"));
    // "The broadcaster said": a function word alone names no outlet.
    if (words.length > 0 && words.some((w) => !NON_NAME_WORDS.has(w.text))) {
      const start = words[0]!.start;
      out.push({ type: "Media", form: "name", name: text.slice(start, last.end), start, end: last.end });
    }
    return;
  }
  if ((PLACE_OR_REGION_SHAPES.mayHold(runText) && PLACE_OR_REGION_NAMES.has(runText)) || PLACE_HEADS.has(last.text)) return;
  // "the Scottish Borders MP": a constituency before a member's letters, not a name.
  if (isSpaceCode(text.charCodeAt(last.end)) && CONSTITUENCY_SECOND.includes(text.charAt(last.end + 1)) && CONSTITUENCY_MEMBER.test(text.slice(last.end, last.end + 8)) && (first.text === "The" || /(?:^|[^\p{L}])[Tt]he\s+$/u.test(before))) return;
  // "Work and Pensions Secretary Tom Vale", "Welsh Language and Lifelong Learning Minister Ana Ruiz": the first words of a portfolio.
  if (run.length <= 3 && mayOpenPortfolioAhead(text, last.end) && (PORTFOLIO_WORDS.has(last.text) || isPortfolioEnd(last.text)) && !isGivenName(first.text) && PORTFOLIO_AHEAD.test(text.slice(last.end, last.end + 90))) return;
  // "Athletics Kenya", "Ski Austria", "GB Snowsport", "Swiss-Ski": a country's sport body.
  if (isSportBody(run)) {
    out.push({ type: "Organization", form: "name", name: runText, start: first.start, end: last.end });
    return;
  }
  // "Tom Vale CEO": letters in capitals after a name that are no surname are not part of it.
  if (j > i + 1 && /^\p{Lu}{2,}$/u.test(last.text) && !REGNAL_NUMBER.test(last.text) && !isCapsSurname(run, run.length - 1) && isNameLike(run[run.length - 2]!.text) && /\p{Ll}/u.test(run[run.length - 2]!.text)) {
    classifyRun(text, tokens, i, j - 1, out);
    return;
  }
  if (ORGANIZATION_HEADS.has(last.text) && run.length >= 2) {
    let k = 0;
    while (k < run.length - 1 && ((NON_NAME_WORDS.has(run[k]!.text) && FUNCTION_WORD.test(run[k]!.text)) || TITLE_WORDS.has(run[k]!.text) || BACKED_WORD.test(run[k]!.text))) k++;
    if (run.length - k >= 2) out.push({ type: "Organization", form: "name", name: text.slice(run[k]!.start, last.end), start: run[k]!.start, end: last.end });
    return;
  }
  // The name is the run's tail after its last title, organization or function word; a title or
  // month word right after a given name is a surname ("Dan Bishop", "Theresa May").
  const surnameLike = (w: number) =>
    w > 0 &&
    ((isGivenName(run[w - 1]!.text) && (TITLE_WORDS.has(run[w]!.text) || SURNAME_MONTHS.has(run[w]!.text)) && !ORGANIZATION_HEADS.has(run[w]!.text)) ||
      (HONORIFICS.has(run[w - 1]!.text) && SURNAME_MONTHS.has(run[w]!.text)) ||
      // "Jens Christian Wandel": a given name that is also a common capitalized word, between a given name and more of the name.
      (w < run.length - 1 && NON_NAME_WORDS.has(run[w]!.text) && isGivenName(run[w]!.text) && isGivenName(run[w - 1]!.text)));
  let k = run.length;
  while (k > 0 && (isNameLike(run[k - 1]!.text) || surnameLike(k - 1) || (GIVEN_NAME_MONTHS.has(run[k - 1]!.text) && k < run.length) || isInitialAt(text, run, k - 1) || isUndottedInitial(run, k - 1) || isCapsSurname(run, k - 1) || (isParticle(run[k - 1]!.text) && k < run.length))) k--;
  while (k < run.length && isParticle(run[k]!.text)) k++;
  // "Embattled Sepp Blatter": a description before a given name is not part of the name.
  if (k === 0 && run.length >= 3 && PARTICIPLE_ADJECTIVE.test(first.text) && !isGivenName(first.text) && isGivenName(run[1]!.text)) k = 1;
  // "Minister for Housing Tom Vale", "Minister for Trade and Employment Ana Ruiz": the portfolio's
  // words open the run. The name opens at a common given name, else it is the last two words; a
  // run the portfolio's list goes on after ("Minister for Trade, Industry and ...") is no name.
  if (run.length - k >= 1 && afterPortfolioHead(text, first.start)) {
    if (run.length <= 2 && !isGivenName(run[k]!.text) && PORTFOLIO_GOES_ON.test(text.slice(last.end, last.end + 80))) return;
    if (run.length - k >= 3) {
      let g = k;
      while (g < run.length - 1 && !isGivenName(run[g]!.text)) g++;
      // After a word that is no name, the portfolio may have ended there ("National Health Services Saira Afzal Tarar").
      if (g < run.length - 1) k = g;
      else if (k === 0) k = run.length - 2;
    }
  }
  // "Joining Cameron in voting against X was Y": a participle opening the sentence is no given name.
  if (k === 0 && run.length > 1 && PARTICIPLE_WORD.test(first.text) && !isGivenName(first.text) && SENTENCE_OPENS.test(before)) k = 1;
  const tail = run.slice(k);
  if (tail.length === 0) return;
  const name = text.slice(tail[0]!.start, last.end);
  // "After South Carolina": the word before the tail may open a region's name.
  if ((PLACE_OR_REGION_SHAPES.mayHold(name) && PLACE_OR_REGION_NAMES.has(name)) || (k > 0 && REGION_NAMES.has(`${run[k - 1]!.text} ${name}`))) return;
  const capitalizedWords = tail.filter((w) => isCapitalized(w.text)).length;
  // The rest of an institution's name ("the Court of Human Rights", "Institute for Peace Studies").
  if (k === 0 && endsInstitutionName(before)) return;
  // "Unison, the union that ...": an apposition names what the run is.
  if (k === 0 && text.charCodeAt(last.end) === 0x2c && APPOSED_ORGANIZATION.test(text.slice(last.end, last.end + 60))) {
    out.push({ type: "Organization", form: "name", name, start: tail[0]!.start, end: last.end });
    return;
  }
  // "Hospital Reform", "Rural Development": a portfolio in a minister's title, not a surname. In a
  // title-case headline ("Rook Criticizes Sol Nomination") the run is split at known names later.
  if (isPortfolioEnd(last.text) && !inTitleCaseLine(text, tail[0]!.start)) return;
  const people = capitalizedWords >= 2 ? namesOfList(tail) : [];
  if (people.length > 1) {
    for (const p of people) out.push({ type: "Person", form: "name", name: text.slice(p[0]!.start, p[p.length - 1]!.end), start: p[0]!.start, end: p[p.length - 1]!.end });
  } else if (capitalizedWords >= 2 && tail.length <= 6) {
    const mention: RawMention = { type: "Person", form: "name", name, start: tail[0]!.start, end: last.end };
    // "John A. Bolton" is also written "John Bolton".
    const bare = tail.filter((w, x) => x === 0 || x === tail.length - 1 || !/^(?:\p{Lu}|(?:\p{Lu}\.)+)$/u.test(w.text));
    const aliases: string[] = [];
    // "Robert F. Kennedy Jr.": the suffix is written with its stop.
    if (NAME_SUFFIX.has(last.text) && text[last.end] === ".") aliases.push(`${name}.`);
    if (bare.length < tail.length && bare.length >= 2) aliases.push(bare.map((w) => w.text).join(" "));
    if (isCapsSurname(run, run.length - 1)) aliases.push(`${name.slice(0, name.length - last.text.length)}${titleCased(last.text)}`);
    // "KN Tripathi" is also written "K N Tripathi" and "K.N. Tripathi".
    if (tail.length === 2 && /^\p{Lu}{2,3}$/u.test(tail[0]!.text)) {
      const letters = [...tail[0]!.text];
      aliases.push(`${letters.join(" ")} ${last.text}`, `${letters.join(".")}. ${last.text}`);
    }
    if (aliases.length > 0) mention.aliases = aliases;
    out.push(mention);
  } else if (capitalizedWords === 1 && tail.length === 1) {
    const titled = k > 0 && (TITLE_WORDS.has(run[k - 1]!.text) || HONORIFICS.has(run[k - 1]!.text));
    out.push({ type: "Person", form: titled ? "name" : "single", name, start: tail[0]!.start, end: last.end });
  }
}

/** Particle-led surnames in lower case ("than von der Leyen"): marked as single words for resolution. */
function particleSurnames(text: string, tokens: readonly Token[], covered: readonly boolean[]): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // Only the first particle of a chain opens a surname ("van den Berg", not "den Berg").
    if (covered[i] || !isParticle(t.text) || (i > 0 && (isCapitalized(tokens[i - 1]!.text) || isParticle(tokens[i - 1]!.text)) && text.slice(tokens[i - 1]!.end, t.start) === " ")) continue;
    let j = i;
    while (j + 1 < tokens.length && isParticle(tokens[j + 1]!.text) && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === " ") j++;
    const next = tokens[j + 1];
    if (next && isCapitalized(next.text) && isNameLike(next.text) && text.slice(tokens[j]!.end, next.start) === " ") {
      out.push({ type: "Person", form: "single", name: text.slice(t.start, next.end), start: t.start, end: next.end });
      i = j + 1;
    }
  }
  return out;
}

interface PostPattern {
  /** The pattern, sticky: tried only where one of its openings is found. */
  re: RegExp;
  /**
   * Where every match of `re` may open, one per alternative opening, each shared by every post
   * pattern that opens the same way (so a text is searched for it once).
   */
  openings: Opening[];
  org: OrganizationEntry;
  post: number;
}

/**
 * Where a pattern may match: a match of a pattern opening this way opens `at` code units before
 * one of the anchors' literals, with one of `firsts` there when `at` is 1, and the literal (the
 * opening's first word, or all of it) is followed by no ASCII letter. The offsets found hold every
 * offset where the opening matches (and some where it does not): a pattern is tried at each, and
 * fails where it does not match.
 */
interface Opening {
  id: string;
  anchors: readonly Anchor[];
}

interface Anchor {
  literal: string;
  at: 0 | 1;
  firsts: string;
  /** A test that must hold at the literal's end. */
  after?: (text: string, end: number) => boolean;
  /** The literal (at 0, ASCII, in lower case) in any case, as a case-insensitive pattern reads ASCII letters. */
  anyCase?: boolean;
}

/** The anchors of a phrase written by {@link anyCaseInitials}: its first word after the first letter, which may be in either case. */
function anyCaseAnchors(phrase: string): Anchor[] {
  const first = phrase.split(/[ -]/)[0]!;
  if (!first) throw new Error(`A post's phrase opens with a separator: "${phrase}"`);
  const firsts = first.charAt(0).toUpperCase() + first.charAt(0).toLowerCase();
  if (first.length > 1) return [{ literal: first.slice(1), at: 1, firsts }];
  return [...new Set(firsts)].map((literal) => ({ literal, at: 0 as const, firsts: "" }));
}

const openings = new Map<string, Opening>();

/** The one opening of an id, shared by the post patterns that use it. */
function opening(id: string, anchors: () => Opening["anchors"]): Opening {
  let o = openings.get(id);
  if (!o) {
    o = { id, anchors: anchors() };
    openings.set(id, o);
  }
  return o;
}

let postPatterns: Map<string, PostPattern[]> | undefined;

function titleAlternation(titles: readonly string[]): string {
  return [...new Set(titles)].sort((a, b) => b.length - a.length).map(anyCaseInitials).join("|");
}

function namesAlternation(org: OrganizationEntry): string {
  return namesSource(org, escapeRegExp);
}

/** After an organization's name, a body of its own ("the UN telecoms agency", "the UN's International Organization for Migration"): heading that body is another post. */
const NOT_A_SUBBODY = String.raw`(?!(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,3}(?:[Aa]gency|body|[Oo]rgani[sz]ation|[Pp]rogramme|[Pp]rogram|[Ff]und|[Cc]ouncil|[Cc]ommission|[Cc]ourt|[Oo]ffice|panel|[Mm]ission|[Uu]nion|[Cc]ommittee|[Ss]ecretariat|[Tt]ribunal|[Ii]nstitute|[Bb]ank|[Ff]orum|watchdog|[Aa]uthority|regulator)\b)`;

/** Words for the head of an organization named after them ("head of NATO", "top job at the IMF"). */
const HEAD_WORD_LIST = ["head", "chief", "leader", "boss", "leadership", "helm", "top job at", "top post at", "top job of"];
const HEAD_WORDS = HEAD_WORD_LIST.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join("|");
/** Where "(?:HEAD_WORDS)\s" or "(?:to|will|would)\s+(?:lead|head|run)\s" may open. */
const HEAD_OPENING_ANCHORS: Anchor[] = [...HEAD_WORD_LIST.flatMap(anyCaseAnchors), ...["to", "will", "would"].map((literal) => ({ literal, at: 0 as const, firsts: "", after: leadVerbAfter }))];

/**
 * Whether `\s+(?:lead|head|run)\s` matches at `end`: a verb of leading after "to", "will" or
 * "would". Read by hand: "to" opens a match at nearly every sentence, and a pattern tried there
 * costs more than these few characters.
 */
function leadVerbAfter(text: string, end: number): boolean {
  let i = end;
  if (!isSpaceCode(text.charCodeAt(i))) return false;
  do i++;
  while (isSpaceCode(text.charCodeAt(i)));
  const c = text.charCodeAt(i);
  const verb = c === 0x6c ? "lead" : c === 0x68 ? "head" : c === 0x72 ? "run" : undefined;
  return verb !== undefined && text.startsWith(verb, i) && isSpaceCode(text.charCodeAt(i + verb.length));
}

/** Where a head word or a verb of leading opens (see {@link HEAD_OPENING_ANCHORS}), shared by every organization's head pattern. */
function headOpening(): Opening {
  return opening("head", () => HEAD_OPENING_ANCHORS);
}

/** Offset `i` and past any white space there. */
function pastSpaces(text: string, i: number): number {
  while (isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where `word` and white space are at `i`: the offset after the white space, else -1. */
function wordThenSpaces(text: string, word: string, i: number): number {
  return text.startsWith(word, i) && isSpaceCode(text.charCodeAt(i + word.length)) ? pastSpaces(text, i + word.length) : -1;
}

/** {@link HEAD_WORD_LIST}'s words after their first letter. */
const HEAD_WORD_TAILS = HEAD_WORD_LIST.map((w) => w.slice(1));
const LEAD_VERB_OPENERS = ["to", "will", "would"];
const LEAD_VERBS = ["lead", "head", "run"];

/**
 * The code units an organization's name may open with after a head word at `p`, as a head pattern
 * reads the text: after "head", "chief" ... or "to", "will", "would" and a verb of leading, then
 * white space, "of" and "the" or either, or neither. The code unit at `p` itself is among them: a
 * name may open there too.
 */
function headNameFirsts(text: string, p: number): number[] {
  const firsts = [text.charCodeAt(p)];
  const after = (q: number) => {
    firsts.push(text.charCodeAt(q));
    const afterThe = wordThenSpaces(text, "the", q);
    if (afterThe >= 0) firsts.push(text.charCodeAt(afterThe));
  };
  const first = text.charCodeAt(p);
  for (let w = 0; w < HEAD_WORD_LIST.length; w++) {
    const word = HEAD_WORD_LIST[w]!;
    if ((first | 0x20) !== word.charCodeAt(0) || !text.startsWith(HEAD_WORD_TAILS[w]!, p + 1)) continue;
    const end = p + word.length;
    if (!isSpaceCode(text.charCodeAt(end))) continue;
    const q = pastSpaces(text, end);
    after(q);
    const afterOf = wordThenSpaces(text, "of", q);
    if (afterOf >= 0) after(afterOf);
  }
  for (const word of LEAD_VERB_OPENERS) {
    const q = wordThenSpaces(text, word, p);
    if (q < 0) continue;
    for (const verb of LEAD_VERBS) {
      const r = wordThenSpaces(text, verb, q);
      if (r >= 0) after(r);
    }
  }
  return firsts;
}

/** The code units the names of an organization open with ({@link namesOpenings}). */
const nameFirstCodes = new WeakMap<OrganizationEntry, Set<number>>();

function nameFirstsOf(org: OrganizationEntry): Set<number> {
  let codes = nameFirstCodes.get(org);
  if (!codes) nameFirstCodes.set(org, (codes = new Set(namesOpenings(org).map((n) => n.charCodeAt(0)))));
  return codes;
}

/** The post patterns of the organization `slug`, built the first time a text names it. */
function postPatternsOf(slug: string): readonly PostPattern[] {
  postPatterns ??= new Map();
  let patterns = postPatterns.get(slug);
  if (!patterns) {
    patterns = buildPostPatterns(slug);
    postPatterns.set(slug, patterns);
  }
  return patterns;
}

function buildPostPatterns(slug: string): PostPattern[] {
  let out: PostPattern[] = [];
  for (const org of ORGANIZATIONS) {
    if (org.slug !== slug || org.posts.length === 0) continue;
    // Of two entries with one slug, the later one's posts are read.
    const patterns: PostPattern[] = [];
    out = patterns;
    const names = namesAlternation(org);
    org.posts.forEach((post, index) => {
      const titles = titleAlternation(post.titles);
      const aliases = (post.aliases ?? []).map(anyCaseInitials).join("|");
      const parts = [`(?:${names})(?:['’]s)?\\s+(?:(?:new|next|current|outgoing|future)\\s+)?(?:${titles})`, `(?:${titles})\\s+of\\s+(?:the\\s+)?(?:${names})`];
      const opens = [opening(`names:${names}`, () => namesAnchors(org)), opening(`titles:${titles}`, () => [...new Set(post.titles)].flatMap(anyCaseAnchors))];
      if (aliases) {
        parts.push(`(?:${aliases})`);
        opens.push(opening(`aliases:${aliases}`, () => (post.aliases ?? []).flatMap(anyCaseAnchors)));
      }
      patterns.push({ re: new RegExp(`(?<![\\p{L}])(?:${parts.join("|")})(?![\\p{L}])`, "uy"), openings: opens, org, post: index });
    });
    patterns.push({
      // "\\b" rather than a look-behind: the words are ASCII, and a pattern that opens with a look-behind is tried at every offset.
      re: new RegExp(`\\b(?:(?:${HEAD_WORDS})\\s+(?:of\\s+)?(?:the\\s+)?(?:${names})(?![\\p{L}])${NOT_A_SUBBODY}|(?:to|will|would)\\s+(?:lead|head|run)\\s+(?:the\\s+)?(?:${names})(?![\\p{L}])${NOT_A_SUBBODY})|(?<![\\p{L}])(?:${names})(?:['’]s)?\\s+(?:chief|head|boss|top job|leadership)(?![\\p{L}])`, "uy"),
      openings: [headOpening(), opening(`head-names:${names}`, () => namesBeforeHeadAnchors(org))],
      org,
      post: 0,
    });
  }
  return out;
}

function namesAnchors(org: OrganizationEntry): Opening["anchors"] {
  return namesOpenings(org).map((literal) => ({ literal, at: 0, firsts: "" }));
}

/**
 * The anchors of the organization's names where a head word follows ("NATO chief"). A name of the
 * UN's bodies opens with a prefix, not the whole name, and is read wherever the prefix is.
 */
function namesBeforeHeadAnchors(org: OrganizationEntry): Opening["anchors"] {
  return namesOpenings(org).map((literal) => (UN_PREFIX_OPENINGS.includes(literal) ? { literal, at: 0, firsts: "" } : { literal, at: 0, firsts: "", after: headWordAfter }));
}

/** What follows an organization's name in its head pattern: "'s chief", " leadership". */
const HEAD_AFTER_NAME = /(?:['’]s)?\s+(?:chief|head|boss|top job|leadership)(?![\p{L}])/uy;

/** Whether {@link HEAD_AFTER_NAME} matches at `end`; most names are followed by no head word's first letter. */
function headWordAfter(text: string, end: number): boolean {
  let i = end;
  const c = text.charCodeAt(i);
  if ((c === 0x27 || c === 0x2019) && text.charCodeAt(i + 1) === 0x73) i += 2;
  if (!isSpaceCode(text.charCodeAt(i))) return false;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  const h = text.charCodeAt(i);
  if (h !== 0x63 && h !== 0x68 && h !== 0x62 && h !== 0x74 && h !== 0x6c) return false;
  HEAD_AFTER_NAME.lastIndex = end;
  return HEAD_AFTER_NAME.test(text);
}

interface PlacedAnchor {
  literal: string;
  at: number;
  after: ((text: string, end: number) => boolean) | undefined;
  anyCase: boolean;
  /** The index of the anchor's opening among those searched for. */
  opening: number;
}

/** The anchors of a list of openings by the two code units their match opens with. */
interface AnchorTable {
  openings: Opening[];
  /** Whether a match may open with an ASCII code unit. */
  asciiFirst: Uint8Array;
  /**
   * By the first code unit and the second, both ASCII (at `first * 128 + second`): one more than the
   * index of their anchors in `pairLists`, 0 for none. A typed array, which the collector does not read.
   */
  asciiPairs: Uint16Array;
  pairLists: PlacedAnchor[][];
  /** By the first code unit and the second, either not ASCII (`first * 0x10000 + second`). */
  byPair: Map<number, PlacedAnchor[]>;
  /** By the first code unit alone: one-letter literals. */
  byFirst: Map<number, PlacedAnchor[]>;
}

/** The anchor tables by the organizations a text names: most texts name one of a few sets. */
const anchorTables = new Map<string, AnchorTable>();

function anchorTable(key: string, opens: () => readonly Opening[]): AnchorTable {
  let table = anchorTables.get(key);
  if (table) return table;
  const openings = [...new Set(opens())];
  const asciiFirst = new Uint8Array(128);
  const asciiPairs = new Uint16Array(128 * 128);
  const pairLists: PlacedAnchor[][] = [];
  const byPair = new Map<number, PlacedAnchor[]>();
  const byFirst = new Map<number, PlacedAnchor[]>();
  const place = (map: Map<number, PlacedAnchor[]>, key: number, anchor: PlacedAnchor) => {
    const list = map.get(key);
    if (list) list.push(anchor);
    else map.set(key, [anchor]);
  };
  openings.forEach((o, opening) => {
    for (const { literal, at, firsts, after, anyCase = false } of o.anchors) {
      const placed = { literal, at, after, anyCase, opening };
      const pairs = anyCase ? bothCases(literal.charAt(0)).flatMap((first) => bothCases(literal.charAt(1)).map((second) => [first, second.charCodeAt(0)] as const)) : [...new Set(at === 0 ? literal.charAt(0) : firsts)].map((first) => [first, at === 0 ? literal.charCodeAt(1) : literal.charCodeAt(0)] as const);
      for (const [first, second] of pairs) {
        const code = first.charCodeAt(0);
        if (code < 128) asciiFirst[code] = 1;
        if (Number.isNaN(second)) place(byFirst, code, placed);
        else if (code < 128 && second < 128) {
          const at = code * 128 + second;
          if (asciiPairs[at] === 0) asciiPairs[at] = pairLists.push([]);
          pairLists[asciiPairs[at]! - 1]!.push(placed);
        }
        else place(byPair, code * 0x10000 + second, placed);
      }
    }
  });
  table = { openings, asciiFirst, asciiPairs, pairLists, byPair, byFirst };
  if (anchorTables.size >= 1000) anchorTables.clear();
  anchorTables.set(key, table);
  return table;
}

function isAsciiLetterCode(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * Every offset at which each opening of `table` may match, in order, each once; read in one pass
 * over the text. Every pattern tried there opens after a character other than an ASCII letter (a
 * look-behind for a letter, or a word boundary before an ASCII word), so only such offsets are read.
 */
function openingOffsets(table: AnchorTable, text: string): Map<Opening, number[]> {
  const lists = table.openings.map((): number[] => []);
  const { asciiFirst, asciiPairs, pairLists, byPair, byFirst } = table;
  const anyByPair = byPair.size > 0;
  const anyByFirst = byFirst.size > 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    const code = text.charCodeAt(p);
    if (code >= 128 || asciiFirst[code] !== 0) {
      const second = text.charCodeAt(p + 1);
      let pair: PlacedAnchor[] | undefined;
      if (code < 128 && second < 128) {
        const slot = asciiPairs[code * 128 + second]!;
        if (slot !== 0) pair = pairLists[slot - 1];
      } else if (anyByPair) pair = byPair.get(code * 0x10000 + second);
      if (pair) readAnchors(pair, text, p, lists);
      if (anyByFirst) {
        const single = byFirst.get(code);
        if (single) readAnchors(single, text, p, lists);
      }
    }
    p++;
    // The rest of a run of ASCII letters is passed over: no match opens after a letter.
    if (isAsciiLetterCode(code)) while (p < n && isAsciiLetterCode(text.charCodeAt(p))) p++;
  }
  return new Map(table.openings.map((o, k) => [o, lists[k]!]));
}

function readAnchors(placed: readonly PlacedAnchor[], text: string, p: number, lists: number[][]): void {
  for (const a of placed) {
    const end = p + a.at + a.literal.length;
    if (end < text.length && isAsciiLetterCode(text.charCodeAt(end))) continue;
    const list = lists[a.opening]!;
    if (list[list.length - 1] === p || !(a.anyCase ? startsWithAnyCase(text, a.literal, p) : text.startsWith(a.literal, p + a.at))) continue;
    if (a.after && !a.after(text, end)) continue;
    list.push(p);
  }
}

/** A letter in both cases (the upper first), or another character alone. */
function bothCases(c: string): string[] {
  return [...new Set([c.toUpperCase(), c.toLowerCase()])];
}

/** Whether `text` has `lower` (ASCII, in lower case) at `at`, its ASCII letters in either case. */
function startsWithAnyCase(text: string, lower: string, at: number): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    if (c !== lower.charCodeAt(k) && (c < 0x41 || c > 0x5a || c + 0x20 !== lower.charCodeAt(k))) return false;
  }
  return true;
}

/** Sorted lists of offsets merged into one, each offset once. */
function mergeSorted(lists: readonly number[][]): number[] {
  let out = lists[0]!;
  for (let l = 1; l < lists.length; l++) {
    const a = out;
    const b = lists[l]!;
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
      if (merged.length === 0 || merged[merged.length - 1]! !== x) merged.push(x);
    }
    out = merged;
  }
  return out;
}

/**
 * The matches of a sticky pattern tried at the offsets where one of its openings matches, left to
 * right, the search going on after each match's end: what one global search would find. A head
 * pattern's head-word offsets may be given narrowed to where one of its names may follow.
 */
function postMatches(pattern: PostPattern, text: string, offsets: ReadonlyMap<Opening, number[]>, headOffsets?: number[]): RegExpExecArray[] {
  const lists = pattern.openings.map((o, k) => (k === 0 && headOffsets ? headOffsets : offsets.get(o)!));
  return stickyMatchesAt(pattern.re, lists.length === 1 ? lists[0]! : mergeSorted(lists), text);
}


/** A deputy's prefix joined to a title ("vice-president", "deputy-director"): the title is the deputy's, not the post. */
const SUBORDINATE_BEFORE = /(?:^|[^\p{L}])(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Ss]ub)(?:[-‐–]|\s+)$/u;

/** Where a word for a post opens before "of" or "for" (see {@link postsNamedByTitle}). */
const POST_WORD_OPENING: Opening = { id: "post-words", anchors: POST_WORDS.map((literal) => ({ literal, at: 0, firsts: "", anyCase: true, after: ofOrForAfter })) };

let aliasOpeningMemo: Opening | null | undefined;

/** Where a post's other name may open: its first word (see {@link postAliasFirstWords}); null where an alias opens otherwise. */
function aliasOpening(): Opening | null {
  if (aliasOpeningMemo === undefined) {
    const words = postAliasFirstWords();
    aliasOpeningMemo = words ? { id: "post-aliases", anchors: words.flatMap(anyCaseAnchors) } : null;
  }
  return aliasOpeningMemo;
}

function postOpeningsOf(slugs: readonly string[]): Opening[] {
  return slugs.flatMap((slug) => postPatternsOf(slug).flatMap((p) => p.openings));
}

/**
 * Posts named with their organization, for the organizations the text names: those of `known`,
 * and those named by one of their posts' other names ({@link organizationsNamedByPostAliasAt}).
 * Where those other names and a generic post may open is found in the same pass as the posts'
 * openings; an organization named only by such a name has its openings found in a pass of their own.
 */
function explicitPosts(text: string, known: ReadonlySet<string>): { posts: RawMention[]; genericAt: readonly number[] | undefined; postWordsAt: readonly number[] | undefined } {
  const out: RawMention[] = [];
  const aliases = aliasOpening();
  let named: Set<string>;
  let offsets: Map<Opening, number[]> | undefined;
  if (aliases) {
    const knownSlugs = [...known].sort();
    offsets = openingOffsets(anchorTable(`+aliases:${knownSlugs.join(" ")}`, () => [GENERIC_OPENING, aliases, POST_WORD_OPENING, ...postOpeningsOf(knownSlugs)]), text);
    named = new Set([...known, ...organizationsNamedByPostAliasAt(text, offsets.get(aliases)!)]);
    const more = [...named].filter((slug) => !known.has(slug)).sort();
    if (more.length > 0) {
      for (const [o, list] of openingOffsets(anchorTable(`+more:${more.join(" ")}`, () => postOpeningsOf(more)), text)) if (!offsets.has(o)) offsets.set(o, list);
    }
  } else named = new Set([...known, ...organizationsNamedByPostAlias(text)]);
  const postWordsAt = offsets?.get(POST_WORD_OPENING);
  if (named.size === 0) return { posts: out, genericAt: undefined, postWordsAt };
  const slugs = [...named].sort();
  // Where a generic post may open is found in the same pass.
  offsets ??= openingOffsets(anchorTable(slugs.join(" "), () => [GENERIC_OPENING, ...postOpeningsOf(slugs)]), text);
  const head = headOpening();
  const headAt = offsets.get(head);
  // A head pattern is tried where a head word stands only where one of its names' first characters follows.
  let headFirsts: number[][] | undefined;
  for (const slug of slugs) {
    for (const pattern of postPatternsOf(slug)) {
      let headOffsets: number[] | undefined;
      if (headAt && headAt.length > 0 && pattern.openings[0] === head) {
        headFirsts ??= headAt.map((p) => headNameFirsts(text, p));
        const codes = nameFirstsOf(pattern.org);
        headOffsets = headAt.filter((_, k) => headFirsts![k]!.some((c) => codes.has(c)));
      }
      for (const m of postMatches(pattern, text, offsets, headOffsets)) {
        // "a vice-president of the World Bank": the title inside a deputy's is not the post.
        if (m.index > 0 && SUBORDINATE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
        const post = pattern.org.posts[pattern.post]!;
        out.push({ type: "Post", form: "name", name: post.name, org: pattern.org.slug, aliases: postNameVariants(pattern.org, pattern.post), start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return { posts: out, genericAt: offsets.get(GENERIC_OPENING), postWordsAt };
}

const GENERIC_POST = new RegExp(
  String.raw`(?<![\p{L}])(?:(${titleAlternation(STANDALONE_TITLES)})(?:\s+of\s+(?:the\s+)?(\p{Ll}+|Fund|Bank|Commission|Council))?|(?:[Hh]ead|[Cc]hief|[Ll]eader|[Bb]oss|[Ll]eadership|[Hh]elm|[Tt]op job)\s+(?:of|at)\s+the\s+(\p{L}+)|to\s+(?:lead|head|run)\s+the\s+(\p{L}+))(?![\p{L}])`,
  "uy",
);
/** Where a match of {@link GENERIC_POST} may open (see {@link Opening}). */
const GENERIC_OPENING: Opening = {
  id: "generic",
  anchors: [
    ...STANDALONE_TITLES.flatMap(anyCaseAnchors),
    ...["head", "chief", "leader", "boss", "leadership", "helm", "top job"].flatMap(anyCaseAnchors),
    { literal: "to", at: 0, firsts: "", after: leadVerbAfter },
  ],
};
/** What every match of {@link GENERIC_POST} opens with: a pattern opening with a look-behind is otherwise tried at every offset. */
const GENERIC_POST_STARTS = new RegExp(String.raw`${titleAlternation(STANDALONE_TITLES)}|(?:[Hh]ead|[Cc]hief|[Ll]eader|[Bb]oss|[Ll]eadership|[Hh]elm|[Tt]op job)\s|to\s`, "gu");

/**
 * Posts named by a bare title or a generic noun ("the post of Secretary-General", "head of the
 * alliance"), resolved to the article's main organization with that title or noun.
 */
function genericPosts(text: string, orgCounts: ReadonlyMap<string, number>, taken: readonly RawMention[], genericAt: readonly number[] | undefined): RawMention[] {
  const ranked = postedOrganizationsByCount(orgCounts);
  if (ranked.length === 0) return [];
  const out: RawMention[] = [];
  let m: RegExpExecArray | null;
  for (m of genericAt ? stickyMatchesAt(GENERIC_POST, genericAt, text) : stickyMatches(GENERIC_POST, GENERIC_POST_STARTS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end) || (m[1] && SUBORDINATE_BEFORE.test(text.slice(Math.max(0, start - 10), start)))) continue;
    const title = m[1];
    const noun = m[2] ?? m[3] ?? m[4];
    let org: OrganizationEntry | undefined;
    if (noun) org = nounOrganization(ranked, orgCounts, noun);
    else if (title) {
      const wanted = fold(title).toLowerCase().replace(/[-\s]+/g, " ");
      org = ranked.find((o) => o.posts.some((p) => p.titles.some((t) => titleKey(FOLDED_TITLE_KEYS, t, foldedHyphensAsSpaces) === wanted)));
    }
    if (noun && !org) continue;
    if (title && !org) continue;
    if (!org) continue;
    let postIndex = 0;
    if (title) {
      const wanted = title.toLowerCase().replace(/[-\s]+/g, " ");
      postIndex = Math.max(0, org.posts.findIndex((p) => p.titles.some((t) => titleKey(TITLE_KEYS, t, hyphensAsSpaces) === wanted)));
    }
    out.push({ type: "Post", form: "generic", name: org.posts[postIndex]!.name, org: org.slug, aliases: postNameVariants(org, postIndex), start, end });
  }
  // "the bank's next president", "the agency's new director-general": the organization's noun and its title.
  for (m of stickyMatchesAt(POSSESSIVE_POST, possessiveOffsets(text), text)) {
    const noun = m[1]!.toLowerCase();
    const rest = m[2]!.toLowerCase().replace(/[-\s]+/g, " ");
    const start = m.index;
    if (overlapsAny(taken, start, start + m[0].length)) continue;
    const org = nounOrganization(ranked, orgCounts, noun);
    if (!org) continue;
    let found: { post: number; words: number } | undefined;
    org.posts.forEach((p, index) => {
      for (const t of p.titles) {
        const title = titleKey(FOLDED_SPACED_TITLE_KEYS, t, foldedSpaced);
        const words = title.split(" ").length;
        if ((rest === title || rest.startsWith(`${title} `)) && (!found || words > found.words)) found = { post: index, words };
      }
    });
    if (!found) continue;
    const titleWords = /^\p{L}+(?:[-\s]\p{L}+)?/u.exec(m[2]!)![0];
    const end = start + m[0].length - m[2]!.length + (found.words === 1 ? /^\p{L}+/u.exec(titleWords)![0].length : titleWords.length);
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && out[i]!.end > start) out.splice(i, 1);
    out.push({ type: "Post", form: "generic", name: org.posts[found.post]!.name, org: org.slug, aliases: postNameVariants(org, found.post), start, end });
  }
  // "party president", "the party leadership": the head of the party the article is about, in the party's own words.
  const party = PARTY_TITLE_CUE.test(text) ? partyMeant(ranked, orgCounts) : undefined;
  for (m of party ? stickyMatches(PARTY_TITLE, PARTY_TITLE_STARTS, text) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end) || out.some((o) => o.start < end && o.end > start) || PARTY_TITLE_NOT_HEAD.test(text.slice(Math.max(0, start - 16), start))) continue;
    const title = m[1]!.toLowerCase();
    const wanted = title === "chief" || title === "boss" || title === "leadership" ? "leader" : title === "presidency" ? "president" : title;
    const index = party!.posts.findIndex((p) => p.titles.some((t) => t.toLowerCase() === wanted));
    if (index < 0) continue;
    out.push({ type: "Post", form: "generic", name: party!.posts[index]!.name, org: party!.slug, aliases: postNameVariants(party!, index), start, end });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Whether one of the spans `taken` (a few posts) shares a character with `[start, end)`. */
function overlapsAny(taken: readonly Span[], start: number, end: number): boolean {
  for (const t of taken) if (t.start < t.end && t.start < end && t.end > start) return true;
  return false;
}

/** A lexicon title's key, worked out once: the lexicon's titles are compared with every title the text writes. */
function titleKey(keys: Map<string, string>, title: string, keyOf: (title: string) => string): string {
  let key = keys.get(title);
  if (key === undefined) keys.set(title, (key = keyOf(title)));
  return key;
}

const TITLE_KEYS = new Map<string, string>();
const FOLDED_TITLE_KEYS = new Map<string, string>();
const FOLDED_SPACED_TITLE_KEYS = new Map<string, string>();
const hyphensAsSpaces = (t: string) => t.toLowerCase().replace(/-/g, " ");
const foldedHyphensAsSpaces = (t: string) => fold(t).toLowerCase().replace(/-/g, " ");
const foldedSpaced = (t: string) => fold(t).toLowerCase().replace(/[-\s]+/g, " ");

/** A party's head in its own words: "party president", "the party leadership". */
const PARTY_TITLE = /(?<![\p{L}-])[Pp]arty\s+(president|presidency|leader|leadership|chairman|chairwoman|chairperson|chair|chief|boss)(?![\p{L}-])/uy;
const PARTY_TITLE_STARTS = /[Pp]arty\s/g;
const PARTY_TITLE_CUE = /[Pp]arty\s+(?:pres|lead|chair|chief|boss)/;
/** Words before "party leader" that make it another post: "deputy party leader", "regional party chief". */
const PARTY_TITLE_NOT_HEAD = /\b(?:deputy|vice|former|ex-|acting|interim|regional|state|provincial|local|county|district|parliamentary|youth|women['’]s|another|other|a)\s+$/i;

/** The organization a common noun names: the one whose nouns hold it; "the party", the most named party. */
function nounOrganization(ranked: readonly OrganizationEntry[], orgCounts: ReadonlyMap<string, number>, noun: string): OrganizationEntry | undefined {
  const lower = noun.toLowerCase();
  return (lower === "party" ? partyMeant(ranked, orgCounts) : undefined) ?? ranked.find((o) => o.generic.some((g) => g.toLowerCase() === lower));
}

const POSSESSIVE_POST = /(?<![\p{L}])[Tt]he\s+(\p{L}+)['’]s\s+(?:(?:next|new|future|current|outgoing|top|first\s+\p{Ll}+)\s+)?(\p{L}+(?:[-\s]\p{L}+)?)/uy;
/** "the" or "The" and white space: where {@link POSSESSIVE_POST} may open. */
const THE_SPACE = /[Tt]he\s/g;
const LETTER_AT = /\p{L}/uy;

/**
 * The offsets where `[Tt]he\s+\p{L}+['’]s\s` matches: up to the possessive, which most "the"
 * lack, so that {@link POSSESSIVE_POST} is tried only where one follows. The word after "the" is
 * read by hand: a search of the whole pattern reads every word after every "the" more slowly.
 */
function possessiveOffsets(text: string): number[] {
  const out: number[] = [];
  THE_SPACE.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = THE_SPACE.exec(text)) !== null) {
    let i = s.index + 4;
    while (isSpaceCode(text.charCodeAt(i))) i++;
    const from = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) i++;
      else if (c >= 0x80 && ((LETTER_AT.lastIndex = i), LETTER_AT.test(text))) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      else break;
    }
    const a = text.charCodeAt(i);
    if (i > from && (a === 0x27 || a === 0x2019) && text.charCodeAt(i + 1) === 0x73 && isSpaceCode(text.charCodeAt(i + 2))) out.push(s.index);
  }
  return out;
}

/**
 * A post named by a description: "the top job", "the race", "the post", "the party's nomination",
 * "his presidential bid". Words that could be about anything, they name a post only where the
 * article is about one race.
 */
const DESCRIBED_POST =
  /(?<![\p{L}])(?:the\s+(?:(?:top|vacant|coveted|highest|bank['’]s|fund['’]s|agency['’]s|organi[sz]ation['’]s|union['’]s|body['’]s|alliance['’]s)\s+){0,2}(?:job|post)(?!\s+(?:of|at)\s+(?!the\s+(?:\p{Lu}|organi[sz]ation|agency|body|bank|fund|union)))|the\s+(?:(?:leadership|presidential|succession|selection|election)\s+)?(?:race|contest)|the\s+running|leadership\s+(?:bid|race|contest|campaign|election|battle|ballot|vote|challenge|spill|poll))(?![\p{L}-])/gu;
/** A party's race for a nomination: "the party's nomination", "his presidential bid", "a White House run". */
const DESCRIBED_NOMINATION = /(?<![\p{L}])(?:the\s+(?:party['’]s\s+|Democratic\s+|Republican\s+|presidential\s+)+nomination|(?:presidential|White\s+House)\s+(?:bid|race|contest|campaign|nomination|candidacy|run|primary|primaries|field)|(?<=(?:campaign|bid|run|race|candidacy|running|ran|runs)\s+)for\s+(?:[Pp]resident|the\s+[Pp]residency|the\s+White\s+House))(?![\p{L}-])/gu;

/** "the party's presidential election", "the LDP presidential race": a party's own presidential election. */
const PARTY_PRESIDENTIAL_ELECTION = /(?<![\p{L}])(?:party['’]s|party|\p{Lu}[\p{L}]*)\s+presidential\s+(?:election|race|contest|poll|vote|ballot)(?![\p{L}-])/gu;
const PARTY_SLUGS = new Set(PARTIES.map((p) => p.slug));

/** The one post an article is about, when it names one only (or one organization that has posts). */
function articlePost(all: readonly RawMention[], orgCounts: ReadonlyMap<string, number>): Omit<RawMention, "start" | "end"> | undefined {
  // Posts found by shape count only where the lexicon names no post and no organization with posts.
  const lexicon = all.filter((p) => !p.shaped);
  const ranked = postedOrganizationsByCount(orgCounts);
  const orgWithPosts = ranked.length > 0;
  const posts = lexicon.length > 0 || orgWithPosts ? lexicon : all;
  const named = new Map<string, RawMention>();
  for (const p of posts) named.set(p.name, p);
  if (named.size === 1) {
    const only = [...named.values()][0]!;
    return { type: "Post", form: "generic", name: only.name, org: only.org, ...(only.aliases ? { aliases: only.aliases } : {}), ...(only.shaped ? { shaped: true } : {}) };
  }
  if (named.size > 1) return undefined;
  // One organization with posts, or one named at least twice as often as any other.
  // The lexicon may list one organization twice (its slug is the key): each counts once.
  const orgs = ranked.filter((o) => postedOrganizationOfSlug(o.slug) === o);
  if (orgs.length === 0) return undefined;
  if (orgs.length > 1 && (orgCounts.get(orgs[0]!.slug)! < 2 || orgCounts.get(orgs[0]!.slug)! < 2 * orgCounts.get(orgs[1]!.slug)!)) return undefined;
  // The post's other names go with it, as they do where the text names it.
  return { type: "Post", form: "generic", name: orgs[0]!.posts[0]!.name, org: orgs[0]!.slug, aliases: postNameVariants(orgs[0]!, 0) };
}

/** Posts named by description ({@link DESCRIBED_POST}), for an article about one post. */
function describedPosts(text: string, post: Omit<RawMention, "start" | "end"> | undefined, taken: readonly RawMention[]): RawMention[] {
  if (!post) return [];
  const out: RawMention[] = [];
  const partyPost = post.org?.endsWith("-party") || (post.org !== undefined && PARTY_SLUGS.has(post.org)) || isPartyLeadership(post.name);
  // A party's presidency is raced for in the party's presidential election ("the LDP presidential election").
  const presidency = partyPost && /^President of /.test(post.name);
  for (const re of partyPost ? (presidency ? [DESCRIBED_POST, DESCRIBED_NOMINATION, PARTY_PRESIDENTIAL_ELECTION] : [DESCRIBED_POST, DESCRIBED_NOMINATION]) : [DESCRIBED_POST]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && t.end > start) || out.some((t) => t.start < end && t.end > start)) continue;
      out.push({ ...post, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Spans of the lines written in title case ("Chris Christie Endorses Donald Trump for President"). */
/** Whether the line holding `at` is a title-case headline (see {@link titleCaseLines}). */
function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const next = text.indexOf("\n", at);
  const end = next < 0 ? text.length : next;
  return titleCaseLines(text.slice(start, end)).length > 0;
}

/**
 * A list's item naming someone and what they stand for: a bullet or an item's number, then an
 * honorific or words and a comma or a colon ("- Mr. Ana Ruiz, Republic of Chile", "1. Tom Vale, Kenya",
 * "- Republic of Chile: Ana Ruiz", "- Chile: Mr. Tom Vale"); not a
 * byline ("- By Ana Ruiz and Tom Vale") nor a linked headline ("• Vale Wins Key Endorsement").
 */
const LIST_ITEM = /^(?:[-–•*·▪]|\d{1,2}[.)])\s+(?!By\s)(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Amb|H\.E)\.?\s|[^,]{3,60},\s|[^,:]{0,40}\sof\s[^,:]{3,40}:\s|[^,:]{3,60}:\s(?:Mr|Mrs|Ms|Dr|Prof|Amb|H\.E)\.?\s)/;

function titleCaseLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    // A headline: short, with no closing full stop, nearly every longer word capitalized (lists of names end with a stop).
    // A list's item ("- Mr. Ana Ruiz, Republic of Chile", "1. Tom Vale (Kenya)") is no headline.
    const words = line.length <= 160 && !/[.:;]$/.test(line) && !LIST_ITEM.test(line) ? line.match(/[\p{L}][\p{L}’'-]{3,}/gu) ?? [] : [];
    // Words are read only from a short line without a closing stop.
    if (words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/**
 * In a title-case line every word is capitalized, so names run into the verbs beside them. A run
 * there is cut into the people the rest of the text names ("Chris Christie" and "Donald Trump" in
 * "Chris Christie Endorses Donald Trump"); a run that holds none and shares no word with them is
 * left out ("Pledges Support").
 */
function splitHeadlineRuns(text: string, runs: RawMention[]): RawMention[] {
  const lines = titleCaseLines(text);
  if (lines.length === 0) return runs;
  const inLine = (m: RawMention) => lines.some((l) => m.start >= l.start && m.end <= l.end);
  const known = new Set(runs.filter((m) => m.type === "Person" && !inLine(m)).map((m) => m.name));
  const knownWords = new Set([...known].flatMap((n) => n.split(/\s+/)));
  const surnames = new Set([...known].filter((n) => n.includes(" ")).map((n) => n.slice(n.lastIndexOf(" ") + 1)));
  const out: RawMention[] = [];
  for (const m of runs) {
    // An organization head word in a title-case line ("... With Plan") may close a run of names and verbs.
    const namedOrganization = m.type === "Organization" && !m.name.split(/\s+/).some((w) => knownWords.has(w));
    if ((m.type !== "Person" && m.type !== "Organization") || namedOrganization || !inLine(m) || known.has(m.name)) {
      out.push(m);
      continue;
    }
    const words = [...m.name.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: m.start + w.index! }));
    const parts: RawMention[] = [];
    for (let i = 0; i < words.length; ) {
      let found = 0;
      for (let j = words.length; j > i + 1 && !found; j--) if (known.has(words.slice(i, j).map((w) => w.text).join(" "))) found = j;
      if (found) {
        const start = words[i]!.start;
        const end = words[found - 1]!.start + words[found - 1]!.text.length;
        parts.push({ ...m, type: "Person", form: "name", name: text.slice(start, end), start, end });
        i = found;
      } else if (surnames.has(words[i]!.text)) {
        // "Pelosi Criticizes Moss Nomination": a surname of someone the text names stands alone.
        const w = words[i]!;
        parts.push({ ...m, type: "Person", form: "single", name: w.text, start: w.start, end: w.start + w.text.length });
        i++;
      } else i++;
    }
    if (parts.length > 0) out.push(...parts);
    else if (words.some((w) => knownWords.has(w.text)) || known.size === 0) out.push(m);
  }
  return out;
}

/**
 * An organization found outside the lexicon is the same organization wherever its name recurs
 * ("Unison, the union ..." then "Unison's endorsement"), and so is the acronym it is given
 * ("the Nordic Rowing Federation (NRF)") or that its initials spell ("NRF").
 */
function namedAlike(text: string, tokens: readonly Token[], covered: readonly boolean[], runs: RawMention[]): RawMention[] {
  const orgs = new Map<string, string>();
  for (const m of runs) if (m.type === "Organization") orgs.set(m.name, m.name);
  if (orgs.size === 0) return runs;
  const acronyms = new Map<string, string>();
  for (const m of runs) {
    if (m.type !== "Organization") continue;
    const given = /^\s+\((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 12))?.[1];
    if (given) acronyms.set(given, m.name);
    const initials = m.name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|on|in)$/.test(w)).map((w) => w[0]).join("");
    if (initials.length >= 2 && /^\p{Lu}+$/u.test(initials) && !acronyms.has(initials)) acronyms.set(initials, m.name);
  }
  const out = runs.map((m) => (m.type === "Person" && m.form === "single" && orgs.has(m.name) ? { type: "Organization" as const, form: "name" as const, name: m.name, start: m.start, end: m.end } : m));
  if (acronyms.size > 0) {
    const taken = new Set(out.map((m) => m.start));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Every acronym is two capitals or more: most words are passed over on their first two characters.
      const c0 = t.text.charCodeAt(0);
      const c1 = t.text.charCodeAt(1);
      if ((c0 < 0x80 && (c0 < 0x41 || c0 > 0x5a)) || (c1 < 0x80 && (c1 < 0x41 || c1 > 0x5a)) || t.text.length < 2) continue;
      const name = acronyms.get(t.text);
      if (!name || covered[i] || taken.has(t.start)) continue;
      out.push({ type: "Organization", form: "name", name, start: t.start, end: t.end });
    }
  }
  return out;
}

/**
 * "May" alone names the person whose surname it is, once the text has named them ("Theresa May"),
 * unless it reads as the month ("in May", "May 5").
 */
function monthSurnames(text: string, tokens: readonly Token[], covered: readonly boolean[], runs: RawMention[]): RawMention[] {
  const surnames = new Set<string>();
  for (const m of runs) if (m.type === "Person" && m.form === "name") for (const month of SURNAME_MONTHS) if (m.name.endsWith(` ${month}`)) surnames.add(month);
  if (surnames.size === 0) return runs;
  const taken = runs.map((m) => [m.start, m.end] as const);
  const out = [...runs];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!surnames.has(t.text) || covered[i] || taken.some(([a, b]) => t.start >= a && t.start < b)) continue;
    const before = tokens[i - 1]?.text ?? "";
    const after = text.slice(t.end, t.end + 6);
    if (/^(?:in|on|of|since|until|till|by|from|to|last|next|early|late|mid|this|that|through|during|before|after)$/i.test(before) || /^\s*\d/.test(after) || /^[-–]/.test(after)) continue;
    out.push({ type: "Person", form: "single", name: t.text, start: t.start, end: t.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** All mentions, sorted by start; overlapping post and name mentions may coexist. */
/** "in Fort Worth", "near Sharm el-Sheikh": a place named after a preposition of place ("at" also precedes people: "took aim at"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|near|outside|throughout|across)\s+$/u;

/** After a person's name: a speech verb, a possessive, an age or a relative clause of a person. */
const PERSON_AFTER = /^(?:\s+(?:said|says|told|added|wrote|argued|insisted|announced|declared|stated|explained|confirmed)\b|['’]s\b|,\s+(?:\d{2},|who\b))/;
/** The word before "in" and the space after it. */
const WORD_BEFORE_IN = /([\p{Ll}]+)\s+in\s+$/u;
/** Before a person's name: an honorific. */
const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sir|Dame|Lord|Lady)\.?\s+$/;

/**
 * The runs without the places read as names: a name of two or more words whose first word is no
 * given name, written once after a preposition of place, is a place wherever the article writes it.
 */
function withoutPlaces(text: string, runs: readonly RawMention[]): RawMention[] {
  const places = new Set<string>();
  for (const m of runs) {
    if (m.type !== "Person" || m.form !== "name") continue;
    const first = /^[\p{L}\p{M}'’-]+/u.exec(m.name)?.[0] ?? "";
    if (first === m.name || isGivenName(first) || !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    // "confidence in Ana Ruiz", "voted in Tom Vale": a word that takes a person after "in".
    const taker = WORD_BEFORE_IN.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
    if (taker !== undefined && PERSON_AFTER_IN.has(taker)) continue;
    // "a shift in Jean-Claude Juncker's position": a possessive names a person.
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) continue;
    places.add(m.name);
  }
  // A name that speaks or is titled anywhere in the article is a person's.
  for (const m of runs) if (places.has(m.name) && (PERSON_AFTER.test(text.slice(m.end, m.end + 12)) || PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)))) places.delete(m.name);
  return places.size === 0 ? [...runs] : runs.filter((m) => !(m.type === "Person" && places.has(m.name)));
}

/** Adjectives that open a sentence before a surname ("Hawkish Abe", "Embattled Blatter", "Combative Vale"). */
const DESCRIBING_WORD = /^\p{Lu}\p{Ll}{2,}(?:ish|ous|ive|ful|less|ed)$/u;

/**
 * The runs with a describing word left out of a name: a word like an adjective, no given name,
 * opening a sentence or a line before the surname of someone the article names in full, is no
 * part of that person's name ("Hawkish Abe" is "Abe").
 */
function describedSurnames(text: string, runs: readonly RawMention[]): RawMention[] {
  let surnames: Map<string, string> | undefined;
  const out: RawMention[] = [];
  for (const m of runs) {
    const space = m.type === "Person" && m.form === "name" ? m.name.indexOf(" ") : -1;
    if (space < 0 || m.name.indexOf(" ", space + 1) >= 0 || m.end - m.start !== m.name.length) {
      out.push(m);
      continue;
    }
    const first = m.name.slice(0, space);
    const last = m.name.slice(space + 1);
    if (!DESCRIBING_WORD.test(first) || isGivenName(first) || !SENTENCE_OPENS.test(text.slice(Math.max(0, m.start - 4), m.start))) {
      out.push(m);
      continue;
    }
    if (!surnames) {
      surnames = new Map();
      for (const r of runs) {
        if (r.type !== "Person" || r.form !== "name" || !r.name.includes(" ") || DESCRIBING_WORD.test(r.name.slice(0, r.name.indexOf(" ")))) continue;
        const surname = r.name.slice(r.name.lastIndexOf(" ") + 1);
        if (!surnames.has(surname)) surnames.set(surname, r.name);
      }
    }
    const full = surnames.get(last);
    if (full === undefined || full === m.name) {
      out.push(m);
      continue;
    }
    out.push({ type: "Person", form: "single", name: last, start: m.end - last.length, end: m.end });
  }
  return out;
}

/** "Denyer-Ramsay", "Team Womack-Omond": two surnames joined for a joint ticket, each written alone. */
const JOINT_TICKET = /^(?:Team\s)?(\p{Lu}[\p{L}\p{M}'’]+)[-‐](\p{Lu}[\p{L}\p{M}'’]+)$/u;

/**
 * The runs with each joint ticket read as its two people: a hyphenated word whose halves are both
 * surnames the article gives people elsewhere, in a full name or alone ("Carla Denyer" and
 * "Ramsay" before "backed Denyer-Ramsay"), is one single mention of each; a double-barrelled
 * surname stays whole.
 */
function jointTickets(runs: readonly RawMention[]): RawMention[] {
  if (!runs.some((m) => m.type === "Person" && m.name.includes("-"))) return [...runs];
  const surnames = new Set<string>();
  // Surnames of full names, and surnames the article writes alone ("Womack and Omond").
  for (const m of runs) if (m.type === "Person" && (m.form === "name" || !m.name.includes("-"))) surnames.add(m.name.slice(m.name.lastIndexOf(" ") + 1));
  const out: RawMention[] = [];
  for (const m of runs) {
    const joint = m.type === "Person" ? JOINT_TICKET.exec(m.name) : null;
    if (!joint || !surnames.has(joint[1]!) || !surnames.has(joint[2]!) || m.end - m.start !== m.name.length) {
      out.push(m);
      continue;
    }
    const first = m.end - joint[2]!.length - 1 - joint[1]!.length;
    out.push({ type: "Person", form: "single", name: joint[1]!, start: first, end: first + joint[1]!.length });
    out.push({ type: "Person", form: "single", name: joint[2]!, start: m.end - joint[2]!.length, end: m.end });
  }
  return out;
}

/** Between a person's name and the office in apposition to it or said of them: "Ana Ruiz, the FIS president", "Ana Ruiz of Chile is president of FIBA". */
const APPOSITION_GAP = /^(?:,\s+(?:\d{2},\s+)?(?:who\s+(?:is|was|has\s+been)\s+)?|(?:\s+(?:from|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:is|was|has\s+been|remains)\s+)(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:current|incumbent|sitting|former|outgoing|departing|retiring|longtime|long-time|serving|erstwhile|then|late|previous|founding)\s+|ex-)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** After a post: words that make it a race ("the FIS presidency race"). */
const RACE_AFTER = /^(?:['’]s)?\s+(?:race|election|contest|bid|campaign|candidate|candidacy|hopeful|vote|ballot)/;

/**
 * Whether a post is written as a person's office: a title before their name ("FIS President Ana
 * Ruiz") or in apposition after it ("Ana Ruiz, the FIS president,"). Such a post is not raced for.
 */
function isHoldersTitle(text: string, post: RawMention, runs: readonly RawMention[]): boolean {
  let people = peopleOfRuns.get(runs);
  if (!people) {
    const list = runs.filter((r) => r.type === "Person");
    people = { byEnd: list.sort((a, b) => a.end - b.end), starts: new Set(list.map((r) => r.start)) };
    peopleOfRuns.set(runs, people);
  }
  if (text[post.end] === " " && people.starts.has(post.end + 1)) return true;
  // The people whose name ends in the 40 characters before the post.
  const { byEnd } = people;
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byEnd[mid]!.end < post.start - 40) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < byEnd.length && byEnd[k]!.end < post.start; k++) {
    if (APPOSITION_GAP.test(text.slice(byEnd[k]!.end, post.start)) && !RACE_AFTER.test(text.slice(post.end, post.end + 24))) return true;
  }
  return false;
}

/** The people among a list of runs, by the end of their names, for {@link isHoldersTitle}. */
const peopleOfRuns = new WeakMap<readonly RawMention[], { byEnd: RawMention[]; starts: Set<number> }>();

/** The spans of the organizations among `mentions`, keyed by the organization the lexicon knows them as. */
function organizationSpans(mentions: readonly RawMention[]): SpanCover {
  return new SpanCover(mentions.filter((m) => m.type === "Organization").map((m) => ({ start: m.start, end: m.end, key: m.org })));
}

/**
 * All mentions of `text`. `siteCountry` is the country the article's address or outlet ties it to
 * (ISO code), read only for the party words several countries share.
 */
export function findMentions(text: string, siteCountry?: string): RawMention[] {
  const tokens = textTokens(text);
  const lexicon = lexiconMentions(text, tokens);
  const covered = lexicon.covered;
  const uncover = (m: RawMention) => tokens.forEach((t, i) => {
    if (t.start >= m.start && t.end <= m.end) covered[i] = false;
  });
  const known = resolveSharedParties(text, releaseLongerPartyNames(text, tokens, lexicon.mentions, covered), uncover, siteCountry, tokens);
  const absorbed = new Set<RawMention>();
  const runs = monthSurnames(text, tokens, covered, namedAlike(text, tokens, covered, splitHeadlineRuns(text, capitalizedRuns(text, tokens, covered, known, absorbed))));
  const particles = particleSurnames(text, tokens, covered);
  // A lexicon post read inside a longer name of another organization ("Liberal Democratic Party's leadership") is not that post.
  const explicit = explicitPosts(text, new Set(known.filter((m) => m.type === "Organization" && m.org).map((m) => m.org!)));
  const runOrganizations = organizationSpans(runs);
  // A post read inside the name of another organization the lexicon knows ("Labour leader" in "Scottish Labour leader").
  const knownOrganizations = organizationSpans(known);
  const posts = explicit.posts.filter((p) => !runOrganizations.covers(p.start) && !knownOrganizations.coversFrom(p.start, p.org) && !isHoldersTitle(text, p, runs));
  const orgCounts = new Map<string, number>();
  for (const m of [...known, ...posts]) if (m.org) orgCounts.set(m.org, (orgCounts.get(m.org) ?? 0) + 1);
  // A party's leader in a chamber is that post, not the party's own ("Senate GOP leadership").
  const chamberLeaders = chamberLeaderPosts(text);
  for (const list of chamberLeaders.length > 0 ? [posts, known] : []) {
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.type === "Post" && chamberLeaders.some((c) => c.start < list[i]!.end && c.end > list[i]!.start)) list.splice(i, 1);
  }
  const generic = genericPosts(text, orgCounts, posts, explicit.genericAt).filter((p) => !isHoldersTitle(text, p, runs));
  generic.push(...chamberLeaders);
  const legislature = legislaturePosts(text).filter((p) => !posts.some((t) => t.start < p.end && t.end > p.start) && !generic.some((t) => t.start < p.end && t.end > p.start));
  generic.push(...legislature);
  generic.push(...shapedPosts(text, [...known, ...runs], [...posts, ...generic]));
  // "for the position of federal leader": a post named by its title after a word for a post.
  generic.push(...postsNamedByTitle(text, orgCounts, [...posts, ...generic], explicit.postWordsAt));
  // A party's primary: the race is its presidential nomination, named where the text names it.
  const nomination = partyNomination(text, known);
  if (nomination) generic.push(...nomination.mentions.filter((n) => !posts.some((t) => t.start < n.end && t.end > n.start) && !generic.some((t) => t.start < n.end && t.end > n.start)));
  generic.sort((a, b) => a.start - b.start);
  const article = nomination?.post ?? articlePost([...posts, ...generic], orgCounts);
  const described = describedPosts(text, article, [...posts, ...generic]);
  const implied = impliedArticlePost(text, known, [...posts, ...generic, ...described], article);
  if (implied) described.push(implied);
  // "a ballot for the deputy leadership": that level's post of the article's organization.
  const postOrgs = new Set([...posts, ...generic].map((p) => p.org));
  const raceOrg = article?.org ?? (postOrgs.size === 1 ? [...postOrgs][0] : undefined);
  described.push(...otherLevelPosts(text, raceOrg, [...posts, ...generic, ...described]));
  // "appoint A as secretary general; B as the director of X": the other items' posts, of the known one's organization.
  described.push(...slatePosts(text, runs, [...posts, ...generic, ...described]));
  qualifyPartyPosts(text, known, [...posts, ...generic, ...described], siteCountry, tokens);
  addPartyPostNames([...posts, ...generic, ...described]);
  // "Rep. Jim Jordan (R-Ohio), who ...": a party and state affiliation belongs to the name's mention.
  for (const m of runs) {
    if (m.type !== "Person") continue;
    const affiliation = AFFILIATION_AFTER.exec(text.slice(m.end, m.end + 16));
    // "Mira Sol (Chile)": a country in brackets is read as the person's country, not kept in the name.
    const country = affiliation && known.some((k) => k.type === "Country" && k.start > m.end && k.start < m.end + affiliation[0].length);
    if (affiliation && !country) m.end += affiliation[0].length;
  }
  const people = describedSurnames(text, jointTickets(withoutPlaces(text, runs)));
  const all = [...known.filter((m) => !absorbed.has(m)), ...people, ...particles, ...posts, ...generic, ...described];
  return withPartyGroups(text, withGroups(text, tokens, known, withGoverningBodies(text, known, all)));
}
