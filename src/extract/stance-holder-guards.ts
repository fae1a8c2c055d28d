/**
 * Guards against a stance given to the wrong holder or read of the wrong thing: a group the sentence
 * describes between the name and the verb is the verb's subject ("She described the people lining
 * up to support X", "A had a list of proposers who signalled backing of X"), and standing by one's
 * words about a person ("stood by his comments about X") is no stance on the person.
 */

/** Words ending in "s" that are no plural noun. */
const NOT_PLURAL = /^(?:is|was|has|does|as|us|his|hers|its|this|thus|plus|yes|always|perhaps|afterwards|towards|besides|sometimes|less|unless|across|news|politics|whereas|various|serious|previous|famous|numerous|obvious|nervous|anxious|cautious|continuous|unanimous|enormous|vicious|conscious|dangerous|jealous|ambitious|contentious|religious|ridiculous|tremendous|generous|gracious|glorious|precious|curious|notorious|miss|boss|class|business|press|congress|progress|process|success|address|access|witness|loss|cross|mass|pass|gas|bus|status|campus|consensus|census|bonus|virus|focus|thesis|basis|crisis|analysis)$/;

/** A plural noun and its own clause ending right before the verb: "the people lining up to", "proposers who signalled complete", "members that were". */
const GROUP_CLAUSE = /(?:^|[^\p{L}])(\p{Ll}[\p{Ll}-]*s|people|men|women|staff)\s+(?:(?:who|that|which)\s+(?:[\p{L}-]+\s+){0,3}?|\p{Ll}+ing\s+(?:(?:up|out|in)\s+)?(?:to\s+)?)$/u;

/** Before the group: "one of the MPs who", "among the members who": the subject is one of them. */
const ONE_OF = /\b(?:one|among|each|both|all|some|many|several|most|two|three|four|five|\d+)\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Whether the words between a stance's subject and its verb (`between`) hold a group of its own
 * whose verb it is: "the people lining up to", "a list of proposers who signalled".
 */
export function groupClauseBefore(between: string): boolean {
  if (!(between.includes("who ") || between.includes("that ") || between.includes("which ") || between.includes("ing "))) return false;
  const g = GROUP_CLAUSE.exec(between);
  if (!g || NOT_PLURAL.test(g[1]!)) return false;
  const nounAt = g.index + g[0].length - g[0].trimStart().length + (g[0].trimStart().startsWith(g[1]!) ? 0 : 1);
  return !ONE_OF.test(between.slice(0, nounAt));
}

/** "his sharp criticism of", "her comments about": words said of the person, which a support verb then takes. */
const WORDS_ABOUT = /(?<!\w)(?:his|her|their|its|my|our|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:criticism|critique|comments?|remarks?|attacks?|words|claims?|statements?|description|assessment|characteri[sz]ation|portrayal|verdict|remarks)\s+(?:of|about|on|against|over|regarding)\s/iu;

/** Whether the words between a support verb and its object say the stance is on words about the person. */
export function wordsAboutObject(lead: string): boolean {
  return WORDS_ABOUT.test(lead);
}

/** Before a gerund of the main clause's subject: "despite having", "before", "after", "while". */
const SUBORDINATOR_BEFORE = /(?:^|[\s,])(?:despite|after|before|while|since|without|upon|besides)\s+(?:(?:having|first|formally|publicly|openly|initially|later|eventually)\s+)*$/i;

/**
 * Whether the support verb `verb` at `at` is a gerund after a subordinator ("despite having
 * nominated", "before endorsing"), whose subject is the main clause's.
 */
export function subordinateGerund(text: string, sentenceStart: number, at: number, verb: string): boolean {
  const gerund = verb.endsWith("ing");
  const before = text.slice(Math.max(sentenceStart, at - 40), at);
  if (!gerund && !before.includes("having")) return false;
  if (!/\b(?:despite|after|before|while|since|without|upon|besides)\s/i.test(before)) return false;
  if (gerund) return SUBORDINATOR_BEFORE.test(before) && !/\bhaving\s+$/i.test(before);
  return /\bhaving\s+(?:\p{L}+ly\s+)?$/u.test(before) && SUBORDINATOR_BEFORE.test(before);
}
