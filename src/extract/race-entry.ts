/**
 * Entries into a race told over a clause or two: "X announced on Monday that she would stand", "X
 * was the third to enter the race", "The former minister is the latest candidate to declare a
 * bid" (after a sentence that names her alone). A denial ("would not stand") or a stand taken on
 * something else ("would stand by her decision") is no entry.
 *
 * Each finder reports the people it reads; the caller looks for the post after the statement and
 * falls back on the article's post.
 */
import { clauseStart, mentionsIn, quoteSpeakerAt } from "./clauses.js";
import { resolveGenderedPronoun } from "./pronoun-gender.js";
import type { AttributedQuote } from "./quotes.js";
import { listAfter, type RaceStatement } from "./race-statements.js";
import { CONFIRMED, ENTRY, FORWARD, JOIN, ONLY_WORD, ORDINAL, raceCues, SAID, STANDING_WORD } from "./race-cues.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/**
 * A verb of saying, a time or a place between it and the clause ("announced on Monday that",
 * "confirmed in a statement that", "told reporters on Friday"), then "he/she would run": the
 * pronoun is the one who enters. What follows the verb must close the clause or name the race.
 */
const SAID_WOULD_STAND =
  /\b(?:announced|confirmed|declared|said|told\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:on|at|in|during|after|late|early|last|this|earlier|yesterday|today)\b[^.;:“”"]{0,40}?\s+)?(?:that\s+)?(he|she)\s+(?:would|will|was\s+going\s+to|is\s+going\s+to|intended\s+to|intends\s+to)\s+(?:(?:formally|officially|also|now)\s+)?(?:run|stand|be\s+a\s+candidate|seek\s+the\s+(?:leadership|presidency|nomination|post|job|top\s+job)|contest\s+the\s+(?:leadership|presidency|nomination|election|race|post|vote|ballot))(?=\s*(?:[,.;:]|$|again\b|for\b|in\s+the\s+(?:race|contest|election|vote|ballot|leadership)\b|as\s+(?:a\s+|the\s+)?(?:candidate|contender)\b))/u;
/** A cheap test before {@link SAID_WOULD_STAND}. */
const SAID_CUE = /\s(?:would|will|going\s+to|intends?\s+to|intended\s+to)\s+(?:(?:formally|officially|also|now)\s+)?(?:run|stand|be\s+a|seek|contest)\b/;

/**
 * "is the third to enter the contest", "was the first candidate to declare", "became the latest
 * contender to throw her hat into the ring": a place in the order of entry.
 */
const ORDINAL_ENTRY =
  /\b(?:is|was|became|becomes|has\s+become)\s+(?:so\s+far\s+|now\s+|also\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|newest|only)\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:candidate|contender|hopeful|person|woman|man|politician|member|MP|AM|MSP|TD|MEP|senator|minister|lawmaker|legislator)\s+)?to\s+(?:(?:formally|officially|publicly)\s+)?(?:(?:enter|join)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:race|contest|field|running|fray)|(?:announce|declare|launch|confirm|submit|file|lodge|register)\s+(?:(?:his|her|their|a|an)\s+)?(?:(?:own|formal|official|leadership|presidential)\s+)?(?:bid|candidacy|candidature|campaign|nomination|intention\s+to\s+(?:run|stand))|(?:announce|declare)(?=\s+(?:for\s+the\s+(?:election|race|contest|leadership|post|job|presidency)|(?:his|her|their)\s+candidacy)\b)|put\s+(?:his|her|their)\s+names?\s+forward|throw\s+(?:his|her|their)\s+hats?\s+in|(?:run|stand)(?=\s*(?:[,.;]|$|for\s+the\b)))/u;
/** A cheap test before {@link ORDINAL_ENTRY}: an entry's verb. */
const ENTRY_CUE = /enter|join|announce|declare|launch|confirm|submit|file|lodge|register|forward|hat|run|stand/;
/** "The first to declare was X", "The latest candidate to enter the race is X": the order of entry, then the name. */
const ORDINAL_INVERTED =
  /\b[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|latest|last|newest)\s+(?:(?:candidate|contender|hopeful|person|politician)\s+)?to\s+(?:(?:formally|officially|publicly)\s+)?(?:(?:enter|join)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:race|contest|field|running|fray)|(?:announce|declare|launch|confirm)(?:\s+(?:his|her|their|a)\s+(?:bid|candidacy|candidature|campaign))?|put\s+(?:his|her|their)\s+names?\s+forward|throw\s+(?:his|her|their)\s+hats?\s+in(?:to)?\s+the\s+ring)\s+(?:was|is|has\s+been)\s+$/u;
/** A sentence-opening description ("The former minister", "The 54-year-old") that stands for the person named before it. */
const OPENING_DESCRIPTION = /^(?:The|This)\s+(?:[\p{L}\d-]+\s+){1,3}$/u;

/** "X put her name forward", "she has put his name forward for the leadership": an entry in her own words' stead. */
const NAME_FORWARD = /\b(?:has\s+|had\s+|formally\s+|officially\s+|finally\s+|also\s+)*(?:put|puts|putting)\s+(?:his|her|their)\s+names?\s+forward\b/u;
/** "she was joined by justice spokeswoman X": another entry, when the one joined is a candidate. */
const JOINED_BY = /\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:now\s+|also\s+|since\s+|soon\s+)?joined\s+by\s+/gu;
/** Up to a few words of a title between "joined by" and the name ("Ruritanian billionaire"). */
const TITLE_GAP = /^(?:[\p{L}.’'-]+\s+){0,4}$/u;
/** "joined A and B in formally entering the contest": those joined were in the race already. */
const JOINED_IN_ENTERING = /^\s+in\s+(?:(?:formally|officially|publicly)\s+)?(?:entering|joining|contesting)\s+the\s+(?:[\p{L}-]+\s+)?(?:race|contest|field|running|ballot|election)\b/u;
const JOINED_BEFORE = /\bjoin(?:s|ed)?\s+$/;

/**
 * Standing told by the ballot's own terms: "has secured enough nominations to stand", "was confirmed
 * as the sole nominee", "is the only woman in the race".
 */
const NOMINATIONS_HELD =
  /\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?(?:(?:secured|gathered|collected|obtained|reached|passed|gained|garnered|won)\s+)?|(?:secured|gathered|collected|obtained|reached|passed|gained|garnered|won)\s+)(?:enough|sufficient|the\s+(?:required|necessary|requisite|minimum)(?:\s+number\s+of)?|the\s+(?:\d+|threshold\s+of\s+\d+))\s+(?:[\p{L}-]+\s+)?(?:nominations|signatures|nominators|backers)\b/u;
const CONFIRMED_AS =
  /\b(?:is|was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+|duly\s+)?(?:confirmed|registered|accepted|validated|approved)\s+as\s+(?:a|an|the|its|their)\s+(?:(?:sole|only|official|valid|formal)\s+)?(?:candidate|nominee|contender)\b/u;
const ONLY_IN_RACE = /\b(?:is|was|remains|remained)\s+(?:now\s+|still\s+|also\s+)?the\s+(?:only|sole|lone)\s+(?:[\p{L}-]+\s+){0,2}?in\s+the\s+(?:race|contest|running|field)\b/u;


/** The person a statement at `at` is about: the first person of its clause, else a pronoun's. */
function subjectBefore(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  const { text } = analysis;
  const from = clauseStart(text, sentence, at);
  const first = mentionsIn(analysis, from, at).find((m) => m.type === "Person" && !m.modifier);
  // "X, nominated by Y, was the last": the subject, an apposition, then the verb.
  if (first && /^(?:\s*|\s*,[^.;:]*,\s*|\s*\([^()]*\)\s*)$/.test(text.slice(first.end, at))) return first;
  const pronoun = /\b(he|she)\s+$/i.exec(text.slice(from, at));
  if (pronoun) return resolveGenderedPronoun(analysis, from + pronoun.index + pronoun[0].indexOf(pronoun[1]!));
  return undefined;
}

/** The person a sentence-opening description stands for: the only person the sentence before names. */
function describedBefore(analysis: Analysis, sentence: Sentence, at: number, previous: Sentence | undefined): Mention | undefined {
  if (!previous || !OPENING_DESCRIPTION.test(analysis.text.slice(sentence.start, at))) return undefined;
  const people = mentionsIn(analysis, previous.start, previous.end).filter((m) => m.type === "Person" && !m.modifier && !m.inQuote);
  return people.length > 0 && people.every((m) => m.entity === people[0]!.entity) ? people[0] : undefined;
}

/** Entries into the race told by a verb of saying with a time between, or by a place in the order of entry. */
export function entryStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, otherRace: (phrase: string) => boolean, previous?: Sentence, isCandidate: (entity: string) => boolean = () => false): RaceStatement[] {
  const flags = (raceCues(analysis)[sentence.index] ?? 0) & ENTRY;
  if (flags === 0) return [];
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const out: RaceStatement[] = [];
  const outside = (m: Mention) => !m.inQuote && !quoteSpeakerAt(quotes, m.start);
  if (flags & SAID && SAID_CUE.test(body)) {
    const said = SAID_WOULD_STAND.exec(body);
    const at = said ? sentence.start + said.index : -1;
    if (said && !quoteSpeakerAt(quotes, at) && !otherRace(body.slice(said.index))) {
      const pronounAt = sentence.start + said.index + said[0].search(/\b(?:he|she)\s/);
      const person = resolveGenderedPronoun(analysis, pronounAt);
      const end = sentence.start + said.index + said[0].length;
      // "would run for parliament": a race named after "for" must be a post found there.
      const forWhat = /^\s*for\b/.test(text.slice(end, end + 5));
      if (person && outside(person)) out.push({ person, after: end, start: at, end, rule: "candidacy.said-would-stand", confidence: 0.75, needsPost: forWhat });
    }
  }
  // Both orders of entry hold "to" and an ordinal.
  const ordinal = (flags & ORDINAL) !== 0 && body.includes(" to ");
  if (ordinal && ENTRY_CUE.test(body)) {
    const entry = ORDINAL_ENTRY.exec(body);
    if (entry && !otherRace(body)) {
      const at = sentence.start + entry.index;
      const person = subjectBefore(analysis, sentence, at) ?? describedBefore(analysis, sentence, at, previous);
      const end = at + entry[0].length;
      if (person && outside(person)) out.push({ person, after: end, start: Math.min(person.start, at), end, rule: "candidacy.ordinal-entry", confidence: 0.75 });
    }
  }
  if (ordinal && (body.includes(" was ") || body.includes(" is ") || body.includes(" been "))) {
    for (const p of mentionsIn(analysis, sentence.start, sentence.end)) {
      if (p.type !== "Person" || p.modifier || !outside(p)) continue;
      const left = text.slice(Math.max(sentence.start, p.extendedStart - 90), p.extendedStart);
      const inverted = /\s(?:was|is|been)\s+$/.test(left) ? ORDINAL_INVERTED.exec(left) : null;
      if (inverted && !otherRace(body)) out.push({ person: p, after: p.end, start: p.extendedStart - left.length + inverted.index, end: p.end, rule: "candidacy.ordinal-entry", confidence: 0.75 });
    }
  }
  if (flags & (STANDING_WORD | CONFIRMED | ONLY_WORD)) {
    // Each shape only where its own words are.
    const standing = (flags & STANDING_WORD ? NOMINATIONS_HELD.exec(body) : null) ?? (flags & CONFIRMED && body.includes(" as ") ? CONFIRMED_AS.exec(body) : null) ?? (flags & ONLY_WORD && body.includes(" in the ") ? ONLY_IN_RACE.exec(body) : null);
    const at = standing ? sentence.start + standing.index : -1;
    const left = standing ? body.slice(0, standing.index) : "";
    // "failed to secure enough nominations", "has not secured": no standing.
    const denied = /\b(?:not|never|n['’]t|failed|fails|hopes?|hoping|wants?|seeks?|trying|needs?|if|whether|unless)\b[^,.;]*$/i.test(left);
    const person = standing && !denied && !otherRace(body) ? (subjectBefore(analysis, sentence, at) ?? describedBefore(analysis, sentence, at, previous)) : undefined;
    if (person && outside(person)) out.push({ person, after: at + standing![0].length, start: Math.min(person.start, at), end: at + standing![0].length, rule: "candidacy.standing", confidence: 0.75 });
  }
  if (flags & FORWARD) {
    const named = NAME_FORWARD.exec(body);
    const at = named ? sentence.start + named.index : -1;
    const person = named && !otherRace(body) ? subjectBefore(analysis, sentence, at) : undefined;
    if (person && outside(person)) out.push({ person, after: at + named![0].length, start: Math.min(person.start, at), end: at + named![0].length, rule: "candidacy.name-forward", confidence: 0.75 });
  }
  if (flags & JOIN && body.includes("joined")) out.push(...joinedBy(analysis, sentence, out, isCandidate, outside));
  if (flags & JOIN) {
    for (const p of mentionsIn(analysis, sentence.start, sentence.end)) {
      if (p.type !== "Person" || p.modifier || !JOINED_BEFORE.test(text.slice(Math.max(sentence.start, p.extendedStart - 10), p.extendedStart))) continue;
      const list = listAfter(analysis, sentence, p.extendedStart, false);
      if (!JOINED_IN_ENTERING.test(text.slice(list[list.length - 1]!.end, sentence.end)) || otherRace(body)) continue;
      for (const q of list) if (outside(q)) out.push({ person: q, after: q.end, start: p.extendedStart, end: q.end, rule: "candidacy.joined-in", confidence: 0.75 });
      break;
    }
  }
  return out;
}

/** "she was joined by X": X entered the race the one joined is in, when that one is a candidate. */
function joinedBy(analysis: Analysis, sentence: Sentence, read: readonly RaceStatement[], isCandidate: (entity: string) => boolean, outside: (m: Mention) => boolean): RaceStatement[] {
  const { text } = analysis;
  const out: RaceStatement[] = [];
  const body = text.slice(sentence.start, sentence.end);
  JOINED_BY.lastIndex = 0;
  let jm: RegExpExecArray | null;
  while ((jm = JOINED_BY.exec(body)) !== null) {
    const at = sentence.start + jm.index;
    const joined = subjectBefore(analysis, sentence, at);
    if (!joined || !(isCandidate(joined.entity) || read.some((r) => r.person.entity === joined.entity))) continue;
    const from = at + jm[0].length;
    const first = mentionsIn(analysis, from, Math.min(sentence.end, from + 80)).find((m) => m.type === "Person" && !m.modifier);
    if (!first || first.entity === joined.entity || !TITLE_GAP.test(text.slice(from, first.start))) continue;
    for (const q of listAfter(analysis, sentence, first.extendedStart, false)) if (outside(q) && q.entity !== joined.entity) out.push({ person: q, after: q.end, start: at, end: q.end, rule: "candidacy.joined-by", confidence: 0.7 });
  }
  return out;
}
