/**
 * Opposition said as a noun for an act against someone, with its holder named by a possessive, by
 * "by", or as the subject that makes the act:
 * - a refusal: "Norway's refusal to support X", "its refusal to back X", "the refusal by A to endorse X";
 * - a move to remove: "an attempt in 2017 by the federation to remove X from the board";
 * - a note, a protest or attacks: "Norway sent a note against the extension of the mandate of X",
 *   "the envoy of Norway started attacks against X", "A lodged a protest against X's appointment".
 *
 * A move to remove and the notes and attacks are read only from a country or an organization: said
 * of a person they are most often a rival's campaign, which is rivalry, not a stance.
 */
import { isActor, mentionsIn } from "./clauses.js";
import type { Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence: every act below holds one of these. */
export const CUE = /refusal|attempt|effort|against/;

/** Words that may qualify the act: "its continued refusal", "traditional attacks", "a formal note". */
const QUALIFIERS = String.raw`(?:(?:continued|repeated|persistent|flat|outright|formal|official|diplomatic|traditional|renewed|fresh|new|latest|further|failed|unsuccessful|bitter|fierce|sharp|strong|public)\s+){0,2}`;
/** The words between the act and the person: "the extension of the mandate of the OSCE Representative on Freedom of the Media". */
const TO_PERSON = String.raw`(?:the\s+)?(?:(?:extension\s+of\s+(?:the\s+)?mandate|candidacy|candidature|nomination|appointment|reappointment|re-?election|election|confirmation)\s+of\s+)?(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,8}`;
/** A refusal: the person follows. */
const REFUSAL = new RegExp(String.raw`\brefusal\s+(?:(?:by|of)\s+([^,;:.!?“”"]{1,60}?)\s+)?to\s+(?:\p{L}+ly\s+)?(?:support|back|endorse|approve|accept|vote\s+for|nominate|confirm)\s+(${TO_PERSON})$`, "iu");
/** A move to remove: "attempt by A to remove", "efforts to oust". */
const REMOVAL = new RegExp(String.raw`\b(?:attempts?|efforts?)\s+(?:(?:in\s+\d{4}|last\s+\p{L}+|this\s+\p{L}+)\s+)?(?:by\s+([^,;:.!?“”"]{1,60}?)\s+)?to\s+(?:remove|oust|unseat|topple|depose|dislodge)\s+(${TO_PERSON})$`, "iu");
/** A note, a protest or attacks against the person. */
const AGAINST = new RegExp(String.raw`\b(?:notes?|protests?|objections?|complaints?|attacks?)\s+(?:(?:by|from)\s+([^,;:.!?“”"]{1,60}?)\s+)?against\s+(${TO_PERSON})$`, "iu");
/** Words the way to the person never holds: a verb or a clause's start. */
const NOT_ON_THE_WAY = /\b(?:that|who|whom|which|said|says|told|is|are|was|were|has|have|had|will|would|and|or|but|\p{Ll}+ed)\b/u;
/** Before the act, its maker as a subject: "A sent a ", "the envoy of A once again started ". */
const MADE_BY_SUBJECT = new RegExp(String.raw`^\s+(?:(?:once\s+again|again|also|then|later|formally|officially|\p{L}+ly|has|have|had)\s+)*(?:sent|send|sends|lodged|lodges|filed|files|issued|issues|launched|launches|started|starts|made|makes|submitted|submits|presented|presents|mounted|mounts|waged|wages|led|leads)\s+(?:(?:a|an|the|its|their)\s+)?${QUALIFIERS}$`, "iu");
/** Before the act, a possessive: "Norway's ", "its ". */
const POSSESSED = new RegExp(String.raw`(?:['’]s?|\b(its|their))\s+${QUALIFIERS}$`, "iu");
/** Before an act with no possessive: its article. */
const ARTICLE = new RegExp(String.raw`\b(?:a|an|the)\s+${QUALIFIERS}$`, "iu");
/** After the person, something of theirs other than the candidacy ("refusal to accept X's resignation"). */
const SOMETHING_ELSE = /^['’]s?\s+(?!(?:\p{L}+\s+)?(?:candidacy|candidature|nomination|appointment|reappointment|bid|election|re-?election|confirmation|mandate)\b)/u;
/** Before the act: a negation or a doubt, which holds no stance. */
const DOUBTED = /\b(?:no|not|never|denied|denies|deny|rumou?red|alleged)\s+(?:\p{L}+\s+){0,2}$/iu;

/** How far before the act its holder is looked for: a window, so that a huge sentence is read in linear time. */
const REACH = 200;

/** The actor whose mention ends right before `at` (with only spaces between), or undefined. */
function actorEndingAt(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  const m = mentionsIn(analysis, Math.max(sentence.start, at - REACH), at).filter(isActor).pop();
  return m && /^['’]?s?\s*$/.test(analysis.text.slice(m.end, at)) ? m : undefined;
}

/** The holder of the act whose noun starts at `nounStart`, named by "by"/"of" in `byText` (at `byAt`), a possessive or a subject. */
function holderOf(analysis: Analysis, sentence: Sentence, nounStart: number, byAt: number): Mention | undefined {
  const { text } = analysis;
  if (byAt >= 0) return mentionsIn(analysis, byAt, Math.min(sentence.end, byAt + 80)).find((m) => isActor(m) && m.start - byAt <= 8);
  const lead = text.slice(Math.max(sentence.start, nounStart - 140), nounStart);
  const possessed = POSSESSED.exec(lead);
  if (possessed) {
    const at = nounStart - lead.length + possessed.index;
    if (possessed[1]) return mentionsIn(analysis, Math.max(sentence.start, at - REACH), at).filter((m) => isActor(m) && m.type !== "Person").pop();
    return actorEndingAt(analysis, sentence, at + (/^['’]s?/.exec(possessed[0])?.[0].length ?? 0));
  }
  const article = ARTICLE.exec(lead);
  const beforeArticle = article ? lead.slice(0, article.index) : lead;
  for (const m of mentionsIn(analysis, Math.max(sentence.start, nounStart - REACH), nounStart).filter(isActor).reverse()) {
    const rest = text.slice(m.end, nounStart - lead.length + beforeArticle.length);
    if (MADE_BY_SUBJECT.test(rest + (article ? article[0] : ""))) return m;
    break;
  }
  return undefined;
}

/** The oppositions said as acts against someone in `sentence`. */
export function oppositionActStances(analysis: Analysis, sentence: Sentence, lowerBody: string): Found[] {
  if (!CUE.test(lowerBody)) return [];
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (m.type !== "Person" || m.modifier) continue;
    const from = Math.min(m.start, m.extendedStart);
    if (SOMETHING_ELSE.test(text.slice(m.end, Math.min(sentence.end, m.end + 40)))) continue;
    const before = text.slice(Math.max(sentence.start, from - 160), from);
    const start = from - before.length;
    for (const [pattern, rule, actorsOnly] of [[REFUSAL, "stance.refusal-noun", false], [REMOVAL, "stance.removal-attempt", true], [AGAINST, "stance.act-against", true]] as const) {
      const match = pattern.exec(before);
      if (!match) continue;
      const wayStart = start + before.length - match[2]!.length;
      // Another name on the way ("refusal to back X angered Y") leaves the act on that one.
      if (NOT_ON_THE_WAY.test(match[2]!) || mentionsIn(analysis, wayStart, from).some((x) => x.type === "Person" && !x.modifier)) break;
      const byAt = match[1] !== undefined ? start + match.index + match[0].indexOf(match[1]) : -1;
      const nounStart = start + match.index;
      if (DOUBTED.test(text.slice(Math.max(sentence.start, nounStart - 30), nounStart))) break;
      const holder = holderOf(analysis, sentence, nounStart, byAt);
      if (!holder || holder.entity === m.entity || (actorsOnly && holder.type === "Person")) break;
      out.push({ type: "OPPOSES", from: holder.entity, to: m.entity, span: { start: Math.min(holder.start, nounStart), end: m.end }, confidence: 0.6, rule });
      break;
    }
  }
  return out;
}
