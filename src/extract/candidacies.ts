/**
 * Stage 7: who is a candidate for which post.
 *
 * Read from "X's candidacy/bid for <post>", "the candidacy of X for <post>", "X and Y are vying
 * for / running for / competing for <post>", "X is one of four candidates for <post>", "nominated X
 * for <post>", "endorsed X for <post>", "X ... as its candidate for <post>", and "The others are A,
 * B and C" after a sentence listing candidates. When the post is not named next to the candidacy
 * ("Rutte's candidacy"), it is the article's main post, with a lower confidence.
 *
 * Withdrawals: a person the article says withdrew ("withdrew his candidacy", "pulled out of the
 * race", "dropped her bid") was a candidate: the withdrawal is read as a candidacy for the post
 * they left (the race's post when none is named). Their stances (e.g. endorsing a rival) are kept.
 */
import { ousterRule } from "./opposition-ouster.js";
import { insideLongerPost, racePostWeight } from "./race-post.js";
import { PARTIES } from "./lexicon/parties.js";
import { CANDIDACY_VERBS, CANDIDACY_VERBS_CUE, WITHDRAWAL } from "./lexicon/verbs.js";
import { clauseStart, isActor, mentionsIn, quoteSpeakerAt, skipRanges } from "./clauses.js";
import { namesOtherLevel } from "./candidacy-guards.js";
import { resolveGenderedPronoun as resolvePersonPronoun } from "./pronoun-gender.js";
import type { AttributedQuote } from "./quotes.js";
import { countedFieldStatements, countedStatements, partitiveStatements } from "./counted-lists.js";
import { headingListStatements } from "./heading-lists.js";
import { entryStatements } from "./race-entry.js";
import { rankingStatements } from "./race-rankings.js";
import { rivalStatements } from "./race-rivals.js";
import { listAfter, mayNameOtherRace, OTHER_RACE, ownRacePattern, raceStatements } from "./race-statements.js";
import { sentenceAt } from "./text-utils.js";
import { titledListStatements } from "./titled-lists.js";
import { countedNextStatements } from "./counted-next-lists.js";
import { appointedNomineeStatements } from "./appointed-nominees.js";
import { slateStatements } from "./slate-candidacies.js";
import { JoinedSentences } from "./joined-sentences.js";
import type { Analysis, DraftClaim, Mention, Sentence } from "./types.js";

const PARTY_SLUGS = new Set(PARTIES.map((p) => p.slug));
const POSSESSIVE_CANDIDACY = /^['’]s\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:candidacy|candidature|bid|nomination|campaign|application|(?:run|quest|challenge)(?=\s+for\b)|(?:late\s+)?entry(?=\s+into\s+the\s+(?:race|contest|running|field))|late\s+entry|leadership\s+(?:bid|campaign|hopes))\b(?!\s+(?:against|on|over|to\s+(?!become|lead|head|succeed|replace)\w))/u;
const PRONOUN_CANDIDACY = /\b(?:his|her)\s+(?:own\s+)?(?:(?:official|formal|leadership|presidential)\s+)?(?:candidacy|candidature|bid|nomination|application|run(?=\s+for\b))\b/gi;
const CANDIDACY_OF = /\b(?:candidacy|candidature|nomination|selection|election|appointment|bid)\s+of\s+$/i;
/** A cheap test before {@link CANDIDACY_OF}, with its flags. */
const CANDIDACY_WORD = /candidacy|candidature|nomination|selection|election|appointment|bid/i;
const VERB = new RegExp(CANDIDACY_VERBS, "gi");
const WITHDREW = new RegExp(WITHDRAWAL, "gi");
/**
 * Withdrawal phrases that can only mean leaving a race (a bare "stood down" may be leaving an office).
 * Each word boundary is written as a lookaround, which a case-insensitive Unicode pattern reads much faster.
 */
const LEFT_RACE = /(?<!\w)(?:(?:withdr[ae]w(?:n|ing)?|withdraws|pull(?:s|ed|ing)?\s+(?:himself\s+|herself\s+)?out|drop(?:s|ped|ping)?(?:\s+out)?|bow(?:s|ed|ing)?\s+out|quit(?:s|ting)?)\s+(?:(?:of|from)\s+)?the\s+(?:[\p{L}-]+\s+){0,4}?(?:race|contest|running|competition|field|ballot)|withdr[ae]wn?(?=\s*(?:[,.;]|$|\s+(?:on|last|earlier|this|yesterday)(?!\w)|\s+and\s+(?:endorsed|backed|threw|urged|called|gave|lent|pledged)(?!\w)))|(?:drop(?:s|ped|ping)?|pull(?:s|ed|ing)?|bow(?:s|ed|ing)?)\s+out(?!\w)(?!\s+(?:of(?!\w)|as\s))|(?:end(?:s|ed|ing)?|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|withdr[ae]w(?:n|ing)?|withdraws|pull(?:s|ed|ing)?)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:bid|candidacy|candidature|campaign)|(?:withdrawal|exit)\s+from\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:race|contest|running))/giu;
const FOR_POST = /^\s*(?:(?:for|as|to\s+(?:become|lead|head|succeed|replace)(?:\s+[\p{L}’'-]+){0,3}?\s+as)\s+)?(?:the\s+|a\s+)?(?:(?:post|position|job|role|office|seat|race)\s+of\s+)?(?:the\s+)?(?:next\s+|new\s+|future\s+)?/iu;
const NOMINATED = /\b(?:nominated|endorsed|backed|proposed|put\s+forward|named|fielded|fielding|fields)\b/gi;
/** "The frontrunner is still X", "Her main rival is X": X is in the race for the article's post. */
const RACE_ROLE_IS = /\b(?:(?:the|his|her|their|its|\p{L}+['’]s)\s+|(?=another\s))(?:(?:main|closest|chief|leading|strongest|nearest|only|biggest|toughest|other|another|second|third|remaining)\s+)?(?:frontrunner|front-runner|favou?rite|rival|challenger|contender|opponent|(?<=(?:other|another|only|second|third|remaining|leading|main)\s+)(?:candidate|nominee|finalist))\s+(?:(?:for|in)\s+(?:the\s+)?[^,.;:]{1,40}?\s+)?(?:is|was|remains)\s+(?:still\s+|now\s+|clearly\s+)?$/iu;
/**
 * A race role, then a title in apposition, then the name: "his main challenger, former finance
 * minister X", "Brazil's candidate, its WTO envoy X", "India's candidate judge X". The role follows
 * a determiner or an owner (not a preposition: "speaking to the candidate, party chairman X").
 */
const ROLE_THEN_TITLE =
  /(?:^|[^\p{L}])(?:(?:the|his|her|their|its|a|another|[\p{Lu}][\p{L}-]*['’]s?)\s+)(?:[\p{L}-]+\s+){0,2}?(?:rival|challenger|contender|candidate|nominee|finalist|hopeful|front-?runner|frontrunner|opponent)(?:\s+(?:for|in)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:leadership|race|contest|post|job|presidency|nomination|election|seat))?,?\s+((?:(?:its|his|her|their)\s+)?(?:[\p{L}.'’-]+\s+){1,4})$/u;
/** Words that end an apposition's title: a preposition, a verb, a clause. */
const NOT_TITLE_WORD = /^(?:by|of|with|and|or|to|from|for|as|at|in|on|who|whom|that|which|is|was|are|were|has|had|have|will|would|said|says|told|the|a|an|\p{Ll}+ed|\p{Ll}+ing|[\p{L}-]+['’]s?)$/u;
const PREPOSITION_BEFORE_ROLE = /\b(?:to|with|for|by|of|about|on|at|from|against|behind|than)\s+$/;

/** Whether the words right before a name are a race role and a title in apposition. */
function roleThenTitle(before: string): boolean {
  const m = ROLE_THEN_TITLE.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  if (words.some((w, i) => NOT_TITLE_WORD.test(w) && !(i === 0 && /^(?:its|his|her|their)$/.test(w)))) return false;
  return !PREPOSITION_BEFORE_ROLE.test(before.slice(0, m.index + (m[0].startsWith(" ") ? 1 : 0)));
}

/** A cheap test before {@link RACE_ROLE_IS}, with its flags (a word boundary makes that pattern slow to search for). */
const RACE_ROLE_WORD = /front-?runner|favou?rite|rival|challenger|contender|opponent|candidate|nominee|finalist/iu;
/** The words {@link RACE_ROLE_IS} can end on before its last spaces, with its flags. */
const RACE_ROLE_LAST_WORD = /(?:is|was|remains|still|now|clearly)$/iu;

/** A cheap test before {@link RACE_ROLE_IS}, which is tried at every offset: `left` ends on spaces after one of its last words. */
function mayEndOnRaceRole(left: string): boolean {
  // `trimEnd` removes exactly the characters of `\s`.
  const trimmed = left.trimEnd();
  return trimmed.length < left.length && RACE_ROLE_LAST_WORD.test(trimmed.slice(-7));
}
/** "X is competing for the post with A and B": A and B are candidates too. */
const WITH_RIVALS = /^\s*(?:the\s+(?:post|position|job|role|seat)\s+)?(?:with|against)\s+/i;
/**
 * A sentence that announces candidates named next: "Six candidates are vying for the post.", "The
 * candidates are:", "Here are the contenders". Its word boundaries are lookarounds (see {@link LEFT_RACE}).
 */
const LIST_INTRO = /(?:(?<!\w)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:declared|official|remaining|other|valid)\s+)?(?:candidates|contenders|hopefuls|nominees|finalists|candidatures|candidacies)(?!\w)[^.;:]*|(?<!\w)(?:[Tt]he|[Hh]ere\s+are\s+the|[Mm]eet\s+the)\s+(?:(?:\p{L}+|\d+)\s+){0,2}?(?:candidates|contenders|hopefuls|nominees|finalists)(?!\w)(?:\s+(?:for|to|in)\s+[^.;:]{1,60}?)?(?:\s+(?:are|were|include|included))?)\s*[:.]?\s*$/iu;
const LIST_INTRO_CUE = /candidat|contenders|hopefuls|nominees|finalists|nominations|applica|list|line-?up|field|running|standing/i;
/** The nouns of {@link LIST_INTRO}, with its flags. */
const LIST_INTRO_NOUN = /candidat|contenders|hopefuls|nominees|finalists/iu;

/**
 * The match of {@link LIST_INTRO} that ends `text`, searched in its last clause only: past its last
 * full stop, semicolon or colon other than the one that ends it. A match holds none of these but
 * the last, so it lies there; the sign before the clause is no word character, so the pattern's
 * opening word boundary reads the same. Its `index` is an offset in `text`.
 */
function listIntroAtEnd(text: string): RegExpExecArray | null {
  let end = text.trimEnd();
  if (end.endsWith(":") || end.endsWith(".")) end = end.slice(0, -1);
  const from = Math.max(end.lastIndexOf("."), end.lastIndexOf(";"), end.lastIndexOf(":")) + 1;
  if (!LIST_INTRO_NOUN.test(end.slice(from))) return null;
  const m = LIST_INTRO.exec(text.slice(from));
  if (m) m.index += from;
  return m;
}
/**
 * Other announcements of a list, each closed by a colon or a question: "The nominations received
 * are:", "The candidate list stands as follows:", "The shortlist:", "Who's running?".
 */
const LIST_INTRO_MORE = /(?:\b(?:nominations|candidatures|candidacies|applications|applicants|(?:candidate|short)[- ]?list|list\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?(?:candidates|contenders|nominees|hopefuls)|line-?up|field)\b(?:\s+(?:received|submitted|confirmed|announced|accepted|so\s+far))?(?:\s+(?:are|were|is|was|include|includes|included|stands|reads|looks))?(?:\s+(?:as\s+follows|like\s+this))?\s*:|^(?:[Ss]o\s+)?[Ww]ho(?:['’]s|\s+is|\s+are)\s+(?:[Rr]unning|[Ss]tanding|in\s+the\s+(?:[Rr]ace|[Rr]unning|[Ff]ield)|the\s+(?:[Cc]andidates|[Cc]ontenders|[Hh]opefuls))\s*\?)\s*$/u;
/** The sentence after an announcement that names them: "They are A, B and C." */
const THEY_ARE = /^(?:(?:They|These|Those)\s+(?:are|were|include|included)|Among\s+them\s+(?:is|are|was|were))\s*:?\s*/;
/** What follows a name opening a list item: a comma, a bracket, a verb or the end. */
const LIST_ITEM_AFTER = /^[ \t]*(?:\r?\n|[,(:–—-]|$|\s(?:is|was|has|had|of|from)\b)/;
/** A second name joined to a list item's: "A & B", "A and B". */
const TICKET_AFTER = /^\s*(?:&|and)\s+\p{Lu}/u;
const OTHERS = /^(?:The|the)\s+others?\s+(?:candidates?\s+|contenders?\s+)?(?:are|is|include|were)\b/;
/**
 * A list of people introduced as candidates: "the four candidates ... are: A, B, C and D", "the two
 * other candidates, A and B", "leadership candidates – A, B and C –", "joins A, B and C in the race".
 */
const CANDIDATE_LIST = /\b(?:[Cc]andidates|[Cc]ontenders|[Ff]inalists|[Rr]ivals|[Nn]ominees|[Cc]hallengers|[Hh]opefuls|[Ff]ront-?runners|[Ff]rontrunners)\s+(?=\p{Lu})|\b(?:[Cc]andidates|[Cc]ontenders|[Hh]opefuls|[Cc]hallengers|[Rr]ivals|[Ff]inalists|[Nn]ominees)\b[^.;:“”"]{0,80}?(?:\s(?:are|were|include|included)\s*:?|:|,|\s[–—-])\s*(?=\S)|\bjoin(?:s|ed)?\s+(?=(?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+,)/gu;
/** An announcement of candidates closed by a colon, the items of its list parted by semicolons: "The candidates are:", "The lineup is:". */
const SEMICOLON_LIST_INTRO = /(?<!\w)(?:candidates|contenders|hopefuls|nominees|finalists|line-?up|field|shortlist)(?!\w)[^.;:“”"]{0,40}?(?:\s(?:are|were|is|was|include|includes|included))?\s*:\s*(?=[^;]*;)/iu;
/** "X is running to become the next <post>", "X's hopes of becoming <post>", "the favourite to succeed": a goal. */
const GOAL = /(?<!\w)(?:running|standing|bidding|campaigning|seeking|hop(?:e|es|ed|ing)|hopes\s+of|bid|race|favou?rite|front-?runner|contest|challenge|vying|aims?|aiming|wants?|plans?)\s+(?:to\s+(?:become|be|succeed|replace|lead|head|take\s+over)|of\s+becoming)(?!\w)/giu;
/** "rival Bernie Sanders", "fellow candidate X": a title that places a person in the race. */
const RACE_TITLE_BEFORE = /\b(?:rival|challenger|contender|fellow\s+(?:candidate|contender)|leadership\s+(?:candidate|contender|hopeful)|candidate|nominee|finalist|hopeful|front-?runner|frontrunner)\s+(?:(?:\p{Lu}[\p{L}.]*\.?|[A-Z][a-z]+\.)\s+){0,3}$/u;
/** "X, the national front-runner", "X, a leadership contender": an apposition that places them in the race. */
const RACE_APPOSITION = /^,\s+(?:(?:widely\s+|now\s+)?(?:considered|seen\s+as|regarded\s+as|viewed\s+as|tipped\s+as)\s+)?(?:the|a|another|one|its|their|his|her|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:front-?runner|frontrunner|favou?rite|runner-up|winner(?!\s+of\b)|(?:pick|choice)(?=\s+(?:to|for)\s)|candidate|contender|challenger|hopeful|nominee|finalist|competitor|(?<=\bone\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+)?)(?:candidates|contenders|challengers|hopefuls|nominees|finalists|front-?runners|frontrunners|favou?rites))\b(?!\s+(?:of|to)\s+(?:win|the\s+party))/u;

// Cheap tests before the patterns: every match of a pattern holds one of its cue's words, read with the same flags.
const VERB_CUE = new RegExp(CANDIDACY_VERBS_CUE, "i");
const GOAL_CUE = /running|standing|bid|campaigning|seeking|hop|race|favo|front|contest|challenge|vying|aim|want|plan/iu;
const GOAL_TAIL_CUE = /\s(?:to\s+(?:become|be|succeed|replace|lead|head|take\s+over)|of\s+becoming)/iu;
const CANDIDATE_LIST_CUE = /andidates|ontenders|opefuls|hallengers|ivals|inalists|ominees|unners|join/u;

/** "as its new president", "its next secretary-general": the post of the organization the sentence is about. */
const ITS_POST = /^\s*(?:as\s+)?(?:(?:its|their)\s+(?:new\s+|next\s+|first\s+\p{L}+\s+)?|(?:the\s+)?(?:new|next)\s+)(?:president|chair(?:man|woman|person)?|head|leader|secretary[- ]general|director[- ]general|managing\s+director|chief)\b/iu;

/** A candidacy verb that is a noun ("candidates for"): its subject is the one a copula ties to it. */
const NOUN_CANDIDACY = /^(?:candidates?|contenders?|nominees?|hopefuls?)\b/i;
/** Between a subject and a noun of candidacy: a copula, and no other verb's infinitive ("to nominate"). */
const COPULA_GAP = /^(?![^,.;]*\bto\s+\p{Ll}+\s+(?:the\s+)?$)[^.;]*\b(?:is|are|was|were|remains?|remained|becomes?|became|been|be|as|one\s+of|among)\b/u;

/** The subject pronoun nearest the end of a clause ("she said he would run": he). */
const LAST_PRONOUN = /\b(he|she)\b(?![^,.;]*\b(?:he|she)\b)[^,.;]*$/i;

const PAST_OR_POSSIBLE = /\b(?:former|previous|past|one-time|onetime|unsuccessful|failed|would-be|possible|potential|ex-)\s*$/i;
/**
 * The personal pronouns the readers resolve to a person ("his bid", "she withdrew", "backed him");
 * "they" is read only by the candidacy verbs, which run on every sentence.
 */
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** Words every withdrawal phrase holds: a cheap test before the patterns. */
const WITHDRAWAL_CUE = /withdr|\bout\b|quit|\bend|abandon|suspend|exit|stepped|stood|\bdrop/i;
const LEFT_RACE_AT = new RegExp(`^(?:${LEFT_RACE.source})`, "iu");

/**
 * Sentence cues searched once over all sentences ({@link JoinedSentences}), as the tests of each
 * sentence would read them: none reads ";", has an anchor or a lookbehind, or matches the empty string.
 */
const JOINED_CUES = {
  verb: new RegExp(VERB_CUE.source, "gi"),
  listIntro: new RegExp(LIST_INTRO_CUE.source, "gi"),
  withdrawal: new RegExp(WITHDRAWAL_CUE.source, "gi"),
  pronoun: new RegExp(PERSONAL_PRONOUN.source, "gi"),
};

/** Per cue of {@link JOINED_CUES}, per sentence, whether the cue matches in it. */
function joinedCues(analysis: Analysis): Record<keyof typeof JOINED_CUES, boolean[]> {
  const { text, sentences } = analysis;
  const joined = new JoinedSentences(
    sentences.length,
    sentences.map((s) => text.slice(s.start, s.end)),
    sentences.map(() => true),
  );
  return {
    verb: joined.holds(JOINED_CUES.verb),
    listIntro: joined.holds(JOINED_CUES.listIntro),
    withdrawal: joined.holds(JOINED_CUES.withdrawal),
    pronoun: joined.holds(JOINED_CUES.pronoun),
  };
}

export interface CandidacyResult {
  claims: DraftClaim[];
  withdrawn: Set<string>;
}

const MAIN_POSTS = new WeakMap<Analysis, { mentions: readonly Mention[]; count: number; post: Mention | undefined }>();

/** The post the article is about: the one named most often (a post used as a holder's title left out). */
export function mainPost(analysis: Analysis): Mention | undefined {
  // Several stages ask; the answer is kept while the article's mentions stay the same.
  const known = MAIN_POSTS.get(analysis);
  if (known && known.mentions === analysis.mentions && known.count === analysis.mentions.length) return known.post;
  const post = findMainPost(analysis);
  MAIN_POSTS.set(analysis, { mentions: analysis.mentions, count: analysis.mentions.length, post });
  return post;
}

function findMainPost(analysis: Analysis): Mention | undefined {
  const counts = new Map<string, { n: number; first: Mention }>();
  const { mentions } = analysis;
  // Another post than a mention's own is named somewhere exactly when two or more posts are.
  const severalPosts = new Set(mentions.filter((o) => o.type === "Post").map((o) => o.entity)).size >= 2;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== "Post") continue;
    // "IMF chief Christine Lagarde": a post used as a holder's title says little about the race.
    const next = mentions.slice(i + 1, i + 4).find((n) => n.start >= m.end);
    // A headline's last words before a byline's name are no title: only a gap on one line is.
    if (next?.type === "Person" && next.start - m.end <= 2 && severalPosts && !analysis.text.slice(m.end, next.start).includes("\n")) continue;
    // "the next leader of UN Women": a shorter post read inside another's name is not named there.
    if (severalPosts && insideLongerPost(mentions, i)) continue;
    // "Verdi chief economist X": a post found by shape that only titles a person is no race's post.
    if (m.shaped && next?.type === "Person" && next.start - m.end <= 30 && /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(analysis.text.slice(m.end, next.start))) continue;
    // "The UN chief has selected X": the post of the one who chooses is not the post in play.
    if (severalPosts && CHOOSER_AFTER.test(analysis.text.slice(m.end, m.end + 60))) continue;
    const weight = racePostWeight(analysis.text, m);
    const c = counts.get(m.entity);
    if (c) c.n += weight;
    else counts.set(m.entity, { n: weight, first: m });
  }
  // A post found by shape is the article's only where the lexicon names none.
  const lexicon = [...counts.values()].filter((c) => !c.first.shaped);
  return (lexicon.length > 0 ? lexicon : [...counts.values()]).sort((a, b) => b.n - a.n || a.first.start - b.first.start)[0]?.first;
}

/** A verb of choosing right after a post: the post's holder chooses ("the Secretary-General has appointed", "the party chairman named"). */
const CHOOSER_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}?|\s*,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3},)?\s+(?:(?:has|had|will|would|is\s+to|is\s+set\s+to|plans\s+to|intends\s+to)\s+)?(?:formally\s+|officially\s+)?(?:selected|select|selects|appointed|appoint|appoints|named|name|names|nominated|nominate|nominates|picked|pick|picks|chosen|chose|choose|tapped|recommended|recommend|recommends|proposed|propose|proposes)\b/u;

/** Words right after a post that put it in play in its sentence: "the X chair is a race between", "the X chair race". */
const SHAPED_IN_PLAY = /^\s+(?:(?:is|was|will\s+be)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?)?(?:race|contest|election|ballot|vote|run-?off)\b/u;

/** A post named by "the position/post of" right after a statement: when it is not a post found, the statement's post is unknown. */
const UNKNOWN_POST_AFTER = /^\s*,?\s*for\s+the\s+(?:position|post|office|role|seat)\s+of\s+/i;

/** Between a candidacy and a post, a phrase of its own: "in a joint letter to the", "at a meeting with". */
const OTHER_PHRASE_GAP = /\b(?:in|at|on|with|from|by|during|after|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}+\s+(?:to|with|of|from|by|for)\b/u;

/** The post named right after `at` (within a few words), if any. */
export function postAfter(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  const window = analysis.text.slice(at, Math.min(sentence.end, at + 120));
  const lead = FOR_POST.exec(window)?.[0].length ?? 0;
  const posts = mentionsIn(analysis, at, Math.min(sentence.end, at + 120)).filter((m) => m.type === "Post");
  const first = posts[0];
  if (!first) return undefined;
  const gap = analysis.text.slice(at + lead, first.start);
  // "her candidacy in a letter to the President of X": a post after another phrase is that phrase's, not the candidacy's.
  return gap.length <= 25 && !/[.;:,]/.test(gap) && !OTHER_PHRASE_GAP.test(gap) ? first : undefined;
}

/** Between two people of a plural subject: "and" or a comma, after an apposition of the first, and a short title of the next ("A, the MP for X, and union economist B"). */
const SUBJECT_GAP = /^(?:\s*,\s*(?:the|a|an)\s+[^,;:.()]{1,50}?)?\s*(?:,\s*|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:(?!(?:is|was|are|were|has|had|have|said|says|who|which|that|but|after|before|with|by|for|to|of)\s)[\p{L}'’.-]+\s+){0,3}$/u;

/**
 * The people of a plural subject ending at `last` and starting in its clause (from `from`): "A and
 * B", "A, B and C", "fellow ministers A and B". A first name joined by a comma alone is no
 * subject ("After meeting A, B withdrew").
 */
function subjectList(analysis: Analysis, from: number, last: Mention): Mention[] {
  const before = mentionsIn(analysis, from, last.start).filter((m) => m.type === "Person" && !m.modifier);
  const out = [last];
  let current = last;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const gap = analysis.text.slice(m.end, current.extendedStart);
    if (!SUBJECT_GAP.test(gap) || (out.length === 1 && !/\b(?:and|as\s+well\s+as)\b/.test(gap))) break;
    out.push(m);
    current = m;
  }
  return out;
}

function chainBefore(analysis: Analysis, sentence: Sentence, last: Mention): Mention[] {
  const persons = mentionsIn(analysis, sentence.start, last.start).filter((m) => m.type === "Person" && !m.modifier);
  const out = [last];
  let current = last;
  for (let i = persons.length - 1; i >= 0; i--) {
    const m = persons[i]!;
    const gap = analysis.text.slice(m.end, current.extendedStart);
    if (!/^\s*(?:,|,?\s+and|,?\s+as well as|\s+or)\s+$/.test(gap)) break;
    if (out.length === 1 && !/\b(?:and|or|as well as)\b/.test(gap)) break;
    out.push(m);
    current = m;
  }
  return out;
}

function chainAfter(analysis: Analysis, sentence: Sentence, from: number): Mention[] {
  const persons = mentionsIn(analysis, from, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
  const out: Mention[] = [];
  let previousEnd = from;
  for (const m of persons) {
    const gap = analysis.text.slice(previousEnd, m.extendedStart);
    if (out.length > 0 && !/^\s*(?:,|,?\s+and|,?\s+as well as|\s+or)\s+$/.test(gap)) break;
    if (out.length === 0 && gap.length > 40) break;
    out.push(m);
    previousEnd = m.end;
  }
  return out;
}

/** A head of state's or government's title ("US President", "Prime Minister"), not a former one's. */
const HEAD_OF_STATE = /^(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir)$/;

/**
 * Whether `person` is titled head of a country's state or government ("US President X", "Prime
 * Minister X") in an article about another post than a country's or a party's leadership: such a
 * person is an official acting in the race (nominating, backing), not a candidate, unless a post
 * is named right at the statement.
 */
export function holdsOtherOffice(analysis: Analysis, person: string, post: Mention): boolean {
  const roles = analysis.entities.get(person)?.roles ?? [];
  // "World Athletics President X" is a body's president: a body named right before the title.
  const bodyBefore = (at: number) => /\p{Lu}[\p{L}-]*\s+$/u.test(analysis.text.slice(Math.max(0, at - 30), at)) && !analysis.mentions.some((m) => m.type === "Country" && m.end <= at && at - m.end <= 2);
  const sitting = roles.some((r) => r.role !== null && HEAD_OF_STATE.test(r.role) && (r.of === null || r.of.startsWith("country:")) && !/\b(?:former|ex-|then-|late|past|of)\b/i.test(r.text) && !bodyBefore(r.start));
  if (!sitting) return false;
  const name = analysis.entities.get(post.entity)?.name ?? post.entity;
  // A party's own office ("President of the Liberal Democratic Party") is one a head of government may run for; its nomination for the country's office is another race.
  if (post.org !== undefined && (post.org.endsWith("-party") || PARTY_SLUGS.has(post.org)) && !/\bnomination\b/i.test(name)) return false;
  return !/^(?:Leader|Deputy Leader)\b|\b(?:President|Prime Minister|Chancellor) of (?!the\s)/.test(name) && !/^post:(?:leader|deputy-leader)-of-/.test(post.entity);
}

/** Reads candidacies and withdrawals. */
export function findCandidacies(analysis: Analysis, quotes: readonly AttributedQuote[]): CandidacyResult {
  const { text } = analysis;
  const main = mainPost(analysis);
  const claims: DraftClaim[] = [];
  const withdrawn = new Set<string>();
  // The one post each sentence names, if it names exactly one.
  const onlyPost = new Map<number, Mention | undefined>();
  const onlyPostIn = (sentence: number) => {
    if (onlyPost.has(sentence)) return onlyPost.get(sentence);
    const s = analysis.sentences[sentence]!;
    // A post found by shape stands for the statement's only where it is the article's.
    const inSentence_ = mentionsIn(analysis, s.start, s.end);
    // "Verdi chief economist X", "IMF chief X": a post held, used as a title, is not the one raced for.
    const asTitle = (m: Mention) => inSentence_.some((q) => q.type === "Person" && q.start >= m.end && q.start - m.end <= 30 && /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(text.slice(m.end, q.start)));
    // "The DA Federal Council chair is a race between A and B": a post found by shape that the sentence puts in play is its own.
    const inPosts = inSentence_.filter((m) => m.type === "Post" && (!m.shaped || m.entity === main?.entity || SHAPED_IN_PLAY.test(text.slice(m.end, m.end + 30))) && !asTitle(m));
    const named = new Set(inPosts.map((m) => m.entity));
    const inSentence = named.size === 1 ? inPosts[0] : undefined;
    onlyPost.set(sentence, inSentence);
    return inSentence;
  };
  const add = (person: string, post: Mention | undefined, start: number, end: number, confidence: number, sentence: number, rule: string) => {
    // No post named next to the statement: the one post its sentence names, else the article's.
    const target = post ?? onlyPostIn(sentence) ?? main;
    if (!target || (!post && holdsOtherOffice(analysis, person, target))) return;
    // "A is up against B for the position of federal leader": a post said but not known is no ground for guessing the article's.
    if (!post && UNKNOWN_POST_AFTER.test(text.slice(end, end + 40))) return;
    // "X is the front-runner for the deputy presidency": another post than the one the article names.
    if (!post && namesOtherLevel(sentenceText(sentence), analysis.entities.get(target.entity)?.name ?? "")) return;
    claims.push({ type: "CANDIDATE_FOR", from: person, to: target.entity, start, end: Math.max(end, post?.end ?? end), confidence: post ? confidence : confidence * 0.7, sentence, rule: post ? rule : `${rule}.article-post` });
  };
  const sentenceText = (index: number) => text.slice(analysis.sentences[index]!.start, analysis.sentences[index]!.end);
  const mentionCount = new Map<string, number>();
  for (const m of analysis.mentions) if (m.type === "Person" && !m.modifier) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
  let previousPost: Mention | undefined;
  // The last sentence that announced candidates to be named next, and whether they follow one to a paragraph.
  let listIntro: { sentence: number; post: Mention | undefined; byParagraph: boolean } | undefined;
  // In a party's race, "the Democratic presidential candidate" is this race; elsewhere it is another one.
  const partyRace = (main?.org?.endsWith("-party") || (main?.org !== undefined && PARTY_SLUGS.has(main.org))) ?? false;
  const ownRace = ownRacePattern(main?.org);
  // Every phrase read is a part of the text, or two parts joined at a comma.
  const otherRace = (phrase: string) => !partyRace && mayNameOtherRace(analysis, ownRace) && OTHER_RACE.test(ownRace ? phrase.replace(ownRace, "") : phrase);

  const isCandidate = (entity: string) => claims.some((c) => c.from === entity);
  const cues = joinedCues(analysis);
  for (const sentence of analysis.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const sentenceMentions = mentionsIn(analysis, sentence.start, sentence.end);
    const persons = sentenceMentions.filter((m) => m.type === "Person" && !m.modifier);
    // The readers below that name only people of this sentence run only where enough of them are named.
    const namesPerson = sentenceMentions.some((m) => m.type === "Person");
    // The readers of a person named in the sentence or of a personal pronoun there read nothing in a sentence with neither.
    const readsPeople = namesPerson || cues.pronoun[sentence.index]!;
    let listedPost: Mention | undefined;

    // "X's candidacy (for <post>)" and "the candidacy of X (for <post>)".
    for (const p of persons) {
      // The possessive opens on an apostrophe, the apposition on a comma.
      const next = text.charCodeAt(p.end);
      const possessive = next === 39 || next === 0x2019 ? POSSESSIVE_CANDIDACY.exec(text.slice(p.end, p.end + 40)) : null;
      if (possessive) {
        const post = postAfter(analysis, sentence, p.end + possessive[0].length);
        add(p.entity, post, p.start, p.end + possessive[0].length, 0.85, sentence.index, "candidacy.possessive");
        continue;
      }
      // "fellow contender X": the title may be read as part of the mention, so it is looked for up to the name itself.
      const before = text.slice(Math.max(sentence.start, p.extendedStart - 50), p.start);
      // Every title holds a role word, or "hopeful".
      const roleWord = RACE_ROLE_WORD.test(before);
      const titleBefore = (roleWord || before.includes("hopeful") ? RACE_TITLE_BEFORE.exec(before) : null) ?? (roleWord && roleThenTitle(text.slice(Math.max(sentence.start, p.start - 90), p.start)) ? [""] : null);
      const apposition = next === 44 ? RACE_APPOSITION.exec(text.slice(p.end, Math.min(sentence.end, p.end + 80))) : null;
      // The title read with the name counts too: "Democratic candidate Joe Biden" is in another race.
      const raceWords = text.slice(Math.max(sentence.start, p.extendedStart - 50), p.start) + (apposition?.[0] ?? "");
      if (!p.inQuote && (titleBefore || apposition) && !otherRace(raceWords)) {
        const post = postAfter(analysis, sentence, p.end);
        add(p.entity, post, Math.max(sentence.start, p.extendedStart - 30), Math.min(sentence.end, p.end + 40), 0.75, sentence.index, "candidacy.race-title");
        continue;
      }
      const roleLeft = text.slice(Math.max(sentence.start, p.extendedStart - 80), p.extendedStart);
      if (!p.inQuote && mayEndOnRaceRole(roleLeft) && RACE_ROLE_WORD.test(roleLeft) && RACE_ROLE_IS.test(roleLeft)) {
        add(p.entity, undefined, Math.max(sentence.start, p.extendedStart - 40), p.end, 0.8, sentence.index, "candidacy.race-role");
        continue;
      }
      const left = text.slice(Math.max(sentence.start, p.extendedStart - 40), p.extendedStart);
      if (CANDIDACY_WORD.test(left) && CANDIDACY_OF.test(left.replace(/\s*(?:the\s+)?$/, " "))) {
        const post = postAfter(analysis, sentence, p.end);
        // "the appointment of X as the new ambassador to the UN": a role named that is no post of the race.
        if (!post && /^\s+as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+|next\s+)?\p{Ll}/u.test(text.slice(p.end, p.end + 30))) continue;
        add(p.entity, post, Math.max(sentence.start, p.extendedStart - 20), p.end, 0.85, sentence.index, "candidacy.candidacy-of");
      }
    }

    // "his bid for <post>".
    PRONOUN_CANDIDACY.lastIndex = 0;
    let pm: RegExpExecArray | null;
    while (readsPeople && (pm = PRONOUN_CANDIDACY.exec(body)) !== null) {
      const at = sentence.start + pm.index;
      const post = postAfter(analysis, sentence, at + pm[0].length);
      if (!post) continue;
      const speaker = quoteSpeakerAt(quotes, at);
      const person = resolvePersonPronoun(analysis, at, speaker ? [speaker.speaker] : []);
      if (person) add(person.entity, post, at, at + pm[0].length, 0.7, sentence.index, "candidacy.pronoun-bid");
    }

    // "X and Y are vying for <post>", "X is one of four candidates for <post>".
    VERB.lastIndex = 0;
    let vm: RegExpExecArray | null;
    const verbCue = cues.verb[sentence.index]!;
    while (verbCue && (vm = VERB.exec(body)) !== null) {
      const at = sentence.start + vm.index;
      const end = at + vm[0].length;
      const post = postAfter(analysis, sentence, end);
      const asCandidate = /^as\s/i.test(vm[0]);
      // "a former candidate for mayor", "a possible contender for": no candidacy in this race.
      if (PAST_OR_POSSIBLE.test(text.slice(Math.max(sentence.start, at - 30), at))) continue;
      // "decided not to stand for the leadership", "ruled out contesting the presidency".
      if (/^(?:to|will|would|could|can|may|might|shall|contest)/i.test(vm[0]) && /\b(?:not|never|n['’]t|refused|refuses|declined|declines|ruled\s+out|against|whether(?:\s+(?:he|she|they))?|if(?:\s+(?:he|she|they))?)\s+$/i.test(text.slice(Math.max(sentence.start, at - 20), at))) continue;
      const skip = skipRanges(text, sentence.start, at);
      const from = asCandidate ? sentence.start : clauseStart(text, sentence, at);
      const before = mentionsIn(analysis, from, at).filter((m) => isActor(m) && !skip.some((r) => m.start >= r.start && m.end <= r.end));
      let subject = before[before.length - 1];
      if (asCandidate) subject = before.filter((m) => m.type === "Person").pop();
      // "the chancellor candidate": a description read as a person, right before the noun, is the noun's modifier.
      if (subject?.form === "descriptor" && /^\s*$/.test(text.slice(subject.end, at))) subject = undefined;
      // "X said leaders have the power to nominate candidates for top jobs": a noun of candidacy names its subject only through a copula.
      if (subject && !asCandidate && NOUN_CANDIDACY.test(vm[0]) && !COPULA_GAP.test(text.slice(subject.end, at))) subject = undefined;
      let people: Mention[] = [];
      if (subject && subject.type === "Person") people = chainBefore(analysis, sentence, subject);
      else if (!subject || subject.type !== "Person") {
        const pronoun = LAST_PRONOUN.exec(text.slice(from, at));
        const tied = pronoun && (asCandidate || !NOUN_CANDIDACY.test(vm[0]) || COPULA_GAP.test(text.slice(from + pronoun.index + pronoun[1]!.length, at)));
        if (pronoun && tied) {
          const speaker = quoteSpeakerAt(quotes, at);
          const p = resolvePersonPronoun(analysis, from + pronoun.index, speaker ? [speaker.speaker] : []);
          if (p) people = [p];
        }
        // "A, B and C - have said they also want to stand": "they" is the list of names right before it.
        const they = people.length === 0 ? /\bthey\b(?![^,.;]*\b(?:he|she|they)\b)[^.;]*$/.exec(text.slice(sentence.start, at)) : null;
        if (they && !quoteSpeakerAt(quotes, at)) {
          const theyAt = sentence.start + they.index;
          const last = mentionsIn(analysis, sentence.start, theyAt).filter((m) => m.type === "Person" && !m.modifier).pop();
          const list = last && theyAt - last.end <= 40 && !/[.;:]/.test(text.slice(last.end, theyAt)) ? subjectList(analysis, sentence.start, last) : [];
          if (list.length >= 2) people = list;
        }
      }
      // "to stand for the leadership", "contesting the presidency": the verb is read only before a race's noun.
      if (!post && !/candidat|contender|nominee|vying|running|competing|race|^(?:to|will|would|could|can|may|might|shall)\s|^contest/i.test(vm[0])) continue;
      for (const person of people) add(person.entity, post, Math.min(person.start, at), end, 0.85, sentence.index, "candidacy.verb");
      const anchor = post?.end ?? end;
      const rivals = people.length > 0 && !asCandidate ? WITH_RIVALS.exec(text.slice(anchor, sentence.end)) : null;
      const rivalList = rivals ? chainAfter(analysis, sentence, anchor + rivals[0].length) : [];
      // Only names right after "with": "with the backing of X" names no rival.
      if (rivalList.length > 0 && rivalList[0]!.extendedStart !== anchor + rivals![0].length) rivalList.length = 0;
      for (const rival of rivalList) add(rival.entity, post, Math.min(people[0]!.start, at), rival.end, 0.75, sentence.index, "candidacy.rival");
      if (post && /candidates|contenders/i.test(vm[0])) listedPost = post;
    }

    // "nominated X for <post>", "endorsed X for President of the Commission".
    NOMINATED.lastIndex = 0;
    let nm: RegExpExecArray | null;
    while (namesPerson && (nm = NOMINATED.exec(body)) !== null) {
      const at = sentence.start + nm.index + nm[0].length;
      const next = mentionsIn(analysis, at, Math.min(sentence.end, at + 100)).find((m) => isActor(m) || m.type === "Person");
      if (!next || next.type !== "Person" || next.extendedStart - at > 40) continue;
      // "was nominated by five MSPs: herself, X": who nominates is named after "by".
      if (/^\s+by\b/.test(text.slice(at, at + 5))) continue;
      const post = postAfter(analysis, sentence, next.end);
      if (post || /nominated|put\s+forward|proposed|field/i.test(nm[0])) add(next.entity, post, sentence.start + nm.index, next.end, 0.8, sentence.index, "candidacy.nominated");
    }

    // "The four candidates are A, B, C and D", "joins A, B and C in the race".
    CANDIDATE_LIST.lastIndex = 0;
    let lm: RegExpExecArray | null;
    const listCue = persons.length >= 2 && CANDIDATE_LIST_CUE.test(body);
    while (listCue && (lm = CANDIDATE_LIST.exec(body)) !== null) {
      const at = sentence.start + lm.index + lm[0].length;
      let list = listAfter(analysis, sentence, at, true);
      // "Five candidates are in the running: A, B and C": the list follows the colon.
      const colon = list.length === 0 ? /^[^:.;]{0,60}:\s*/.exec(text.slice(at, sentence.end)) : null;
      if (colon) list = listAfter(analysis, sentence, at + colon[0].length, true);
      if (list.length < 2) continue;
      const joins = /^join/i.test(lm[0]);
      if (joins && !/^\s*(?:in|into)\s+the\s+(?:race|contest|running|field)/.test(text.slice(list[list.length - 1]!.end, sentence.end))) continue;
      const post = postAfter(analysis, sentence, list[list.length - 1]!.end) ?? mentionsIn(analysis, sentence.start, at).filter((m) => m.type === "Post").pop();
      for (const person of list) if (!person.inQuote) add(person.entity, post, sentence.start + lm.index, person.end, 0.8, sentence.index, "candidacy.candidate-list");
    }

    // "The candidates are: KMT Chairman A (...), who ...; former mayor B; and C, a ...": the person opening each item.
    const semicolons = persons.length >= 2 && body.indexOf(";") >= 0 ? SEMICOLON_LIST_INTRO.exec(body) : null;
    if (semicolons) {
      const listStart = sentence.start + semicolons.index + semicolons[0].length;
      const items: Mention[] = [];
      let itemStart = listStart;
      for (const piece of text.slice(listStart, sentence.end).split(";")) {
        const itemEnd = itemStart + piece.length;
        // The name closing the item's head ("former Changhua County commissioner X (...)", "Kasper's protégé X"), else the one after a description ("the former champion, X").
        const inItem = persons.filter((m) => m.start >= itemStart && m.end <= itemEnd && !m.inQuote && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)));
        const headEnd = itemStart + (/[,(]/.exec(piece)?.index ?? piece.length);
        const head = inItem.filter((m) => m.end <= headEnd).pop() ?? inItem[0];
        if (head) items.push(head);
        itemStart = itemEnd + 1;
      }
      // Another race named in the announcement, not in an item's description ("who resigned after the presidential election").
      if (items.length >= 2 && !otherRace(body.slice(0, semicolons.index + semicolons[0].length))) for (const person of items) add(person.entity, undefined, sentence.start + semicolons.index, person.end, 0.75, sentence.index, "candidacy.candidate-list");
    }

    // "X is running to become the next <post>", "X, the favourite to succeed ...".
    GOAL.lastIndex = 0;
    let gm: RegExpExecArray | null;
    // The tail's words are the rarer.
    const goalCue = readsPeople && GOAL_TAIL_CUE.test(body) && GOAL_CUE.test(body);
    while (goalCue && (gm = GOAL.exec(body)) !== null) {
      const at = sentence.start + gm.index;
      if (quoteSpeakerAt(quotes, at)) continue;
      const end = at + gm[0].length;
      const post = postAfter(analysis, sentence, end);
      const from = clauseStart(text, sentence, at);
      const skip = skipRanges(text, sentence.start, at);
      const subject = mentionsIn(analysis, from, at).filter((m) => isActor(m) && !skip.some((r) => m.start >= r.start && m.end <= r.end)).pop();
      const left = text.slice(subject?.end ?? from, at);
      if (/\b(?:not|never|no longer|n['’]t|whether|if|would|could|might|may|urged|asked|called|wants?|wanted|expected)\b/i.test(left) && !/^\s*(?:is|was|has been|are)\s/.test(left)) continue;
      let person: Mention | undefined = subject?.type === "Person" ? subject : undefined;
      if (!subject || subject.type !== "Person") {
        const pronoun = /\b(he|she|his|her)\b[^,.;]*$/i.exec(text.slice(from, at));
        if (pronoun && (!subject || subject.end < from + pronoun.index)) person = resolvePersonPronoun(analysis, from + pronoun.index);
      }
      if (!person) continue;
      // "X's hopes of becoming" and "X is running to become" alike; a goal with no post named is the article's race.
      if (!post && !/favou?rite|front|running|race|bid|contest|vying|standing|campaign/i.test(gm[0])) continue;
      add(person.entity, post, Math.min(person.start, at), end, post ? 0.8 : 0.75, sentence.index, "candidacy.goal");
    }

    // "X remained the front-runner", "a race between A and B", "a shortlist of three, which includes A, B and C".
    const previousSentence = analysis.sentences[sentence.index - 1];
    // Of the readers below, the entry reader alone may read a person named in the sentence before ("The former minister said ...").
    const statements = readsPeople ? raceStatements(analysis, quotes, sentence, partyRace, previousSentence, ownRace) : [];
    // Pushed one by one: a call spreading several arrays takes a slow path.
    // Every reader but the entry reader reads only the people named in the sentence.
    for (const more of namesPerson
      ? [rivalStatements(analysis, quotes, sentence, otherRace, previousSentence), countedStatements(analysis, quotes, sentence, otherRace, previousSentence), countedFieldStatements(analysis, quotes, sentence, otherRace), partitiveStatements(analysis, quotes, sentence, otherRace, previousSentence), entryStatements(analysis, quotes, sentence, otherRace, previousSentence, isCandidate), rankingStatements(analysis, quotes, sentence, otherRace), titledListStatements(analysis, sentence, otherRace, previousSentence), countedNextStatements(analysis, sentence, otherRace, previousSentence), appointedNomineeStatements(analysis, sentence), slateStatements(analysis, sentence)]
      : [entryStatements(analysis, quotes, sentence, otherRace, previousSentence, isCandidate)])
      for (const st of more) statements.push(st);
    for (const st of statements) {
      const post = postAfter(analysis, sentence, st.after);
      // "elected X as its new president": the organization's own post, which is the article's.
      if (st.needsPost && !post && !(main && ITS_POST.test(text.slice(st.after, Math.min(sentence.end, st.after + 60))))) continue;
      // Backed once with no post said, and named nowhere else: more often an official or a bystander than a candidate.
      if (!post && st.rule.startsWith("candidacy.supported") && (mentionCount.get(st.person.entity) ?? 0) < MIN_SUPPORTED_MENTIONS) continue;
      add(st.person.entity, post, st.start, st.end, st.confidence, sentence.index, st.rule);
    }

    // "Six candidates are in the race. They are A, B and C." / "The candidates are:" then a paragraph per name.
    if (listIntro) {
      const opensParagraph = analysis.paragraphs[sentence.paragraph]?.start === sentence.start;
      const they = listIntro.sentence === sentence.index - 1 ? THEY_ARE.exec(body) : null;
      if (they) {
        for (const person of listAfter(analysis, sentence, sentence.start + they[0].length, "semicolons")) if (!person.inQuote) add(person.entity, listIntro.post, sentence.start, person.end, 0.75, sentence.index, "candidacy.list-continued");
      } else if (opensParagraph && listIntro.byParagraph && sentence.index > listIntro.sentence) {
        const first = persons.find((m) => !m.inQuote);
        const opener = first ? text.slice(sentence.start, first.extendedStart) : "";
        const item = first && /^\s*(?:[-•*–—]\s*|\d{1,2}[.)]\s*)?$/.test(opener) ? text.slice(first.end, first.end + 40) : undefined;
        // "- A & B": a joint ticket, both on the item.
        const partner = item !== undefined && TICKET_AFTER.test(item) ? persons.find((m) => m.start > first!.end && /^\s*(?:&|and)\s*$/.test(text.slice(first!.end, m.extendedStart))) : undefined;
        if (first && item !== undefined && (LIST_ITEM_AFTER.test(item) || partner)) {
          add(first.entity, listIntro.post, sentence.start, first.end, 0.7, sentence.index, "candidacy.list-continued");
          if (partner && !partner.inQuote) add(partner.entity, listIntro.post, sentence.start, partner.end, 0.7, sentence.index, "candidacy.list-continued");
        } else listIntro = undefined;
      }
    }
    // The announcement ends the sentence: only its tail is read, and only when it names candidates.
    const introAt = Math.max(0, body.length - 200);
    const cued = cues.listIntro[sentence.index]!;
    const tail = cued ? body.slice(introAt) : "";
    const intro = cued ? (listIntroAtEnd(tail) ?? LIST_INTRO_MORE.exec(tail)) : null;
    if (intro && !otherRace(body)) listIntro = { sentence: sentence.index, post: sentenceMentions.find((m) => m.type === "Post"), byParagraph: (/[:?]\s*$/.test(body) || /^(?:Here\s+are|Meet|These\s+are)\b/i.test(body)) && analysis.paragraphs[sentence.paragraph]?.end === sentence.end && listAfter(analysis, sentence, sentence.start + introAt + intro.index + intro[0].length, true).length === 0 };

    // "The others are A, B and C."
    if (previousPost && OTHERS.test(body)) {
      const list = chainAfter(analysis, sentence, sentence.start + (OTHERS.exec(body)?.[0].length ?? 0));
      for (const person of list) add(person.entity, previousPost, sentence.start, person.end, 0.75, sentence.index, "candidacy.others-listed");
    }
    previousPost = listedPost;

    // Withdrawals: whoever left the race was in it.
    const withdrawals: { index: number; length: number }[] = [];
    for (const re of readsPeople && cues.withdrawal[sentence.index]! ? [WITHDREW, LEFT_RACE] : []) {
      re.lastIndex = 0;
      let wm: RegExpExecArray | null;
      while ((wm = re.exec(body)) !== null) if (!withdrawals.some((w) => w.index === wm!.index)) withdrawals.push({ index: wm.index, length: wm[0].length });
    }
    for (const wm of withdrawals) {
      const at = sentence.start + wm.index;
      const from = clauseStart(text, sentence, at);
      const skip = skipRanges(text, sentence.start, at);
      const left = text.slice(from, at);
      // "urged X to drop out of the race", "X refused to withdraw": no withdrawal, but X is in the race.
      const modal = /\b(?:should|would|could|may|might|to|not|never|urged|refused|refuse|calls?|asked|pressure)\b[^,.;]*$/i.test(left);
      const subject = mentionsIn(analysis, from, at).filter((m) => m.type === "Person" && !m.modifier && !skip.some((r) => m.start >= r.start && m.end <= r.end)).pop();
      const pronoun = LAST_PRONOUN.exec(left);
      const person = subject && (!pronoun || subject.end > from + pronoun.index) ? subject : pronoun ? resolvePersonPronoun(analysis, from + pronoun.index) : undefined;
      if (!person) continue;
      // "A and B have withdrawn", "both MPs A and B dropped out": each one of a plural subject left.
      const people = person === subject ? subjectList(analysis, from, person) : [person];
      for (const person of people) {
        if (modal) {
          if (!person.inQuote && LEFT_RACE_AT.test(text.slice(at, at + wm.length + 70)) && !otherRace(text.slice(from, Math.min(sentence.end, at + wm.length + 60)))) add(person.entity, undefined, Math.min(person.start, at), at + wm.length, 0.7, sentence.index, "candidacy.may-withdraw");
          continue;
        }
        withdrawn.add(person.entity);
        if (person.inQuote || !LEFT_RACE_AT.test(text.slice(at, at + wm.length + 70)) || otherRace(text.slice(at, Math.min(sentence.end, at + wm.length + 60)))) continue;
        const post = postAfter(analysis, sentence, at + wm.length) ?? postAfter(analysis, sentence, at + wm.length + (/^\s*(?:of|from)?\s*the\s+(?:[\p{L}-]+\s+){0,2}?(?:race|contest|running)\s+for/iu.exec(text.slice(at + wm.length, sentence.end))?.[0].length ?? 0));
        add(person.entity, post, Math.min(person.start, at), at + wm.length, 0.8, sentence.index, "candidacy.withdrew");
      }
    }
  }
  for (const st of headingListStatements(analysis)) add(st.person.entity, undefined, st.start, st.end, st.confidence, sentenceAt(analysis.sentences, st.start), st.rule);
  return { claims, withdrawn };
}

/** How often a person the text says is backed ("support for X") must be named to be read as a candidate when no post is said. */
const MIN_SUPPORTED_MENTIONS = 2;

/** How often a person supported or opposed must be named to be read as a candidate in the article's race. */
const MIN_STANCE_OBJECT_MENTIONS = 3;

/**
 * A person the article says someone supports or opposes, and of whom it reads no candidacy, is a
 * candidate in the race the stance is about: the stance's post when the text names one, else the
 * article's main post, when they are named at least three times. Withdrawn people are left out.
 */
export function candidaciesOfStanceObjects(analysis: Analysis, drafts: readonly DraftClaim[], withdrawn: ReadonlySet<string>): DraftClaim[] {
  const main = mainPost(analysis);
  const mentionCount = new Map<string, number>();
  for (const m of analysis.mentions) if (m.type === "Person" && !m.modifier) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
  const candidates = new Set(drafts.filter((d) => d.type === "CANDIDATE_FOR").map((d) => d.from));
  const out: DraftClaim[] = [];
  for (const d of drafts) {
    if ((d.type !== "SUPPORTS" && d.type !== "OPPOSES") || candidates.has(d.to) || withdrawn.has(d.to) || ousterRule(d.rule)) continue;
    const s = analysis.sentences[d.sentence];
    const named = s ? new Set(mentionsIn(analysis, s.start, s.end).filter((m) => m.type === "Post").map((m) => m.entity)) : new Set<string>();
    const post = d.post ?? (named.size === 1 ? [...named][0] : undefined) ?? main?.entity;
    if (!post || analysis.entities.get(d.to)?.type !== "Person") continue;
    const postMention = analysis.mentions.find((m) => m.entity === post);
    if (!d.post && postMention && holdsOtherOffice(analysis, d.to, postMention)) continue;
    if (!d.post && s && namesOtherLevel(analysis.text.slice(s.start, s.end), analysis.entities.get(post)?.name ?? "")) continue;
    // Named once or twice and backed with no post said: more often an official or a bystander than a candidate.
    if (!d.post && (mentionCount.get(d.to) ?? 0) < MIN_STANCE_OBJECT_MENTIONS) continue;
    candidates.add(d.to);
    out.push({ type: "CANDIDATE_FOR", from: d.to, to: post, start: d.start, end: d.end, confidence: 0.6, sentence: d.sentence, rule: d.post ? "candidacy.stance-object" : "candidacy.stance-object.article-post" });
  }
  return out;
}
