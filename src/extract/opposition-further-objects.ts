/**
 * Further people an opposition is on, named after its first object where a plain list of names
 * does not reach them:
 * - set off by "also": "opposing X and also the Socialist leader Y", "a snub to X, whom the board
 *   blames for the defeat, but also to his challenger, Y", "criticised X as well as her deputy Y";
 * - after "and", behind a long title that holds a lower-case word: "refused X and High
 *   Commissioner for National Minorities Y".
 */
import { mentionsIn } from "./clauses.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A relative clause on the first object, skipped only before "but also" or "and also". */
const RELATIVE = /^,\s+(?:who|whom|whose)\b[^,;:.!?“”"()]{1,120}(?=,\s*(?:but|and)\s+also\b)/u;
/** What adds one more object: "but also to", "and also", "as well as", and (for a long title) a plain "and". */
const CONNECTOR = /^\s*,?\s*(?:(?:but|and)\s+also|as\s+well\s+as|(and))\s+(?:(?:to|against)\s+)?/u;
/** Between "also" and the name: nothing, or a description that opens on a determiner ("the Socialist leader", "his Qatari challenger,"). */
const DESCRIBED = /^(?:(?:the|his|her|its|their)\s+(?:[\p{L}'’.-]+\s+){0,5}(?:[\p{L}'’.-]+\s*,\s*)?)?$/u;
/** Words a description holds none of: a verb, a clause's start ("and also said that ..."), or "of" ("and also the plan of Y"). */
const NOT_DESCRIPTIVE = /\b(?:that|who|whom|which|said|says|told|is|are|was|were|has|have|had|will|would|did|does|not|with|by|from|of|than|but|and|or|\p{Ll}+ed)\b/u;
/** A long title after a plain "and", with a lower-case joiner inside: "High Commissioner for National Minorities". */
const LONG_TITLE = /^\p{Lu}[\p{L}'’.-]*\s+(?:(?:\p{Lu}[\p{L}'’.-]*|for|of|on|the)\s+){0,6}$/u;
const JOINER = /\s(?:for|of|on)\s/;
/** Right after the name: its own clause ("and also Y said") or something of theirs ("and also Y's plan"). */
const OWN_CLAUSE = /^(?:['’]s?\b|\s+(?:said|says|told|is|are|was|were|has|have|had|will|would|did|does|can|could|may|might|and\s+\p{Ll}+(?:s|ed)\b|(?!(?:as|its|his|this|thus|plus|us|across|versus|alias)\b)\p{Ll}+(?:ed|s)\b))/u;

/**
 * The people an opposition whose first object is `first` is also on, by the shapes above; `holder`
 * (the opposition's holder) is never among them.
 */
export function furtherOpposed(analysis: Analysis, sentence: Sentence, first: Mention, holder: string): Mention[] {
  const { text } = analysis;
  let at = first.end;
  const relative = RELATIVE.exec(text.slice(at, Math.min(sentence.end, at + 140)));
  if (relative) at += relative[0].length;
  const link = CONNECTOR.exec(text.slice(at, Math.min(sentence.end, at + 30)));
  if (!link) return [];
  // A plain "and" takes no relative clause before it.
  const plain = link[1] !== undefined;
  if (plain && relative) return [];
  at += link[0].length;
  const next = mentionsIn(analysis, at, Math.min(sentence.end, at + 120)).find((m) => m.type === "Person" && !m.modifier);
  if (!next || next.entity === holder || next.entity === first.entity) return [];
  const gap = text.slice(at, next.start);
  if (plain ? !(LONG_TITLE.test(gap) && JOINER.test(` ${gap}`)) : !DESCRIBED.test(gap) || NOT_DESCRIPTIVE.test(gap)) return [];
  if (OWN_CLAUSE.test(text.slice(next.end, Math.min(sentence.end, next.end + 20)))) return [];
  return [next];
}
