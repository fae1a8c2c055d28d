/**
 * Stage 6: who supports or opposes whom, and who speaks for whom.
 *
 * The shapes read here:
 * - active: "Hungary refused to support the candidacy of X", "we support X's candidacy",
 *   "Washington could not support X" (a negated support is opposition; a negated opposition,
 *   "would not oppose", and a hedged one, "is expected to back", are no stance at all), criticism
 *   ("criticised X's nomination", "raised concerns about X") and campaigns to stop someone;
 * - passive: "X's candidacy is supported by A, B and C" (every actor of the "by" list), also
 *   reduced ("X, backed by A,") and at the start of a sentence ("Backed by A, X ...");
 * - nominal: "X, running with the backing of A and B"; support lost or opposition faced;
 * - control verbs: "A wants X to lead", "A urged members to reject X";
 * - praise or unfitness said by someone: `Dumont said X "would make an excellent President"`;
 * - stances said as nouns and gratitude for support (`stance-nouns.ts`);
 * - stances given to a list by the group it names ("those who voted against X are A, B", `stance-lists.ts`).
 *
 * "We" and "I" inside a quotation are its speaker. A person who reports that the country or
 * organization they speak for takes a stance ("spokesperson Wang said Beijing backs X") holds it
 * too, and when their role named no country, this is how we learn which one they speak for.
 */
import { CRITICISM, NOMINAL_LOSS, NOMINAL_SUPPORT, OPPOSE_VERBS, PASSIVE_STANCE, PRAISE, SUPPORT_VERBS, UNFIT } from "./lexicon/verbs.js";
import { clauseStart, isActor, mentionsIn, quoteSpeakerAt, resolvePersonPronoun, skipRanges } from "./clauses.js";
import { GRATITUDE_WORDS, gratitudeStances, nounStances, STANCE_NOUN_WORD } from "./stance-nouns.js";
import { describedFocal } from "./stance-described.js";
import { describedObjectStances, hasDescribedObjectCue } from "./described-objects.js";
import { describedChoiceStances, hasDescribedChoiceCue } from "./described-choices.js";
import { hasJoinedHolderCue, joinedHolderStances } from "./joined-holders.js";
import { titledFocal } from "./titled-focus.js";
import { describedSubject } from "./described-subjects.js";
import { CLOSING_CUE as GROUP_CLOSING_CUE, CUE as GROUP_CUE, groupListStances, type OpenGroup } from "./stance-lists.js";
import { linkedListStances, SUPPORT_CUE as LINKED_SUPPORT_CUE, type LinkState } from "./stance-linked-lists.js";
import { CUE as OWN_GOVERNMENTS_CUE, ownGovernmentStances } from "./stance-own-governments.js";
import { CUE as COPULA_CUE, holdersAfterCopula } from "./holders-after-copula.js";
import { CUE as CAMPAIGN_CUE, campaignRoleStances } from "./campaign-roles.js";
import { candidatesBefore } from "./conjoined-candidates.js";
import { CUE as HOPE_CUE, hopedWinnerStances } from "./hoped-winners.js";
import { CUE as RELATIVE_CUE, objectRelativeStances } from "./object-relatives.js";
import { CUE_WORDS as PRAISED_WORDS, hasPraisedCue, praisedAsStances } from "./praised-as.js";
import { focusStances, hasFocusCue } from "./stance-focus.js";
import { supportNotGiven } from "./stance-not-given.js";
import { groupClauseBefore, subordinateGerund, wordsAboutObject } from "./stance-holder-guards.js";
import { CUE as SIGNATORY_CUE, signatoryStances, type SignatoryState } from "./stance-signatories.js";
import { echoedStances, invertedHeadEnd, invertedStances } from "./stance-inverted.js";
import { actorSayerBefore, actorsAfter, candidateBefore, conjoinedBefore, hedged, NEGATION, objectAfter, partOfParty, personList, personRightAfter, POSSESSIVE_PRONOUN_OBJECT, RIVALS_APPOSITION, sayerBefore, subjectBefore, type Found } from "./stance-parts.js";
import type { AttributedQuote } from "./quotes.js";
import { isNarrow, narrowSlice } from "./narrow-text.js";
import { CueUnion, JoinedSentences } from "./joined-sentences.js";
import { criticisedForConduct, indirectChoice, lossOnlyPossible, negationNoRefusal, notOnlyBefore, opposedInARace, opposedSomethingElse, opposedThroughGerund, opposedWithOthers, oppositionBlocked, ownOppositionLead, personInsideThing, refusedBeforeSubject, sayerInLead } from "./opposition-guards.js";
import { CUE as CRITIC_CUE, criticStances } from "./opposition-critics.js";
import { CUE_WORD as JUDGMENT_WORD, judgedStances } from "./opposition-judgments.js";
import { CUE as PREVENTION_CUE } from "./opposition-prevention.js";
import { CUE as OUSTER_CUE } from "./opposition-ouster.js";
import { CUE as LETTER_CUE } from "./opposition-letters.js";
import { supportInstead } from "./opposition-coordinated.js";
import { furtherOpposed } from "./opposition-further-objects.js";
import { oppositionActStances } from "./opposition-acts.js";
import { JOINED_OPPOSITION_CUES, joinedOppositions, letterStances, oppositionStances, oppositionState } from "./opposition-readers.js";
import { wordsPattern } from "./word-cues.js";
import type { Analysis, DraftClaim, Mention, Sentence, Span } from "./types.js";

type Kind = "passive" | "nominal" | "loss" | "praise" | "unfit" | "oppose" | "support";
const KINDS: readonly Kind[] = ["passive", "nominal", "loss", "praise", "unfit", "oppose", "support"];

/** The kind of a {@link TriggerScan} match: its one named group that took part (no key list built per match). */
function triggerKind(t: RegExpExecArray): Kind {
  const groups = t.groups!;
  return KINDS.find((k) => groups[k] !== undefined)!;
}

/**
 * The stance triggers, as one alternation would read them:
 * `passive|\b(?:nominal|loss|praise|unfit|oppose|support)`, searched in two parts in that order, the
 * passive only where its cue is present ({@link TriggerScan} merges them).
 * Matched against the text in lower case: a case-insensitive Unicode pattern this large is several times slower.
 */
const TRIGGER_PARTS: readonly { pattern: RegExp; cue?: RegExp }[] = [
  // Every passive ends with a space and "by".
  { pattern: new RegExp(`(?<passive>(?:\\b|(?=[—–]))${PASSIVE_STANCE})`, "gu"), cue: /\sby/u },
  // Every other kind opens with a lower-case ASCII letter: the lookahead spares the alternation at word ends.
  { pattern: new RegExp(`\\b(?=[a-z])(?:(?<nominal>${NOMINAL_SUPPORT})|(?<loss>${NOMINAL_LOSS})|(?<praise>${PRAISE})|(?<unfit>${UNFIT})|(?<oppose>(?:${OPPOSE_VERBS})\\b)|(?<support>(?:${SUPPORT_VERBS})\\b))`, "gu") },
];

/** The {@link TRIGGER_PARTS} searched over all sentences at once ({@link joinedTriggers}): those without a cue. */
const JOINED_PARTS = TRIGGER_PARTS.map((part) => !part.cue);

/**
 * Per sentence, the matches of each joined part (those without a cue) in the sentence, found by one
 * search over all sentences: the large pattern's code then stays in the caches. Neither part reads
 * ";" (no class of theirs holds it, and they have no wildcard, anchor or lookbehind).
 */
function joinedTriggers(joined: JoinedSentences, count: number): (RegExpExecArray[] | undefined)[][] {
  const byPart = TRIGGER_PARTS.map((part, i) => (JOINED_PARTS[i] ? joined.matches(part.pattern) : undefined));
  const out: (RegExpExecArray[] | undefined)[][] = [];
  for (let s = 0; s < count; s++) out.push(byPart.map((found) => found?.[s]));
  return out;
}

/**
 * The triggers of one sentence in text order, exactly those of the single alternation of the
 * {@link TRIGGER_PARTS}: the earliest match wins, and at the same offset the earlier part. A match
 * found ahead is kept while it still lies after where the search resumes, since whether a pattern
 * matches at an offset does not depend on where the search began.
 */
class TriggerScan {
  /** Per part: its next match, null when there is none (or its cue is absent), undefined before the first search. */
  private readonly ahead: (RegExpExecArray | null | undefined)[];
  /** Per part: its matches found beforehand in order, and how many of them were taken (undefined: it is searched here). */
  private readonly known: (RegExpExecArray[] | undefined)[];
  private readonly taken: number[];
  private from = 0;

  constructor(
    private readonly body: string,
    known: readonly (RegExpExecArray[] | undefined)[],
  ) {
    this.ahead = TRIGGER_PARTS.map((part) => (part.cue && !part.cue.test(body) ? null : undefined));
    this.known = known.slice();
    this.taken = TRIGGER_PARTS.map(() => 0);
  }

  /** The next trigger, or null at the end of the sentence. */
  next(): RegExpExecArray | null {
    let chosen: RegExpExecArray | null = null;
    for (let i = 0; i < TRIGGER_PARTS.length; i++) {
      let m = this.ahead[i];
      if (m === null) continue;
      if (m === undefined || m.index < this.from) m = this.ahead[i] = this.search(i);
      if (m && (!chosen || m.index < chosen.index)) chosen = m;
    }
    if (chosen) this.from = chosen.index + chosen[0].length;
    return chosen;
  }

  /**
   * Part `i`'s first match at or after `from`. The next match found beforehand is the first at or
   * after where the one taken before it ends: it is the answer when it is at or after `from` and
   * `from` is past that end (else a match of an earlier part overlapped, and the part is searched here).
   */
  private search(i: number): RegExpExecArray | null {
    const known = this.known[i];
    if (known) {
      const next = this.taken[i]!;
      const after = next === 0 ? 0 : known[next - 1]!.index + known[next - 1]![0].length;
      if (this.from >= after) {
        if (next >= known.length) return null;
        if (known[next]!.index >= this.from) {
          this.taken[i] = next + 1;
          return known[next]!;
        }
      }
      this.known[i] = undefined;
    }
    return searchFrom(TRIGGER_PARTS[i]!.pattern, this.body, this.from);
  }
}

function searchFrom(pattern: RegExp, body: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(body);
}

/** The text with ASCII capitals in lower case: same length and offsets, for the case-sensitive triggers. */
function lowerAscii(text: string): string {
  const lower = text.toLowerCase();
  // Only "İ" lengthens in lower case: at equal lengths the characters map one to one, and the
  // non-ASCII ones that changed ("É") are put back.
  if (lower.length !== text.length) return text.replace(/[A-Z]+/g, (w) => w.toLowerCase());
  let out = "";
  let from = 0;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    if (lower.charCodeAt(m.index) === m[0].charCodeAt(0)) continue;
    out += lower.slice(from, m.index) + m[0];
    from = m.index + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}
// Characters that may change case: neither ASCII, nor Latin-1 signs, nor general punctuation.
const NON_ASCII = /[^\0-\xbf\u2000-\u206f]/g;
const CRITICISM_AT = new RegExp(`^(?:${CRITICISM})`, "iu");
/** What criticism of a person's belongings is about when it is a stance: their candidacy, not their speech. */
const CRITICISED_THING = /^['’]s?\s+(?!(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|appointment|election|selection|record|qualifications?|suitability|fitness|campaign|credentials|experience|ability|competence|judgment|judgement)\b)\p{L}/u;
/** A question that asks why one would not: "what excuse do we have not to", "why would anyone not". */
const RHETORICAL = /(?<!\w)(?:what|which)\s+(?:other\s+)?(?:excuses?|reasons?|grounds?|justification|choice)\s+(?:do|does|did|would|could|can)\s+[\p{L}\s]{1,30}?(?:have|find|give)\s+(?:for\s+)?not\s+(?:to\s+)?$|(?<!\w)why\s+(?:would|should)\s+(?:we|I|you|anyone|anybody)\s+not\s+$/iu;
/** A refused possession of support: "did not have the backing of", "doesn't enjoy the support of" (not "has not yet won"). */
const LACKED = /^\s*(?:(?:did|does|do|could|would|will)\s*n['’]t|(?:did|does|do|could|would|will|has|have|had)\s+not|never)\s+(?:(?:have|had|has|enjoy|enjoyed|win|won|get|got|secure|secured|gain|gained|receive|received)\s+)(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:backing|support|endorsements?|votes?)\s+(?:of|from)$/u;
/** A group named by its number and then listed: "these 19 members:", "the following lawmakers:". */
const COLON_GROUP = /^\s*:\s*$|^\s*(?:these|those|the\s+following|the|all|at\s+least)\s+(?:(?:\d+|[a-z]+)\s+)?(?:[a-z]+\s+)?(?:members|lawmakers|legislators|mps|senators|representatives|republicans|democrats|conservatives|delegates|holdouts|rebels|countries|nations|states|governments|federations|associations|unions|people|individuals|figures|politicians|ministers|leaders)?\s*:\s*$/i;
/** Cheap tests before the inverted and elliptical readers. */
const INVERTED_CUE = /^\s*["“]?(?:also|joining|backing|supporting|endorsing|nominating|opposing)\s/;
const ECHO_CUE = /\b(?:as|so)\s+(?:did|does|do|has|have|had|will|would|was|were|is|are)\s/;
/** A negation that bears on the verb right after it: only auxiliaries, adverbs and verbs of will or ability between. */
const LOCAL_NEGATION = /(?:\b(?:not|never|no\s+longer|cannot)|n['’]t)(?:\s+(?:\p{L}+ly|yet|be|been|being|to|able|going|have|has|had|do|does|did|will|would|could|can|should|must|any\s+longer|longer|want|wish|intend|plan|expect|prepared|willing|ready|in\s+a\s+position|decide|decided|agree|agreed|choose|chose|going|vote\s+to|that|it|he|she|they|we|I|would|could|[\p{L}-]+\s+to))*\s*$/u;
/** After "back": the adverb's words ("back to", "back in 2015", "back home"). */
const BACK_ADVERB_AFTER = /^\s+(?:to|in|into|on|onto|from|home|at|up|down|out|off|again|then|now|when|after|and\s+forth)\b/;
/** Before "back": a verb of motion or being that makes it the adverb ("came back", "is back"). */
const BACK_ADVERB_BEFORE = /(?<!\w)(?:came|come|comes|coming|went|go|goes|going|get|gets|got|getting|bounc\p{L}*|fought|fight\p{L}*|bring\p{L}*|brought|is|was|were|are|be|been|being|way)\s+$/iu;
/** Right before a support verb: the subject's own intention ("plans to", "intends to", "is going to"). */
const OWN_INTENTION = /\b(?:plans?|planned|planning|intends?|intended|intending|(?:is|are|was|were|am)\s+going|['’](?:s|re|m)\s+going)\s+to\s+(?:\p{L}+ly\s+)?$/u;
/** Between a subject and "in X's favour": a withdrawal ("withdrew", "stood down", "pulled out of the race"). */
const STOOD_ASIDE = /^\s+(?:\p{L}+ly\s+|has\s+|had\s+|have\s+)*(?:withdr\p{L}*|pull\p{L}*\s+out|st(?:ood|and\p{L}*)\s+(?:down|aside)|step\p{L}*\s+(?:down|aside)|quit\p{L}*|dropp?\p{L}*\s+out|bow\p{L}*\s+out)\b[^,;]{0,40}?\s+in\s+(?:the\s+)?$/u;
/** A praise that is the holder's own support held or lost: "has her full support", "lost his backing". */
const OWN_SUPPORT = /^(?:has|had|have|get|gets|got|will|would|lost|loses|losing|lose)\b/i;
/** After a holder's name, before a passive: "'s position", "'s plan" (not "'s candidacy"). */
const OWN_THING = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:position|stance|view|views|call|calls|proposal|plan|move|approach|policy|idea|demand|demands|push|efforts?|argument|line|bid\s+to\s+(?:stop|block)|campaign\s+(?:against|to\s+stop))\b/u;
/** Before a stance verb, in its clause: a question or a denial ("whether she backed", "denied that he had endorsed"). */
const ASKED_OR_DENIED = /\b(?:whether|(?:asked|asking|wondering|unclear|undecided\s+(?:on|about))\s+(?:whom|who|which\s+(?:candidate|one))|(?:denied|denies|deny|denying)(?:\s+(?:that|ever|having|reports|claims|suggestions))?|(?:rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?|speculation|rumou?rs?)(?:\s+that)?)\b[^,;.“”"]*$/i;
/** A cheap test before {@link ASKED_OR_DENIED}, on the lower-case text. */
const ASKED_CUE = /whether|den(?:y|ie)|reject|dismiss|refut|whom|who |which candidate|which one/;
/** Between a stance verb and its object: a noun whose object the person is ("rejected criticism of X", "backed calls for X to quit"). */
const NOT_THE_OBJECT = /\b(?:criticism|attacks?|claims?|allegations?|accusations?|reports?|rumou?rs?|suggestions?|calls?|demands?|charges?|complaints?|questions?)\s+(?:of|about|against|on|over|for|that|from|by)\s+(?:the\s+)?$/i;
/** Between a stance verb and its object: "anyone but", "any candidate other than". */
const ANYONE_BUT = /\b(?:anyone|anybody|everyone|everybody|any\s+(?:other\s+)?(?:candidate|one))\s+(?:but|except|other\s+than|apart\s+from|besides)\s+$/i;
/**
 * Between a negation and a support verb: the support is only not declared ("not publicly backed",
 * "not yet endorsed", "have not backed her": a present perfect tells what has not happened so far).
 */
const UNDECLARED = /(?:\bnot|n['’]t)\s+(?:\p{L}+\s+){0,2}?(?:openly|publicly|formally|officially|explicitly|yet|so\s+far)\s+(?:\p{L}+\s+)?$|\b(?:has|have)\s+not\s+(?:\p{L}+ly\s+)?$|\b(?:hasn|haven)['’]t\s+(?:\p{L}+ly\s+)?$/u;
/** Right before a stance verb: an unwillingness that refuses it ("unwilling to support", "his reluctance to back"). */
const UNWILLING = /\b(?:unwilling(?:ness)?|reluctan(?:t|ce)|loath|loth|refus(?:al|e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+(?:\p{L}+ly\s+)?$/u;
/** A verb of expecting or wishing before "B to <verb>": B's stance is someone else's guess or wish. */
const EXPECTED = /(?<!\w)(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|tip(?:s|ped)?|forecast(?:s|ed)?|want(?:s|ed)?|wish(?:es|ed)?|need(?:s|ed)?|would\s+like)\s+(?:\p{Lu}[\p{L}.'’-]*\s+|the\s+|its\s+|his\s+|her\s+|their\s+|[\p{Ll}-]+\s+){1,5}?to\s+$|(?<!\w)(?:is|are|was|were)\s+(?:widely\s+)?(?:said|believed|thought|understood|reported|rumou?red)\s+to\s+$/iu;
/** After a person's name: something of theirs that a stance may be about instead of them. */
const PERSONS_THING = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:proposals?|plans?|reports?|calls?|ideas?|polic(?:y|ies)|reforms?|approach|position|stance|views?|agenda|initiatives?|bill|motion|amendments?|resolution|budget|deal|programm?es?|programs?|efforts?|decisions?|remarks|comments|statements?|speech|book|handling|vision|strategy|manifesto|platform|request|suggestions?|demands?|offer|appeal|project|law|legislation|claims?|allegations?|accusations?|arguments?|charges?|assertions?|account|version|interpretation|analysis|complaints?|criticism|challenge|appeal|lawsuit|case|petition)\b/u;
function criticismVerb(word: string): boolean {
  return CRITICISM_AT.test(word);
}
/** Right after a name: its verb of saying. */
const SAID_AFTER = /^\s+(?:said|says|told|added|noted|argued|insisted|stressed|warned|wrote|explained|claimed)\b/;
/** Right before a gerund: "has ruled out backing", "rules out publicly endorsing". */
const RULED_OUT = /\brul(?:e|es|ed|ing)\s+out\s+(?:\p{L}+ly\s+)?$/u;
const QUESTION_END = /\?["”’)\]]*\s*$/;
const SUPPORT_NOUN_BEFORE = /\b(?:the|a|more|most|much|less|broad|broader|strong|stronger|wide|wider|widespread|overwhelming|popular|enough|growing|public|significant|considerable|substantial|some|any|little|huge|massive|solid|key|crucial|his|her|its|their|our|of|for|with|without|no|had|has|have|won|managed|gained|enjoyed|enjoys|drew|received|garnered|lost|lacks?|lacked|needs?|needed|sought|seeks)\s+$/i;
export interface StanceResult {
  claims: DraftClaim[];
  /** Roles learned from reported speech: person key -> the entity they speak for, with the evidence. */
  inferredSpeakers: { person: string; of: string; span: Span; sentence: number }[];
}

/** Words between a candidate and the post a stance names: "support X as next NATO chief", "X's bid for". */
const STANCE_POST = /^\s*(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:candidacy|candidature|bid|nomination|campaign)\s+)?(?:as|for|to\s+(?:become|be|lead|head|succeed\s+\S+\s+as))\s+(?:the\s+)?(?:(?:next|new|future|incoming)\s+)?/u;

/** The post a stance on the candidate ending at `at` is tied to, when the words right after name one. */
function stancePost(analysis: Analysis, sentence: Sentence, at: number): string | undefined {
  const window = analysis.text.slice(at, Math.min(sentence.end, at + 120));
  const lead = STANCE_POST.exec(window);
  if (!lead) return undefined;
  const post = mentionsIn(analysis, at, Math.min(sentence.end, at + 120)).find((m) => m.type === "Post");
  return post && post.start - (at + lead[0].length) <= 12 ? post.entity : undefined;
}

/** A party named by the plural of its members ("Republicans", "Tories"): some of them, which is not the party. */
export function partyMembers(analysis: Analysis, m: Mention): boolean {
  if (m.type !== "Organization" || !m.entity.endsWith("-party") || !/^\p{Lu}\p{Ll}+s$/u.test(analysis.text.slice(m.start, m.end))) return false;
  // "all 212 Democrats": every member is the party.
  return !/\b(?:all|every\s+one\s+of\s+the)\s+(?:(?:the|\d+|[a-z]+)\s+)?$/i.test(analysis.text.slice(Math.max(0, m.extendedStart - 30), m.extendedStart));
}

/** Whether a stance's holder is more than some of a party's members ("20 Republicans", "Labour branches"). */
function wholeHolder(analysis: Analysis, f: Found): boolean {
  return !f.subjectMention || !(partyMembers(analysis, f.subjectMention) || partOfParty(analysis, f.subjectMention));
}

/** "to drop their bids and ", "to stand aside and instead ": a second infinitive joined by "and". */
const SECOND_INFINITIVE = /\s+to\s+[^,.;:“”"]{1,50}?\s+and\s+(?:then\s+|instead\s+|also\s+)?$/;

/** Whether the verb after `before` is the second of an infinitive asked of someone: "urged A to quit and back X". */
function controlledSecondVerb(before: string): boolean {
  if (!/\band\s+(?:then\s+|instead\s+|also\s+)?$/.test(before)) return false;
  const second = SECOND_INFINITIVE.exec(before);
  return second !== null && CONTROLLED.test(before.slice(0, second.index) + " to ");
}

/** The subject of the main clause, for a participle at `at`: the last stance's subject, else the sentence's first actor. */
function mainSubject(analysis: Analysis, sentence: Sentence, at: number, earlier: readonly { subject: string }[]): { entity: string; mention?: Mention; confidence: number; end: number } | null {
  const last = earlier[earlier.length - 1];
  if (last) return { entity: last.subject, confidence: 0.75, end: at };
  // "SEOUL, Feb. 6 (Yonhap) -- The United States ...": the subject follows the dateline.
  const dateline = /^[^.]{0,60}?\s(?:--|—|–)\s/.exec(analysis.text.slice(sentence.start, at));
  const from = sentence.start + (dateline?.[0].length ?? 0);
  const skip = skipRanges(analysis.text, from, at);
  const first = mentionsIn(analysis, from, at).find((m) => isActor(m) && m.type !== "Media" && !skip.some((r) => m.start >= r.start && m.end <= r.end));
  if (!first || first.inQuote) return null;
  return { entity: first.entity, mention: first, confidence: 0.7, end: at };
}

/**
 * Whether the last actor before the comma at `at` is the object of a preposition ("to lead the
 * World Trade Organization (WTO), expressing support"): then it cannot be the participle's subject.
 */
function objectBeforeComma(analysis: Analysis, sentence: Sentence, at: number): boolean {
  const actors = mentionsIn(analysis, sentence.start, at).filter(isActor);
  let last = actors.pop();
  // "the World Health Organization (WHO)": the abbreviation stands where its name does.
  if (last && /\(\s*$/.test(analysis.text.slice(last.start - 2, last.start))) {
    const open = analysis.text.lastIndexOf("(", last.start);
    // The full name before the bracket, even when it is only a modifier of the abbreviation.
    last = mentionsIn(analysis, sentence.start, open).filter((m) => m.type !== "Post" && /^\s*$/.test(analysis.text.slice(m.end, open))).pop() ?? actors.pop();
  }
  if (!last) return false;
  const before = analysis.text.slice(Math.max(sentence.start, last.extendedStart - 20), last.extendedStart);
  return /\b(?:of|to|for|in|at|from|with|by|on|into|against|over|the)\s+(?:the\s+)?$/i.test(before);
}

/** The first actor of the clause holding `at`, outside quotations and possessives: the subject of a gerund after "by". */
function clauseOpener(analysis: Analysis, sentence: Sentence, at: number): { entity: string; mention?: Mention; confidence: number; end: number } | null {
  const { text } = analysis;
  const from = clauseStart(text, sentence, at);
  const first = mentionsIn(analysis, from, at).find((m) => isActor(m) && !m.inQuote && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)));
  if (!first || /\bby\s+\S+ing\b/i.test(text.slice(from, first.start))) return null;
  return { entity: first.entity, mention: first, confidence: 0.75, end: first.end };
}

/** "A called him unfit", "A described X as not fit for": A opposes the person called. */
const CALLED = /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|branded|brand(?:s|ing)?|deem(?:s|ed|ing)?)\s+([^,.;:]{1,60}?)\s*(?:as\s+)?['‘"“]?\s*(?:(?:is|was|are|were|be)\s+)?$/i;

function calledUnfit(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[]): Found | null {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  const m = CALLED.exec(left);
  if (!m) return null;
  const verbAt = sentence.start + m.index;
  const subject = subjectBefore(analysis, sentence, verbAt, quotes, []);
  if (!subject) return null;
  const objectAt = verbAt + m[0].indexOf(m[1]!);
  const object = /^(?:him|her)$/i.test(m[1]!)
    ? resolvePersonPronoun(analysis, objectAt, [subject.entity])
    : mentionsIn(analysis, objectAt, objectAt + m[1]!.length).filter((x) => x.type === "Person" && !x.modifier).pop();
  if (!object || object.entity === subject.entity) return null;
  if (NEGATION.test(text.slice(subject.end, verbAt)) || hedged(text, subject.end, verbAt)) return null;
  return { type: "OPPOSES", from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? verbAt, verbAt), end: at }, confidence: Math.min(subject.confidence, 0.8), subjectMention: subject.mention, rule: "stance.called-unfit" };
}

/** A verb that puts its object up for a role or asks others to choose them. */
const CONTROL = /\b(?:want|wants|wanted|wanting|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|invit(?:e|es|ed|ing)|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|plead(?:s|ed|ing)?\s+with|pled\s+with|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|prefer(?:s|red|ring)?|would\s+like|tip(?:s|ped|ping)?|lobb(?:y|ies|ied|ying)|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\s+/gu;
/** A control verb and the one it asks, right before an infinitive: "urged member states to". */
const CONTROLLED = /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|invit(?:e|es|ed|ing)|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|plead(?:s|ed|ing)?\s+with|pled\s+with|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|lobb(?:y|ies|ied|ying))\s+[^,.;:“”"]{1,60}?\s+(?:not\s+)?to\s+$/i;
/** "to become", "to lead": the object is put up for a post. */
/** "to withdraw", "to step aside": a candidate asked to leave the race. */
const TO_QUIT = /^\s+to\s+(?:withdraw|resign|step\s+(?:aside|down)|stand\s+(?:aside|down)|pull\s+out|drop\s+out|bow\s+out|quit|abandon|end)\b/i;
const TO_BECOME = /^\s+to\s+(?:become|be|lead|head|succeed|replace|take\s+over|run\s+for|stand\s+for)\b/i;
/**
 * "to vote for", "to elect": others are asked to choose the person who follows; "to reject", "not
 * to vote for": to turn them down.
 */
const TO_CHOOSE = /^(?:[^,.;:“”"]{0,60}?)\b(not\s+|never\s+)?to\s+(?:(vote\s+for|elect|support|back|endorse|choose|pick|appoint|select|confirm|(?:rally|unite|line\s+up|get|stand)\s+behind|side\s+with)|(reject|oppose|block|veto|vote\s+against|turn\s+down|drop|withdraw|abandon))\s+/i;

/**
 * Control verbs: "A wants X to become ...", "A urged B to elect X", "A called on members to vote for
 * X": A supports X. Negated ("does not want X to") they are read as no stance. `verbs` are the
 * sentence's matches of {@link CONTROL} in order, with offsets in the sentence.
 */
function controlStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], verbs: readonly RegExpExecArray[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of verbs) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    let object: Mention | undefined;
    let type: "SUPPORTS" | "OPPOSES" = "SUPPORTS";
    const next = mentionsIn(analysis, end, Math.min(sentence.end, end + 120)).find((x) => x.type === "Person" && !x.modifier);
    if (next && next.extendedStart - end <= 25 && !/[,.;:]/.test(text.slice(end, next.extendedStart))) {
      if (TO_BECOME.test(text.slice(next.end, next.end + 30))) object = next;
      // "called on X to withdraw": asking a candidate to quit the race is opposition.
      else if (TO_QUIT.test(text.slice(next.end, next.end + 40))) {
        object = next;
        type = "OPPOSES";
      }
    }
    if (!object) {
      const choose = TO_CHOOSE.exec(text.slice(end, Math.min(sentence.end, end + 120)));
      if (choose) {
        // A negated choice or a rejection asks others to turn the person down.
        if (Boolean(choose[1]) !== Boolean(choose[3])) type = "OPPOSES";
        const at = end + choose[0].length;
        const chosen = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((x) => x.type === "Person" && !x.modifier);
        if (chosen && chosen.extendedStart - at <= 30 && !/[,.;:]/.test(text.slice(at, chosen.extendedStart))) object = chosen;
        // "asked Netanyahu to support the Egyptian candidate", "urged them to back her rival".
        else if (/^\s*(?:the|his|her|their|its)\s/i.test(text.slice(at - 1, at + 8)) && !POSSESSIVE_PRONOUN_OBJECT.test(text.slice(at - 1, Math.min(sentence.end, at + 40)))) {
          const asker = subjectBefore(analysis, sentence, start, quotes, []);
          const described = objectAfter(analysis, sentence, at - 1, asker ? [asker.entity] : []);
          if (described?.mention && described.confidence <= 0.75) object = described.mention;
        }
        else if (POSSESSIVE_PRONOUN_OBJECT.test(text.slice(at - 1, Math.min(sentence.end, at + 40)))) {
          const asker = subjectBefore(analysis, sentence, start, quotes, []);
          // "X asked Norway to back him": unless the text gives the asker the other gender, the asker asks for himself.
          const pronoun = /^\s*(?:for\s+|to\s+)?(h(?:im|is)|her)\b/i.exec(text.slice(at - 1, at + 12))?.[1]?.toLowerCase();
          const want = pronoun === "her" ? "f" : "m";
          const askerGender = asker ? analysis.entities.get(asker.entity)?.gender : undefined;
          if (pronoun && (!asker || askerGender === undefined || askerGender === want)) continue;
          const other = resolvePersonPronoun(analysis, at, asker ? [asker.entity] : []);
          const otherGender = other ? analysis.entities.get(other.entity)?.gender : undefined;
          if (other && (otherGender === undefined || otherGender === want)) object = other;
        }
      }
    }
    if (!object) continue;
    const subject = subjectBefore(analysis, sentence, start, quotes, []);
    if (!subject || subject.entity === object.entity) continue;
    const between = text.slice(subject.end, start);
    if (/\b(?:whether|if|may|might|reportedly)\b/i.test(between)) continue;
    // "A was urged to back X", "has been tipped to back X": the subject is the one asked, and the asker is not named.
    if (/\b(?:is|are|was|were|been|being|be|am)\s+(?:\p{L}+ly\s+|also\s+|now\s+)*$/u.test(between)) continue;
    if (NEGATION.test(between)) {
      // "does not want X to lead": a refusal; other negated requests state nothing.
      if (!(type === "SUPPORTS" && /^want/i.test(m[0]) && /\b(?:not|n['’]t)\s*$/i.test(between))) continue;
      type = "OPPOSES";
    }
    out.push({ type, from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence: Math.min(subject.confidence, 0.8), subjectMention: subject.mention, rule: type === "SUPPORTS" ? "stance.control-verb" : "stance.control-verb.oppose" });
    // "A and B want X to lead": each subject of the list asks it.
    for (const other of subject.mention ? conjoinedBefore(analysis, sentence, subject.mention) : []) {
      if (other.entity !== object.entity) out.push({ type, from: other.entity, to: object.entity, span: { start: other.start, end: object.end }, confidence: Math.min(subject.confidence, 0.8) * 0.9, rule: type === "SUPPORTS" ? "stance.control-verb.conjoined" : "stance.control-verb.oppose.conjoined" });
    }
  }
  return out;
}

const SUIT_CUE = /\b(?:followed\s+suit|did\s+(?:the\s+same|likewise|so)|(?:has|had|have)\s+(?:\p{Ll}+\s+)?done\s+(?:the\s+same|so|likewise))\b/u;
const FOLLOWED = /(?:\b(?:also\s+|later\s+|quickly\s+|soon\s+|since\s+|swiftly\s+)?(?:followed\s+suit|did\s+(?:the\s+same|likewise|so)|(?:has|had|have)\s+(?:since\s+|also\s+|already\s+|previously\s+|earlier\s+)?done\s+(?:the\s+same|so|likewise)))\b/u;

/** A sentence cue as a global pattern, for {@link JoinedSentences.holds}. */
function joinedCue(cue: RegExp): RegExp {
  return new RegExp(cue.source, cue.flags.includes("g") ? cue.flags : `${cue.flags}g`);
}

/** The readers' sentence cues, searched once over the article's joined sentences (none of them reads ";"). */
const JOINED_CUES = {
  copula: joinedCue(COPULA_CUE),
  judgment: joinedCue(JUDGMENT_WORD),
  prevention: joinedCue(PREVENTION_CUE),
  linked: joinedCue(LINKED_SUPPORT_CUE),
  nouns: joinedCue(STANCE_NOUN_WORD),
  groups: GROUP_CUE,
};

/** The cues that few sentences hold, searched together ({@link CueUnion}). */
const RARE_CUES = new CueUnion({
  // (On the lower-case sentences, which hold no ASCII capital, the case flag of this cue changes nothing: without "u" it folds only those.)
  campaign: new RegExp(CAMPAIGN_CUE.source),
  hope: HOPE_CUE,
  relative: RELATIVE_CUE,
  // (The words that the praise's own cue holds: that one is tested where these match.)
  praised: PRAISED_WORDS,
  echo: ECHO_CUE,
  suit: SUIT_CUE,
  // Readers that test these cues themselves: they are run only on the sentences that pass.
  signing: SIGNATORY_CUE,
  // (The gratitude cue ignores the case of ASCII letters only, as the lower-case sentences do.)
  thanking: wordsPattern(GRATITUDE_WORDS),
  critics: CRITIC_CUE,
  ousting: OUSTER_CUE,
  lettering: LETTER_CUE,
  ownGovernments: OWN_GOVERNMENTS_CUE,
  groupClosing: GROUP_CLOSING_CUE,
  ...JOINED_OPPOSITION_CUES,
});

/**
 * "France followed suit", "Kelly Lee did so on March 2": the stances of the sentence before, held
 * now by this sentence's subject (when they all fall on one person, so that "the same" is clear).
 */
function followedStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], before: readonly Found[]): Found[] {
  const m = FOLLOWED.exec(analysis.text.slice(sentence.start, sentence.end));
  if (!m || before.length === 0) return [];
  const on = new Set(before.map((f) => `${f.type} ${f.to}`));
  if (on.size !== 1) return [];
  const at = sentence.start + m.index;
  const subject = subjectBefore(analysis, sentence, at, quotes, []);
  if (!subject || NEGATION.test(analysis.text.slice(subject.end, at)) || hedged(analysis.text, subject.end, at)) return [];
  const { type, to } = before[0]!;
  const holders = [subject.entity, ...(subject.mention ? conjoinedBefore(analysis, sentence, subject.mention).map((c) => c.entity) : [])];
  return holders.filter((h) => h !== to && !before.some((f) => f.from === h)).map((h) => ({ type, from: h, to, span: { start: subject.mention?.start ?? at, end: at + m[0].length }, confidence: Math.min(subject.confidence, 0.75) * 0.9, rule: "stance.followed" }));
}

/** Reads the stances of every sentence. */
export function findStances(analysis: Analysis, quotes: readonly AttributedQuote[]): StanceResult {
  const { text, entities } = analysis;
  const claims: DraftClaim[] = [];
  const inferredSpeakers: StanceResult["inferredSpeakers"] = [];
  const lowered = lowerAscii(text);
  const opposing = oppositionState(lowered);
  const whole = (f: Found) => wholeHolder(analysis, f);
  // One-byte copies where a sentence allows: the trigger's one-byte code is a third of its two-byte code.
  const lowerSlice = (start: number, end: number) => narrowSlice(lowered, start, end);
  let openGroup: OpenGroup | undefined;
  const signatories: SignatoryState = {};
  const links: LinkState = {};
  let previous: { found: Found[]; paragraph: number } | undefined;
  const lowerBodies = analysis.sentences.map((s) => lowerSlice(s.start, s.end));
  const count = analysis.sentences.length;
  const joined = new JoinedSentences(
    count,
    lowerBodies,
    analysis.sentences.map((s) => isNarrow(lowered, s.start, s.end)),
  );
  const known = joinedTriggers(joined, count);
  const cues = {
    ...joined.holdsEach(RARE_CUES),
    copula: joined.holds(JOINED_CUES.copula),
    judgment: joined.holds(JOINED_CUES.judgment),
    prevention: joined.holds(JOINED_CUES.prevention),
    linked: joined.holds(JOINED_CUES.linked),
    nouns: joined.holds(JOINED_CUES.nouns),
    groups: joined.holds(JOINED_CUES.groups),
  };
  const controls = joined.matches(CONTROL);
  let nth = 0;
  for (const sentence of analysis.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const si = nth++;
    const lowerBody = lowerBodies[si]!;
    const triggers = new TriggerScan(lowerBody, known[si]!);
    const earlier: { object: Mention | null; subject: string; end: number }[] = [];
    let colonGroup: OpenGroup | undefined;
    const found: Found[] = [];
    let t: RegExpExecArray | null;
    const inverted = INVERTED_CUE.test(lowerBody) ? invertedHeadEnd(analysis, sentence) : -1;
    while ((t = triggers.next()) !== null) {
      const kind = triggerKind(t);
      // The passive's own text: what the first group of the single alternation held.
      const passiveText = kind === "passive" ? t[1] : undefined;
      const start = sentence.start + t.index;
      // "Joining A in backing X was B": the verb's holders follow it (`stance-inverted.ts`).
      if (start < inverted) continue;
      const end = start + t[0].length;
      const speaker = quoteSpeakerAt(quotes, start);
      if (kind === "passive" || kind === "nominal" || kind === "loss") {
        // "The former journalist has been backed by A": a description for the focal candidate (`described-subjects.ts`).
        const described = kind === "loss" || /oppos|reject|block|veto|critici|condemn|denounc|snub/.test(passiveText ?? "") ? null : describedSubject(analysis, sentence, start);
        const candidate = described ?? candidateBefore(analysis, sentence, start, quotes);
        if (!candidate) continue;
        if (hedged(text, candidate.after, start) || (kind === "loss" && lossOnlyPossible(text.slice(Math.max(candidate.after, start - 20), start)))) continue;
        // "the attacks on X were condemned by A": A condemns the attacks, not X.
        if (kind === "passive" && /oppos|reject|block|veto|critici|condemn|denounc|snub/.test(passiveText ?? "") && candidate.mention && personInsideThing(text, sentence.start, candidate.mention.extendedStart)) continue;
        // "X's position was backed by A": what A backs is X's view, not X.
        if (candidate.mention && candidate.after === candidate.mention.end && OWN_THING.test(text.slice(candidate.mention.end, start))) continue;
        const participle = (passiveText ?? "").toLowerCase();
        let type: "SUPPORTS" | "OPPOSES" = kind === "loss" || /oppos|reject|block|veto|critici|condemn|denounc|snub/.test(participle) ? "OPPOSES" : "SUPPORTS";
        let lacked = false;
        if (NEGATION.test(text.slice(candidate.after, start))) {
          // "X did not have the support of A": A withholds it. Support not yet won says nothing.
          if (kind !== "nominal" || !LACKED.test(text.slice(candidate.after, end))) continue;
          type = "OPPOSES";
          lacked = true;
        }
        // "has the backing of neither A nor B", "backed by none of them": no one's stance.
        if (/^\s*(?:neither|none\s+of|no\s+one|nobody)\b/i.test(text.slice(end, end + 12))) continue;
        // "chosen by the agency's member states": the ones who chose are the members, not the body.
        const actors = actorsAfter(analysis, sentence, end, candidate.entity).filter((a) => !(/\b(?:selected|chosen)\b/.test(participle) && /^['’]s?\s/.test(text.slice(a.end, a.end + 3))));
        // "He did not have the support of these 19 members:": the members follow, one to a paragraph.
        if (actors.length === 0 && candidate.mention && (type === "OPPOSES" || kind === "nominal" || kind === "passive") && COLON_GROUP.test(text.slice(end, sentence.end)) && analysis.paragraphs[sentence.paragraph]?.end === sentence.end) {
          colonGroup = { type, to: candidate.mention, sentence: sentence.index };
        }
        // "nominated by his government": the candidate's own country.
        if (actors.length === 0 && /^\s*(?:the\s+)?(?:his|her)\s+(?:own\s+)?(?:home\s+)?(?:country|government|nation)\b/i.test(text.slice(end, end + 40))) {
          const person = entities.get(candidate.entity);
          const country = person?.roles.find((r) => r.of !== null && entities.get(r.of)?.type === "Country")?.of ?? person?.nationality;
          const own = country ? analysis.mentions.find((m) => m.entity === country) : undefined;
          if (own) actors.push(own);
        }
        for (const actor of actors) {
          const span = { start: Math.min(candidate.mention?.start ?? start, start), end: Math.max(actor.end, end) };
          found.push({ type, from: actor.entity, to: candidate.entity, span, confidence: candidate.confidence * (kind === "passive" ? 1 : 0.85), rule: described ? described.rule : kind === "loss" ? (/^(?:los|fail|lack)/i.test(t[0]) ? "stance.support-lost" : "stance.opposition-from") : lacked ? "stance.support-lacked" : kind === "nominal" ? "stance.backing-of" : "stance.passive" });
        }
        // "X and Y have been backed by A": the stance is on every candidate of the list (`conjoined-candidates.ts`).
        if (kind === "passive" && actors.length > 0 && candidate.mention) {
          for (const other of candidatesBefore(analysis, sentence, candidate.mention, start)) {
            for (const actor of actors) if (actor.entity !== other.entity) found.push({ type, from: actor.entity, to: other.entity, span: { start: other.start, end: Math.max(actor.end, end) }, confidence: candidate.confidence * 0.9, rule: "stance.passive.candidate-list" });
          }
        }
        continue;
      }
      if (kind === "unfit") {
        const called = calledUnfit(analysis, sentence, start, quotes);
        if (called) {
          found.push({ ...called, span: { start: called.span.start, end } });
          continue;
        }
        const candidate = candidateBefore(analysis, sentence, start, quotes);
        if (!candidate) continue;
        const holder = speaker?.speaker ?? sayerBefore(analysis, sentence, candidate.mention?.start ?? start)?.entity ?? actorSayerBefore(analysis, sentence, candidate.mention?.extendedStart ?? start)?.entity;
        if (!holder || holder === candidate.entity) continue;
        found.push({ type: "OPPOSES", from: holder, to: candidate.entity, span: { start: Math.min(candidate.mention?.start ?? start, start), end }, confidence: 0.65, rule: "stance.called-unfit" });
        continue;
      }
      if (kind === "praise") {
        const candidate = candidateBefore(analysis, sentence, start, quotes);
        if (!candidate) continue;
        const holder = speaker?.speaker ?? sayerBefore(analysis, sentence, candidate.mention?.start ?? start)?.entity ?? actorSayerBefore(analysis, sentence, candidate.mention?.extendedStart ?? start)?.entity;
        if (!holder || holder === candidate.entity) continue;
        // "X no longer has her support", "X has lost her support": the holder's support is withdrawn.
        const possession = OWN_SUPPORT.test(t[0]);
        const withdrawn = possession && (/^(?:lost|loses|losing|lose)\b/i.test(t[0]) || NEGATION.test(text.slice(candidate.after, start)));
        // "X would not make a good leader": a praise denied is read as nothing.
        if (!withdrawn && NEGATION.test(text.slice(candidate.after, start + t[0].length))) continue;
        found.push({ type: withdrawn ? "OPPOSES" : "SUPPORTS", from: holder, to: candidate.entity, span: { start: Math.min(candidate.mention?.start ?? start, start), end }, confidence: 0.65, rule: withdrawn ? "stance.support-withdrawn" : "stance.praise" });
        // "A said B and C had his full support": every person of the list holds it.
        if (possession && candidate.mention) {
          for (const other of conjoinedBefore(analysis, sentence, candidate.mention)) {
            if (other.type === "Person" && other.entity !== holder) found.push({ type: withdrawn ? "OPPOSES" : "SUPPORTS", from: holder, to: other.entity, span: { start: other.start, end }, confidence: 0.6, rule: withdrawn ? "stance.support-withdrawn" : "stance.praise.object-list" });
          }
        }
        continue;
      }
      // "more support than", "the support of": the noun, not the verb.
      if (kind === "support" && /^(?:support|backing)$/i.test(t[0]) && SUPPORT_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 25), start))) continue;
      // "world champion X", "the Olympic champions": the noun; the verb's bare form follows a pronoun or an auxiliary ("will champion X").
      if (kind === "support" && /^champions?$/.test(t[0]) && !/\b(?:to|will|would|could|can|should|must|may|might|they|we|i|you|who|that|which|also|now|still|openly|strongly|actively|and)\s+$/i.test(text.slice(Math.max(sentence.start, start - 12), start))) continue;
      // "said support for X was growing": "support for" is the noun; the verb takes its object directly.
      if (kind === "support" && /^(?:support|backing)$/i.test(t[0]) && /^\s+(?:for|among|from|within|inside|base|levels?)\b/.test(text.slice(end, end + 10))) continue;
      // "came back to challenge X", "back in 2015": the adverb, not the verb.
      if (kind === "support" && t[0] === "back" && (BACK_ADVERB_AFTER.test(text.slice(end, end + 12)) || BACK_ADVERB_BEFORE.test(text.slice(Math.max(sentence.start, start - 12), start)))) continue;
      // "his Lund-backed challenge", "a Kremlin-backed candidate": a participle fused to a name is an adjective, not the verb.
      if (text[start - 1] === "-") continue;
      // "rejected endorsing X", "declined backing X": the refusal is the stance, read from its own verb.
      if (kind === "support" && /^\p{L}+ing\b/u.test(t[0]) && /\b(?:reject|refus|declin|avoid)\p{L}*\s+$/u.test(text.slice(Math.max(sentence.start, start - 16), start))) continue;
      // "called on members to rally behind her": the verb's subject is the one asked; the control reader takes it.
      if (/\bto\s+$/.test(text.slice(start - 4, start)) && CONTROLLED.test(text.slice(Math.max(sentence.start, start - 90), start))) continue;
      // "urged A and B to drop their own bids and back him": the second verb of the asked-for deed is asked for too.
      if (controlledSecondVerb(text.slice(Math.max(sentence.start, start - 140), start))) continue;
      // "Analysts expect Norway to back X": someone else's expectation, not Norway's stance.
      if (/\bto\s+$/.test(text.slice(start - 4, start)) && EXPECTED.test(text.slice(Math.max(sentence.start, start - 90), start))) continue;
      // "with three-quarters of members supporting him": the participle's subject follows "with".
      const absolute = /^\p{L}+ing\b/u.test(t[0]) ? /(?<!\w)with\s+([^,;:“”"]{1,80})$/iu.exec(text.slice(Math.max(sentence.start, start - 90), start)) : null;
      if (absolute) {
        const withAt = start - absolute[1]!.length;
        const own = mentionsIn(analysis, withAt, start).filter((m) => isActor(m)).pop();
        if (!own) continue;
      }
      // ", expressing support for X": a participle after a comma has the main clause's subject.
      const participle = /,\s*$/.test(text.slice(Math.max(sentence.start, start - 3), start)) && /^\p{L}+ing\b/u.test(t[0]) && objectBeforeComma(analysis, sentence, start);
      // "X, Prime Minister of Y, shares Z's views by opposing W": the gerund's subject is the clause's first actor.
      const byGerund = /^\p{L}+ing\b/u.test(t[0]) && /\bby\s+$/i.test(text.slice(Math.max(sentence.start, start - 4), start));
      // "A voted for X, despite having nominated Y", "A said X could not win before endorsing him": the main clause's subject.
      const adverbialGerund = kind === "support" && !byGerund && subordinateGerund(text, sentence.start, start, t[0]);
      const subject = byGerund ? clauseOpener(analysis, sentence, start) : participle || adverbialGerund ? mainSubject(analysis, sentence, start, earlier) : subjectBefore(analysis, sentence, start, quotes, earlier);
      if (!subject) continue;
      // "Republicans got behind him", "20 Republicans blocking him": some of a party's members, not the party.
      if (subject.mention && (partyMembers(analysis, subject.mention) || partOfParty(analysis, subject.mention))) continue;
      // "time for the party to unite behind her", "the duty of A to back X": a stance wished on someone, not theirs.
      if (subject.mention && /\b(?:for|(?:duty|time|job|responsibility|task|obligation|moment)\s+of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, subject.mention.extendedStart - 30), subject.mention.extendedStart)) && /^\s+to\s+$/.test(text.slice(subject.mention.end, start))) continue;
      // "the UNESCO director is lobbying against X", "stop the campaign against X", "terror attacks, X": no opposition of the subject's (`opposition-guards.ts`).
      if (kind === "oppose" && oppositionBlocked(analysis, subject.mention, start, end, lowered)) continue;
      // "Republicans who voted against X": a restrictive relative names some of the group, not all of it.
      if (subject.mention?.type === "Organization" && /^\s+(?:who|that)\s/.test(text.slice(subject.mention.end, subject.mention.end + 8))) continue;
      // "A, B and C backed her": "her" is none of the subjects.
      // "A backed X and B backed Y": X is the earlier verb's object, not one of B's co-subjects.
      // A holder resolved from outside the clause (`pair-holders.ts`, `pronoun-governments.ts`): its reading names the rule.
      const reading = "reading" in subject ? (subject.reading as string | undefined) : undefined;
      const pair = "others" in subject ? (subject.others as Mention[] | undefined) : undefined;
      const coSubjects = pair ?? (subject.mention ? conjoinedBefore(analysis, sentence, subject.mention).filter((c) => !earlier.some((e) => e.object?.start === c.start)) : []);
      // Pushed one by one: spreading arrays of several element kinds here made the optimized code fall back again and again.
      const excluded = [subject.entity];
      for (const c of coSubjects) excluded.push(c.entity);
      if (speaker) excluded.push(speaker.speaker);
      let object = objectAfter(analysis, sentence, end, excluded);
      // "A withdrew in X's favour": X is the one A stood aside for.
      if (!object && kind === "support" && /^favou?r$/i.test(t[0])) {
        const owner = mentionsIn(analysis, Math.max(sentence.start, start - 60), start).filter((m) => m.type === "Person" && !m.modifier).pop();
        if (owner && /^['’]s?\s+$/.test(text.slice(owner.end, start)) && /\bin\s+(?:the\s+)?$/.test(text.slice(Math.max(sentence.start, owner.extendedStart - 8), owner.extendedStart)) && STOOD_ASIDE.test(text.slice(subject.end, owner.extendedStart))) {
          object = { entity: owner.entity, mention: owner, end: start + t[0].length, confidence: 0.8 };
        }
      }
      // "backed the home secretary", with no one in the text so called: the article's focal candidate.
      let describedObject = false;
      if (!object && kind === "support") {
        const focal = describedFocal(analysis, sentence, end, excluded);
        if (focal) object = { entity: focal.entity, end: focal.end, confidence: 0.6 };
        describedObject = focal !== null;
      }
      // "back the Foreign Secretary": a title with no name, for the focal candidate (`titled-focus.ts`).
      let titledObject = false;
      if (!object && kind === "support") {
        const titled = titledFocal(analysis, sentence, end, excluded, text.slice(Math.max(sentence.start, start - 30), end));
        if (titled) object = { entity: titled.entity, end: titled.end, confidence: 0.55 };
        titledObject = titled !== null;
      }
      earlier.push({ object: object?.mention ?? null, subject: subject.entity, end: subject.end });
      if (!object || object.entity === subject.entity) continue;
      if (entities.get(object.entity)?.type !== "Person") continue;
      const between = text.slice(subject.end, start);
      // "said he planned to back X", "is going to support X": the holder's own stated intention is no hedge.
      // (A quotation mark inside is no word: "said he is \"going to support X\"".)
      const intention = kind === "support" ? OWN_INTENTION.exec(between.includes('"') || between.includes("“") ? between.replace(/["“]/g, " ") : between) : null;
      if (hedged(text, subject.end, intention ? subject.end + intention.index : start) || /\bneither\b/i.test(between)) continue;
      // "does not plan to back X": an intention denied says nothing.
      if (intention && NEGATION.test(between)) continue;
      // "Neither A nor B has endorsed X": no one did, which is no refusal either.
      if (subject.mention && /\b(?:neither|nor)\b/i.test(text.slice(Math.max(sentence.start, subject.mention.extendedStart - 80), subject.mention.extendedStart))) continue;
      // "did not say whether Brazil would back X": a clause asked about states nothing.
      if (subject.mention && /\b(?:whether|if|unless)\s+[^,;]*$/i.test(text.slice(sentence.start, subject.mention.start))) continue;
      // "would not say whether she backed X", "denied that she had backed X": the stance is asked about or denied.
      if (ASKED_CUE.test(lowered.slice(Math.max(sentence.start, start - 80), start)) && ASKED_OR_DENIED.test(text.slice(Math.max(sentence.start, start - 80), start))) continue;
      // "did not say if he would back X", "was urged to back X", "would back her if": support not given (`stance-not-given.ts`).
      if (kind === "support" && (supportNotGiven(text, sentence.start, start, object.end, sentence.end) || supportInstead(text.slice(Math.max(sentence.start, start - 24), start)))) continue;
      // "welcomed X's candidacy" is support; "welcomed X" alone is a courtesy.
      if (/^welcom/i.test(t[0]) && object.mention && !/^['’]s?\s+(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|decision\s+to\s+run|election|appointment|victory|win)\b/u.test(text.slice(object.mention.end, object.mention.end + 40)) && !/(?:candidacy|candidature|bid|nomination)\s+of\s+$/i.test(text.slice(end, object.mention.start))) continue;
      let type: "SUPPORTS" | "OPPOSES" = kind === "oppose" ? "OPPOSES" : "SUPPORTS";
      let confidence = Math.min(subject.confidence, object.confidence);
      // Words between the verb and its object (most often none).
      const lead = object.mention && object.mention.extendedStart - end > 3 ? text.slice(end, object.mention.extendedStart) : "";
      // "the people lining up to support X", "stood by his comments about X": not the subject's stance on X (`stance-holder-guards.ts`).
      if (kind === "support" && (groupClauseBefore(text.slice(subject.mention && subject.mention.start >= sentence.start ? subject.mention.end : subject.end, start)) || (lead && wordsAboutObject(lead) && !ownOppositionLead(lead)))) continue;
      // "backed X's proposal", "opposed X's plan": a stance on what the person proposes, not on the person.
      if (object.mention && /['’]/.test(text[object.mention.end] ?? "") && !criticismVerb(t[0]) && PERSONS_THING.test(text.slice(object.mention.end, object.mention.end + 40))) continue;
      // "rejected criticism of X", "backed calls for X to quit": the stance is on the criticism or the calls.
      if (lead && NOT_THE_OBJECT.test(lead)) continue;
      // "stood by his criticism of X": what is backed is the subject's own opposition to X.
      if (type === "SUPPORTS" && lead && ownOppositionLead(lead)) type = "OPPOSES";
      // "criticised the government for backing X", "opposed X and other officials": not X's candidacy.
      if (kind === "oppose" && (opposedThroughGerund(lead) || opposedWithOthers(text.slice(object.end, object.end + 40)) || opposedInARace(t[0], text.slice(object.end, object.end + 100)))) continue;
      // "opposed X's predecessor", "campaigned against X's party": someone or something else of X's.
      if (kind === "oppose" && !criticismVerb(t[0]) && object.mention && object.mention.start >= end && opposedSomethingElse(text.slice(object.mention.end, object.mention.end + 60))) continue;
      // "Norway opposes the plan, X said": the name after the comma says the sentence.
      if (lead.includes(",") && SAID_AFTER.test(text.slice(object.mention!.end, object.mention!.end + 20))) continue;
      // "warned against complacency, said X": X says the sentence.
      if (kind === "oppose" && sayerInLead(lead)) continue;
      // "would vote for anyone but X": X is the one refused.
      if (lead && ANYONE_BUT.test(lead)) {
        if (type === "OPPOSES") continue;
        type = "OPPOSES";
      }
      // "criticizing X's chief rivals, A and B": the stance is on A and B.
      let extra: Mention[] = [];
      const rivals = object.mention ? RIVALS_APPOSITION.exec(text.slice(object.mention.end, object.mention.end + 60)) : null;
      if (rivals && object.mention) {
        const named = personList(analysis, sentence, object.mention.end + rivals[0].length);
        if (named.length === 0 || named.some((p) => p.entity === subject.entity)) continue;
        object = { entity: named[0]!.entity, mention: named[0]!, end: named[named.length - 1]!.end, confidence: 0.8 };
        extra = named.slice(1);
      } else if (object.mention && kind === "oppose" && object.mention.start >= end) {
        // (A described object, "the Chinese candidate", has its mention elsewhere: no list follows it.)
        // Opposition is often to several rivals at once; support of several for one post is rare.
        const list = personList(analysis, sentence, object.mention.start);
        if (list.length > 1 && list[0]!.entity === object.entity) extra = list.slice(1).filter((p) => p.entity !== subject.entity);
      }
      // "accused X of ...": only a named person followed by the charge.
      const accusation = kind === "oppose" && /^accus/.test(t[0]);
      if (accusation && (POSSESSIVE_PRONOUN_OBJECT.test(text.slice(end, Math.min(sentence.end, end + 40))) || !/^\s+of\s/.test(text.slice(object.end, object.end + 5)))) continue;
      const criticism = kind === "oppose" && CRITICISM_AT.test(t[0]);
      if (criticism && object.mention && (CRITICISED_THING.test(text.slice(object.mention.end, object.mention.end + 40)) || criticisedForConduct(lowered.slice(object.mention.end, object.mention.end + 80)))) continue;
      // "questioned X's nomination" is a stance; "questioned X at a hearing" is not.
      if (/^question/.test(t[0]) && !(object.mention && /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|suitability|fitness|qualifications?|credentials)\b/u.test(text.slice(object.mention.end, object.mention.end + 40)))) continue;
      // An accusation is read as opposition less surely than a stated one.
      if (accusation) confidence *= 0.75;
      let rule = accusation ? "stance.accusation" : criticism ? "stance.criticism" : describedObject ? "stance.described-target" : titledObject ? "stance.titled-target" : kind === "oppose" ? "stance.oppose-verb" : "stance.support-verb";
      if (reading) rule = `${rule}.${reading}`;
      // "the MP was criticised for claiming ...": a passive verb's subject is the one it is done to.
      if (kind === "oppose" && /ed$/.test(t[0]) && /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(Math.max(sentence.start, start - 30), start)) && !/^\s+(?:to|against)\b/.test(text.slice(end, end + 10))) continue;
      // "switched his support from X to Y": X was backed until then, which is no opposition.
      const switchedFrom = kind === "oppose" && /^(?:switch|shift)/.test(t[0]);
      const unwilling = (/\bto\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(Math.max(subject.end, start - 20), start)) && UNWILLING.test(text.slice(Math.max(subject.end, start - 40), start))) || refusedBeforeSubject(text.slice(Math.max(sentence.start, subject.end - 60), subject.end));
      const negated = (unwilling || NEGATION.test(between) || /\b(?:not|never)\s*$/i.test(text.slice(start - 12, start))) && !notOnlyBefore(text.slice(Math.max(subject.end, start - 30), start));
      // "has ruled out backing X" refuses the stance; "has not ruled out backing X" leaves it open.
      if (lowered.slice(Math.max(subject.end, start - 30), start).includes(" out ") && RULED_OUT.test(text.slice(Math.max(subject.end, start - 30), start))) {
        if (negated || type === "OPPOSES" || !/^\p{L}+ing\b/u.test(t[0])) continue;
        found.push({ type: "OPPOSES", from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence: confidence * 0.85, subjectMention: subject.mention, rule: "stance.ruled-out" });
        continue;
      }
      // "has not decided whom to support": an indirect question takes no stance.
      if (kind === "support" && indirectChoice(text.slice(Math.max(subject.end, start - 30), start))) continue;
      // "said they did not give permission to go public as having backed X": a negation of another verb says nothing of the stance.
      if (negated && !unwilling && !LOCAL_NEGATION.test(text.slice(Math.max(subject.end, start - 60), start))) continue;
      if (negated) {
        if (type === "OPPOSES") continue;
        // "has not openly supported X", "has not yet endorsed X": support not declared, which is no opposition.
        if (UNDECLARED.test(text.slice(Math.max(subject.end, start - 40), start))) continue;
        // "does not need to back X", "will not back X unless ...", "did not nominate X": no refusal.
        if (negationNoRefusal(text, subject.end, start, t[0], object.end)) continue;
        if (QUESTION_END.test(body) || text.slice(start, sentence.end).includes("?")) {
          // "What reason do we have not to support X?" asks for support; other questions state nothing.
          if (!RHETORICAL.test(text.slice(sentence.start, start))) continue;
          confidence *= 0.8;
          rule = "stance.rhetorical-question";
        } else {
          type = "OPPOSES";
          confidence *= 0.85;
          rule = "stance.negated-support";
        }
      }
      if (!switchedFrom) found.push({ type, from: subject.entity, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence, subjectMention: subject.mention, rule });
      for (const other of switchedFrom ? [] : extra) found.push({ type, from: subject.entity, to: other.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: other.end }, confidence: confidence * 0.9, subjectMention: subject.mention, rule: `${rule}.object-list` });
      const further = type === "OPPOSES" && !switchedFrom && extra.length === 0 && object.mention && object.mention.start >= end ? furtherOpposed(analysis, sentence, object.mention, subject.entity) : [];
      for (const other of further) found.push({ type, from: subject.entity, to: other.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: other.end }, confidence: confidence * 0.85, subjectMention: subject.mention, rule: `${rule}.further-object` });
      // "pledged his country's support": the person's country holds the stance too.
      const person = entities.get(subject.entity);
      if (person?.type === "Person" && (/\b(?:his|her|their)\s+(?:country|nation|government)['’]s?\s/i.test(t[0]) || /\b(?:his|her|their)\s+(?:own\s+)?(?:country|nation|government)\s+(?:(?:would|will|has|had|is|was|does|did|also|now|could|can|fully|strongly)\s+)*$/i.test(between))) {
        const country = person.roles.find((r) => r.of !== null && entities.get(r.of)?.type === "Country")?.of ?? person.nationality;
        if (country && country !== object.entity) found.push({ type, from: country, to: object.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: object.end }, confidence: confidence * 0.9, rule: `${rule}.own-country` });
      }
      // "switched his support from X to Y": Y is the one now backed.
      if (type === "OPPOSES" && /^(?:switch|shift)/.test(t[0])) {
        const to = /^\s+to\s+/.exec(text.slice(object.end, Math.min(sentence.end, object.end + 8)));
        const next = to ? personRightAfter(analysis, object.end + to[0].length, sentence.end) : undefined;
        if (next && next.entity !== subject.entity && next.entity !== object.entity) found.push({ type: "SUPPORTS", from: subject.entity, to: next.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: next.end }, confidence, subjectMention: subject.mention, rule: "stance.switched-to" });
      }
      // "back X over Y": Y is the one not chosen.
      const over = type === "SUPPORTS" ? /^\s*(?:['’]s\s+[\p{L}-]+\s+)?(?:over|rather\s+than|instead\s+of|against|,\s+not|but\s+not)\s+/u.exec(text.slice(object.end, Math.min(sentence.end, object.end + 30))) : null;
      if (over) {
        const at = object.end + over[0].length;
        const rival = mentionsIn(analysis, at, Math.min(sentence.end, at + 80)).find((x) => x.type === "Person" && !x.modifier);
        if (rival && rival.entity !== subject.entity && rival.extendedStart - at <= 40 && !/[,.;:]/.test(text.slice(at, rival.extendedStart))) {
          found.push({ type: "OPPOSES", from: subject.entity, to: rival.entity, span: { start: Math.min(subject.mention?.start ?? start, start), end: rival.end }, confidence: confidence * 0.8, subjectMention: subject.mention, rule: "stance.preferred-over" });
        }
      }
      if (subject.mention) {
        // "A joined B in backing X": A holds the stance too.
        if (/^\s+in\s+$/.test(text.slice(subject.mention.end, start))) {
          // "A joined B and C in backing X": the joiner is named before the whole list of the joined.
          const listStart = coSubjects.reduce((at, c) => Math.min(at, c.extendedStart), subject.mention.extendedStart);
          const joiner = mentionsIn(analysis, sentence.start, listStart).filter(isActor).pop();
          if (joiner && joiner.entity !== object.entity && /^\s+(?:has\s+|have\s+|had\s+)?join(?:s|ed|ing)?\s+$/.test(text.slice(joiner.end, listStart))) {
            for (const j of [joiner, ...conjoinedBefore(analysis, sentence, joiner)]) {
              if (j.entity !== object.entity) found.push({ type, from: j.entity, to: object.entity, span: { start: j.start, end: object.end }, confidence: confidence * 0.9, rule: `${rule}.conjoined` });
            }
          }
        }
        for (const other of coSubjects) {
          if (other.entity !== object.entity) found.push({ type, from: other.entity, to: object.entity, span: { start: other.start, end: object.end }, confidence: pair ? confidence : confidence * 0.9, rule: pair ? rule : `${rule}.conjoined` });
          for (const f of further) if (f.entity !== other.entity) found.push({ type, from: other.entity, to: f.entity, span: { start: other.start, end: f.end }, confidence: confidence * 0.8, rule: `${rule}.further-object` });
        }
      }
    }

    const listed = groupListStances(analysis, sentence, openGroup, lowerBody, cues.groups[si], cues.groupClosing[si]);
    const signed = cues.signing[si] ? signatoryStances(analysis, sentence, quotes, lowerBody, signatories) : undefined;
    const lettered = letterStances(analysis, sentence, lowerBody, opposing, cues.lettering[si]);
    openGroup = listed.open ?? colonGroup ?? signed?.open ?? lettered.open;
    // None of these readers reads the sentence's stances: each one's are added as it is run, in the order of the claims.
    if (signed) append(found, signed.found);
    append(found, lettered.found);
    append(found, linkedListStances(analysis, sentence, lowerBody, links, cues.linked[si]));
    append(found, controlStances(analysis, sentence, quotes, controls[si]!));
    append(found, nounStances(analysis, sentence, quotes, lowerBody, cues.nouns[si]));
    if (cues.thanking[si]) append(found, gratitudeStances(analysis, sentence, quotes));
    append(found, listed.found);
    if (cues.ownGovernments[si]) append(found, ownGovernmentStances(analysis, sentence, lowerBody, true));
    if (cues.copula[si]) append(found, holdersAfterCopula(analysis, sentence, lowerBody));
    if (cues.campaign[si]) append(found, campaignRoleStances(analysis, sentence));
    if (cues.hope[si]) append(found, hopedWinnerStances(analysis, sentence, quotes));
    if (cues.relative[si]) append(found, objectRelativeStances(analysis, sentence));
    if (cues.praised[si] && hasPraisedCue(lowerBody)) append(found, praisedAsStances(analysis, sentence, quotes));
    // (Every word of the focus's cue, "support", "backing" or "endorsement", passes the stance-noun cue.)
    if (cues.nouns[si] && hasFocusCue(lowerBody)) append(found, focusStances(analysis, sentence, quotes, claims));
    if (inverted >= 0) append(found, invertedStances(analysis, sentence));
    if (hasDescribedObjectCue(lowerBody)) append(found, describedObjectStances(analysis, sentence));
    if (hasDescribedChoiceCue(lowerBody)) append(found, describedChoiceStances(analysis, sentence));
    if (hasJoinedHolderCue(lowerBody)) append(found, joinedHolderStances(analysis, sentence));
    append(found, judgedStances(analysis, sentence, quotes, lowerBody, cues.judgment[si]));
    if (cues.critics[si]) append(found, criticStances(analysis, sentence, lowerBody));
    append(found, oppositionActStances(analysis, sentence, lowerBody));
    append(found, oppositionStances(analysis, sentence, quotes, lowerBody, opposing, whole, cues.prevention[si], cues.ousting[si]));
    if (cues.echo[si]) found.push(...echoedStances(analysis, sentence, found));
    joinedOppositions(analysis, sentence, quotes, lowerBody, found, whole, { against: cues.against[si]!, neither: cues.neither[si]!, instead: cues.instead[si]! });
    // "Germany backed X on Monday. France followed suit.": the stances of the sentence before, for the new subject.
    if (found.length === 0 && previous && previous.paragraph >= sentence.paragraph - 1 && cues.suit[si]) found.push(...followedStances(analysis, sentence, quotes, previous.found));
    previous = { found: found.filter((f) => !f.rule.startsWith("stance.followed")), paragraph: sentence.paragraph };
    for (const f of found) {
      f.post ??= stancePost(analysis, sentence, f.span.end);
      claims.push({ type: f.type, from: f.from, to: f.to, start: f.span.start, end: f.span.end, confidence: round(f.confidence), sentence: sentence.index, rule: f.rule, ...(f.post ? { post: f.post } : {}) });
      const actor = entities.get(f.from);
      if (!actor || actor.type === "Person") continue;
      // The person who voices a country's or organization's stance holds it too.
      const quoteSpeaker = quoteSpeakerAt(quotes, f.span.start);
      const sayer = quoteSpeaker ? entities.get(quoteSpeaker.speaker) : (() => {
        const m = sayerBefore(analysis, sentence, f.subjectMention?.start ?? f.span.start);
        return m ? entities.get(m.entity) : undefined;
      })();
      if (!sayer || sayer.type !== "Person" || sayer.key === f.to) continue;
      const speaksRole = sayer.roles.find((r) => r.role !== null && (r.of === f.from || r.of === null));
      if (!speaksRole) continue;
      if (speaksRole.of === null) {
        const s = sentence;
        inferredSpeakers.push({ person: sayer.key, of: f.from, span: { start: s.start, end: f.span.end }, sentence: s.index });
      }
      const span = quoteSpeaker ? f.span : { start: Math.min(f.span.start, sentence.start), end: f.span.end };
      claims.push({ type: f.type, from: sayer.key, to: f.to, start: span.start, end: span.end, confidence: round(f.confidence * 0.8), sentence: sentence.index, rule: "stance.voiced-by-speaker", ...(f.post ? { post: f.post } : {}) });
    }
  }
  return { claims, inferredSpeakers };
}

/** Adds `items` to the end of `into`, one by one (a spread of arrays of several element kinds is slower). */
function append(into: Found[], items: readonly Found[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
