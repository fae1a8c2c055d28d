/**
 * Stances said as nouns rather than verbs: a country's candidate or nominee ("Pakistan's candidate
 * X", "X, the US nominee", "the candidate of A"), a holder's support or opposition ("A's endorsement
 * of X", "the support of A to X", "the backing of X by A"), a candidate's named supporters, and
 * gratitude for support ("Thank you A for your support", said by X).
 */
import { holdsAny, wordsPattern } from "./word-cues.js";
import { actorsAfter, candidateBefore, conjoinedBefore, originEnd, personRightAfter, subjectBefore, NEGATION, type Found } from "./stance-parts.js";
import { isActor, mentionsIn, quoteSpeakerAt, resolvePersonPronoun } from "./clauses.js";
import { countryEntries } from "./lexicon/countries.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** Words that may qualify a stance noun or a nominee ("its strong public support", "its official candidate"). */
const NOUN_QUALIFIERS = String.raw`(?:(?:own|official|preferred|chosen|joint|sole|formal|strong|full|firm|public|unanimous|continued|unwavering|early|new|latest|surprise|long-awaited|high-profile|key|crucial)\s+){0,3}`;
/** After a holder's name: "'s candidate", "'s pick", " nominee" (the country's nominee). */
const NOMINEE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+${NOUN_QUALIFIERS}(?:candidate|nominee|pick|choice|contender)\s*,?\s+$`, "iu");
/** After a person's name: ", the US nominee", ", Pakistan's candidate". */
const NOMINEE_APPOSITION = new RegExp(String.raw`^,\s+(?:the\s+|a\s+)?$`, "iu");
/** After a holder's name: "'s support for", "'s endorsement of". */
const HOLDER_NOUN_AFTER = new RegExp(String.raw`^(['’]s?)?\s+${NOUN_QUALIFIERS}(?:support|backing|endorsement|nomination|(opposition|objections?|resistance|rejection|veto|criticism|condemnation))\s+(?:of|for|to|against)\s+(?:the\s+)?(?:(?:candidacy|candidature|bid|nomination)\s+of\s+)?`, "iu");
/** A verb of winning right before a holder's name: "won", "has secured". */
const WON_HOLDER_BEFORE = /\b(?:won|wins|received|receives|secured|secures|gained|gains|got|gets|earned|has|had|have|enjoys|enjoyed|picked\s+up|welcomed|welcomes)\s+(?:the\s+)?$/i;
/** A verb of losing right before a holder's name: "lost Germany's backing" is Germany's opposition. */
const LOST_HOLDER_BEFORE = /\b(?:lost|loses|losing|lose)\s+(?:the\s+)?$/i;
/** After a holder's name: "'s backing", "'s strong endorsement" (with no "of" or "for" after it). */
const HOLDER_NOUN_ALONE = new RegExp(String.raw`^['’]s?\s+${NOUN_QUALIFIERS}(?:support|backing|endorsement|vote|votes|nod|blessing)(?!\w)(?!\s+(?:of|for|to)(?!\w))`, "iu");
/** After a country's or organization's name with no possessive, as headlines write it: "wins Norway backing", "gets EU nod". */
const HOLDER_NOUN_BARE = new RegExp(String.raw`^\s+${NOUN_QUALIFIERS}(?:support|backing|endorsement|nod|blessing)(?!\w)(?!\s+(?:of|to)(?!\w))`, "iu");

/** "the support of A to X", "the backing of A for X": A's stance given to X. */
const SUPPORT_OF = new RegExp(String.raw`(?<!\w)(?:the|their|its|his|her)\s+${NOUN_QUALIFIERS}(?:support|backing|endorsement)\s+of\s+`, "giu");
/** "the endorsement of X by A". */
const STANCE_NOUN_OF = new RegExp(String.raw`(?<!\w)(?:support|backing|endorsements?|nomination)\s+(?:for|of)\s+`, "giu");
/**
 * Cheap tests before {@link SUPPORT_OF} and {@link STANCE_NOUN_OF}, with their flags:
 * a word boundary makes a case-insensitive Unicode pattern slow to search for.
 */
const SUPPORT_NOUN_WORD = /support|backing|endorsement|nomination/iu;
/** A cheap test before {@link SUPPORTERS} and {@link SUPPORTERS_OF}: the nouns of both. */
const HOLDERS_WORD = /supporters|backers|nominators|endorsers|endorsements|proposers|seconders|allies|critics|opponents|detractors/iu;

/** "'s supporters include", "'s backers": the candidate's supporters, listed after or before. */
const SUPPORTERS = /(?:['’]s?|(?<=(?<!\w)(?:[Hh]is|[Hh]er)))\s+(?:(?:high-profile|prominent|early|key|many|other|fellow|fiercest|harshest|leading|most\s+vocal|vocal)\s+)?(?:supporters|backers|nominators|endorsers|endorsements|proposers|seconders|allies|(critics|detractors))(?:\s+(?:so\s+far|to\s+date))?(?:\s+(include|included|including|such\s+as|are|were|is|was)\s+|\s*([–—:])\s*)?/giu;

/** "supporters of", "critics of" opening a list of holders: "Supporters of X include A". */
const SUPPORTERS_OF = /(?<!\w)(?:(?:supporters|backers|endorsers|proposers|seconders|allies|(critics|opponents|detractors))\s+of|endorsements\s+(?:for|of))\s+/giu;
/** "X counts A among": the candidate counting its holders. */
const COUNTS_AMONG = /\bcount(?:s|ed|ing)?\s+/gu;
/** What closes the counted list: "among her supporters". */
const AMONG_HOLDERS = /^[^.;:“”"]{1,120}?\s+among\s+(?:his|her|its|their)\s+(?:(?:most\s+)?(?:prominent|high-profile|early|key|many|strongest|staunchest|fiercest|harshest)\s+)?(?:supporters|backers|endorsers|allies|(critics|opponents|detractors))\b/u;

/** After a person's name: ", the candidate of", " is the official nominee of". */
const CANDIDATE_OF = /^,?\s+(?:(?:is|was|as|became|remains)\s+)?(?:the\s+)?(?:(?:official|joint|sole|common|chosen|endorsed)\s+)?(?:candidate|nominee)\s+of\s+(?:the\s+)?/iu;

/** A sentence that opens with a participle and its agents: "Backed by A, ...". */
const OPENING_PASSIVE = /^\s*["“]?(?:\p{L}+ly\s+)?(backed|supported|endorsed|championed|nominated|opposed|rejected)\s+by\s+/iu;

/** A sentence that opens with the support its subject has: "With the backing of A,", "Buoyed by the support of A,". */
const OPENING_WITH = new RegExp(String.raw`^\s*["“]?(?:(?:buoyed|boosted|bolstered|armed|emboldened)\s+(?:by|with)\s+|with\s+)(?:the\s+)?${NOUN_QUALIFIERS}(?:support|backing|endorsements?|blessing)\s+(?:of|from)\s+`, "iu");

/** After a person's name: " is Korea's trade minister and its candidate". */
const ITS_CANDIDATE = /^\s+(?:is|was|remains)\s+[^.;:,]{0,80}?(?<!\w)and\s+(its\s+(?:own\s+|official\s+|preferred\s+)?(?:candidate|nominee))(?!\w)/iu;

/** After a holder's name: "'s choice", "'s official candidate" (the person named before is it). */
const HOLDERS_CHOICE = new RegExp(String.raw`^['’]s\s+${NOUN_QUALIFIERS}(?:candidate|nominee|pick|choice)(?!\w)(?!\s+(?:of|for\s+(?!the\s+(?:post|job|top\s+job|position))))`, "iu");
/** After a country's or organization's name: "-backed", "-backed candidate,". */
const BACKED_COMPOUND = /^-(?:backed|supported|endorsed|nominated|sponsored)\s+(?:(?:candidate|nominee|contender|hopeful)\s*,?\s+)?/iu;
/** A country's name or demonym fused with "-backed": "Brazilian-backed candidate, ". */
const COMPOUND_WORD = /(?<![\p{L}.-])(\p{Lu}[\p{L}.]*)-(?:backed|supported|endorsed|nominated|sponsored)\s+(?:(?:candidate|nominee|contender|hopeful)\s*,?\s+)?/gu;
/** A cheap test before {@link COMPOUND_WORD}, whose lookbehind is tried at every position: the words every match holds, tested with no pattern. */
const COMPOUND_WORDS = ["-backed", "-supported", "-endorsed", "-nominated", "-sponsored"] as const;
/** A cheap test on the sentence before the readers of thanks. */
export const GRATITUDE_WORDS = ["thank", "grateful", "gratitude"] as const;
const GRATITUDE_CUE = wordsPattern(GRATITUDE_WORDS, "i");
let countryPhrases: Map<string, string> | undefined;
/** Country codes by the phrases that name them in one word ("Brazil", "Brazilian", "US"). */
function countryByPhrase(): Map<string, string> {
  if (!countryPhrases) {
    countryPhrases = new Map();
    for (const e of countryEntries()) if (!e.phrase.includes(" ")) countryPhrases.set(e.phrase, e.code);
  }
  return countryPhrases;
}

/** A cheap test before the nominee after a holder, with its flags. */
const NOMINEE_WORD = /candidate|nominee|pick|choice|contender/iu;
/** A cheap test before {@link HOLDER_NOUN_AFTER}, {@link HOLDER_NOUN_ALONE} and {@link HOLDER_NOUN_BARE}, with their flags: their nouns. */
const HOLDER_NOUN_WORD = /support|backing|endorsement|nomination|opposition|objection|resistance|rejection|veto|criticism|condemnation|vote|nod|blessing/iu;

/** After "A's support for X": the stance is in question ("is not guaranteed", "remains uncertain"). */
const IN_DOUBT_AFTER = /^\s+(?:is|was|are|were|remains|remained|looks|looked|seems|seemed|appears|appeared)\s+(?:(?:still|now|far|not|by\s+no\s+means|anything\s+but)\s+)*(?:from\s+)?(?:guaranteed|assured|certain|uncertain|unclear|in\s+doubt|doubtful|in\s+question|shaky|wavering|conditional|unlikely|undecided)\b/u;
/** Before "X supporter": support that is over ("a former X supporter", "an ex-X ally"). */
const FORMER_BEFORE = /\b(?:former|one-time|onetime|erstwhile|ex)[\s-]+$/i;
/** After a candidate's name: " supporter", " backer" (the person named next holds the stance). */
const SUPPORTER_AFTER = /^\s+(?:supporter|backer|ally|loyalist|(critic))s?\b\s*/u;

/**
 * A cheap test for the sentences that may hold a stance noun or a nominee, on the sentence with its
 * ASCII capitals in lower case (the same as a case-insensitive test of the sentence, which folds only those).
 */
export const STANCE_NOUN_WORD = /\ball(?:y|ies)\b|loyalist|candidate|nominee|pick|choice|contender|support|backer|critic|detractor|backing|backed|endorse|championed|nominated|opposed|rejected|nomination|opposition|objection|resistance|rejection|veto|criticism|condemnation|backers|allies|nominators|endorsers|proposers|seconders|\bnod\b|blessing/;

/**
 * Support said as a noun with its holder: "Pakistan's candidate X", "X, the US nominee",
 * "A's endorsement of X", "the support of A to X", "the backing of X by A". `lowerBody` is the
 * sentence with its ASCII capitals in lower case; `cued`, when known, whether it passes {@link STANCE_NOUN_WORD}.
 */
export function nounStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, cued?: boolean): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  if (!(cued ?? STANCE_NOUN_WORD.test(lowerBody))) return out;
  const body = text.slice(sentence.start, sentence.end);
  const inSentence = mentionsIn(analysis, sentence.start, sentence.end);
  // The words after each name are a stretch of the sentence: none holds a nominee's word when the sentence does not.
  const nomineeWord = NOMINEE_WORD.test(body);
  const holderNounWord = HOLDER_NOUN_WORD.test(body);
  let s: RegExpExecArray | null;
  for (let i = 0; i < inSentence.length; i++) {
    const m = inSentence[i]!;
    if (m.type === "Post" || m.type === "Media") continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
    // The holder names the candidate as its own: "Pakistan's candidate X", "the US nominee X".
    const nominee = nomineeWord && NOMINEE_WORD.test(after) ? /^(?:['’]s?)?\s+[\p{L}\s-]{0,60}?(?:candidate|nominee|pick|choice|contender)\s*,?\s+/iu.exec(after) : null;
    if (nominee && NOMINEE_AFTER.test(nominee[0])) {
      const person = personRightAfter(analysis, m.end + nominee[0].length, sentence.end);
      // "the Labour candidate X", "Democratic candidate X" without a possessive: a party label of the person, no stance in the race.
      const partyLabel = m.type === "Organization" && m.entity.endsWith("-party") && !/^['’]/.test(nominee[0]);
      if (person && !partyLabel && person.entity !== m.entity && person.start - (m.end + nominee[0].length) <= 30 && !/^['’]s\b/.test(text.slice(person.end, person.end + 3))) {
        out.push({ type: "SUPPORTS", from: m.entity, to: person.entity, span: { start: m.start, end: person.end }, confidence: 0.8, rule: "stance.nominee-of" });
      }
    }
    // "X, the US nominee": the holder after the person's name.
    if (m.type === "Person" && !m.modifier) {
      const appositive = /^,\s+(?:the\s+|a\s+)?/.exec(after);
      // "X, the EU candidate": the description that names X again is not the holder; the modifier in it is.
      const holder = appositive ? inSentence.slice(i + 1).find((x) => (x.type === "Country" || x.type === "Organization" || x.type === "Person") && x.entity !== m.entity) : undefined;
      // "X, President Y's nominee": a title before the holder's name is part of it.
      if (appositive && holder && (NOMINEE_APPOSITION.test(text.slice(m.end, holder.start)) || NOMINEE_APPOSITION.test(text.slice(m.end, holder.extendedStart))) && holder.entity !== m.entity) {
        const tail = /^(?:['’]s?)?\s+(?:(?:own|official|preferred|chosen|joint|sole)\s+)?(?:candidate|nominee|pick)(?!\w)/iu.exec(text.slice(holder.end, holder.end + 40));
        if (tail) out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: holder.end + tail[0].length }, confidence: 0.8, rule: "stance.nominee-of" });
      }
    }
    // "X, the candidate of Kenya", "X is the official nominee of the African Union".
    if (m.type === "Person" && !m.modifier) {
      const of = CANDIDATE_OF.exec(after);
      const holder = of ? inSentence.slice(i + 1).find((x) => (x.type === "Country" || x.type === "Organization") && x.start >= m.end + of[0].length) : undefined;
      if (of && holder && holder.start - (m.end + of[0].length) <= 4 && !/^['’]s/.test(text.slice(holder.end, holder.end + 2))) {
        out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: holder.end }, confidence: 0.8, rule: "stance.nominee-of" });
      }
    }
    // "X is South Korea's trade minister and its candidate": "its" is the country just named.
    if (m.type === "Person" && !m.modifier) {
      const its = ITS_CANDIDATE.exec(after);
      if (its) {
        const itsAt = m.end + its[0].length - its[1]!.length;
        const holder = inSentence.filter((x) => x.start >= m.end && x.end <= itsAt && (x.type === "Country" || x.type === "Organization")).pop();
        if (holder) out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: m.end + its[0].length }, confidence: 0.75, rule: "stance.nominee-of" });
      }
    }
    // "X is Brazil's choice", "X became the party's nominee".
    if (m.type === "Person" && !m.modifier) {
      const is = /^\s+(?:is|was|remains|remained|became|has\s+become)\s+(?:also\s+|now\s+|clearly\s+)?$/;
      const holder = inSentence.slice(i + 1).find((x) => x.start > m.end && (x.type === "Country" || x.type === "Organization" || x.type === "Person"));
      if (holder && holder.entity !== m.entity && is.test(text.slice(m.end, holder.extendedStart)) && HOLDERS_CHOICE.test(text.slice(holder.end, holder.end + 60))) {
        out.push({ type: "SUPPORTS", from: holder.entity, to: m.entity, span: { start: m.start, end: holder.end }, confidence: 0.75, rule: "stance.nominee-of" });
      }
    }
    // "the US-backed candidate, X", "Brazilian-backed X".
    const compound = (m.type === "Country" || m.type === "Organization") && after.startsWith("-") ? BACKED_COMPOUND.exec(after) : null;
    if (compound) {
      const person = personRightAfter(analysis, m.end + compound[0].length, sentence.end);
      if (person && person.entity !== m.entity) out.push({ type: "SUPPORTS", from: m.entity, to: person.entity, span: { start: m.start, end: person.end }, confidence: 0.75, rule: "stance.backed-compound" });
    }
    // "Ruiz supporter Paul Diaz", "Paul Diaz, an Ana Ruiz supporter,".
    if (m.type === "Person" && !m.modifier) {
      const supporter = SUPPORTER_AFTER.exec(after);
      // "a former Kohl supporter": support given once and no more.
      if (supporter && !FORMER_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start))) {
        const holder = personRightAfter(analysis, m.end + supporter[0].length, sentence.end);
        const type = supporter[1] ? "OPPOSES" : "SUPPORTS";
        if (holder && holder.entity !== m.entity) out.push({ type, from: holder.entity, to: m.entity, span: { start: m.start, end: holder.end }, confidence: 0.75, rule: "stance.supporter-title" });
        else if (/(?:,|\b(?:is|was|are|were|remains|remained|became|has\s+been))\s+(?:an?|another)\s+(?:(?:staunch|strong|loyal|close|key|longtime|long-time|prominent|vocal|fierce|leading|early)\s+)?$/.test(text.slice(Math.max(sentence.start, m.extendedStart - 40), m.extendedStart))) {
          // "Weber, a Kovacs ally,", "Weber is a staunch Kovacs supporter".
          const holderBefore = inSentence.slice(0, i).filter((x) => x.type === "Person" && !x.modifier).pop();
          if (holderBefore && holderBefore.entity !== m.entity && /^(?:,|\s+(?:is|was|are|were|remains|remained|became|has\s+been))\s+(?:an?|another)\s+(?:(?:staunch|strong|loyal|close|key|longtime|long-time|prominent|vocal|fierce|leading|early)\s+)?$/.test(text.slice(holderBefore.end, m.extendedStart))) {
            out.push({ type, from: holderBefore.entity, to: m.entity, span: { start: holderBefore.start, end: m.end + supporter[0].length }, confidence: 0.75, rule: "stance.supporter-title" });
          }
        }
      }
    }
    // "A's endorsement of X".
    if (holderNounWord && (!m.modifier || m.type !== "Person")) {
      const found = HOLDER_NOUN_AFTER.exec(after);
      // "US opposition to X": a country or organization qualifies the noun without a possessive; a person does not.
      const noun = found && (found[1] || m.type !== "Person") ? found : null;
      if (noun) {
        const person = personRightAfter(analysis, m.end + noun[0].length, sentence.end);
        // "Ghana's support for X is not guaranteed", "remains in doubt": a stance in question is none yet.
        if (person && person.entity !== m.entity && !IN_DOUBT_AFTER.test(text.slice(person.end, Math.min(sentence.end, person.end + 60)))) {
          out.push({ type: noun[2] ? "OPPOSES" : "SUPPORTS", from: m.entity, to: person.entity, span: { start: m.start, end: person.end }, confidence: 0.8, rule: "stance.holder-noun" });
        }
      } else if (HOLDER_NOUN_ALONE.test(after) || (m.type !== "Person" && HOLDER_NOUN_BARE.test(after))) {
        // "X won Germany's backing": the candidate is the subject before the verb; "X lost Germany's backing": Germany withdrew it.
        const before = text.slice(Math.max(sentence.start, m.extendedStart - 40), m.extendedStart);
        const lost = LOST_HOLDER_BEFORE.test(before);
        const candidate = lost || WON_HOLDER_BEFORE.test(before) ? candidateBefore(analysis, sentence, m.extendedStart, quotes) : null;
        if (candidate && candidate.entity !== m.entity && !NEGATION.test(text.slice(candidate.after, m.start))) {
          out.push({ type: lost ? "OPPOSES" : "SUPPORTS", from: m.entity, to: candidate.entity, span: { start: Math.min(candidate.mention?.start ?? m.start, m.start), end: m.end + (HOLDER_NOUN_ALONE.exec(after) ?? HOLDER_NOUN_BARE.exec(after))![0].length }, confidence: 0.75, rule: lost ? "stance.holder-noun-lost" : "stance.holder-noun" });
        }
      }
    }
  }
  // "the Brazilian-backed X", "the US-backed candidate, X": a country written into the word.
  COMPOUND_WORD.lastIndex = 0;
  const hasCompound = body.includes("-") && holdsAny(body, COMPOUND_WORDS);
  while (hasCompound && (s = COMPOUND_WORD.exec(body)) !== null) {
    const code = countryByPhrase().get(s[1]!);
    const key = code ? `country:${code}` : undefined;
    if (!key || !analysis.entities.has(key)) continue;
    const at = sentence.start + s.index + s[0].length;
    const person = personRightAfter(analysis, at, sentence.end);
    if (person && person.entity !== key && person.start - at <= 2) out.push({ type: "SUPPORTS", from: key, to: person.entity, span: { start: sentence.start + s.index, end: person.end }, confidence: 0.75, rule: "stance.backed-compound" });
  }
  // "X's supporters include A and B", "A is among X's backers".
  SUPPORTERS.lastIndex = 0;
  const holdersWord = HOLDERS_WORD.test(body);
  while (holdersWord && (s = SUPPORTERS.exec(body)) !== null) {
    const at = sentence.start + s.index;
    // "His supporters include A and B", opening the sentence or a clause after a comma: the one the pronoun names.
    const pronoun = /^['’]/.test(s[0]) ? null : /\b(?:[Hh]is|[Hh]er)$/.exec(text.slice(Math.max(sentence.start, at - 4), at));
    if (!/^['’]/.test(s[0]) && (!pronoun || !/(?:^|,)\s*$/.test(text.slice(sentence.start, at - pronoun[0].length)))) continue;
    const candidate = pronoun ? pronounOfGender(analysis, at - pronoun[0].length, /^h[ie]s$/i.test(pronoun[0]) ? "m" : "f") : mentionsIn(analysis, sentence.start, at).filter((m) => m.type === "Person" && !m.modifier).pop();
    if (!candidate || (!pronoun && text.slice(candidate.end, at).trim() !== "")) continue;
    const end = at + s[0].length;
    const type = s[1] ? "OPPOSES" : "SUPPORTS";
    // "two of X's backers – A and B – switched": the names set off by a dash or a colon are the backers.
    if (s[3] && !/\b(?:is|are|was|were)\s+(?:also\s+)?among\s+$/i.test(text.slice(sentence.start, candidate.extendedStart))) {
      // Endorsements come from countries and organizations too; backers set off by a dash are people.
      const endorsements = /endorsements/i.test(s[0]);
      for (const a of actorsAfter(analysis, sentence, end, candidate.entity).filter((x) => x.type === "Person" || (endorsements && x.type !== "Media"))) out.push({ type, from: a.entity, to: candidate.entity, span: { start: candidate.start, end: a.end }, confidence: 0.75, rule: "stance.supporters-of" });
    } else if (s[2]) {
      for (const a of actorsAfter(analysis, sentence, end, candidate.entity)) out.push({ type, from: a.entity, to: candidate.entity, span: { start: candidate.start, end: a.end }, confidence: 0.8, rule: "stance.supporters-of" });
    } else {
      const among = /\b(?:is|are|was|were)\s+(?:also\s+)?among\s+$/i.exec(text.slice(sentence.start, candidate.extendedStart));
      if (!among) continue;
      const holder = mentionsIn(analysis, sentence.start, sentence.start + among.index).filter(isActor).pop();
      // "A and B were among X's critics": every holder of the list.
      const holders = holder ? [holder, ...conjoinedBefore(analysis, sentence, holder)] : [];
      for (const h of holders) if (h.entity !== candidate.entity) out.push({ type, from: h.entity, to: candidate.entity, span: { start: h.start, end }, confidence: 0.75, rule: "stance.supporters-of" });
    }
  }
  // "Supporters of X include A and B", "X counts A and B among her backers".
  SUPPORTERS_OF.lastIndex = 0;
  while (holdersWord && (s = SUPPORTERS_OF.exec(body)) !== null) {
    const at = sentence.start + s.index + s[0].length;
    const candidate = personRightAfter(analysis, at, sentence.end);
    if (!candidate) continue;
    const opens = /^\s*(?:['’]s\s+(?:candidacy|candidature|bid|campaign)\s+)?(?:(?:so\s+far|to\s+date)\s*)?(?:(?:include|included|including|are|were|such\s+as)\s+|:\s*)/u.exec(text.slice(candidate.end, Math.min(sentence.end, candidate.end + 40)));
    if (!opens) continue;
    const type = s[1] ? "OPPOSES" : "SUPPORTS";
    for (const a of actorsAfter(analysis, sentence, candidate.end + opens[0].length, candidate.entity)) out.push({ type, from: a.entity, to: candidate.entity, span: { start: sentence.start + s.index, end: a.end }, confidence: 0.75, rule: "stance.supporters-of" });
  }
  COUNTS_AMONG.lastIndex = 0;
  const countWord = body.includes("count");
  while (countWord && (s = COUNTS_AMONG.exec(body)) !== null) {
    const verbAt = sentence.start + s.index;
    const candidate = subjectBefore(analysis, sentence, verbAt, quotes, []);
    if (!candidate || analysis.entities.get(candidate.entity)?.type !== "Person" || NEGATION.test(text.slice(candidate.end, verbAt))) continue;
    const listEnd = verbAt + s[0].length;
    const among = AMONG_HOLDERS.exec(text.slice(listEnd, sentence.end));
    if (!among) continue;
    const type = among[1] ? "OPPOSES" : "SUPPORTS";
    const amongAt = listEnd + among[0].search(/\s+among\s+\S+\s+[^\s]+\s*[^\s]*$/u);
    for (const a of mentionsIn(analysis, listEnd, amongAt).filter((m) => isActor(m) && m.type !== "Media")) {
      if (a.entity !== candidate.entity) out.push({ type, from: a.entity, to: candidate.entity, span: { start: candidate.mention?.start ?? verbAt, end: listEnd + among[0].length }, confidence: 0.75, rule: "stance.supporters-of" });
    }
  }
  // "Backed by A and B, X ...": the backers open the sentence, the candidate follows the comma.
  // "With the backing of A and B, X entered the race", "Buoyed by the support of A, X ...".
  const withOpening = OPENING_PASSIVE.test(body) ? null : OPENING_WITH.exec(body);
  const opening = OPENING_PASSIVE.exec(body) ?? withOpening;
  if (opening) {
    const at = sentence.start + opening[0].length;
    const backers = actorsAfter(analysis, sentence, at, "");
    // "Nominated by Ghana, Berg faces X": the list read on past the comma took the candidate in.
    const closing = backers[backers.length - 1];
    const beforeClosing = backers[backers.length - 2];
    const taken = closing?.type === "Person" && beforeClosing && /^\s*,\s*$/.test(text.slice(beforeClosing.end, closing.extendedStart)) && /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u.test(text.slice(closing.end, closing.end + 20)) ? backers.pop() : undefined;
    const last = backers[backers.length - 1];
    const comma = last ? /^[^,.;:]{0,40},\s*/.exec(text.slice(last.end, sentence.end)) : null;
    const candidate = taken ?? (comma && last ? personRightAfter(analysis, last.end + comma[0].length, sentence.end) : undefined);
    if (candidate) {
      const type = /oppos|reject|block|veto/i.test(opening[1] ?? "") ? "OPPOSES" : "SUPPORTS";
      for (const b of backers) if (b.entity !== candidate.entity) out.push({ type, from: b.entity, to: candidate.entity, span: { start: sentence.start, end: candidate.end }, confidence: 0.8, rule: "stance.passive" });
    }
  }
  // "the support of A (and B) to X".
  SUPPORT_OF.lastIndex = 0;
  const supportNoun = SUPPORT_NOUN_WORD.test(body);
  while (supportNoun && (s = SUPPORT_OF.exec(body)) !== null) {
    const at = sentence.start + s.index + s[0].length;
    const actors = actorsAfter(analysis, sentence, at, "");
    const last = actors[actors.length - 1];
    if (!last || actors.some((a) => a.type === "Person" && a.inQuote)) continue;
    const to = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?(?:(?:candidacy|candidature|bid|nomination)\s+of\s+)?/u.exec(text.slice(last.end, Math.min(sentence.end, last.end + 60)));
    if (!to) continue;
    const person = personRightAfter(analysis, last.end + to[0].length, sentence.end);
    if (!person) continue;
    for (const a of actors) if (a.entity !== person.entity) out.push({ type: "SUPPORTS", from: a.entity, to: person.entity, span: { start: sentence.start + s.index, end: person.end }, confidence: 0.75, rule: "stance.holder-noun" });
  }
  // "the endorsement of X by A, B and C".
  STANCE_NOUN_OF.lastIndex = 0;
  while (supportNoun && (s = STANCE_NOUN_OF.exec(body)) !== null) {
    const at = sentence.start + s.index + s[0].length;
    const person = personRightAfter(analysis, at, sentence.end);
    if (!person) continue;
    // "the endorsement of X by A"; "support for X came from A and B", "endorsements for X from A".
    const by = /^\s*(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?)?(?:\([^)]*\)\s*)?(?:by|(?:(?:has|have|had)\s+(?:also\s+)?(?:come|poured\s+in)|(?:also\s+)?(?:came|comes|poured\s+in|pours\s+in|arrived))?\s*from)\s+/u.exec(text.slice(person.end, Math.min(sentence.end, person.end + 40)));
    if (!by) continue;
    // "the support of A from Kenya": where A is from, not who gives the support.
    if (/\bof\s+$/i.test(s[0]) && originEnd(analysis, person) > person.end) continue;
    for (const a of actorsAfter(analysis, sentence, person.end + by[0].length, person.entity)) {
      out.push({ type: "SUPPORTS", from: a.entity, to: person.entity, span: { start: sentence.start + s.index, end: a.end }, confidence: 0.8, rule: "stance.holder-noun" });
    }
  }
  void quotes;
  return out;
}

/** The person "his" or "her" at `at` names: the nearest one the text does not give the other gender. */
function pronounOfGender(analysis: Analysis, at: number, gender: "m" | "f"): Mention | undefined {
  const skipped: string[] = [];
  for (let i = 0; i < 3; i++) {
    const p = resolvePersonPronoun(analysis, at, skipped);
    const known = p ? analysis.entities.get(p.entity)?.gender : undefined;
    if (!p || known === undefined || known === gender) return p;
    skipped.push(p.entity);
  }
  return undefined;
}

/** "Thank you A and B", "special thanks to A", "grateful for the support of A". */
const THANKS = /(?<!\w)(?:thank(?:s|ed|ing)?(?:\s+to)?(?:\s+you)?|grateful\s+to|gratitude\s+to|grateful\s+for\s+(?:the\s+)?(?:(?:expression|show|outpouring|vote)s?\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:support|backing|endorsement)\s+(?:of|from))\s+/giu;
/** Gratitude for a holder's support: "grateful for", "thanked ... for" right before a possessive. */
const GRATEFUL_FOR = /(?<!\w)(?:grateful|thankful|gratitude)\s+(?:for|to)\s+/giu;
/** What the thanked actors are thanked for: their support. */
const FOR_SUPPORT = /^[^.;:!?“”"]{0,40}?(?<!\w)for\s+(?:(?:their|your|his|her|its|the|our)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:support|backing|endorsement|votes?)(?!\w)/iu;

/**
 * Gratitude for support is support: "Thank you A and B for your support" said by X, "X thanked A
 * for its backing", "X is grateful for the support of A": A supports X.
 */
export function gratitudeStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[]): Found[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  const out: Found[] = [];
  if (!GRATITUDE_CUE.test(body)) return out;
  THANKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = THANKS.exec(body)) !== null) {
    const start = sentence.start + m.index;
    const at = start + m[0].length;
    const named = /support|backing|endorsement/i.test(m[0]);
    const quote = quoteSpeakerAt(quotes, start);
    const thanker = quote ? { entity: quote.speaker, end: start, confidence: 0.75, mention: undefined as Mention | undefined } : subjectBefore(analysis, sentence, start, quotes, []);
    if (!thanker || analysis.entities.get(thanker.entity)?.type !== "Person") continue;
    if (NEGATION.test(text.slice(thanker.end, start))) continue;
    const actors = actorsAfter(analysis, sentence, at, thanker.entity);
    const last = actors[actors.length - 1];
    if (!last) continue;
    if (!named && !FOR_SUPPORT.test(text.slice(last.end, sentence.end))) continue;
    for (const a of actors) out.push({ type: "SUPPORTS", from: a.entity, to: thanker.entity, span: { start: Math.min(thanker.mention?.start ?? start, start), end: a.end }, confidence: 0.7, rule: "stance.gratitude" });
  }
  // "X is grateful for Germany's support": the possessive holds the support thanked for.
  GRATEFUL_FOR.lastIndex = 0;
  while ((m = GRATEFUL_FOR.exec(body)) !== null) {
    const start = sentence.start + m.index;
    const at = start + m[0].length;
    const holder = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((x) => isActor(x) && x.type !== "Media");
    if (!holder || !/^\s*(?:the\s+)?$/i.test(text.slice(at, holder.extendedStart)) || !HOLDER_NOUN_ALONE.test(text.slice(holder.end, holder.end + 40))) continue;
    const quote = quoteSpeakerAt(quotes, start);
    const thanker = quote ? { entity: quote.speaker, end: start, confidence: 0.75, mention: undefined as Mention | undefined } : subjectBefore(analysis, sentence, start, quotes, []);
    if (!thanker || thanker.entity === holder.entity || analysis.entities.get(thanker.entity)?.type !== "Person" || NEGATION.test(text.slice(thanker.end, start))) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: thanker.entity, span: { start: Math.min(thanker.mention?.start ?? start, start), end: holder.end }, confidence: 0.7, rule: "stance.gratitude" });
  }
  return out;
}
