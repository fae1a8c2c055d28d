/**
 * Holders whom a new supporter joins: "They join A and B in saying they'll nominate X", "C joined
 * A and B in backing X", "Usdaw backed X last month, joining A, B and the rail unions C and D".
 * Those joined hold the stance already.
 */
import { mentionsIn } from "./clauses.js";
import { actorsAfter, NEGATION, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-cased sentence before the patterns. */
export function hasJoinedHolderCue(lowerBody: string): boolean {
  return lowerBody.includes("join") || lowerBody.includes("as did ");
}

/** "join A and B in": the joined come next. */
const JOIN_IN = /\bjoin(?:s|ed|ing)?\s+/gu;
/** After the joined: the stance they share ("in backing", "in saying they'll nominate"). */
const IN_STANCE = /^\s+in\s+(?:(?:publicly|openly|formally)\s+)?(?:backing|supporting|endorsing|nominating|saying\s+(?:they|he|she)\s*(?:['’]ll|will|would)\s+(?:nominate|back|support|endorse|vote\s+for))\s+$/u;

/** A support verb before the one backed, and the words up to the name: "backed left-winger ". */
const BACKED_BEFORE = /\b(?:backed|endorsed|supported|nominated|declared\s+for)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Between the one backed and "joining": a time or a place at most. */
const BACKED_TO_JOINING = /^(?:\s+(?:last|this|earlier|on|in)\s+[\p{L}\d ]{1,20}?)?\s*,\s+joining\s+$/u;

/** Between the one backed and "as did": a time or a place at most, then a comma or a bracket. */
const BACKED_TO_AS_DID = /^(?:\s+(?:last|this|earlier|on|in)\s+[\p{L}\d ]{1,20}?)?\s*[,(]\s*as\s+did\s+$/u;
const AS_DID = /\bas\s+did\s+/gu;

/** The person backed right before `at` by a support verb, when only a time or a place lies between. */
function backedBefore(analysis: Analysis, sentence: Sentence, at: number, between: RegExp): Mention | undefined {
  const { text } = analysis;
  const backed = mentionsIn(analysis, sentence.start, at).filter((p) => p.type === "Person" && !p.modifier).pop();
  if (!backed || !between.test(text.slice(backed.end, at)) || !BACKED_BEFORE.test(text.slice(Math.max(sentence.start, backed.extendedStart - 60), backed.extendedStart))) return undefined;
  return backed;
}

/** The people and bodies of a list starting at `at`. */
function joined(analysis: Analysis, sentence: Sentence, at: number, exclude: string): Mention[] {
  return actorsAfter(analysis, sentence, at, exclude).filter((m) => m.type === "Person" || m.type === "Organization" || m.type === "Country");
}

/** SUPPORTS claims of `sentence` for the holders a new supporter joins. */
export function joinedHolderStances(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const found: Found[] = [];
  const add = (holders: readonly Mention[], to: Mention, rule: string): void => {
    for (const h of holders) {
      if (h.entity === to.entity || found.some((f) => f.from === h.entity)) continue;
      found.push({ type: "SUPPORTS", from: h.entity, to: to.entity, span: { start: Math.min(h.start, to.start), end: Math.max(h.end, to.end) }, confidence: 0.6, rule });
    }
  };
  for (const m of body.matchAll(JOIN_IN)) {
    const at = sentence.start + m.index;
    if (NEGATION.test(text.slice(Math.max(sentence.start, at - 20), at))) continue;
    const after = at + m[0].length;
    if (/^joining\s/i.test(m[0])) {
      // "backed X last month, joining A, B and C": X is the one the joined back.
      const backed = backedBefore(analysis, sentence, after, BACKED_TO_JOINING);
      if (!backed) continue;
      add(joined(analysis, sentence, after, backed.entity), backed, "stance.joined-holders.joining");
      continue;
    }
    // "join A and B in backing X".
    const holders = joined(analysis, sentence, after, "");
    const last = holders[holders.length - 1];
    if (!last) continue;
    const to = mentionsIn(analysis, last.end, sentence.end).find((p) => p.type === "Person" && !p.modifier);
    if (!to || !IN_STANCE.test(text.slice(last.end, to.extendedStart))) continue;
    add(holders, to, "stance.joined-holders.in");
  }
  // "A backed X, as did B": B backs X too.
  for (const m of body.matchAll(AS_DID)) {
    const after = sentence.start + m.index + m[0].length;
    const backed = backedBefore(analysis, sentence, after, BACKED_TO_AS_DID);
    if (!backed || NEGATION.test(text.slice(Math.max(sentence.start, backed.extendedStart - 60), backed.extendedStart))) continue;
    add(joined(analysis, sentence, after, backed.entity), backed, "stance.joined-holders.as-did");
  }
  return found;
}
