/**
 * Support received by a candidate the sentence names only by a description, as its subject: "The
 * former journalist has been backed by A", "The Glasgow MSP has received nominations from B", "The
 * Texas senator picked up an endorsement from C". Newswire names the person the article is about
 * so once the name has been given; the description stands for the article's focal candidate.
 */
import { mentionsIn } from "./clauses.js";
import { focalCandidate } from "./stance-described.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** Nouns that name a person by what they are or do ("senator", "journalist", "front-runner"). */
const ROLE = String.raw`(?:senator|minister|MP|MSP|MEP|TD|AM|MLA|lawmaker|legislator|parliamentarian|politician|governor|mayor|congressman|congresswoman|premier|diplomat|ambassador|envoy|economist|lawyer|journalist|broadcaster|businessman|businesswoman|banker|academic|veteran|candidate|nominee|contender|challenger|hopeful|front-?runner|frontrunner|favou?rite|incumbent|champion|chancellor|commissioner|judge|professor)`;

/** A word of the description before its noun: "former", "Texas", "millionaire", "45-year-old"; no possessive, no verb. */
const MODIFIER = String.raw`(?!(?:has|have|had|is|was|who|which|and|or|of|in|for|to|by)\s)(?:\d{1,3}-year-old|[\p{L}][\p{L}.’'-]*(?<!['’]s))\s+`;

/**
 * The words of a sentence before its stance verb when a description is its subject: an optional
 * opening phrase ("On Thursday,"), "the", up to four modifiers, the noun, an optional aside
 * between commas, and auxiliaries or adverbs.
 */
const DESCRIBED_SUBJECT = new RegExp(
  String.raw`^(?:[\p{L}\d ]{1,30},\s+)?[Tt]he\s+((?:${MODIFIER}){0,4}?${ROLE})(\s*,[^,;:“”"()]{1,120},)?\s+(?:(?:has|have|had|also|now|already|just|recently|since|since\s+then|meanwhile|\p{Ll}+ly)\s+)*$`,
  "u",
);

/** A cheap test before {@link DESCRIBED_SUBJECT}: the sentence opens, or nearly, on "the". */
const THE_NEAR_START = /^(?:[^,]{0,30},\s+)?the\s/i;

/** The candidate a description that opens the sentence stands for, and where the description ends. */
export interface DescribedSubject {
  entity: string;
  confidence: number;
  after: number;
  /** Never set: the candidate is not named in the sentence. */
  mention?: Mention;
  rule: string;
}

/**
 * Whom a description opening `sentence` stands for: the one person the sentence before names (in
 * this paragraph or the one before), as newswire moves from a name to a description of the same
 * person; else the article's focal candidate.
 */
function describedPerson(analysis: Analysis, sentence: Sentence): string | null {
  const previous = analysis.sentences[sentence.index - 1];
  const named = new Set<string>();
  if (previous && previous.paragraph >= sentence.paragraph - 1) {
    for (const m of mentionsIn(analysis, previous.start, previous.end)) if (m.type === "Person" && !m.modifier && !m.inQuote) named.add(m.entity);
  }
  if (named.size === 1) return [...named][0]!;
  return focalCandidate(analysis);
}

/**
 * The candidate when the words of `sentence` before `at` (a passive or nominal stance verb)
 * are a description of a person that names no one ("The former journalist has been").
 */
export function describedSubject(analysis: Analysis, sentence: Sentence, at: number): DescribedSubject | null {
  const { text, entities } = analysis;
  const left = text.slice(sentence.start, at);
  if (left.length > 200 || !THE_NEAR_START.test(left)) return null;
  const described = DESCRIBED_SUBJECT.exec(left);
  if (!described) return null;
  // "The former minister, viewed as a roadblock by A, has been": the aside's names are not the subject.
  const asideStart = described[2] ? sentence.start + left.lastIndexOf(described[2]) : at;
  const asideEnd = described[2] ? asideStart + described[2].length : at;
  const inside = mentionsIn(analysis, sentence.start, at).filter((m) => m.start < asideStart || m.end > asideEnd);
  // A person named anywhere else before the verb is the subject or part of it; a post is another holder's.
  if (inside.some((m) => m.type === "Person" || m.type === "Post" || m.type === "Media")) return null;
  const focal = describedPerson(analysis, sentence);
  if (!focal) return null;
  // "the Egyptian candidate", "the Texas senator": a country named in the description must be the candidate's.
  const country = inside.find((m) => m.type === "Country" && !m.acting)?.entity;
  const person = entities.get(focal);
  if (country && person?.nationality && person.nationality !== country && !person.roles.some((r) => r.of === country)) return null;
  const nounEnd = sentence.start + left.indexOf(described[1]!) + described[1]!.length;
  return { entity: focal, confidence: 0.7, after: nounEnd, rule: "stance.described-subject" };
}

