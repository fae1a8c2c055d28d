/**
 * Support declared with no one named ("A also tweeted his support", "B and C have voiced their
 * support"): newswire writes so in a passage about one candidate, whom the support is for. The
 * candidate is the one the paragraph opens on, else the only candidate named in the sentence
 * before and in this one up to the support; two candidates there, or none, and nothing is read.
 */
import { isActor, mentionsIn, quoteSpeakerAt } from "./clauses.js";
import { afterLastStop, beforeFirstStop, conjoinedBefore, hedged, NEGATION, partOfParty, racePeople, subjectBefore, type Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, DraftClaim, Mention, Sentence } from "./types.js";

/** The words every declaration holds: literal tests before the pattern. */
const CUE = /\b(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:support|backing|endorsement)\b/;

/** A cheap test on the sentence in lower case before the reader runs. */
export function hasFocusCue(lower: string): boolean {
  return (lower.includes("support") || lower.includes("backing") || lower.includes("endorsement")) && CUE.test(lower);
}

/** The declaration: "tweeted his support", "have voiced their full support", "has now given his endorsement". */
const DECLARED = /(?<!\w)(?:voiced|declared|offered|pledged|tweeted|announced|expressed|gave|given|lent|confirmed|signalled|signaled|reiterated|restated|registered|added|made\s+public|made\s+known)\s+(?:his|her|their)\s+(?:(?:own|full|strong|unequivocal|enthusiastic|unwavering|public|formal|firm|early|personal|wholehearted|unconditional|total|strongest)\s+(?:and\s+)?){0,2}(?:support|backing|endorsement)(?!\w)/giu;

/** After the support, what names its object or makes it something else's: "for X", "to the plan", "behind her", "of the plan". */
const OBJECT_FOLLOWS = /^\s*(?:for|to|behind|of|from|with|towards?|among|within|as|in\s+favou?r|in\s+principle|on\s+the\s+condition|instead|elsewhere)\b|^\s*(?:\(|['’]s\b)/i;

/** Words near a name that make its person a candidate: "candidate X", "X launched her campaign", "X's bid". */
const CANDIDATE_NEAR = /\b(?:candidate|candidacy|candidature|contender|challenger|front-?runner|frontrunner|nominee|hopeful|bid|campaign|race|running|standing|vying|competing|leadership|nomination)s?\b/i;

/** After a name that opens a paragraph: its verb or its possessive ("X's bid has", "X launched"). */
const OPENER_AFTER = /^(?:['’]s?\s|\s+(?:is|was|has|had|will|would|\p{Ll}+ed|\p{Ll}+s)\b)/u;

/** A name in a list ("X and Y are", "X, Y"): the paragraph is about more than one person. */
const CONJOINED_AFTER = /^\s*(?:,|and\b|&)/;

/** Between two people of a list, past the first one's origin: " from the Green party and ", ", ". */
const LIST_GAP = /^(?:\s+(?:from|of)\s+(?:the\s+)?[^,;:.“”"()]{1,40}?)?\s*(?:,\s*|,?\s+and\s+|\s+as\s+well\s+as\s+)$/;

/** The people listed with `first` before it ("A, B and C have voiced their support"), each with their origin. */
function listedBefore(analysis: Analysis, sentence: Sentence, first: Mention): Mention[] {
  const found = conjoinedBefore(analysis, sentence, first).filter((m) => m.type === "Person");
  if (found.length > 0) return found;
  const { text } = analysis;
  const out: Mention[] = [];
  let next = first;
  const people = mentionsIn(analysis, sentence.start, first.start).filter((m) => m.type === "Person" && !m.modifier);
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (!LIST_GAP.test(text.slice(p.end, next.extendedStart).replace(/\s+(?:\p{Lu}[\p{L}-]*|of|for|the)(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|the))*$/u, " "))) break;
    out.push(p);
    next = p;
  }
  return out;
}

/** Between a person and the party or country they come from: "X from the Green party", "X of Ghana". */
const ORIGIN_BEFORE = /\s(?:from|of)\s+(?:the\s+)?$/;

/** The person a party or country is the origin of ("X from the Greens"), else the subject itself when it is a person. */
function personOfOrigin(analysis: Analysis, actor: Mention): Mention | undefined {
  const { text } = analysis;
  const gap = ORIGIN_BEFORE.exec(text.slice(Math.max(0, actor.extendedStart - 12), actor.extendedStart));
  if (!gap) return actor.type === "Person" ? actor : undefined;
  const person = mentionsIn(analysis, Math.max(0, actor.extendedStart - 80), actor.extendedStart).filter((m) => m.type === "Person" && !m.modifier).pop();
  return person && actor.extendedStart - gap[0].length - person.end <= 2 ? person : undefined;
}

const candidateCache = new WeakMap<Analysis, Set<string>>();

/** The people the article names beside a race word anywhere ("candidate X", "X launched her campaign", "X's bid"), once per article. */
function candidatePeople(analysis: Analysis): Set<string> {
  let people = candidateCache.get(analysis);
  if (people) return people;
  people = new Set(racePeople(analysis));
  const { text } = analysis;
  for (const m of analysis.mentions) {
    if (m.type !== "Person" || m.modifier || people.has(m.entity)) continue;
    const before = afterLastStop(text.slice(Math.max(0, m.extendedStart - 40), m.extendedStart));
    const after = beforeFirstStop(text.slice(m.end, m.end + 50));
    const title = m.extendedStart < m.start ? text.slice(m.extendedStart, m.start) : "";
    if (CANDIDATE_NEAR.test(before) || CANDIDATE_NEAR.test(after) || CANDIDATE_NEAR.test(title)) people.add(m.entity);
  }
  candidateCache.set(analysis, people);
  return people;
}

/** Whether the person of `m` is a candidate in this article: named beside a race word, or the target of a stance. */
function candidateLike(analysis: Analysis, m: Mention, targets: ReadonlySet<string>): boolean {
  return targets.has(m.entity) || candidatePeople(analysis).has(m.entity);
}

/** The person a paragraph opens on as its subject ("X's bid has ...", "X launched ..."), alone. */
function paragraphOpener(analysis: Analysis, sentence: Sentence): Mention | undefined {
  const paragraph = analysis.paragraphs[sentence.paragraph];
  if (!paragraph) return undefined;
  const first = mentionsIn(analysis, paragraph.start, Math.min(paragraph.end, paragraph.start + 200)).find((m) => isActor(m));
  if (!first || first.type !== "Person" || first.inQuote) return undefined;
  if (first.extendedStart - paragraph.start > 4) return undefined;
  const { text } = analysis;
  const after = text.slice(first.end, first.end + 30);
  if (!OPENER_AFTER.test(after) || CONJOINED_AFTER.test(after)) return undefined;
  return first;
}

/**
 * The candidate a support at `at` with no object is for: the paragraph's opener when it is a
 * candidate and its own clause names no other one; else the one candidate named from the start of
 * the sentence before (in this paragraph or the one before) up to `at`.
 */
function focusCandidate(analysis: Analysis, sentence: Sentence, at: number, holders: readonly string[], targets: ReadonlySet<string>): string | null {
  const { text, sentences } = analysis;
  const opener = paragraphOpener(analysis, sentence);
  if (opener && !holders.includes(opener.entity) && candidateLike(analysis, opener, targets)) {
    // The opener's clause, up to a dash, a semicolon or a colon: "X is running against Y" is about two.
    const clauseEnd = Math.min(at, ...[/[—–;:]/.exec(text.slice(opener.end, at))?.index].filter((i): i is number => i !== undefined).map((i) => opener.end + i));
    const rivals = mentionsIn(analysis, opener.end, clauseEnd).filter((m) => m.type === "Person" && !m.modifier && m.entity !== opener.entity && !holders.includes(m.entity) && candidateLike(analysis, m, targets));
    if (rivals.length === 0) return opener.entity;
    return null;
  }
  const previous = sentences[sentence.index - 1];
  const from = previous && previous.paragraph >= sentence.paragraph - 1 ? previous.start : sentence.start;
  const named = new Set<string>();
  for (const m of mentionsIn(analysis, from, at)) {
    if (m.type !== "Person" || m.modifier || m.inQuote || holders.includes(m.entity)) continue;
    if (candidateLike(analysis, m, targets)) named.add(m.entity);
  }
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * Support declared with no object in `sentence`, for the candidate the passage is about.
 * `claims` are the stances of the sentences before (their targets are candidates too).
 */
export function focusStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], claims: readonly DraftClaim[]): Found[] {
  const { text, entities } = analysis;
  const out: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  DECLARED.lastIndex = 0;
  let d: RegExpExecArray | null;
  let targets: Set<string> | undefined;
  while ((d = DECLARED.exec(body)) !== null) {
    const start = sentence.start + d.index;
    const end = start + d[0].length;
    if (OBJECT_FOLLOWS.test(text.slice(end, end + 24))) continue;
    if (quoteSpeakerAt(quotes, start)) continue;
    const subject = subjectBefore(analysis, sentence, start, quotes, []);
    if (!subject?.mention || !isActor(subject.mention)) continue;
    // "Minister X from Party Y have voiced their support": the person, not the party named after them.
    const holder = personOfOrigin(analysis, subject.mention);
    if (!holder || partOfParty(analysis, holder)) continue;
    // "has not yet declared his support", "would offer his support if": nothing declared.
    const between = text.slice(subject.end, start);
    if (NEGATION.test(between) || hedged(text, subject.end, start) || /\b(?:whether|if|unless|when)\b/i.test(text.slice(sentence.start, holder.start))) continue;
    const holders = [holder, ...listedBefore(analysis, sentence, holder)];
    targets ??= new Set(claims.filter((c) => entities.get(c.to)?.type === "Person").map((c) => c.to));
    const to = focusCandidate(analysis, sentence, start, holders.map((h) => h.entity), targets);
    if (!to) continue;
    for (const h of holders) out.push({ type: "SUPPORTS", from: h.entity, to, span: { start: Math.min(h.start, start), end }, confidence: 0.6, rule: "stance.focus-support" });
  }
  return out;
}
