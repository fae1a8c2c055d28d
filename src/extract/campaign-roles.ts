/**
 * A person who runs a candidate's campaign supports the candidate: "A, X's campaign manager,",
 * "X's campaign chair A", "A is X's campaign spokesman", "A, secretary general of X's campaign
 * headquarters,", "A, an adviser to X's campaign,".
 */
import { mentionsIn } from "./clauses.js";
import { NEGATION, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the sentence before the patterns. */
export const CUE = /campaign/i;

/** The roles of a campaign's staff. */
const ROLE = String.raw`(?:manager|chair|chairman|chairwoman|chairperson|co-chair|co-chairman|co-chairwoman|director|spokesman|spokeswoman|spokesperson|coordinator|co-ordinator|treasurer|adviser|advisor|strategist|chief|head|secretary[\s-]general)`;
/** After the candidate's name: "'s campaign manager", "'s leadership campaign chair". */
const CAMPAIGN_ROLE_AFTER = new RegExp(String.raw`^['’]s?\s+(?:(?:election|leadership|presidential|re-election|own|national)\s+)?campaign\s+(?:team\s+)?${ROLE}\b`, "iu");
/** After the candidate's name: "'s campaign", "'s campaign headquarters", "'s campaign team". */
const CAMPAIGN_AFTER = /^['’]s?\s+(?:(?:election|leadership|presidential|re-election|own|national)\s+)?campaign(?:\s+(?:headquarters|team|committee))?\b/iu;
/** Before the candidate's name: "secretary general of", "an adviser to", "head of". */
const ROLE_OF_BEFORE = new RegExp(String.raw`^,\s+(?:the\s+|a\s+|an\s+)?(?:(?:chief|senior|top|deputy|national|key)\s+)?${ROLE}\s+(?:of|to|for|in)\s+(?:the\s+)?$`, "iu");
/** Between the holder and the candidate's name: ", ", " is ", " has been ". */
const HOLDER_BEFORE = /^(?:,\s+(?:the\s+)?|\s+(?:is|has\s+been|became|remains|serves\s+as|is\s+serving\s+as)\s+(?:also\s+|now\s+)?)$/iu;

/** The last person named before `at`, not a title's part. */
function personBefore(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  return mentionsIn(analysis, sentence.start, at).filter((m) => m.type === "Person" && !m.modifier).pop();
}

/** The supports of campaign staff for their candidate in one sentence. */
export function campaignRoleStances(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const c of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (c.type !== "Person" || c.modifier) continue;
    const after = text.slice(c.end, Math.min(sentence.end, c.end + 80));
    let holder: Mention | undefined;
    const role = CAMPAIGN_ROLE_AFTER.exec(after);
    if (role) {
      // "A, X's campaign manager" or "A is X's campaign manager".
      const before = personBefore(analysis, sentence, c.extendedStart);
      if (before && HOLDER_BEFORE.test(text.slice(before.end, c.extendedStart))) holder = before;
      else {
        // "X's campaign manager A".
        const roleEnd = c.end + role[0].length;
        const next = mentionsIn(analysis, roleEnd, Math.min(sentence.end, roleEnd + 60)).find((m) => m.type === "Person" && !m.modifier);
        // The role may be read as the name's title, which then starts inside it.
        if (next && /^,?\s*$/.test(text.slice(roleEnd, Math.max(roleEnd, next.extendedStart)))) holder = next;
      }
    } else if (CAMPAIGN_AFTER.test(after)) {
      // "A, secretary general of X's campaign headquarters".
      const before = personBefore(analysis, sentence, c.extendedStart);
      if (before && ROLE_OF_BEFORE.test(text.slice(before.end, c.extendedStart))) holder = before;
    }
    if (!holder || holder.entity === c.entity || NEGATION.test(text.slice(Math.min(holder.end, c.end), Math.max(holder.start, c.start)))) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: c.entity, span: { start: Math.min(holder.start, c.start), end: Math.max(holder.end, c.end) }, confidence: 0.75, rule: "stance.campaign-role" });
  }
  return out;
}
