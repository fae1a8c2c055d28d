/**
 * Rivals named through a title or a role: "she beat Belgian Foreign Minister X", "having defeated
 * Texas Sen. A and Florida Sen. B", "won a run-off vote against X", "her opponent, X,", "his two
 * challengers, A and B", "the incumbent's rival, X", "X, Lena Lund's main rival,". The one beaten, or named as the rival, was in the race; the winner is read
 * by the statements of a result.
 *
 * Each finder reports the people it reads; the caller looks for the post after the statement and
 * falls back on the article's post.
 */
import { mentionsIn, quoteSpeakerAt } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { listAfter, pastTimePattern, type RaceStatement } from "./race-statements.js";
import { BEAT, raceCues, RIVAL, ROLE } from "./race-cues.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/**
 * Words of a title between a verb and a name: capitalized words ("Belgian Foreign Minister", "Texas
 * Sen."), an owner ("Spain's") and a few common nouns of office or of the race ("counterpart", "rival").
 */
const TITLE_WORDS = String.raw`(?:(?:\p{Lu}[\p{L}.’'-]*|counterpart|candidate|rival|challenger|opponent|incumbent|former|fellow|sitting|outgoing|acting|foreign|finance|defence|defense|interior|health|justice|deputy|prime|minister|secretary|senator|lawmaker|legislator|congressman|congresswoman|governor|mayor|ambassador|envoy|judge|chairman|chairwoman|president|vice-president|leader|MP|MEP|TD|MSP|AM)\s+){0,4}`;

/**
 * A verb of beating or losing right before a title and a name: "beat Belgian counterpart",
 * "defeating former minister", "lost to Spain's", "won a run-off vote against". Read up to the name
 * itself, as the title may be part of the person's mention.
 */
const BEATEN_TITLED = new RegExp(
  String.raw`\b(?:beat|beats|beating|defeated|defeating|defeats|edged\s+out|edging\s+out|saw\s+off|seeing\s+off|lost\s+(?:narrowly\s+|heavily\s+|out\s+)?to|won\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:run-?off|vote|ballot|contest|race|round)(?:\s+vote)?\s+against|won\s+in\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:run-?off|ballot|round)\s+against)\s+(?:the\s+)?${TITLE_WORDS}$`,
  "u",
);
/** A cheap test before the patterns of beating. */
const BEATEN_CUE = /beat|defeat|edg|saw\s+off|seeing\s+off|lost\s|won\s/;

/**
 * A role in the race, a comma, then the name: "her opponent, X", "his two challengers, A and B",
 * "their main rival in the leadership race, X". A title may stand before the name.
 */
const ROLE_APPOSITION = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?:\s+[\p{L}-]+['’]s)?)|(?<![\p{L}'’-])(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(?:(?:main|chief|closest|nearest|only|two|three|four|five|remaining|leading|strongest|leadership)\s+){0,2}(rivals?|opponents?|challengers?|competitors?|contenders?|front-?runners?|frontrunners?)(?:\s+(?:for|in)\s+(?:the|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:race|contest|leadership|post|job|presidency|nomination|election|vote|run-?off))?,\s+(?:(?:\p{Lu}[\p{L}.’'-]*|former|fellow|incumbent)\s+){0,3}$/u;
const ROLE_CUE = /rival|opponent|challenger|competitor|contender|runner/;
/** The role after the name: "X, Lena Lund's main rival,", "X, her opponent,". */
const ROLE_AFTER = /^,\s+(?:his|her|their|the\s+[\p{L}-]+['’]s|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(?:(?:main|chief|closest|nearest|only|leading|strongest|leadership)\s+){0,2}(?:rival|opponent|challenger|competitor|contender)\b(?!\s+(?:of|to)\s+(?:the\s+)?(?!race|contest|post|job|leadership|presidency))/u;

/** A year or a time long past: a statement of an earlier race ("once" is not one here). */
const PAST_TIME = pastTimePattern({ once: false, lastYear: true });
/** Words that place a sentence in a race. */
const RACE_WORDS = /\b(?:race|vote|votes|voted|replace|succeed|win|won|victory|ballot|ballots|round|run-?off|contest|election|elected|post|top\s+job|candida\w*|nominee|leadership|nomination|favou?rite|front-?runner|presidency|hustings|primary)\b/i;
/** A country's own election named before the statement: "after X won the US election, defeating Y". */
const COUNTRY_ELECTION = /\b(?:US|U\.S\.|national|general|federal|presidential|parliamentary|legislative|\p{Lu}\p{L}+(?:n|ese|ish|ian|ch))\s+(?:general\s+)?elections?\b/u;

/**
 * Rivals of one sentence named after a verb of beating and a title, or as a role in apposition.
 * `previous` is the sentence before, whose race words or posts count for this one;
 * `otherRace` tells a phrase of another race (a country's presidential election in a party contest).
 */
export function rivalStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, otherRace: (phrase: string) => boolean, previous?: Sentence): RaceStatement[] {
  const cues = (raceCues(analysis)[sentence.index] ?? 0) & RIVAL;
  if (cues === 0) return [];
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const beatCue = (cues & BEAT) !== 0;
  const roleCue = (cues & ROLE) !== 0;
  if (!beatCue && !roleCue) return [];
  const out: RaceStatement[] = [];
  const named = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
  const outside = (m: Mention) => !m.inQuote && !quoteSpeakerAt(quotes, m.start);
  // Read only once a statement is found: most sentences with a cue word hold none.
  let raceKnown: boolean | undefined;
  const inRace = () =>
    (raceKnown ??=
      RACE_WORDS.test(body) ||
      mentionsIn(analysis, previous?.start ?? sentence.start, sentence.end).some((m) => m.type === "Post") ||
      (previous !== undefined && RACE_WORDS.test(text.slice(previous.start, previous.end))));
  const seen = new Set<string>();
  const push = (q: Mention, start: number, rule: string) => {
    if (seen.has(q.entity) || !outside(q) || !inRace()) return;
    // Only the statement's own words tell another race or an earlier one ("the Parliamentary Assembly" elsewhere in the sentence does not).
    const own = text.slice(sentence.start, Math.min(sentence.end, q.end + 40));
    if (otherRace(text.slice(start, Math.min(sentence.end, q.end + 40))) || PAST_TIME.test(own) || COUNTRY_ELECTION.test(text.slice(sentence.start, start))) return;
    seen.add(q.entity);
    out.push({ person: q, after: q.end, start, end: q.end, rule, confidence: 0.7 });
  };
  for (const p of named) {
    // "Kovac's ministry": the name owns what follows; it is no rival.
    if (/^['’]s?\s/.test(text.slice(p.end, p.end + 3))) continue;
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 90), p.extendedStart);
    if (beatCue) {
      const titled = text.slice(Math.max(sentence.start, p.start - 90), p.start);
      const beaten = BEATEN_CUE.test(titled) ? BEATEN_TITLED.exec(titled) : null;
      if (beaten) {
        const start = p.start - titled.length + beaten.index;
        for (const q of listAfter(analysis, sentence, p.extendedStart, false)) push(q, start, "candidacy.beaten-titled");
        continue;
      }
    }
    if (roleCue) {
      // The role ends at a comma a few words before the name: only that stretch is searched.
      const comma = left.lastIndexOf(",");
      const near = comma >= 0 && left.length - comma <= 40 ? left.slice(Math.max(0, comma - 80)) : "";
      const role = near && ROLE_CUE.test(near) ? ROLE_APPOSITION.exec(near) : null;
      if (role) {
        const start = p.extendedStart - near.length + role.index;
        // A plural role names a list; a singular one a single rival.
        const plural = role[1]!.endsWith("s");
        for (const q of plural ? listAfter(analysis, sentence, p.extendedStart, false) : [p]) push(q, start, "candidacy.rival-apposition");
        continue;
      }
      if (text.charCodeAt(p.end) === 44 && ROLE_AFTER.test(text.slice(p.end, Math.min(sentence.end, p.end + 70)))) push(p, p.start, "candidacy.rival-apposition");
    }
  }
  return out;
}
