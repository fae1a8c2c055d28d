/**
 * Precision guards for opposition read from a verb: words between an opposition verb and the
 * person after it that make that person no object of the verb, and negations that refuse nothing.
 */
import type { Analysis, Mention } from "./types.js";

/**
 * Between an opposition verb and a person: a noun phrase and a gerund that takes the person
 * ("criticised the government for backing X", "attacked Norway over supporting X"): what is
 * criticised is the one doing the backing, not X.
 */
const THROUGH_GERUND = /\b(?:for|over|after|by)\s+(?:(?:\p{L}+ly|not|never|openly|publicly)\s+)?\p{L}+ing\s+(?:(?:the\s+)?(?:candidacy|candidature|bid|nomination)\s+of\s+)?$/u;

/** Whether the words between an opposition verb and the person after it put the person in a gerund's clause. */
export function opposedThroughGerund(lead: string): boolean {
  return lead.length > 0 && THROUGH_GERUND.test(lead);
}

/** "not only backs X but ...": the negation opens a correlative, it refuses nothing. */
const NOT_ONLY = /\bnot\s+only\s+(?:\p{L}+ly\s+)?$/u;

/** Whether the words before a support verb end on "not only", which negates nothing. */
export function notOnlyBefore(before: string): boolean {
  return NOT_ONLY.test(before);
}

/**
 * Right before an opposition word: a verb that ends or gives up the opposition ("will stop the
 * campaign against X", "dropped its objection to X", "lifted its veto on X"): no opposition is held.
 */
const ENDED = /\b(?:stop|stops|stopped|stopping|end|ends|ended|ending|halt|halts|halted|halting|call(?:s|ed|ing)?\s+off|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|suspend(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|g(?:ive|ives|ave|iven|iving)\s+up|lift(?:s|ed|ing)?|ceas(?:e|es|ed|ing))\s+(?:(?:the|its|his|her|their|our|my|a|any|this|that|all)\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A cheap test before {@link ENDED}, on the lower-case text. */
const ENDED_CUE = /stop|end|halt|off|drop|abandon|suspend|withdr|up|lift|ceas/;

/** Whether the words before an opposition word (lower case) end or give up the opposition. */
export function oppositionEnded(before: string): boolean {
  return ENDED_CUE.test(before) && ENDED.test(before);
}

/**
 * After an organization's name: the title of its head ("the UNESCO director", "the FIFA president"):
 * the subject is the person so described, not the organization.
 */
const HEAD_TITLE = /^\s+(?:(?:deputy|vice|acting|interim|former|current|outgoing)[\s-]+)*(?:director|director-general|president|chairman|chairwoman|chairperson|chair|chief|head|secretary-general|secretary\s+general|boss)\b/i;

/** Whether the words right after an organization's mention give the title of its head. */
export function headOfOrganization(after: string): boolean {
  return HEAD_TITLE.test(after);
}

/**
 * Whether an opposition word at `start`–`end` holds no opposition of its subject: a word right
 * before it ends the opposition, punctuation right after it shows a noun ("terror attacks, X"),
 * or the subject is an organization's name in its head's title.
 */
export function oppositionBlocked(analysis: Analysis, subject: Mention | undefined, start: number, end: number, lowered: string): boolean {
  const { text } = analysis;
  if (/^\s*[,;:]/.test(text.slice(end, end + 3))) return true;
  if (oppositionEnded(lowered.slice(Math.max(0, start - 40), start))) return true;
  return subject !== undefined && subject.type === "Organization" && headOfOrganization(text.slice(subject.end, subject.end + 40));
}
