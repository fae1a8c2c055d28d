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

/** Words of criticism that are nouns as often as verbs. */
const NOUN_LIKE = /^(?:attacks?|questions?|snubs?|rebuffs?|slams?)$/;
/** A determiner or an adjective before such a word: "the attacks", "his repeated attacks". */
const DETERMINER_BEFORE = /\b(?:the|a|an|these|those|his|her|its|their|our|my|such|recent|repeated|personal|fresh|new|further|latest|verbal|many|several|continued|constant|terror|terrorist)\s+$/;

/**
 * Between an opposition verb and a person: a comma and a verb of saying ("warned against
 * complacency, said X"): the person says the sentence, no one opposes them.
 */
const SAYER_IN_LEAD = /[,;]\s*["”’]?\s*(?:said|says|told|added|noted|argued|insisted|stressed|warned|wrote|explained|according\s+to)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** Whether the words between an opposition verb and the person after it make the person the sentence's sayer. */
export function sayerInLead(lead: string): boolean {
  return lead.includes(",") && SAYER_IN_LEAD.test(lead);
}

/**
 * Right before a support verb: an indirect question ("has not decided whom to support", "asked
 * which one to back"): no stance is taken, whatever the negation.
 */
const WHOM_TO = /\b(?:whom|who|which(?:\s+(?:one|candidate|of\s+them))?|whether)\s+to\s+(?:\p{L}+ly\s+)?$/u;

/** Whether the words before a stance verb make it an indirect question. */
export function indirectChoice(before: string): boolean {
  return WHOM_TO.test(before);
}

/**
 * Before the person a passive stance is read on: a noun and a preposition ("the attacks on X
 * were condemned by Y"): what is condemned or backed is the noun, unless it is X's candidacy.
 */
const THING_OF_PERSON = /\b(?!(?:nomination|candidacy|candidature|appointment|election|selection|bid|re-?election|re-?appointment|choice)\b)\p{L}+\s+(?:on|of|against|about|over|to|with|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;

/** Whether the person before a passive opposition at `candidateStart` is only the object of a noun before them. */
export function personInsideThing(text: string, sentenceStart: number, candidateStart: number): boolean {
  return THING_OF_PERSON.test(text.slice(Math.max(sentenceStart, candidateStart - 50), candidateStart));
}

/** Right before a subject: a preposition whose object it is ("the decision by the FA is a snub to X" keeps its holder). */
const PREPOSITION_BEFORE = /\b(?:from|with|against)\s+(?:the\s+)?$/i;

/**
 * After a verb of criticism: its object and "for" their conduct ("criticised X for his actions
 * around the riot", "attacked X for her remarks"): what is criticised is something X did, not X's
 * candidacy.
 */
const FOR_CONDUCT = /^\s+for\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:actions?|conduct|role|behaviou?r|response|handling|remarks|comments|statements?|tweets?|words|views|vote|votes|decisions?)\b/u;

/** Whether the words after the object of a verb of criticism (lower case) say it is for the person's conduct. */
export function criticisedForConduct(after: string): boolean {
  return after.includes(" for ") && FOR_CONDUCT.test(after);
}

/** Before "lose support": a sum of what can be lost, or a risk ("can afford to lose", "risks losing"): no one has withdrawn it. */
const LOSS_ONLY_POSSIBLE = /\b(?:afford\s+to|risk(?:s|ed|ing)?|stand(?:s)?\s+to|could|might|may|would|can)\s+$/i;

/** Whether the words right before a verb of losing support make the loss only possible. */
export function lossOnlyPossible(before: string): boolean {
  return LOSS_ONLY_POSSIBLE.test(before);
}

/**
 * Whether an opposition word at `start`–`end` holds no opposition of its subject: a word right
 * before it ends the opposition, punctuation right after it shows a noun ("terror attacks, X"),
 * or the subject is an organization's name in its head's title.
 */
export function oppositionBlocked(analysis: Analysis, subject: Mention | undefined, start: number, end: number, lowered: string): boolean {
  const { text } = analysis;
  if (/^\s*[,;:]/.test(text.slice(end, end + 3))) return true;
  // "defended X against the attacks of Y": a word of criticism after a determiner is a noun.
  if (NOUN_LIKE.test(lowered.slice(start, end)) && DETERMINER_BEFORE.test(lowered.slice(Math.max(0, start - 24), start))) return true;
  if (oppositionEnded(lowered.slice(Math.max(0, start - 40), start))) return true;
  if (subject === undefined) return false;
  // "felt under attack from A and accused B": A is the object of "from", not the one who accuses.
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, subject.extendedStart - 12), subject.extendedStart)) && !text.slice(subject.end, start).includes(",")) return true;
  if (subject.type === "Organization" && headOfOrganization(text.slice(subject.end, subject.end + 40))) return true;
  return insideDashAside(text, subject, start);
}

const DASH = /[—–]|\s-\s/g;

/**
 * Whether the subject stands inside an aside set off by dashes that closes before the verb
 * ("the members who voted against A — one for B — will vote against A"): the aside's names are
 * not the verb's subject.
 */
export function insideDashAside(text: string, subject: { start: number; end: number }, verbAt: number): boolean {
  const between = text.slice(subject.end, verbAt);
  if (!/[—–]|\s-\s/.test(between)) return false;
  const from = Math.max(0, text.lastIndexOf("\n", subject.start) + 1, subject.start - 300);
  const before = text.slice(from, subject.start);
  if ((before.match(DASH)?.length ?? 0) % 2 === 0) return false;
  // "Two of her rivals – A and B – refused to back her": an aside of names alone names the subject.
  const opened = Math.max(before.lastIndexOf("—"), before.lastIndexOf("–"), before.lastIndexOf(" - ") + 1);
  const closed = between.search(/[—–]|\s-\s/);
  return !NAMES_ONLY.test(text.slice(from + opened + 1, subject.end + closed));
}

/** An aside that only lists capitalized names ("A and B", "A, B and C"). */
const NAMES_ONLY = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*(?:,|,?\s+and)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s*$/u;

/** After the object of an opposition: "and other officials", "and fellow ministers": a class of people, not the person's candidacy. */
const AND_OTHERS = /^\s+(?:and|&)\s+(?:other|fellow|the\s+rest\s+of\s+the|all\s+the\s+other)\s+\p{Ll}/u;

/** Whether the words after the object of an opposition join them to a class of others ("opposed X and other officials"). */
export function opposedWithOthers(after: string): boolean {
  return AND_OTHERS.test(after);
}

/** Right before a negated support verb: words that make the negation no refusal ("does not need to", "did not immediately", "can't wait to"). */
const NO_REFUSAL_BEFORE = /(?:\b(?:not|never)|n['’]t)\s+(?:(?:need|have|has|had|got)\s+to|(?:\p{L}+\s+)?(?:immediately|initially|automatically|necessarily)|wait\s+to)\s+$/u;
/** Right after the object of a negated support: a condition or a restriction ("unless ...", "alone"). */
const NO_REFUSAL_AFTER = /^\s*,?\s*(?:unless|until|alone|only|exclusively)\b/u;
/** A past or perfect negation: "did not endorse X", "has never endorsed X" tells of no endorsement, not of a refusal. */
const NOT_DONE = /(?:\b(?:did|has|have|had)\s+(?:not|never)|\b(?:did|has|have|had)n['’]t|\bnever)\s+(?:(?:yet|publicly|formally|openly|officially|explicitly)\s+)?$/u;
/** Verbs of putting forward: not having nominated someone refuses them nothing ("will not nominate X" does). */
const PUT_FORWARD = /^(?:nominat|propos|field|put|sponsor)/;

/**
 * Whether a negated support is no refusal: the negation bears on a need, a moment or a condition
 * ("does not need to back X", "did not immediately endorse X", "will not back X unless ..."), or
 * the verb is one of putting forward or endorsing in a past or perfect tense ("did not nominate
 * X", "has never endorsed X"): no such act, which is no refusal.
 */
export function negationNoRefusal(text: string, subjectEnd: number, verbStart: number, verb: string, objectEnd: number): boolean {
  return ((PUT_FORWARD.test(verb) || /^endors/.test(verb)) && NOT_DONE.test(text.slice(Math.max(subjectEnd, verbStart - 30), verbStart))) || NO_REFUSAL_BEFORE.test(text.slice(Math.max(subjectEnd, verbStart - 40), verbStart)) || NO_REFUSAL_AFTER.test(text.slice(objectEnd, objectEnd + 20));
}

/**
 * After the name an opposition verb takes: "'s" and another person or body of theirs ("X's
 * predecessor", "X's party", "X's supporters"): the opposition is to them, not to X.
 */
const THEIR_PEOPLE = /^['’]s?\s+(?:(?:own|former|new|chief|main|closest|top|senior|key|political|governing|ruling|many|fellow|loyal|most\s+ardent)\s+)*(?:predecessors?|successors?|party|parties|supporters|backers|allies|ally|camp|government|administration|deputy|deputies|wife|husband|son|daughter|father|mother|brother|sister|family|team|aides?|staff|cabinet|faction|followers|loyalists|friends?|associates?|advisers?|advisors?|lieutenants?|protégés?|proteges?|running\s+mate|ministers?|officials?|allies|rivals?|opponents?|challengers?|critics?|enemies|foes?)\b/u;

/** Whether what follows the opposed name is another person or body of theirs ("X's predecessor"). */
export function opposedSomethingElse(after: string): boolean {
  return THEIR_PEOPLE.test(after);
}

/** After the object of "opposed": a race ("opposed X in the 2015 primary"): they ran against X, which is rivalry, not a stance. */
const IN_A_RACE = /^(?:,[^,.;]{1,60},)?\s+(?:in|at|during)\s+(?:the|a|an|last\s+year['’]s|that)?\s*(?:\p{Lu}\p{L}+\s+\d{1,2},?\s+)?(?:\d{4}\s+)?(?:[\p{L}-]+\s+){0,2}?(?:race|contest|election|primary|primaries|runoff|run-off|by-election|leadership\s+election|leadership\s+contest|caucus(?:es)?)\b/u;

/** Whether "opposed X" is said of a race X ran in ("opposed X in the 2015 primary"). */
export function opposedInARace(verb: string, after: string): boolean {
  return /^oppos(?:e|es|ed|ing)$/.test(verb) && IN_A_RACE.test(after);
}

/** Before a stance's subject: a negation said ahead of it ("Under no circumstances will I back X", "there is no way she would vote for X"). */
const REFUSED_AHEAD = /(?<!\w)(?:under\s+no\s+circumstances|in\s+no\s+way|no\s+way|not\s+a\s+chance)(?!\w)[^,.;:!?]{0,25}$/iu;

/** Whether the words before a support verb's subject (ending with it) deny the support ahead of the subject. */
export function refusedBeforeSubject(before: string): boolean {
  return before.includes("no") && REFUSED_AHEAD.test(before);
}

/** Between a support verb and a person: the subject's own opposition to them ("stood by his sharp criticism of "). */
const OWN_OPPOSITION_LEAD = /^\s*(?:his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:criticisms?|attacks?|opposition|objections?|hostility|resistance|campaign\s+against)\s+(?:of|on|to|towards?|against)\s/u;

/** Whether a support verb's words before the person make it the subject's own opposition that is backed ("stood by his criticism of X"). */
export function ownOppositionLead(lead: string): boolean {
  return OWN_OPPOSITION_LEAD.test(lead);
}
