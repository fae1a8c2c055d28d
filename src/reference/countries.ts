/**
 * Reference data on countries, from the maintained `world-countries` package: ISO codes, names,
 * demonyms and capitals.
 */
import { createRequire } from "node:module";
import { nameKey } from "../model/names.js";

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  region: string;
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

/** A country as the graph stores it. */
export interface ReferenceCountry {
  id: string;
  code: string;
  iso3: string;
  name: string;
  officialName: string;
  demonyms: string[];
  capitals: string[];
  region: string;
  /** Names that identify the country, capitals and demonyms included ("Washington", "British"). */
  aliases: string[];
}

const require = createRequire(import.meta.url);

/** Common English short forms the package lists under another spelling or not at all. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ["the United States", "United States of America", "America", "U.S.", "USA"],
  GB: ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland"],
  RU: ["Russian Federation", "the Russian Federation"],
  NL: ["the Netherlands", "Holland"],
  CZ: ["Czech Republic"],
  TR: ["Turkey", "Türkiye"],
  KR: ["South Korea"],
  KP: ["North Korea"],
  CN: ["People's Republic of China"],
  MK: ["North Macedonia", "Macedonia"],
};

/** Country code for a country id: "country:FR" -> "FR". */
export function countryId(code: string): string {
  return `country:${code.toUpperCase()}`;
}

let cache: ReferenceCountry[] | undefined;

/** All countries, sorted by code. */
export function referenceCountries(): ReferenceCountry[] {
  if (cache) return cache;
  const raw = require("world-countries") as WorldCountry[];
  cache = raw
    .map((c) => {
      const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
      const capitals = (c.capital ?? []).map((capital) => capital.replace(/ D\.C\.$/, ""));
      const aliases = [
        c.name.official,
        ...c.altSpellings.filter((spelling) => spelling.length > 2 || spelling === c.cca2),
        ...(EXTRA_ALIASES[c.cca2] ?? []),
        ...demonyms,
        ...capitals,
      ];
      return {
        id: countryId(c.cca2),
        code: c.cca2,
        iso3: c.cca3,
        name: c.name.common,
        officialName: c.name.official,
        demonyms,
        capitals,
        region: c.region,
        aliases: [...new Set(aliases.filter((alias) => alias !== c.name.common))],
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return cache;
}

let index: Map<string, ReferenceCountry> | undefined;

/**
 * Finds a country by ISO code, name, official name, alternative spelling, demonym or capital.
 */
export function findReferenceCountry(nameOrCode: string): ReferenceCountry | undefined {
  if (!index) {
    index = new Map();
    for (const country of referenceCountries()) {
      // Names first so that a demonym or capital never shadows a country's own name.
      for (const key of [country.name, country.officialName, country.code, country.iso3]) index.set(nameKey(key), country);
    }
    for (const country of referenceCountries()) {
      for (const alias of country.aliases) if (!index.has(nameKey(alias))) index.set(nameKey(alias), country);
    }
  }
  return index.get(nameKey(nameOrCode));
}
