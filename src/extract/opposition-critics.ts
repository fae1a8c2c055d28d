/**
 * Critics named by apposition: "One vocal critic of X, Senator A, said ...", "X's critics,
 * including A and B, say ...", "Critics of X, among them A, ...", "Among X's fiercest critics
 * was A". The ones named are the critics and oppose X.
 *
 * The critic may also be named first: "A, one of X's fiercest critics, said ...", "A is one of X's
 * critics".
 *
 * "Opponents" counts only with a word of strength ("X's fiercest opponents, A and B"): a
 * candidate's plain opponents are most often their rivals in the race.
 */
import { wordsPattern } from "./word-cues.js";
import { isActor, mentionsIn } from "./clauses.js";
import { actorsAfter, conjoinedBefore, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence. */
export const CUE_WORDS = ["critic", "opponent", "detractor"] as const;
export const CUE = wordsPattern(CUE_WORDS);

const STRONG = String.raw`(?:fiercest|harshest|staunchest|bitterest|loudest|most\s+vocal|most\s+outspoken|fierce|harsh|staunch|bitter|vocal|outspoken|longtime|long-time|leading|prominent|chief|main)`;
const CRITICS = String.raw`(?:(?:${STRONG}\s+)*(?:critics?|detractors?)|(?:${STRONG}\s+)+opponents?)`;
/** What opens the list of the critics named after the apposition's comma. */
const LIST_OPENER = String.raw`(?:(?:including|among\s+them|such\s+as|notably|led\s+by)\s+)?`;

/** "One vocal critic of ", "Critics of ", "Among the critics of ": the criticised person follows. */
const CRITIC_OF = new RegExp(String.raw`(?:^|[,;:(—–]\s*|\b(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+|\b([Aa]mong)\s+(?:the\s+)?)${CRITICS}\s+of\s+$`, "iu");
/** After the criticised person: the comma and the critics, or "is/were" and the critics after "among". */
const AFTER_CRITICISED = new RegExp(String.raw`^\s*,\s+${LIST_OPENER}`, "u");
const AFTER_AMONG = /^\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)/u;
/** After the criticised person's name: "'s critics, including", "'s fiercest critic, ". */
const POSSESSED_CRITICS = new RegExp(String.raw`^['’]s?\s+${CRITICS}\s*,\s+${LIST_OPENER}`, "iu");
/** "Among X's critics were A and B". */
const AMONG_POSSESSED = new RegExp(String.raw`^['’]s?\s+${CRITICS}\s+(?:is|are|was|were)\s+`, "iu");

/** Named first, the criticised possessed: "A, one of X's fiercest critics", "A is one of X's critics", "A and B are X's harshest critics" ("A, a critic of X" is read as criticism). */
const NAMED_FIRST_POSSESSED = /(?:(,)\s+(?:one\s+of|among|another\s+of)|\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)(?:\s+(?:one\s+of|among|another\s+of))?)\s+$/iu;
const POSSESSED_AFTER = new RegExp(String.raw`^['’]s?\s+${CRITICS}\b`, "iu");

/**
 * The critics named before "X's critics" (`lead` is the text from the sentence's start to the
 * criticised name, `match` its match): the actor right before the comma or the verb, and those
 * listed with it when the verb is plural.
 */
function criticsBefore(analysis: Analysis, sentence: Sentence, lead: string, match: RegExpExecArray): Mention[] {
  const at = sentence.start + match.index;
  const holder = mentionsIn(analysis, sentence.start, at).filter(isActor).pop();
  if (!holder || !/^\s*$/.test(analysis.text.slice(holder.end, at))) return [];
  // "the president of Norway, a critic of X": the apposition is the president's, not the country's.
  if (holder.type !== "Person" && /\b(?:of|for|to|in|at|from|with|by)\s+(?:the\s+)?$/i.test(lead.slice(0, holder.extendedStart - sentence.start))) return [];
  return [holder, ...(match[1] ? [] : conjoinedBefore(analysis, sentence, holder))];
}

/** The critics named by apposition in `sentence`, as oppositions to the one they criticise. */
export function criticStances(analysis: Analysis, sentence: Sentence, lowerBody: string): Found[] {
  if (!CUE.test(lowerBody)) return [];
  const { text } = analysis;
  const out: Found[] = [];
  const add = (criticised: Mention, at: number) => {
    for (const a of actorsAfter(analysis, sentence, at, criticised.entity)) {
      if (a.entity !== criticised.entity) out.push({ type: "OPPOSES", from: a.entity, to: criticised.entity, span: { start: Math.min(sentence.start, criticised.start), end: a.end }, confidence: 0.7, rule: "stance.critic-apposition" });
    }
  };
  for (const m of analysis.mentions) {
    if (m.start < sentence.start) continue;
    if (m.start >= sentence.end) break;
    if (m.type !== "Person" || m.modifier) continue;
    const before = text.slice(Math.max(sentence.start, m.extendedStart - 60), m.extendedStart);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
    const lead = text.slice(sentence.start, m.extendedStart);
    const first = POSSESSED_AFTER.test(after) ? NAMED_FIRST_POSSESSED.exec(lead) : null;
    if (first) {
      for (const a of criticsBefore(analysis, sentence, lead, first)) {
        if (a.entity !== m.entity) out.push({ type: "OPPOSES", from: a.entity, to: m.entity, span: { start: a.start, end: m.end }, confidence: 0.7, rule: "stance.critic-named-first" });
      }
      continue;
    }
    const of = CRITIC_OF.exec(before);
    if (of) {
      const next = of[1] ? AFTER_AMONG.exec(after) : AFTER_CRITICISED.exec(after);
      if (next) add(m, m.end + next[0].length);
      continue;
    }
    const among = /\b[Aa]mong\s+$/.test(before);
    const possessed = (among ? AMONG_POSSESSED : POSSESSED_CRITICS).exec(after);
    if (possessed) add(m, m.end + possessed[0].length);
  }
  return out;
}
