/**
 * The person a "who" clause is about when an apposition stands between them: "A, a former
 * minister, who backs X" and "A, boss of the Example Group, who campaigned for X": A backs X.
 */
import type { Mention } from "./types.js";

/** ", a former minister", ", boss of the Example Group": one apposition, no list and no clause of its own. */
const APPOSITION = /^,\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!(?:and|or|but|who|which|whose|while|when|as|said|says)\b)[^,;:()“”"]{2,80}$/u;
/** Words of a clause rather than a noun phrase inside the apposition. */
const CLAUSE_WORD = /\b(?:is|are|was|were|has|have|had|said|says|will|would|who|which|that|and|or)\b/i;

/**
 * The person, named before the comma at `commaAt` with an apposition between, who is the antecedent
 * of the "who" clause that opens at the comma (`relative` is the clause's opening words). `persons`
 * are the people named before the comma, in order: one named inside the apposition ("A, a friend
 * of B, who") could be the antecedent as well, so then there is none.
 */
export function apposedAntecedent(text: string, persons: readonly Mention[], commaAt: number, relative: string): Mention | undefined {
  const person = persons[persons.length - 1];
  if (!person || person.modifier || !/^,\s*who\b/i.test(relative)) return undefined;
  const between = text.slice(person.end, commaAt);
  return APPOSITION.test(between) && !CLAUSE_WORD.test(between) ? person : undefined;
}
