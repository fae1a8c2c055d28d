/**
 * Opposition said through the holder's own words about it, or through what they would do should
 * the person win:
 * - a criticism or an opposition the holder keeps up ("renewed her criticism of X", "stepped up
 *   his attacks on X", "made clear its opposition to X", "stood by his criticism of X");
 * - a threat to leave should the person win ("would quit the party if X won", "threatened to
 *   boycott the congress if X is elected");
 * - a refusal to serve under the person ("could never serve under X", "refused to serve in a
 *   cabinet led by X").
 */
import { mentionsIn, quoteSpeakerAt } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { hedged, NEGATION, personRightAfter, subjectBefore, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";


/** The nouns of a kept-up opposition, for a literal search of the sentence. */
const OWN_NOUNS = ["criticism", "attack", "broadside", "opposition", "objection", "hostility", "resistance", "campaign against"];

/** Where the nouns of a kept-up opposition open in the lower-case sentence. */
function ownNounsAt(lowerBody: string): number[] {
  const out: number[] = [];
  for (const w of OWN_NOUNS) {
    for (let i = lowerBody.indexOf(w); i >= 0; i = lowerBody.indexOf(w, i + w.length)) out.push(i);
  }
  return out;
}

/**
 * The offsets in the lower-case article where one of the shapes may be read: a noun of opposition
 * after a possessive, an "if " after a verb of leaving, "serve under" or "serve in". Found once for
 * the article, so that a sentence without one costs a binary search.
 */
export function threatSpots(lowered: string): number[] {
  const spots: number[] = [];
  for (const i of ownNounsAt(lowered)) {
    const before = lowered.slice(Math.max(0, i - 60), i);
    if (POSSESSIVES.some((p) => before.includes(p)) && POSSESSIVE_BEFORE.test(before)) spots.push(i);
  }
  for (let i = lowered.indexOf(" if "); i >= 0; i = lowered.indexOf(" if ", i + 4)) {
    const before = lowered.slice(Math.max(0, i - 100), i);
    if (LEAVE_WORDS.some((w) => before.includes(w))) spots.push(i);
  }
  for (const w of ["serve under", "serve in "]) for (let i = lowered.indexOf(w); i >= 0; i = lowered.indexOf(w, i + w.length)) spots.push(i);
  return spots.sort((a, b) => a - b);
}

/** Whether a spot of {@link threatSpots} lies in `sentence`. */
function spotIn(spots: readonly number[], sentence: Sentence): boolean {
  let lo = 0;
  let hi = spots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spots[mid]! < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spots.length && spots[lo]! < sentence.end;
}
/** The verbs of leaving, for a literal test of a sentence with " if ". */
const LEAVE_WORDS = ["quit", "leave", "resign", "boycott", "walk out", "defect", "desert"];

/** Verbs that keep up or voice an opposition already held (the voicing verbs of OPPOSE_VERBS are read there). */
const KEEP = String.raw`(?:renew(?:s|ed|ing)?|repeat(?:s|ed|ing)?|step(?:s|ped|ping)?\s+up|intensif(?:y|ies|ied|ying)|escalat(?:e|es|ed|ing)|ramp(?:s|ed|ing)?\s+up|sharpen(?:s|ed|ing)?|st(?:and|ands|ood|anding)\s+by|defend(?:s|ed|ing)?|doubl(?:e|es|ed|ing)\s+down\s+on|ma(?:de|ke|kes|king)\s+(?:clear|plain|public|no\s+secret\s+of)|air(?:s|ed|ing)?|continu(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|k(?:eep|eeps|ept|eeping)\s+up|(?:went|go|goes|going|gone)\s+public\s+with|underlin(?:e|es|ed|ing)|spell(?:s|ed|t|ing)?\s+out|reaffirm(?:s|ed|ing)?)`;
/** Before the word of opposition (lower case): the verb, the holder's possessive and adjectives ("renewed her sharp "). */
const KEPT_BEFORE = new RegExp(String.raw`\b${KEEP}\s+(?:once\s+again\s+|again\s+)?(?:his|her|its|their)\s+(?:(?:[a-z]+ly|sharp|strong|fierce|harsh|bitter|public|vocal|personal|firm|long-standing|longstanding|repeated|earlier|outspoken|staunch|implacable|vehement|scathing|stinging|blistering)\s+){0,3}$`, "u");
/** A possessive a few words before the word of opposition: the cheap test before {@link KEPT_BEFORE}. */
const POSSESSIVE_BEFORE = /\b(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,3}$/;
/** The possessives, for a literal test before {@link POSSESSIVE_BEFORE}. */
const POSSESSIVES = ["his ", "her ", "its ", "their "];
/** The word of opposition and the word that takes its object (lower case). */
const OWN_AFTER = /^(?:(?:criticisms?|attacks?|broadsides?)\s+(?:of|on|against)|(?:opposition|objections?|hostility|resistance)\s+(?:to|towards?)|campaign\s+against)\s+(?:(?:the\s+)?(?:candidacy|candidature|nomination|bid|appointment|election)\s+of\s+)?/;

/** Leaving, should the person win: "would quit the party", "threatened to boycott the vote". */
const LEAVE = String.raw`(?:quit|leave|resign|boycott|walk\s+out|defect|desert)`;
const THREAT = new RegExp(String.raw`\b(?:(?:would|will|could)\s+|['’]d\s+|['’]ll\s+|(?:threaten|vow|pledg|promis)(?:s|ed|es|ing)?\s+to\s+)${LEAVE}\b[^.;:?!“”"]{0,60}?\bif\s+$`, "u");
/** Right before a name: "if ", the cheap test before {@link THREAT}. */
const IF_BEFORE = /\bif\s+$/;
/** What the person does in the condition: wins, is elected, becomes leader. */
const WINS = /^\s+(?:(?:were|was|is)\s+(?:to\s+)?(?:elected|chosen|appointed|selected|confirmed|installed|returned|re-elected|nominated)|(?:were\s+to\s+)?(?:wins?|won|becomes?|became|takes?\s+over|took\s+over|gets?\s+the\s+job|got\s+the\s+job|prevails?|prevailed|succeeds?|succeeded))\b/iu;

/** Refusing to serve under the person: "would not serve under", "refused to serve in a cabinet led by". */
const SERVE_UNDER = /\b(?:(?:would|will|could|can)\s*(?:not|never|n['’]t)|cannot|won['’]t|(?:refus|declin)(?:e|es|ed|ing)\s+to|never)\s+(?:\p{L}+ly\s+)?serve\s+(?:under|in\s+(?:a|an|any)\s+(?:\p{L}+\s+)?(?:cabinet|government|team|administration|shadow\s+cabinet)\s+(?:led|headed|run)\s+by)\s+$/iu;

function holderOf(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[], target: string, negatable: boolean): { entity: string; mention?: Mention } | undefined {
  const quoted = quoteSpeakerAt(quotes, at);
  const subject = subjectBefore(analysis, sentence, at, quotes, []);
  if (!subject) return undefined;
  if (subject.entity === target) return undefined;
  if (hedged(analysis.text, subject.end, at)) return undefined;
  if (negatable && NEGATION.test(analysis.text.slice(subject.end, at))) return undefined;
  // A quotation's subject outside it is not its speaker's.
  if (quoted && subject.mention && subject.mention.start < quoted.quote.start) return undefined;
  return subject;
}

/** The oppositions of `sentence` (whose lower-case text is `lowerBody`; `spots` from {@link threatSpots}) said as a kept-up criticism, a threat to leave or a refusal to serve. */
export function threatStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, spots: readonly number[]): Found[] {
  if (spots.length === 0 || !spotIn(spots, sentence)) return [];
  const { text } = analysis;
  const out: Found[] = [];
  const add = (holder: { entity: string; mention?: Mention }, person: Mention, end: number, confidence: number, rule: string) => {
    if (holder.entity === person.entity) return;
    out.push({ type: "OPPOSES", from: holder.entity, to: person.entity, span: { start: Math.min(holder.mention?.start ?? sentence.start, person.start), end }, confidence, subjectMention: holder.mention, rule });
  };
  for (const i of ownNounsAt(lowerBody)) {
    const before = lowerBody.slice(Math.max(0, i - 90), i);
    if (!POSSESSIVE_BEFORE.test(before.slice(-60))) continue;
    const verb = KEPT_BEFORE.exec(before);
    const own = verb ? OWN_AFTER.exec(lowerBody.slice(i, i + 80)) : null;
    if (!verb || !own) continue;
    const at = sentence.start + i - before.length + verb.index;
    const end = sentence.start + i + own[0].length;
    const person = personRightAfter(analysis, end, sentence.end);
    if (!person) continue;
    // "renewed her criticism of X's tax plan": the criticism is of something else of X's.
    if (/^['’]s?\s/.test(text.slice(person.end, person.end + 3)) && !/^['’]s?\s+(?:[\p{L}-]+\s+)?(?:candidacy|candidature|bid|nomination|appointment|leadership|election|campaign)\b/u.test(text.slice(person.end, person.end + 40))) continue;
    const holder = holderOf(analysis, sentence, at, quotes, person.entity, true);
    if (holder) add(holder, person, person.end, 0.6, "stance.kept-opposition");
  }
  if (lowerBody.includes(" if ") && LEAVE_WORDS.some((w) => lowerBody.includes(w))) {
    for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
      if (m.type !== "Person" || m.modifier) continue;
      const offset = m.extendedStart - sentence.start;
      if (!IF_BEFORE.test(lowerBody.slice(Math.max(0, offset - 6), offset))) continue;
      const threat = THREAT.exec(lowerBody.slice(Math.max(0, offset - 120), offset));
      if (!threat || !WINS.test(text.slice(m.end, m.end + 40))) continue;
      const at = m.extendedStart - threat[0].length;
      const holder = holderOf(analysis, sentence, at, quotes, m.entity, true);
      if (holder) add(holder, m, m.end, 0.55, "stance.threat-if-elected");
    }
  }
  if (lowerBody.includes("serve under") || lowerBody.includes("serve in ")) {
    for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
      if (m.type !== "Person" || m.modifier) continue;
      const refusal = SERVE_UNDER.exec(text.slice(Math.max(sentence.start, m.extendedStart - 100), m.extendedStart));
      if (!refusal) continue;
      const at = m.extendedStart - refusal[0].length;
      const holder = holderOf(analysis, sentence, at, quotes, m.entity, false);
      if (holder) add(holder, m, m.end, 0.6, "stance.refuses-to-serve");
    }
  }
  return out;
}
