/**
 * Support given to a candidate whom the sentence names only by a description after the support
 * noun: "A and B showed their support for the party's interim leader", "announcements of support
 * for the candidate from party bigwigs, including A and B", "Key supporters of the new leader, A,
 * B and C, ...". Newswire moves from a name to a description of the same person; the description
 * stands for the article's focal candidate.
 */
import { mentionsIn } from "./clauses.js";
import { listAfter } from "./race-statements.js";
import { focalCandidate } from "./stance-described.js";
import { actorsAfter, conjoinedBefore, NEGATION, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-cased sentence before the patterns. */
export function hasDescribedObjectCue(lowerBody: string): boolean {
  return (lowerBody.includes("support") || lowerBody.includes("backing") || lowerBody.includes("backers") || lowerBody.includes("endorsing")) && lowerBody.includes(" the ");
}

/** The words of a description of one person: "the party's interim leader", "the new leader", "the candidate". */
const DESCRIPTION = String.raw`the\s+(?:(?:party|movement|group|caucus)['’]s\s+)?(?:(?:former|current|interim|acting|new|newly[\s-]elected|incoming|young|veteran|clear|leading|\p{Lu}[\p{L}-]*)\s+){0,3}?(?:leader|candidate|front-?runner|frontrunner|favou?rite|nominee|contender|challenger|hopeful|TD|MP|MSP|MEP|MLA|senator|governor|premier|chairman|chairwoman|chairperson)\b(?!['’-]|\s+(?:of|for|in|to)\s)`;
/** After a description, a name that may be the one described: "the new leader, Ana Ruiz". */
const NAME_NEXT = String.raw`(?!\s*,?\s*\p{Lu})`;

/** Support declared by the subjects: "showed their support for", "pledged his backing to", "threw her weight behind". */
const DECLARED = new RegExp(
  String.raw`\b(?:show(?:s|ed|ing)?|declar(?:es|ed|ing)|pledg(?:es|ed|ing)|express(?:es|ed|ing)|voic(?:es|ed|ing)|offer(?:s|ed|ing)|gave|give[ns]?|lent|lend(?:s|ing)?|announc(?:es|ed|ing)|confirm(?:s|ed|ing)|threw|thrown|throw(?:s|ing)?)\s+(?:their|his|her|its)\s+(?:(?:full|strong|public|unequivocal|unanimous|unwavering|formal|own)\s+)?(?:support|backing|weight)\s+(?:for|to|behind)\s+(${DESCRIPTION})${NAME_NEXT}`,
  "gu",
);

/** Subjects joining a list of supporters: "add their names to a long list of ministers endorsing the TD". */
const JOINED_LIST = new RegExp(String.raw`\b(?:add(?:s|ed|ing)?|put(?:s|ting)?)\s+(?:their|his|her|its)\s+names?\s+to\s+(?:a|the)\s+(?:(?:long|longer|growing|lengthy)\s+)?list\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:endorsing|backing|supporting)\s+(${DESCRIPTION})${NAME_NEXT}`, "gu");

/** Support received from holders named after it: "support for the candidate from A, B and C". */
const FROM = new RegExp(String.raw`\b(?:support|backing|endorsements?)\s+(?:for|of)\s+(${DESCRIPTION})${NAME_NEXT}\s+from\s+`, "gu");

/** Holders in apposition: "Key supporters of the new leader, A, B and C". */
const APPOSED = new RegExp(String.raw`\b(?:(?:key|main|leading|prominent|early|loyal|staunch|close|high-profile)\s+)?(?:supporters|backers)\s+of\s+(${DESCRIPTION})\s*,\s*`, "gu");

/** Between the last subject and the verb: an "among others" or an adverb or auxiliary at most. */
const SUBJECT_CLOSE = /^\s*(?:,\s*among\s+others\s*,\s*)?(?:(?:have|has|had|also|all|both|each|publicly|openly|already|now|then|later|since|quickly|jointly)\s+)*$/u;

/** The one backed: the article's focal candidate, when the description names no one itself. */
function described(analysis: Analysis, from: number, to: number, holders: readonly string[]): string | null {
  const focal = focalCandidate(analysis, holders);
  if (!focal || holders.includes(focal) || analysis.entities.get(focal)?.type !== "Person") return null;
  // A description that coreference took for someone else ("the candidate" for the last person named) is left to it.
  return mentionsIn(analysis, from, to).some((m) => m.type === "Post" || (m.type === "Person" && m.entity !== focal)) ? null : focal;
}

/** The subjects ending right before `at`: "A, B and C", "party bigwigs, including A, B, and C, among others,". */
function subjectsBefore(analysis: Analysis, sentence: Sentence, at: number): Mention[] {
  const before = mentionsIn(analysis, sentence.start, at).filter((m) => m.type === "Person" && !m.modifier && !m.inQuote);
  const last = before[before.length - 1];
  if (!last || !SUBJECT_CLOSE.test(analysis.text.slice(last.end, at))) return [];
  const out = [last, ...conjoinedBefore(analysis, sentence, last).filter((m) => m.type === "Person")];
  // "party bigwigs, including A, B, and C": a list after "including" joins with commas alone.
  if (out.length === 1) {
    for (let i = before.length - 2; i >= 0; i--) {
      const m = before[i]!;
      const gap = analysis.text.slice(m.end, out[out.length - 1]!.extendedStart);
      if (!/^\s*,\s*(?:and\s+)?(?:[\p{L}’'-]+\s+){0,5}$/u.test(gap) || /\b(?:who|which|that|is|was|are|were|has|had|have|said|says)\b/.test(gap)) break;
      out.push(m);
    }
    if (out.length > 1 && !/\bincluding\s+(?:[\p{L}’'-]+\s+){0,5}$/u.test(analysis.text.slice(Math.max(sentence.start, out[out.length - 1]!.extendedStart - 60), out[out.length - 1]!.extendedStart))) return [last];
  }
  return out;
}

/**
 * SUPPORTS claims of `sentence` whose candidate is named by a description after the support noun
 * ("showed their support for the party's interim leader"); the holders are the sentence's subjects,
 * the names after "from", or the names in apposition after "supporters of".
 */
export function describedObjectStances(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const found: Found[] = [];
  const add = (holders: readonly Mention[], from: number, to: number, rule: string): void => {
    const people = holders.filter((h) => h.type === "Person" || h.type === "Organization" || h.type === "Country");
    if (people.length === 0) return;
    const target = described(analysis, from, to, people.map((h) => h.entity));
    if (!target) return;
    for (const h of people) {
      if (h.entity === target || found.some((f) => f.from === h.entity)) continue;
      found.push({ type: "SUPPORTS", from: h.entity, to: target, span: { start: Math.min(h.start, from), end: Math.max(h.end, to) }, confidence: 0.6, rule });
    }
  };
  const lower = body.toLowerCase();
  if (/(?:support|backing|weight)\s+(?:for|to|behind)\s+the\s/.test(lower)) for (const m of body.matchAll(DECLARED)) {
    const at = sentence.start + m.index;
    if (NEGATION.test(text.slice(Math.max(sentence.start, at - 30), at))) continue;
    const descStart = at + m[0].indexOf(m[1]!);
    add(subjectsBefore(analysis, sentence, at), descStart, at + m[0].length, "stance.described-object.declared");
  }
  if (lower.includes("list of")) for (const m of body.matchAll(JOINED_LIST)) {
    const at = sentence.start + m.index;
    add(subjectsBefore(analysis, sentence, at), at + m[0].indexOf(m[1]!), at + m[0].length, "stance.described-object.joined-list");
  }
  if (lower.includes(" from ")) for (const m of body.matchAll(FROM)) {
    const at = sentence.start + m.index;
    const descStart = at + m[0].indexOf(m[1]!);
    const end = at + m[0].length;
    add(actorsAfter(analysis, sentence, end, ""), descStart, end, "stance.described-object.from");
  }
  if (/(?:supporters|backers)\s+of\s+the\s/.test(lower)) for (const m of body.matchAll(APPOSED)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const listed = listAfter(analysis, sentence, end, false);
    // "supporters of the new leader, A": one name may be the leader's own; a list of several is not.
    if (listed.length < 2 || listed[0]!.extendedStart - end > 2) continue;
    add(listed, at, end, "stance.described-object.apposed");
  }
  return found;
}
