/**
 * A person put forward for a post by whoever fills it, the post named right after: "the board
 * recommended A of Ruritania to be the organization's next director general", "the chief's
 * intention to appoint A as executive secretary of X", "working to elevate A, a former minister,
 * as the executive director of X", "appointed A to head the agency". The person is a candidate
 * for the post named; with no post named, nothing is read.
 */
import { mentionsIn } from "./clauses.js";
import type { RaceStatement } from "./race-statements.js";
import type { Analysis, Sentence } from "./types.js";

/** Words every such statement holds: a cheap test before the patterns. */
const CUE = /recommend|elevat|appoint|tapp/;

/** The verb before the person and a title of theirs: "recommended", "to elevate", "appointed Ruritania's former trade minister". */
const VERB_BEFORE = /\b(?:recommend(?:ed|s|ing)?|elevat(?:e|ed|es|ing)|appoint(?:s|ed|ing)?|tapp(?:ed|ing))\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?!(?:by|with|to|for|from|of|that|who|which|as|a|an|the|his|her|their)\s)[\p{L}-]+\s+){0,6}?$/u;

/** A modal or a denial before the verb: "refused to appoint", "would not recommend". */
const DENIED_BEFORE = /\b(?:not|never|n['’]t|refused\s+to|refuses\s+to|declined\s+to|against)\s+(?:\p{L}+\s+)?$/u;

/**
 * What may stand between the person and the post's lead: an origin ("of Ruritania", "(Elbonia)",
 * "[Elbonia]") or an apposition set off by commas; then "as", "to be", "to become", "to serve as",
 * "to head" or "to lead" (left unread: a post found by its shape may open with it).
 */
const TO_POST = /^(?:\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}|\s*[([][^()[\]]{1,30}[)\]])?(?:\s*,[^,;:.]{1,90},)?\s+(?:(?:as|to\s+(?:be|become|serve\s+as))\s+|(?=to\s+(?:head|lead)\s))/u;

/**
 * Nominees of an appointment: each person named right after a verb of putting forward for a post
 * ("recommended", "elevate", "appoint"), with the post's lead after them. The post is looked for
 * after the lead, and the statement needs one.
 */
export function appointedNomineeStatements(analysis: Analysis, sentence: Sentence): RaceStatement[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  if (!CUE.test(body)) return [];
  const out: RaceStatement[] = [];
  for (const p of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (p.type !== "Person" || p.modifier || p.inQuote) continue;
    const left = text.slice(Math.max(sentence.start, p.extendedStart - 90), p.extendedStart);
    const verb = VERB_BEFORE.exec(left);
    if (!verb || DENIED_BEFORE.test(left.slice(0, verb.index))) continue;
    const lead = TO_POST.exec(text.slice(p.end, Math.min(sentence.end, p.end + 140)));
    if (!lead) continue;
    const after = p.end + lead[0].length;
    out.push({ person: p, after, start: Math.max(sentence.start, p.extendedStart - 20), end: after, rule: "candidacy.appointed-nominee", confidence: 0.7, needsPost: true });
  }
  return out;
}
