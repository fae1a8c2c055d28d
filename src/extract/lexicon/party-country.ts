/**
 * Whose politics an article is about: the one rule that tells which country's party a party word
 * ("Labour", "the Democrats", "Social Democrats") or a party's leadership ("the Liberal
 * leadership") belongs to. Read by the party lexicon (`parties.ts`) for party words many
 * countries share and by the posts found by their shape (`post-shapes.ts`).
 *
 * The evidence, in order:
 * 1. a country written next to the party word ("Canada's Conservatives", "South Korea's ruling
 *    Democratic Party", "the Labor Party of Australia") ties that one word;
 * 2. else the country the article names most: its address or outlet counts as two namings, each
 *    country, demonym and capital the text names as one, and so does each word that ties a text to
 *    a country without naming it (a province, a parliament, a national outlet). A country other
 *    than the default reading's (Britain's or America's) is chosen when it is named more often
 *    than the default's country (at least twice when there is no default) and more often than
 *    any other candidate.
 */
import { tokenize } from "../text-utils.js";
import type { RawMention, Token } from "../types.js";
import { countryEntries } from "./countries.js";

/**
 * Words that tie an article to a country without naming it: its provinces, states and cities,
 * its parliament, its party-room vocabulary, its parties and its national outlets.
 */
export const COUNTRY_HINTS: Record<string, readonly string[]> = {
  CA: ["Ontario", "Quebec", "Québec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Prince Edward Island", "Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Parliament Hill", "Bloc Québécois", "Bloc Quebecois", "NDP", "CBC", "CTV", "Canadian Press", "Hill Times", "Globe and Mail", "National Post", "Toronto Star", "iPolitics", "Radio-Canada"],
  AU: ["New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia", "Sydney", "Melbourne", "Brisbane", "Adelaide", "Hobart", "party room", "partyroom", "spill", "Nationals", "ALP", "AAP", "SBS", "9News", "Nine News", "Sydney Morning Herald", "Australian Financial Review"],
  NZ: ["Auckland", "Christchurch", "Aotearoa", "Beehive", "Dunedin", "RNZ", "Newshub", "TVNZ", "NZ Herald", "Otago Daily Times", "1News", "Stuff.co.nz"],
  GB: ["Westminster", "Downing Street", "Whitehall", "Brexit", "NHS", "Scotland", "Wales", "England", "Holyrood", "House of Lords", "Chancellor of the Exchequer", "Lib Dems", "Liberal Democrats", "SNP", "BBC", "Sky News", "ITV", "LBC", "Daily Mail", "Daily Telegraph"],
  IE: ["Dáil", "Dail", "Taoiseach", "Tánaiste", "Tanaiste", "Fianna Fáil", "Fianna Fail", "Fine Gael", "Sinn Féin", "Sinn Fein", "TD", "TDs", "Cork", "Galway", "RTÉ", "Irish Times", "Irish Independent"],
  US: ["White House", "Capitol Hill", "GOP", "Iowa", "New Hampshire", "South Carolina", "super PAC", "Fox News", "CNN", "MSNBC"],
  DE: ["Bundestag", "Bundesrat", "CDU", "CSU", "SPD", "FDP", "AfD", "Bavaria", "Munich", "Hamburg", "Deutsche Welle", "Der Spiegel", "Die Welt", "Süddeutsche Zeitung", "Frankfurter Allgemeine"],
  AT: ["ÖVP", "SPÖ", "FPÖ", "Nationalrat"],
  SE: ["Riksdag", "Gothenburg", "Dagens Nyheter", "Svenska Dagbladet", "Sveriges Radio"],
  DK: ["Folketing", "Aarhus", "Politiken", "Berlingske", "Jyllands-Posten"],
  FI: ["Eduskunta", "Yle", "Helsingin Sanomat"],
  NO: ["Storting", "Oslo"],
  IT: ["ANSA", "Corriere della Sera", "La Repubblica", "Milan", "Palazzo Chigi"],
  JP: ["Diet", "Kyodo", "Nikkei", "Asahi", "Mainichi", "Yomiuri", "NHK", "Japan Times", "Osaka"],
  KR: ["National Assembly of Korea", "Yonhap", "Korea Herald", "Korea Times", "JoongAng", "Chosun", "Busan", "Blue House"],
  FR: ["Élysée", "Elysee", "Matignon", "Le Monde", "Le Figaro", "Libération"],
  IL: ["Knesset", "Likud", "Tel Aviv"],
  ZA: ["Johannesburg", "Cape Town", "Pretoria", "Durban", "KwaZulu-Natal", "Gauteng", "Western Cape", "Eastern Cape", "Limpopo", "Mpumalanga", "Northern Cape", "ANC", "EFF", "Democratic Alliance", "News24", "Daily Maverick", "Mail & Guardian", "eNCA", "SABC", "IOL", "EWN", "TimesLIVE", "Sowetan", "City Press"],
  IN: ["Lok Sabha", "Rajya Sabha", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Kerala", "Haryana", "Gujarat", "Uttar Pradesh", "Madhya Pradesh", "Bihar", "Maharashtra", "Karnataka", "Tamil Nadu", "West Bengal", "Rajasthan", "Telangana", "Andhra Pradesh", "BJP", "Bharatiya Janata Party", "Hindustan Times", "Times of India", "Indian Express", "NDTV", "The Hindu", "India Today", "Press Trust of India"],
};

/** Country-code domains, and the generic domains of a country's outlets ("co.uk"). */
const DOMAIN_COUNTRY: Record<string, string> = { ca: "CA", au: "AU", nz: "NZ", ie: "IE", uk: "GB", de: "DE", at: "AT", fr: "FR", it: "IT", es: "ES", pt: "PT", nl: "NL", be: "BE", se: "SE", dk: "DK", no: "NO", fi: "FI", pl: "PL", hu: "HU", jp: "JP", kr: "KR", tw: "TW", in: "IN", pk: "PK", my: "MY", sg: "SG", za: "ZA", ng: "NG", ke: "KE", zw: "ZW", gh: "GH", tz: "TZ", ug: "UG", il: "IL", br: "BR", mx: "MX", ch: "CH", al: "AL", mn: "MN", id: "ID" };

const sourceCountries = new Map<string, string | undefined>();

/**
 * The country an article's address or outlet ties it to: its country-code domain
 * ("nzherald.co.nz"), or an outlet the hints list ("CBC News", "RNZ"); undefined otherwise.
 */
export function originCountry(url?: string | null, source?: string | null): string | undefined {
  if (url) {
    let host = "";
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      host = "";
    }
    const tld = host.slice(host.lastIndexOf(".") + 1);
    if (DOMAIN_COUNTRY[tld]) return DOMAIN_COUNTRY[tld];
  }
  if (source) {
    // Outlets recur from article to article: each one's country is looked for once.
    if (sourceCountries.has(source)) return sourceCountries.get(source);
    let found: string | undefined;
    for (const [code, re] of outletHintPatterns()) {
      if (re.test(source)) {
        found = code;
        break;
      }
    }
    if (sourceCountries.size >= 10000) sourceCountries.clear();
    sourceCountries.set(source, found);
    return found;
  }
  return undefined;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let outletHints: [string, RegExp][] | undefined;

/** One whole-word pattern per country of its capitalized hints, built once. */
function outletHintPatterns(): [string, RegExp][] {
  outletHints ??= Object.entries(COUNTRY_HINTS).flatMap(([code, words]) => {
    const names = words.filter((w) => /^\p{Lu}/u.test(w)).map(escape);
    return names.length === 0 ? [] : [[code, new RegExp(`(?<![\\p{L}])(?:${names.join("|")})(?![\\p{L}])`, "u")] as [string, RegExp]];
  });
  return outletHints;
}

interface Hint {
  words: string[];
  /** What separates each word from the next as written ("Stuff.co.nz": ".", "."). */
  gaps: string[];
  code: string;
}

let hintIndex: Map<string, Hint[]> | undefined;

/** The hints by first word, longest first. */
function hints(): Map<string, Hint[]> {
  if (hintIndex) return hintIndex;
  const index = new Map<string, Hint[]>();
  for (const [code, words] of Object.entries(COUNTRY_HINTS)) {
    for (const phrase of words) {
      const tokens = tokenize(phrase);
      if (tokens.length === 0) continue;
      const hint = { words: tokens.map((t) => t.text), gaps: tokens.slice(1).map((t, k) => phrase.slice(tokens[k]!.end, t.start)), code };
      const list = index.get(hint.words[0]!) ?? [];
      list.push(hint);
      index.set(hint.words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  hintIndex = index;
  return index;
}

/** The last article read, and its counts: both users read the same article one after the other. */
let last: { text: string; site: string | undefined; countries: number; counts: Map<string, number> } | undefined;

/**
 * How strongly the article is tied to each country (ISO code): two for its address or outlet, one
 * for each country, demonym, capital or seat its mentions name, one for each hint word.
 */
export function articleCountryCounts(text: string, mentions: readonly RawMention[], siteCountry?: string, tokens?: readonly Token[]): ReadonlyMap<string, number> {
  let countries = 0;
  for (const m of mentions) if (m.type === "Country") countries++;
  if (last && last.text === text && last.site === siteCountry && last.countries === countries) return last.counts;
  const counts = new Map<string, number>();
  const add = (code: string, n = 1) => counts.set(code, (counts.get(code) ?? 0) + n);
  for (const m of mentions) if (m.type === "Country" && m.code) add(m.code);
  // The hints, looked up by each word of the text: one map lookup a word.
  const index = hints();
  const words = tokens ?? tokenize(text);
  for (let i = 0; i < words.length; i++) {
    const list = index.get(words[i]!.text);
    if (!list) continue;
    for (const hint of list) {
      const n = hint.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = words[i + k]!.text === hint.words[k] && text.slice(words[i + k - 1]!.end, words[i + k]!.start) === hint.gaps[k - 1];
      if (!ok) continue;
      add(hint.code);
      i += n - 1;
      break;
    }
  }
  if (siteCountry) add(siteCountry, 2);
  last = { text, site: siteCountry, countries, counts };
  return counts;
}

/**
 * The country among `candidates` an article's party words belong to when none is written next to
 * them: the most named (see {@link articleCountryCounts}), when named more often than `fallback`
 * (the default reading's country; at least twice when there is none) and more often than any other
 * candidate.
 */
export function articlePartyCountry(counts: ReadonlyMap<string, number>, candidates: Iterable<string>, fallback?: string): string | undefined {
  const floor = fallback ? (counts.get(fallback) ?? 0) + 1 : 2;
  let top: string | undefined;
  let best = 0;
  let second = 0;
  for (const c of candidates) {
    if (c === fallback) continue;
    const n = counts.get(c) ?? 0;
    if (n > best) {
      second = best;
      best = n;
      top = c;
    } else if (n > second) second = n;
  }
  return top !== undefined && best >= floor && best > second ? top : undefined;
}

/** Between a country and a party word it qualifies: "Canada's Conservatives", "South Korea's ruling Democratic Party". */
const TIE_BEFORE = /^(?:['’]s)?\s(?:(?:ruling|governing|main|opposition|then-ruling|centre-left|center-left|centre-right|center-right|left-wing|right-wing|conservative|liberal|progressive|largest|biggest|former)\s){0,2}$/;
/** Between a party word and the country after it: "the Labor Party of Australia", "Labour in New Zealand". */
const TIE_AFTER = /^\s+(?:of|in)\s+(?:the\s+)?$/;

/** The country written next to the party word at `[start, end)` (`countries`: the text's country mentions, in order), if any. */
export function tiedCountry(text: string, start: number, end: number, countries: readonly RawMention[]): string | undefined {
  let before: RawMention | undefined;
  let after: RawMention | undefined;
  for (const c of countries) {
    if (c.end <= start && c.end >= start - 40) before = c;
    else if (c.start >= end && c.start <= end + 8) {
      after = c;
      break;
    } else if (c.start > end + 8) break;
  }
  if (before?.code && TIE_BEFORE.test(text.slice(before.end, start))) return before.code;
  if (after?.code && TIE_AFTER.test(text.slice(end, after.start))) return after.code;
  return undefined;
}

let codeNames: Map<string, string> | undefined;

/** A country's canonical English name by its code ("CA" -> "Canada"). */
export function countryName(code: string): string | undefined {
  if (!codeNames) {
    codeNames = new Map();
    for (const e of countryEntries()) if (!codeNames.has(e.code)) codeNames.set(e.code, e.name);
  }
  return codeNames.get(code);
}
