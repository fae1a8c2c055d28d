/**
 * Country names as they appear in news text: short and official names, common alternative
 * spellings, demonyms ("French"), capitals used for governments ("Paris", "Washington") and the
 * seats of government that stand for a country ("the Kremlin").
 *
 * Built once from the `world-countries` package plus the small tables below.
 */
import { createRequire } from "node:module";
import { isGivenName } from "../gender.js";

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
  unMember?: boolean;
}

/** How a country is named in a text. */
export type CountryForm = "name" | "demonym" | "capital" | "seat";

export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Canonical English short name. */
  name: string;
  form: CountryForm;
  /** The surface form, as written (diacritics kept). */
  phrase: string;
}

/** Short names and spellings that the package lists differently or not at all. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ["United States", "United States of America", "America", "U.S.", "U.S.A.", "USA", "US"],
  GB: ["Britain", "Great Britain", "UK", "U.K."],
  RU: ["Russian Federation"],
  NL: ["Netherlands", "Holland"],
  CZ: ["Czech Republic"],
  TR: ["Turkey", "Türkiye"],
  KR: ["South Korea", "Republic of Korea"],
  KP: ["North Korea"],
  CN: ["People's Republic of China", "PRC"],
  MK: ["North Macedonia", "Macedonia"],
  CI: ["Ivory Coast", "Côte d'Ivoire"],
  CD: ["Democratic Republic of the Congo", "DRC"],
  AE: ["UAE", "United Arab Emirates"],
  VA: ["Holy See"],
  TW: ["Taiwan"],
  XK: ["Kosovo"],
  PS: ["Palestine"],
  VC: ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent and Grenadines", "Saint Vincent and Grenadines"],
  KN: ["St Kitts and Nevis", "St. Kitts and Nevis"],
  LC: ["St Lucia", "St. Lucia"],
  CV: ["Cabo Verde"],
  BA: ["Bosnia"],
};

/**
 * Territories that are members of international bodies in their own right (sports federations,
 * regional organizations): read by name only, since their capitals and demonyms are mostly other
 * words ("Hamilton", "George Town").
 */
const TERRITORY_NAMES: Record<string, string[]> = {
  BM: ["Bermuda"],
  VG: ["British Virgin Islands"],
  VI: ["US Virgin Islands", "U.S. Virgin Islands"],
  KY: ["Cayman Islands"],
  TC: ["Turks and Caicos Islands", "Turks and Caicos"],
  AI: ["Anguilla"],
  MS: ["Montserrat"],
  AW: ["Aruba"],
  CW: ["Curaçao", "Curacao"],
  PR: ["Puerto Rico"],
  GU: ["Guam"],
  AS: ["American Samoa"],
  CK: ["Cook Islands"],
  HK: ["Hong Kong"],
  MO: ["Macau", "Macao"],
  GI: ["Gibraltar"],
  FO: ["Faroe Islands"],
  GL: ["Greenland"],
  NC: ["New Caledonia"],
  PF: ["French Polynesia"],
};

/** Demonyms of the territories above. */
const TERRITORY_DEMONYMS: Record<string, string[]> = {
  BM: ["Bermudian"],
  VG: ["British Virgin Islander"],
  VI: ["Virgin Islander"],
  KY: ["Caymanian", "Cayman Islander"],
  TC: ["Turks and Caicos Islander"],
  AI: ["Anguillan"],
  MS: ["Montserratian"],
  AW: ["Aruban"],
  CW: ["Curaçaoan", "Curacaoan"],
  PR: ["Puerto Rican"],
  GU: ["Guamanian"],
  CK: ["Cook Islander"],
  HK: ["Hongkonger", "Hong Konger"],
  MO: ["Macanese"],
  GI: ["Gibraltarian"],
  FO: ["Faroese"],
  GL: ["Greenlandic", "Greenlander"],
  NC: ["New Caledonian"],
  PF: ["French Polynesian"],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  GW: ["Bissau-Guinean"],
  ST: ["Santomean", "São Toméan"],
  VU: ["Ni-Vanuatu", "Vanuatuan"],
  SM: ["Sammarinese", "San Marinese"],
  SA: ["Saudi"],
  EC: ["Ecuadorian"],
  SI: ["Slovenian"],
  TJ: ["Tajik"],
  UZ: ["Uzbek"],
  KZ: ["Kazakh"],
  BY: ["Belarussian"],
  GB: ["UK", "Briton", "Brit", "Englishman", "Englishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman"],
  US: ["US", "U.S."],
  FR: ["Frenchman", "Frenchwoman"],
  NL: ["Dutchman", "Dutchwoman"],
  IE: ["Irishman", "Irishwoman"],
  TW: ["Taiwanese"],
  CZ: ["Czech"],
  NZ: ["New Zealand", "Kiwi"],
  KR: ["Korean"],
  AU: ["Aussie"],
  XK: ["Kosovan", "Kosovar"],
  BF: ["Burkinabè", "Burkinabe"],
  PH: ["Philippine", "Filipina"],
  AZ: ["Azeri"],
  SV: ["Salvadorean", "Salvadoran"],
  VC: ["Vincentian"],
  KN: ["Kittitian"],
  SR: ["Surinamese"],
  KM: ["Comorian"],
  DJ: ["Djiboutian"],
  NP: ["Nepali", "Nepalese"],
  MV: ["Maldivian"],
  TL: ["Timorese", "East Timorese"],
  KG: ["Kyrgyz", "Kyrgyzstani"],
  AR: ["Argentinian", "Argentinean"],
  BW: ["Botswanan", "Motswana", "Batswana"],
  SE: ["Swede"],
  BA: ["Bosnian"],
  CV: ["Cape Verdean", "Cabo Verdean"],
  LS: ["Basotho", "Mosotho"],
  SZ: ["Emaswati", "Liswati"],
  BB: ["Bajan"],
  IS: ["Icelandic", "Icelander"],
  RS: ["Serb"],
  HR: ["Croat"],
  LU: ["Luxembourgish", "Luxembourger"],
  ES: ["Spaniard"],
  AE: ["Emirati"],
  GQ: ["Equatoguinean", "Equatorial Guinean"],
  CD: ["Congolese"],
  PG: ["Papua New Guinean"],
  SL: ["Sierra Leonean"],
  TT: ["Trinidadian", "Tobagonian"],
  AG: ["Antiguan"],
  LC: ["Saint Lucian", "St Lucian"],
};

/** Capitals that are also common given names, surnames or other places: never read as a government. */
const AMBIGUOUS_CAPITALS = new Set(["Victoria", "Kingston", "Georgetown", "Malé", "Moroni", "Brussels", "Santiago", "Sucre", "Nassau", "Hamilton", "Luxembourg", "Monaco", "Singapore", "Djibouti", "Vatican City", "Praia", "City of San Marino", "Kuwait City", "Panama City", "Mexico City", "Guatemala City"]);

/** Places whose name stands for a government in political reporting. */
const SEATS: Record<string, string[]> = {
  RU: ["Kremlin"],
  US: ["White House", "State Department", "State Dept", "Pentagon", "Washington", "Foggy Bottom"],
  ES: ["Moncloa"],
  JP: ["Kantei"],
  ZA: ["Union Buildings"],
  NG: ["Aso Rock", "Aso Villa"],
  AR: ["Casa Rosada"],
  BR: ["Planalto", "Planalto Palace", "Itamaraty"],
  PH: ["Malacañang", "Malacanang"],
  CN: ["Zhongnanhai"],
  DE: ["Bundeskanzleramt", "Auswärtiges Amt"],
  IN: ["South Block", "Raisina Hill"],
  KR: ["Blue House"],
  TW: ["Taipei"],
  XK: ["Pristina"],
  GB: ["Downing Street", "Whitehall", "Foreign Office", "FCDO", "Foreign and Commonwealth Office", "Foreign, Commonwealth and Development Office"],
  FR: ["Élysée", "Elysée", "Elysee", "Élysée Palace", "Quai d'Orsay", "Matignon", "Bercy"],
  IT: ["Palazzo Chigi", "Farnesina", "Quirinale"],
  UA: ["Bankova", "Kiev"],
  MN: ["Ulaanbaatar", "Ulan Bator"],
  BO: ["La Paz"],
  IL: ["Tel Aviv"],
  YE: ["Sanaa", "Sana'a"],
  VE: ["Miraflores"],
  MY: ["Putrajaya"],
  CI: ["Abidjan"],
  BJ: ["Cotonou"],
  BI: ["Bujumbura"],
  SZ: ["Mbabane"],
};

const require = createRequire(import.meta.url);

let entries: CountryEntry[] | undefined;

/** Other-language spellings of the package that are English words, which name no country in English text. */
const ENGLISH_WORD_SPELLINGS = new Set(["Island"]);

function isUsablePhrase(phrase: string): boolean {
  return /^\p{Lu}/u.test(phrase) && /^[\p{Script=Latin}\p{M} .'’-]+$/u.test(phrase) && phrase.length >= 2;
}

/**
 * Every way a country can be named, longest phrases first. Names come before demonyms and
 * capitals so that the first entry for a phrase is the most specific reading.
 */
export function countryEntries(): readonly CountryEntry[] {
  if (entries) return entries;
  const raw = (require("world-countries") as WorldCountry[]).filter((c) => c.independent || c.unMember || c.cca2 in EXTRA_NAMES);
  const out: CountryEntry[] = [];
  const add = (code: string, name: string, form: CountryForm, phrase: string) => {
    if (isUsablePhrase(phrase)) out.push({ code, name, form, phrase });
  };
  for (const c of raw) {
    const name = c.cca2 === "TR" ? "Turkey" : c.name.common;
    add(c.cca2, name, "name", c.name.common);
    add(c.cca2, name, "name", c.name.official);
    // An other-language spelling that is a common given name ("Dominique", Dominica in French) opens people's names more often.
    // So is one that is an English word ("Island", Iceland in Icelandic: "the South Island").
    for (const alt of c.altSpellings) if (alt.length > 3 && !isGivenName(alt) && !ENGLISH_WORD_SPELLINGS.has(alt)) add(c.cca2, name, "name", alt);
    for (const extra of EXTRA_NAMES[c.cca2] ?? []) add(c.cca2, name, "name", extra);
  }
  for (const c of raw) {
    const name = c.cca2 === "TR" ? "Turkey" : c.name.common;
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])]);
    for (const d of demonyms) if (d && d !== c.name.common) add(c.cca2, name, "demonym", d);
  }
  for (const c of raw) {
    const name = c.cca2 === "TR" ? "Turkey" : c.name.common;
    for (const capital of c.capital ?? []) {
      const clean = capital.replace(/ D\.C\.$/, "");
      if (!AMBIGUOUS_CAPITALS.has(clean)) add(c.cca2, name, "capital", clean);
    }
    for (const seat of SEATS[c.cca2] ?? []) add(c.cca2, name, "seat", seat);
  }
  for (const c of require("world-countries") as WorldCountry[]) for (const name of TERRITORY_NAMES[c.cca2] ?? []) add(c.cca2, c.name.common, "name", name);
  for (const c of require("world-countries") as WorldCountry[]) for (const demonym of TERRITORY_DEMONYMS[c.cca2] ?? []) add(c.cca2, c.name.common, "demonym", demonym);
  entries = out;
  return entries;
}
