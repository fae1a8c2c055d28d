/**
 * Places in a race's result that the result readers miss: a rank told with "followed" or "trailed"
 * ("X followed in a distant second", "X trailed behind with 60,632 votes"), a rank after an
 * apposition ("Ruritania's president, X, was next with five votes"), the ranks of a list after a
 * colon ("the other two came in third and fourth place respectively: A and B"), the one ranked
 * ahead ("coming second after X"), and the next name of a tally ("..., and X, a former governor,
 * with 3.36 percent"). Each one ranked ran in the race.
 */
import { mentionsIn, quoteSpeakerAt } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { listAfter, type RaceStatement } from "./race-statements.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test before the patterns: an ordinal, "next", "behind" or "trailed". */
const CUE = /second|third|fourth|fifth|sixth|next|behind|trail/;

const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|last)`;
const FIGURE = String.raw`(?:\d[\d,.]*\s*(?:%|per\s*cent|percent|votes|ballots|nominations|delegates)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:votes|ballots|nominations|in\s+favou?r))`;

/**
 * After a name, past a bracket or an apposition: a rank. "followed in a distant second", "trailed
 * behind with 60,632 votes", "was next with five in favour", "finished a distant third with 20%".
 */
const RANK_AFTER = new RegExp(
  String.raw`^(?:\s*\([^()]{1,40}\))?(?:,\s+(?:[^,.;()“”"]{1,60}?))?,?\s+(?:(?:followed|trailed|finished|came|ended|placed)\s+(?:up\s+)?(?:in\s+)?(?:a\s+)?(?:distant\s+|close\s+|clear\s+|strong\s+)?${ORDINAL}\b|(?:trailed|trailing|trails|followed|finished|came)\s+(?:far\s+|well\s+|just\s+)?behind\s+with\s+(?:about\s+|nearly\s+|just\s+)?${FIGURE}|(?:was|is|came)\s+next\s+with\s+${FIGURE})`,
  "u",
);

/** "came in third and fourth place respectively:": the ranks of the names listed after the colon. */
const PLACES_LIST = new RegExp(String.raw`\b(?:came|finished|placed|ended\s+up)\s+(?:in\s+)?${ORDINAL}(?:\s*(?:,|and)\s*${ORDINAL})+\s+(?:places?|positions?)?\s*(?:,?\s*respectively)?\s*:\s*`, "u");

/** Before the names ranked ahead: "coming second after", "finished third behind". */
const RANKED_BEHIND = new RegExp(String.raw`\b(?:coming|came|finished|finishing|placed|placing)\s+(?:a\s+)?(?:distant\s+|close\s+)?${ORDINAL}\s+(?:after|behind)\s+`, "gu");

/** Between two names ranked ahead: "and", a comma, then an owner or a title. */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}.’'-]*(?:['’]s)?\s+){0,4}$/u;

/** Between a list's item and the last one named after its description: "and a former minister, ". */
const DESCRIBED_ITEM = /^(?:\s+of\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)?,?\s+and\s+(?:a|an|the)\s+(?:[^,.;:()]|\.(?=\S|\s+\p{Ll})){1,60},\s+$/u;

/** After a name that continues a tally: "with 3.36 percent" at the end of the item. */
const TALLY_ITEM = new RegExp(String.raw`^(?:\s*\([^()]{1,40}\))?(?:,\s+(?:[^,.;()“”"]{1,60}?),)?\s+with\s+(?:about\s+|nearly\s+|just\s+|only\s+)?\d[\d,.]*\s*(?:%|per\s*cent|percent|votes|ballots)(?=\s*[,.;)]|\s*$)`, "u");
/** Before the name of a tally's next item: "and", a comma. */
const TALLY_LINK = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|former|incumbent)\s+){0,4}$/u;
/** A tally's earlier item in the sentence: a rank or a share already given. */
const TALLY_BEFORE = new RegExp(String.raw`\b(?:with\s+(?:about\s+|nearly\s+|just\s+)?\d[\d,.]*\s*(?:%|per\s*cent|percent|votes)|${ORDINAL}\s+with\b|won\s+with\b)`, "u");

/**
 * The people a sentence places in the race's result by the shapes above. The caller looks for the
 * post after each statement and falls back on the article's post.
 *
 * @param otherRace whether a phrase names another race than the article's
 */
export function rankingStatements(analysis: Analysis, quotes: readonly AttributedQuote[], sentence: Sentence, otherRace: (phrase: string) => boolean): RaceStatement[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const cued = CUE.test(body);
  if (!cued && !/\d/.test(body)) return [];
  const out: RaceStatement[] = [];
  const seen = new Set<string>();
  const push = (p: Mention, start: number, end: number, rule: string) => {
    if (seen.has(p.entity) || p.inQuote || quoteSpeakerAt(quotes, p.start)) return;
    seen.add(p.entity);
    out.push({ person: p, after: end, start, end, rule, confidence: 0.7 });
  };
  const named = mentionsIn(analysis, sentence.start, sentence.end).filter((m) => m.type === "Person" && !m.modifier);
  for (const p of named) {
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 140));
    if (/^['’]s?\s/.test(after)) continue;
    const rank = cued && CUE.test(after) ? RANK_AFTER.exec(after) : null;
    if (rank) {
      push(p, p.start, p.end + rank[0].length, "candidacy.ranking");
      continue;
    }
    const before = text.slice(Math.max(sentence.start, p.extendedStart - 80), p.start);
    const item = /\d/.test(after) ? TALLY_ITEM.exec(after) : null;
    if (item && TALLY_LINK.test(before) && TALLY_BEFORE.test(text.slice(sentence.start, p.extendedStart))) push(p, p.start, p.end + item[0].length, "candidacy.ranking-tally");
  }
  // "coming third behind A and B": each one ranked ahead, read as a list, else the first name after the words.
  RANKED_BEHIND.lastIndex = 0;
  let behind: RegExpExecArray | null;
  while (cued && (behind = RANKED_BEHIND.exec(body)) !== null) {
    const at = sentence.start + behind.index + behind[0].length;
    let ahead = listAfter(analysis, sentence, at, true);
    if (ahead.length === 0) {
      const first = named.find((m) => m.start >= at && m.extendedStart - at <= 50 && !/[,;:]/.test(text.slice(at, m.extendedStart)));
      if (first) ahead = [first];
      // "behind Ruritania's A and Borduria's B": the names joined to the first, each with its owner or title.
      for (const m of named) if (first && m.start > ahead[ahead.length - 1]!.end && JOINED.test(text.slice(ahead[ahead.length - 1]!.end, m.extendedStart))) ahead.push(m);
    }
    for (const p of ahead) push(p, sentence.start + behind.index, p.end, "candidacy.ranking-ahead");
  }
  const places = cued ? PLACES_LIST.exec(body) : null;
  if (places) {
    const listed = listAfter(analysis, sentence, sentence.start + places.index + places[0].length, true);
    // "...: A and a former minister, B of Borduria": the last item named after its description.
    const last = listed[listed.length - 1];
    const described = last ? named.find((m) => m.start > last.end && DESCRIBED_ITEM.test(text.slice(last.end, m.extendedStart))) : undefined;
    if (described) listed.push(described);
    for (const p of listed) push(p, sentence.start + places.index, p.end, "candidacy.ranking-list");
  }
  // A sentence about another race ranks no one in this one.
  return out.length > 0 && otherRace(body) ? [] : out;
}
