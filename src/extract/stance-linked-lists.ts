/**
 * Supporters named in another sentence than the one they back: a sentence that gives a candidate the
 * support of a counted group ("X won the backing of 16 MSPs", "X was nominated by five MPs", "Six
 * senators have endorsed X") followed by the sentence that names the group ("The 16 MSPs were A, B
 * and C", "Among them are A and B", "They include A"), or the same sentence going on after a colon;
 * a heading line naming the one backed ("X – 7 nominated", "Backing X:", "X's supporters:")
 * followed by one supporter to a line, or by one line listing them; and a list of candidates, each
 * beside a country ("- X (Ruritania)"), in an article that says each was put forward by their own
 * government (read in `stance-own-governments.ts`); "Both MPs had supported X", "All three have endorsed X" after a sentence listing them;
 * and an "Endorsements:" line in the section of the article that a candidate's name heads.
 */
import { mentionsIn } from "./clauses.js";
import { listAfter } from "./race-statements.js";
import { focalCandidate } from "./stance-described.js";
import { resolveGenderedPronoun } from "./pronoun-gender.js";
import { ownGovernmentListStance } from "./stance-own-governments.js";
import { actorsAfter, NEGATION, racePeople, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test before the patterns: every counted group's support holds one of these words. */
export const SUPPORT_CUE = /support|backing|backed|endorse|nominat|declared\s+for/;

/** What a sentence leaves open for the next: the candidate a counted group backs. */
export interface LinkState {
  intro?: { to: string; sentence: number; head: string };
  /** `left`: how many more lines the heading's own count allows ("X – 5 nominated"). */
  heading?: { to: string; paragraph: number; left?: number };
  section?: { to: string; paragraph: number };
}

/** A count of people: "16", "five", "several", "a number of", "more than 20". */
const COUNT = String.raw`(?:[a-z]+['’]s\s+)?(?:(?:more\s+than|over|at\s+least|some|nearly|almost|another|a\s+further|an\s+additional|all)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+number\s+of|a\s+handful\s+of|a\s+dozen|a\s+string\s+of|a\s+host\s+of|a\s+raft\s+of|a\s+slew\s+of|a\s+clutch\s+of|dozens\s+of|many|numerous|the\s+following)`;

/** People counted as a group: "MSPs", "Labour MPs", "cabinet ministers", "fellow senators". */
const GROUP_HEAD = String.raw`mps|msps|meps|mlas|tds|ams|mss|senators|lawmakers|legislators|ministers|colleagues|councillors|councilors|peers|parliamentarians|backbenchers|frontbenchers|representatives|congressmen|congresswomen|delegates|politicians|governors|mayors|members`;
const GROUP = String.raw`(?:[a-z-]+\s+){0,2}?(?:${GROUP_HEAD})(?:\s+of\s+(?:parliament|congress|the\s+[a-z]+))?`;
/** The group's head noun in a match of {@link RECEIVED} or {@link GIVEN}. */
const HEAD = new RegExp(String.raw`\b(?:${GROUP_HEAD})\b`);

/** Support received from the group: "gained the support of 16 MSPs", "was nominated by five MPs". */
const RECEIVED = new RegExp(
  String.raw`\b(?:(?:gained|won|received|secured|attracted|earned|garnered|collected|got|picked\s+up|has|had|enjoys|enjoyed|claimed|won\s+over)\s+(?:the\s+)?(?:(?:public|formal|declared|open|written|early)\s+)?(?:support|backing|endorsements?|nominations?)\s+(?:of|from)|(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|publicly|formally|already)\s+)*(?:nominated|endorsed|backed|supported)\s+by)\s+(?:the\s+)?${COUNT}\s+${GROUP}\b`,
  "g",
);

/** The group giving its support: "Six TDs have publicly backed", "a number of MPs have declared their support for". */
const GIVEN = new RegExp(
  String.raw`\b${COUNT}\s+${GROUP}\s+(?:(?:have|has|had|also|all|publicly|openly|already|now|so\s+far)\s+)*(?:backed|endorsed|nominated|supported|declared\s+for|(?:declared|pledged|announced|offered|voiced|given|lent)\s+(?:their\s+)?(?:support|backing)\s+(?:for|to))\s+`,
  "g",
);

/** A sentence naming a group just counted: "The 16 MSPs were", "Among them are", "They include", "These are". */
const NAMES_GROUP = /^(?:(?:the|these|those)\s+(?:(?:\d{1,3}|[a-z]+)\s+)?(?:[a-z-]+\s+)?([a-z]+)\s+(?:are|were|include|included)|(?:they|these)\s+(?:are|were|include|included)|among\s+(?:them|those)\s+(?:are|were|is|was))\s*(?::\s*$|:?\s+)/;

/** After the group, or after the one it backs, in the same sentence: the names follow ("MSPs: A, B", "MPs - A and B", "X including A and B"). */
const COLON_LIST = /^(?:\s+(?:so\s+far|to\s+date|in\s+total|in\s+all|already))?\s*(?::|\s[-–—]|,?\s*(?:namely|including|among\s+them|such\s+as))\s*/;

/** A description of the one backed, with no name: "the Northtown TD", "the former minister", "the interim leader". */
const DESCRIPTION = /^the\s+(?:(?:former|current|outgoing|interim|new|acting|party['’]s|\p{Lu}[\p{L}-]*)\s+){0,3}(?:TD|MP|MSP|MEP|AM|MLA|senator|minister|leader|deputy|candidate|front-?runner|frontrunner|favou?rite|contender|hopeful|governor|premier)\b(?!['’-]|\s*,?\s*\p{Lu})/u;

/** A name standing for the candidate in their own list: "himself", "herself", "the candidate herself". */
const SELF = /^(?:him|her)self\s*(?:,\s*|,?\s+and\s+)/;

/** Before the last name of a list: "and the finance minister, ". */
const LAST_DESCRIBED = /^,?\s+and\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u;

/** A heading naming the one backed: "X – 7 nominated", "X: 5 nominations". */
const HEADING_AFTER = /^\s*(?:[–—:-]|\()\s*(?:\d{1,3}\s+)?(?:nominated|nominations?|nominators|nominating\s+mps|backers|supporters|endorsements?|mps|msps|meps)\b[^\n]{0,60}$/i;
/** A heading before the one backed: "Backing X:", "Supporters of X". */
const HEADING_BEFORE = /^(?:[-•*–—]\s*)?(?:backing|supporting|endorsing|nominating|supporters\s+of|backers\s+of|endorsements?\s+for|nominations?\s+for|nominated|endorsed)\s*$/i;
/** After a name that a heading opened with a word before it: nothing but a count and a colon. */
const HEADING_CLOSE = /^\s*(?:\(\d{1,3}\))?\s*:?\s*$/;
/** A line opening on whom its list backs: "Backing X:", "Supporters of X (12):". */
const INLINE_HEADING = /^(?:[-•*–—]\s*)?(?:backing|supporting|endorsing|nominating|supporters\s+of|backers\s+of)\s+/;
/** A possessive heading: "X's supporters:". */
const HEADING_OWN = /^['’]s?\s+(?:supporters|backers|endorsers|nominators|nominations|endorsements)\s*(?:\(\d{1,3}\))?\s*:?\s*$/i;
/** Before a member on its line: a bullet or a number at most. */
const MEMBER_BEFORE = /^(?:[-•*–—]\s*|\d{1,3}[.)]\s*)?$/;
/** After a member on its line: a letter title, a seat in brackets, or a short seat after a comma or a dash. */
const MEMBER_AFTER = /^(?:\s+(?:MP|MSP|MEP|AM|MS|MLA|TD|QC|KC))?(?:\s*\([^()\n]{1,40}\)|,\s*[^,\n]{1,40}|\s+[–—-]\s+[^\n]{1,40})?\s*$/;

/** The one person a `Person` heading backs, if the paragraph is such a heading. */
function headingTarget(analysis: Analysis, sentence: Sentence): string | undefined {
  const { text } = analysis;
  const paragraph = analysis.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.start !== sentence.start || paragraph.end - paragraph.start > 120) return undefined;
  const line = text.slice(paragraph.start, paragraph.end);
  if (NEGATION.test(line) || /\b(?:undeclared|against|opposing|withdrawn|withheld)\b/i.test(line)) return undefined;
  const people = mentionsIn(analysis, paragraph.start, paragraph.end).filter((m) => m.type === "Person" && !m.modifier);
  if (people.length !== 1) return undefined;
  const p = people[0]!;
  const before = text.slice(paragraph.start, p.extendedStart);
  const after = text.slice(p.end, paragraph.end);
  if (MEMBER_BEFORE.test(before) && HEADING_AFTER.test(after)) return p.entity;
  if (MEMBER_BEFORE.test(before) && HEADING_OWN.test(after)) return p.entity;
  if (HEADING_BEFORE.test(before) && HEADING_CLOSE.test(after)) return p.entity;
  return undefined;
}

/** The person alone on the sentence's line, if the line is just a name. */
function lineMember(analysis: Analysis, sentence: Sentence): Mention | undefined {
  const { text } = analysis;
  const paragraph = analysis.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.start !== sentence.start || paragraph.end - paragraph.start > 90) return undefined;
  const named = mentionsIn(analysis, paragraph.start, paragraph.end).filter((m) => !m.modifier && m.type !== "Post");
  const first = named[0];
  if (!first || first.type !== "Person" || named.some((m) => m.type === "Person" && m !== first)) return undefined;
  if (!MEMBER_BEFORE.test(text.slice(paragraph.start, first.extendedStart)) || !MEMBER_AFTER.test(text.slice(first.end, paragraph.end))) return undefined;
  return first;
}

/** People listed on the sentence's line and nothing else: "Piet Lund, Mara Olsen and Ivo Berg." */
function lineList(analysis: Analysis, sentence: Sentence): Mention[] {
  const paragraph = analysis.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.start !== sentence.start || sentence.end !== paragraph.end) return [];
  const listed = listAfter(analysis, sentence, sentence.start, false);
  const last = listed[listed.length - 1];
  return listed.length >= 2 && /^\s*[.;]?\s*$/.test(analysis.text.slice(last!.end, paragraph.end)) ? listed : [];
}

/** The one person named in `[from, to)`, none when another person is named there too. */
function onlyPerson(analysis: Analysis, from: number, to: number): Mention | undefined {
  const people = mentionsIn(analysis, from, to).filter((m) => m.type === "Person" && !m.modifier && !m.inQuote);
  return people.length > 0 && people.every((p) => p.entity === people[0]!.entity) ? people[0] : undefined;
}

/** The candidate a counted group backs in `sentence`, and where the group's words end. */
function counted(analysis: Analysis, sentence: Sentence, lower: string): { to: string; end: number; head: string } | undefined {
  const { text } = analysis;
  RECEIVED.lastIndex = 0;
  const r = RECEIVED.exec(lower);
  if (r) {
    // The one backed is the sentence's subject: the only person named before the verb, or "He" or "She" for one in the race.
    const before = mentionsIn(analysis, sentence.start, sentence.start + r.index);
    const pronoun = before.length === 0 && /^(?:he|she)\s/.test(lower) ? resolveGenderedPronoun(analysis, sentence.start) : undefined;
    const to = pronoun && racePeople(analysis).has(pronoun.entity) ? pronoun : onlyPerson(analysis, sentence.start, sentence.start + r.index);
    if (!to || NEGATION.test(text.slice(sentence.start, sentence.start + r.index))) return undefined;
    return { to: to.entity, end: sentence.start + r.index + r[0].length, head: HEAD.exec(r[0])?.[0] ?? "" };
  }
  GIVEN.lastIndex = 0;
  const g = GIVEN.exec(lower);
  if (g) {
    const at = sentence.start + g.index + g[0].length;
    if (onlyPerson(analysis, sentence.start, sentence.start + g.index)) return undefined;
    const to = mentionsIn(analysis, at, Math.min(sentence.end, at + 40)).find((m) => m.type === "Person" && !m.modifier);
    const head = HEAD.exec(g[0])?.[0] ?? "";
    if (to && /^(?:(?:mr|mrs|ms|dr|sir|dame)\.?\s+)?$/i.test(text.slice(at, to.start))) return { to: to.entity, end: to.end, head };
    // "have backed the Northtown TD": the article's focal candidate, when no one is named there.
    const described = DESCRIPTION.exec(text.slice(at, Math.min(sentence.end, at + 60)));
    const focal = described && !mentionsIn(analysis, at, at + described[0].length).some((m) => m.type === "Person") ? focalCandidate(analysis) : null;
    return focal ? { to: focal, end: at + described![0].length, head } : undefined;
  }
  return undefined;
}

/** A sentence closing its paragraph on a colon ("They are:"): its group's members follow one to a line. */
function openLines(analysis: Analysis, sentence: Sentence, to: string, state: LinkState): void {
  if (analysis.paragraphs[sentence.paragraph]?.end === sentence.end && /:\s*$/.test(analysis.text.slice(sentence.start, sentence.end))) state.heading = { to, paragraph: sentence.paragraph };
}

/** The people listed from `at`, past the candidate named as "himself" or "herself". */
function members(analysis: Analysis, sentence: Sentence, at: number, to: string): Mention[] {
  const self = SELF.exec(analysis.text.slice(at, Math.min(sentence.end, at + 20)));
  let from = self ? at + self[0].length : at;
  // A seat or title of more words than a list allows before its first name: "Dublin Fingal TD A".
  const first = mentionsIn(analysis, from, Math.min(sentence.end, from + 50)).find((m) => m.type === "Person" && !m.modifier);
  if (first && /^(?:\p{Lu}[\p{L}.'’-]*\s+){3,4}$/u.test(analysis.text.slice(from, Math.min(first.start, first.extendedStart)))) from = Math.min(first.start, first.extendedStart);
  const listed = listAfter(analysis, sentence, from, true);
  // "A, B and the finance minister, C": a description and a comma before the last name.
  const last = listed[listed.length - 1];
  const next = last ? mentionsIn(analysis, last.end, sentence.end).find((m) => m.type === "Person" && !m.modifier) : undefined;
  if (last && next && LAST_DESCRIBED.test(analysis.text.slice(last.end, next.start)) && /^\s*[.;]?\s*$/.test(analysis.text.slice(next.end, sentence.end))) listed.push(next);
  return listed.filter((m) => m.entity !== to && !m.inQuote);
}

/** A group recalled by its number: "Both MPs had publicly supported X", "All three have endorsed X". */
const RECALLED = new RegExp(
  String.raw`^(?:both|all\s+(two|three|four|five|six))(?:\s+(?:of\s+them|men|women|${GROUP_HEAD}))?\s+(?:(?:have|has|had|also|publicly|openly|already|since|previously|now)\s+)*(?:backed|endorsed|nominated|supported|declared\s+for|(?:are|were)\s+(?:backing|supporting))\s+`,
);
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The people of the sentence before, listed one after the other, that "Both MPs" or "All three" recalls. */
function recalledStances(analysis: Analysis, sentence: Sentence, lower: string): Found[] {
  const r = RECALLED.exec(lower);
  const previous = analysis.sentences[sentence.index - 1];
  if (!r || !previous || previous.paragraph < sentence.paragraph - 1) return [];
  const at = sentence.start + r[0].length;
  const to = mentionsIn(analysis, at, Math.min(sentence.end, at + 40)).find((m) => m.type === "Person" && !m.modifier);
  if (!to || !/^(?:(?:mr|mrs|ms|dr|sir|dame)\.?\s+)?$/i.test(analysis.text.slice(at, to.start))) return [];
  const first = mentionsIn(analysis, previous.start, previous.end).find((m) => m.type === "Person" && !m.modifier && !m.inQuote);
  if (!first) return [];
  const listed = listAfter(analysis, previous, Math.min(first.start, first.extendedStart), false);
  if (listed.length !== (r[1] ? NUMBERS[r[1]] : 2) || listed.some((m) => m.entity === to.entity || m.inQuote)) return [];
  return listed.map((m) => ({ type: "SUPPORTS" as const, from: m.entity, to: to.entity, span: { start: sentence.start, end: to.end }, confidence: 0.65, rule: "stance.number-recalled" }));
}

/** A candidate's section line listing backers: "Endorsements: A, B", "Key backers include: A and B". */
const SECTION_BACKERS = /^(?:[-•*]\s*)?(?:(?:key|notable|main|prominent|high-profile|major)\s+)?(?:endorsements|endorsers|endorsed\s+by|backers|backed\s+by|supporters|support\s+from)(?:\s+(?:so\s+far|include|including))?\s*:\s*/;
/** How many paragraphs a candidate's section may run under the line that names them. */
const SECTION_REACH = 8;

/** The person a paragraph names and nothing else ("Anna Kovac", "- Anna Kovac (Ruritania)"): a section of the article about them opens. */
function sectionHead(analysis: Analysis, sentence: Sentence): Mention | undefined {
  const { text } = analysis;
  const paragraph = analysis.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.start !== sentence.start || paragraph.end - paragraph.start > 60) return undefined;
  const named = mentionsIn(analysis, paragraph.start, paragraph.end).filter((m) => !m.modifier);
  const person = named[0];
  if (!person || person.type !== "Person" || named.length > 2 || (named[1] && named[1].type !== "Country")) return undefined;
  if (!MEMBER_BEFORE.test(text.slice(paragraph.start, Math.min(person.start, person.extendedStart)))) return undefined;
  return /^\s*(?:\([^()\n]{1,40}\))?\s*$/.test(text.slice(person.end, paragraph.end)) ? person : undefined;
}

/**
 * The stances of the people `sentence` names as members of a group or list that an earlier
 * sentence or heading said backs someone. `lower` is the sentence in lower case (same offsets);
 * `state` carries what this sentence leaves open for the next; `supportCued`, when known, whether
 * the sentence passes {@link SUPPORT_CUE}.
 */
export function linkedListStances(analysis: Analysis, sentence: Sentence, lower: string, state: LinkState, supportCued?: boolean): Found[] {
  const found: Found[] = [];
  // "- Anna Kovac (Ruritania)" in a list of candidates "nominated by their governments".
  const line = ownGovernmentListStance(analysis, sentence);
  if (line) found.push(line);
  const intro = state.intro;
  state.intro = undefined;

  // One supporter to a line under a heading; the first other line closes the list.
  const heading = state.heading;
  if (heading && sentence.paragraph > heading.paragraph) {
    // The rest of a member's line ("1." read as a sentence of its own, then the name).
    if (analysis.paragraphs[sentence.paragraph]?.start !== sentence.start) return found;
    const member = lineMember(analysis, sentence);
    const next = headingTarget(analysis, sentence);
    if (member && next === undefined && heading.left !== 0) {
      if (heading.left !== undefined) heading.left--;
      if (member.entity !== heading.to) found.push({ type: "SUPPORTS", from: member.entity, to: heading.to, span: { start: sentence.start, end: member.end }, confidence: 0.7, rule: "stance.heading-list" });
      return found;
    }
    state.heading = undefined;
    // "Piet Lund, Mara Olsen and Ivo Berg." as the one line under the heading.
    if (!member && next === undefined && sentence.paragraph === heading.paragraph + 1) {
      const listed = lineList(analysis, sentence);
      for (const m of listed) if (m.entity !== heading.to) found.push({ type: "SUPPORTS", from: m.entity, to: heading.to, span: { start: sentence.start, end: m.end }, confidence: 0.7, rule: "stance.heading-list" });
      if (listed.length > 0) return found;
    }
  }
  // "Endorsements: Piet Lund, Mara Olsen" in the section under "Anna Kovac".
  if (analysis.paragraphs[sentence.paragraph]?.start === sentence.start) {
    const head = state.heading ? undefined : sectionHead(analysis, sentence);
    if (head) state.section = { to: head.entity, paragraph: sentence.paragraph };
    const backers = !head && state.section && sentence.paragraph - state.section.paragraph <= SECTION_REACH ? SECTION_BACKERS.exec(lower) : null;
    if (backers) {
      const to = state.section!.to;
      const listed = actorsAfter(analysis, sentence, sentence.start + backers[0].length, to).filter((m) => m.type !== "Media" && !m.inQuote);
      for (const m of listed) found.push({ type: "SUPPORTS", from: m.entity, to, span: { start: sentence.start, end: m.end }, confidence: 0.7, rule: "stance.section-backers" });
      if (listed.length > 0) return found;
    }
  }
  // "Backing Anna Kovac: Piet Lund, Mara Olsen and Ivo Berg."
  const inline = INLINE_HEADING.exec(lower);
  if (inline && analysis.paragraphs[sentence.paragraph]?.start === sentence.start) {
    const to = mentionsIn(analysis, sentence.start + inline[0].length, Math.min(sentence.end, sentence.start + inline[0].length + 40)).find((m) => m.type === "Person" && !m.modifier);
    const colon = to && to.extendedStart === sentence.start + inline[0].length ? /^\s*(?:\(\d{1,3}\))?\s*:\s*/.exec(analysis.text.slice(to.end, sentence.end)) : null;
    if (to && colon) {
      for (const m of members(analysis, sentence, to.end + colon[0].length, to.entity)) found.push({ type: "SUPPORTS", from: m.entity, to: to.entity, span: { start: sentence.start, end: m.end }, confidence: 0.7, rule: "stance.heading-list" });
      if (found.length > 0) return found;
    }
  }
  if (lower.length <= 120 && /nominat|back|support|endors|mps|msps|meps/.test(lower)) {
    const to = headingTarget(analysis, sentence);
    if (to) {
      // "X – 7 nominated (8 declared support)": no more lines than the larger count.
      const counts = (lower.match(/\d{1,3}/g) ?? []).map(Number);
      state.heading = counts.length > 0 ? { to, paragraph: sentence.paragraph, left: Math.max(...counts) } : { to, paragraph: sentence.paragraph };
      return found;
    }
  }

  // "The 16 MSPs were A, B and C." after "X gained the support of 16 MSPs."
  if (intro && intro.sentence === sentence.index - 1) {
    const opens = NAMES_GROUP.exec(lower);
    // "The 16 MSPs were": the group named again by its own noun, not "The other candidates are".
    if (opens && (opens[1] === undefined || opens[1] === intro.head)) {
      for (const m of members(analysis, sentence, sentence.start + opens[0].length, intro.to)) {
        found.push({ type: "SUPPORTS", from: m.entity, to: intro.to, span: { start: sentence.start, end: m.end }, confidence: 0.7, rule: "stance.counted-group-named" });
      }
      if (found.length === 0) openLines(analysis, sentence, intro.to, state);
    }
  }

  if (lower.startsWith("both") || lower.startsWith("all ")) found.push(...recalledStances(analysis, sentence, lower));
  if (!(supportCued ?? SUPPORT_CUE.test(lower)) || !HEAD.test(lower)) return found;
  const group = counted(analysis, sentence, lower);
  if (!group) return found;
  // "X was nominated by five MSPs: herself, A, B and C."
  const colon = COLON_LIST.exec(analysis.text.slice(group.end, sentence.end));
  if (colon) {
    for (const m of members(analysis, sentence, group.end + colon[0].length, group.to)) {
      found.push({ type: "SUPPORTS", from: m.entity, to: group.to, span: { start: sentence.start, end: m.end }, confidence: 0.7, rule: "stance.counted-group-named" });
    }
  }
  if (found.length === 0) {
    state.intro = { to: group.to, sentence: sentence.index, head: group.head };
    openLines(analysis, sentence, group.to, state);
  }
  return found;
}
