/**
 * A pronoun's person, of the pronoun's gender: "he" is not the woman named last when the text
 * gives her gender ("X, a rival of Chancellor Angela Y, said he will run").
 */
import { firstMentionAtOrAfter, resolvePersonPronoun } from "./clauses.js";
import type { Analysis, Mention } from "./types.js";

/** How far back a person of the pronoun's gender is looked for. */
const LOOKBACK = 1500;

/**
 * The person the pronoun at `at` stands for ({@link resolvePersonPronoun}); when the text gives
 * that person the other gender, the last person of the pronoun's gender named before it instead.
 */
export function resolveGenderedPronoun(analysis: Analysis, at: number, exclude: readonly string[] = []): Mention | undefined {
  const person = resolvePersonPronoun(analysis, at, exclude);
  const word = /^\p{L}+/u.exec(analysis.text.slice(at, at + 5))?.[0].toLowerCase();
  const want = word === "he" || word === "him" || word === "his" ? "m" : word === "she" || word === "her" ? "f" : undefined;
  if (!person || !want) return person;
  const gender = analysis.entities.get(person.entity)?.gender;
  if (gender === undefined || gender === want) return person;
  const { mentions, entities } = analysis;
  for (let i = firstMentionAtOrAfter(mentions, at) - 1; i >= 0 && mentions[i]!.start >= at - LOOKBACK; i--) {
    const m = mentions[i]!;
    if (m.type === "Person" && !m.modifier && !m.inQuote && !exclude.includes(m.entity) && entities.get(m.entity)?.gender === want) return m;
  }
  return undefined;
}
