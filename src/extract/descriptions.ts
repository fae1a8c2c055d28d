/**
 * What a person's nationality is when the text says it beside the name rather than in a title, and
 * when a demonym alone stands for a person. Descriptions ("the Kenyan candidate", "the Indian
 * judge", "the Frenchman") resolve through nationality, so a person whose country is only said in
 * "Judge X of India", "X (Kenya)", "X, a Ghanaian," or "Brazil nominated X" could not be found by
 * one before. Offices named through the body that holds them ("the party's interim leader", "the
 * state's governor") resolve to the one person the article gives that office.
 */
import { firstStartingAtOrAfter, insideAny } from "./text-utils.js";
import type { Analysis, EntityRecord, Mention, PersonRole, RawMention, Span } from "./types.js";

/** After a name: " of Kenya", " from the Philippines", " (Kenya)", ", Republic of Kenya" at a line's end (sticky, tried at the name's end). */
const OF_COUNTRY = / (?:of|from) (?:the )?/y;
const IN_PARENTHESES = / \(/y;
const LIST_COUNTRY = /, /y;
/** After a country that follows a name: the name's country ends there, not a longer name ("of Kenya Airways", "of Britain's Labour"). */
const COUNTRY_ENDS = /^(?![ -]\p{Lu}|['’]s\s)/u;
/** ", a Kenyan,", ", an Ethiopian who": a demonym in apposition. */
const APPOSED_DEMONYM = /, (?:an?|the) /y;
const DEMONYM_ENDS = /^(?:\s*[,.;)]|\s+(?:who|and|is|was|has|had|national|citizen)\b)/;
/** Between a country and a name: "Brazil nominated", "the Kenyan government nominated", "the US has put forward its candidate,", "Kenya's candidate, its envoy". */
const COUNTRY_PUTS_FORWARD =
  /^(?:(?:(?:['’]s)?\s+(?:government|administration|authorities|cabinet|(?:foreign\s+)?ministry|presidency))?\s+(?:has\s+|have\s+|had\s+)?(?:officially\s+|formally\s+|already\s+)?(?:nominated|nominates|fielded|fields|put\s+forward|puts\s+forward|proposed|proposes)|['’]s\s+(?:own\s+)?(?:candidate|nominee|contender)\s*,?)\s+(?:(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:candidate|nominee|envoy|ambassador|minister|representative)\s*,?\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/u;
/** The words before a name that {@link COUNTRY_PUTS_FORWARD} may span. */
const BEFORE_WINDOW = 90;

/** A demonym that always names a person ("Frenchman", "Dutchwoman", "Briton", "Swede"), not a people or a state. */
const PERSON_DEMONYM = /(?:man|woman)$|^(?:Briton|Brit|Swede|Spaniard|Icelander|Luxembourger|Croat|Serb|Kiwi|Aussie|Motswana|Mosotho|Filipino|Filipina)$/;
/** A demonym that names one person when it stands alone ("the Nigerian", "the Qatari"), not a people ("the French", "the Swiss", "the Chinese"). */
const SINGULAR_DEMONYM = /(?:an|i)$/;
/** After a demonym used as a noun: punctuation, a verb, or a preposition opening what is said of the person ("backed the Nigerian on Monday"). */
const AFTER_DEMONYM_NOUN = /^(?:\s*[,.;:)]|\s+(?:is|was|has|had|have|will|would|could|can|also|then|who|won|lost|beat|got|took|made|said|says|told|added|insisted|argued|warned|remains|remained|became|hopes|hoped|wants|wanted|faces|faced|\p{Ll}+ed)\b)/u;
const PREPOSITION_AFTER = /^\s+(?:on|in|at|as|for|after|before|during|over|with|by|to|from|last|this|earlier|yesterday|today)\b(?!\s+(?:the\s+)?(?:government|people|state|embassy|delegation)\b)/;

/**
 * Whether a demonym after "the" stands alone for a person: "the Nigerian said", "backed the
 * Dutchman as", "endorsed the Kenyan on Monday" (not "the Nigerian government", "the French on Monday").
 */
export function demonymStandsForPerson(text: string, demonym: RawMention): boolean {
  const after = text.slice(demonym.end, demonym.end + 40);
  if (AFTER_DEMONYM_NOUN.test(after)) return true;
  const surface = text.slice(demonym.start, demonym.end);
  return PERSON_DEMONYM.test(surface) || (SINGULAR_DEMONYM.test(surface) && PREPOSITION_AFTER.test(after));
}

/** A head of state's or government's title, not an organization's ("President X", not "FIFA president X"). */
function headsState(r: PersonRole): boolean {
  return (r.role === "President" || r.role === "Prime Minister" || r.role === "Chancellor" || r.role === "Head of State") && (r.of === null || r.of.startsWith("country:"));
}

/**
 * Sets the nationality of people whom the text ties to a country beside their name, when no title
 * or apposition has: "Judge X of India", "X (Kenya)", "X, a Ghanaian,", "Mr X, Republic of Cyprus"
 * (a list), "Brazil nominated X", "Kenya's candidate, its envoy X". A person tied to two countries
 * this way is left without one, and so is one whose title speaks for a state ("President X of Nigeria").
 *
 * @param people the person mentions (not modifiers), in text order
 * @param raw the mentions found in the text, in text order
 */
export function inferNationalities(text: string, people: readonly Mention[], raw: readonly RawMention[], entities: ReadonlyMap<string, EntityRecord>): void {
  const countryAt = new Map<number, RawMention>();
  const named: RawMention[] = [];
  for (const m of raw) {
    if (m.type !== "Country" || !m.code) continue;
    countryAt.set(m.start, m);
    if (m.form !== "demonym" || m.acting) named.push(m);
  }
  named.sort((a, b) => a.end - b.end);
  if (countryAt.size === 0) return;
  const found = new Map<string, string | null>();
  const tie = (person: string, country: RawMention) => {
    const key = `country:${country.code}`;
    const seen = found.get(person);
    found.set(person, seen === undefined || seen === key ? key : null);
  };
  for (const m of people) {
    const e = entities.get(m.entity);
    // A head of state or government ("President X of Nigeria") speaks for the country: that is a role, read elsewhere, and such a person is seldom the country's candidate.
    if (!e || e.type !== "Person" || e.nationality || e.roles.some(headsState)) continue;
    const after = countryAfter(text, m.end, countryAt);
    if (after) tie(m.entity, after);
    const before = countryBefore(text, m.start, named);
    if (before) tie(m.entity, before);
  }
  for (const [person, country] of found) {
    const e = entities.get(person)!;
    if (country && !e.nationality) e.nationality = country;
  }
}

function countryAfter(text: string, end: number, countryAt: ReadonlyMap<number, RawMention>): RawMention | undefined {
  for (const [lead, form] of [
    [OF_COUNTRY, "name"],
    [IN_PARENTHESES, "name"],
    [LIST_COUNTRY, "name"],
    [APPOSED_DEMONYM, "demonym"],
  ] as const) {
    lead.lastIndex = end;
    const m = lead.exec(text);
    if (!m) continue;
    const c = countryAt.get(end + m[0].length);
    if (!c || c.form !== form) continue;
    const rest = text.slice(c.end, c.end + 16);
    if (lead === IN_PARENTHESES ? rest[0] !== ")" : lead === LIST_COUNTRY ? !/^[ \t]*(?:\n|$)/.test(rest) : lead === APPOSED_DEMONYM ? !DEMONYM_ENDS.test(rest) : !COUNTRY_ENDS.test(rest)) continue;
    return c;
  }
  return undefined;
}

function countryBefore(text: string, start: number, countries: readonly RawMention[]): RawMention | undefined {
  // The countries ending in the window before the name, nearest first: usually none.
  let i = firstEndingAtOrAfter(countries, start) - 1;
  for (; i >= 0 && countries[i]!.end > start - BEFORE_WINDOW; i--) {
    const c = countries[i]!;
    const between = text.slice(c.end, start);
    // A cheap literal test first: the pattern is tried only after a verb of nominating or a possessive.
    if (/nominat|field|put|propos|['’]s\s/.test(between) && COUNTRY_PUTS_FORWARD.test(between)) return c;
  }
  return undefined;
}

/** The index of the first mention of `list` (sorted by end) ending at or after `offset`. */
function firstEndingAtOrAfter(list: readonly RawMention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "the party's interim leader", "the state's governor", "the union's general secretary". */
const BODY_OFFICE =
  /[Tt]he (?:party|union|bloc|organi[sz]ation|federation|confederation|association|agency|body|state|country|nation|province|region|city|government|movement|alliance|coalition|league|commission|council|caucus|group)['’]s ((?:(?:acting|interim|outgoing|incumbent|current|new|sitting|longtime|long-serving|deputy|vice|national|federal|provincial|regional|state|parliamentary|former)\s+){0,3})(leader|chair(?:man|woman|person)?|president|secretary[- ]general|general secretary|secretary|treasurer|governor|premier|mayor|director[- ]general|chief whip|whip|spokes(?:man|woman|person)|founder|candidate|nominee|boss)(?![\p{L}'’-])/uy;
/** "the party" right before a possessive. */
const BODY_BEFORE = /(?<![\p{L}])[Tt]he (?:party|union|bloc|organi[sz]ation|federation|confederation|association|agency|body|state|country|nation|province|region|city|government|movement|alliance|coalition|league|commission|council|caucus|group)$/u;

/** Offsets of the possessives "'s " and "’s " in `text`. */
function possessives(text: string): number[] {
  const out: number[] = [];
  for (const mark of ["'s ", "’s "]) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 3)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** Words that make an office another one: "the party's leader" is not its deputy leader, nor its former leader. */
const OTHER_OFFICE = /\b(?:deputy|vice|former|ex-|shadow|assistant|lieutenant|acting|interim)\s*$/;
/** A person's office the text names in a title or apposition: what a description can match. */
function holdsOffice(e: EntityRecord, modifiers: readonly string[], noun: string): boolean {
  for (const r of e.roles) {
    const role = r.text.toLowerCase().replace(/\s+/g, " ");
    let at = role.indexOf(noun);
    while (at >= 0) {
      const end = at + noun.length;
      const bounded = (at === 0 || !/[\p{L}-]/u.test(role[at - 1]!)) && (end === role.length || !/[\p{L}-]/u.test(role[end]!));
      const before = role.slice(0, at);
      // "deputy leader" is matched by "the party's deputy leader" only, "leader" by no deputy's title.
      if (bounded && modifiers.every((w) => w === "current" || w === "new" || w === "sitting" || before.includes(w)) && (modifiers.some((w) => OTHER_OFFICE.test(`${w} `)) || !OTHER_OFFICE.test(before))) return true;
      at = role.indexOf(noun, at + 1);
    }
  }
  return false;
}

/**
 * Person mentions for offices named through a body ("backed the party's interim leader"): the one
 * person the article gives that office in a title or apposition, and no one when several hold it.
 *
 * @param people the person mentions (not modifiers), in text order
 * @param taken spans already read as titles or descriptions
 */
export function bodyOfficeDescriptions(text: string, people: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>, quoteSpans: readonly Span[], taken: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  if (people.length === 0) return out;
  for (const at of possessives(text)) {
    // The body's noun and "the" end at the possessive: the pattern is tried from there only.
    const lead = BODY_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (!lead) continue;
    BODY_OFFICE.lastIndex = at - lead[0].length;
    const d = BODY_OFFICE.exec(text);
    if (!d) continue;
    const start = d.index;
    const end = start + d[0].length;
    if (taken.some((t) => t.start < end && t.end > start)) continue;
    // "the party's leader, Jane Doe" / "the party's leader Jane Doe": the name follows and is read with its title.
    const next = people[firstStartingAtOrAfter(people, end)];
    if (next && next.start <= end + 3) continue;
    const modifiers = d[1]!.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const noun = d[2]!.toLowerCase().replace(/-/g, " ").replace(/\s+/g, " ");
    const nounForms = noun === "secretary general" || noun === "director general" ? [noun, noun.replace(" ", "-")] : [noun];
    const holders = new Set<string>();
    for (const e of entities.values()) if (e.type === "Person" && nounForms.some((n) => holdsOffice(e, modifiers, n))) holders.add(e.key);
    if (holders.size !== 1) continue;
    const key = [...holders][0]!;
    out.push({ type: "Person", form: "descriptor", name: entities.get(key)!.name, start, end, entity: key, inQuote: insideAny(quoteSpans, start), modifier: false, extendedStart: start });
  }
  return out;
}

/** Between a description and the name in apposition to it: a comma, and perhaps an honorific. */
const APPOSED_LEAD = /^,?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Sen|Rep|Gov)\.?\s+)?/;

/** The length of the comma and honorific between a description ending at `end` and the name after it. */
export function apposedLead(text: string, end: number): number {
  return APPOSED_LEAD.exec(text.slice(end, end + 14))![0].length;
}

/**
 * The person named right after a description ("backed the Kenyan candidate, Dr. Ana Ruiz,"): the
 * description is that person's title, whoever else fits it.
 */
export function apposedPerson(analysis: Analysis, end: number): Mention | undefined {
  const at = end + apposedLead(analysis.text, end);
  const people = analysis.mentions;
  for (let i = firstStartingAtOrAfter(people, end); i < people.length && people[i]!.start <= at; i++) {
    const m = people[i]!;
    if (m.type === "Person" && !m.modifier && m.start === at) return m;
  }
  return undefined;
}
