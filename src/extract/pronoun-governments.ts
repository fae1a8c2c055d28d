/**
 * A country or a party named through its leader's pronoun: "Kenya's President Ivo Berg spoke on
 * Monday. His government backs X.", "Berg said his government would back X", "A, the leader of the
 * Labour Party, said her party would back X". The government of the person "his" or "her" stands
 * for is the country the text makes them speak for (a head of state, a minister) or, failing that,
 * the country they are from; their party is the party the text makes them speak for.
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { resolveGenderedPronoun } from "./pronoun-gender.js";
import type { Analysis, Mention } from "./types.js";

/** Right before the stance verb: "his government", "her own administration", "his party", with auxiliaries and adverbs after it. */
const GOVERNMENT_OF = /\b([Hh]is|[Hh]er)\s+(?:own\s+)?(government|administration|party)\s+(?:(?:has|have|had|is|was|will|would|could|also|now|already|still|then|\p{Ll}+ly)\s+)*$/u;

/** Between the person named in the sentence and "his government": a report of theirs ("said on Monday that"). */
const REPORTED = /^\s*(?:,[^,;:“”"]{0,80},\s*)?(?:\s*(?:\p{Ll}+ly|also|has|had|have)\s+)*(?:said|says|announced|confirmed|declared|stated|told\s+[^,;:“”"]{1,40}?)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+$/u;

/** The entity keys of the lexicon's parties. */
const PARTY_KEYS = new Set(ORGANIZATIONS.filter((o) => o.generic.includes("party")).map((o) => `org:${o.slug}`));

/**
 * The country (or party) that holds the stance of the verb at `at` when its subject is "his government" or
 * "her administration" (the gap from `gapFrom` ends with those words), and where the words end; null
 * otherwise, or when the pronoun's person speaks for and comes from no country the text names.
 * `nearest` is the last actor named in the clause before the words, if any: only a person who
 * reports the clause may be the pronoun's.
 */
export function pronounGovernment(analysis: Analysis, gapFrom: number, at: number, nearest: Mention | undefined): { entity: string; end: number; reading: string } | null {
  const { text, entities } = analysis;
  const gap = text.slice(gapFrom, at);
  if (!gap.includes("overnment") && !gap.includes("dministration") && !gap.includes("party")) return null;
  const own = GOVERNMENT_OF.exec(gap);
  if (!own) return null;
  const pronounAt = gapFrom + own.index;
  let person: Mention | undefined;
  if (nearest) {
    if (nearest.type !== "Person" || !REPORTED.test(text.slice(nearest.end, pronounAt))) return null;
    person = nearest;
    const gender = entities.get(person.entity)?.gender;
    if (gender !== undefined && gender !== (own[1]!.toLowerCase() === "his" ? "m" : "f")) return null;
  } else person = resolveGenderedPronoun(analysis, pronounAt);
  if (!person) return null;
  const record = entities.get(person.entity);
  const end = pronounAt + own[0].trimEnd().length;
  if (own[2] === "party") {
    // Only the party they lead or speak for, not one they merely belong to.
    const party = record?.roles.find((r) => r.role !== null && r.of !== null && (PARTY_KEYS.has(r.of) || r.of.endsWith("-party")))?.of;
    return party ? { entity: party, end, reading: "pronoun-party" } : null;
  }
  const country = record?.roles.find((r) => r.role !== null && r.of !== null && entities.get(r.of)?.type === "Country")?.of ?? record?.nationality;
  return country ? { entity: country, end, reading: "pronoun-government" } : null;
}
