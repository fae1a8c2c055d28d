/**
 * Opposition said as a judgment on a person's election, or as the will to prevent it: the one who
 * says "X's election would be a grave mistake", "electing X would be a disaster", "X should not be
 * chosen", or who wants "to prevent a X presidency", opposes X.
 *
 * The person must be the judgment's own subject (the name, "X's election", "the appointment of X",
 * "electing X", "a X presidency"): a judgment on anything else of theirs ("X's withdrawal would be
 * a mistake") is no stance.
 */
import { isActor, mentionsIn, quoteSpeakerAt, resolvePersonPronoun } from "./clauses.js";
import type { AttributedQuote } from "./quotes.js";
import { actorSayerBefore, hedged, NEGATION, sayerBefore, subjectBefore, type Found } from "./stance-parts.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence before the readers' patterns. */
const CUE = /mistake|disaster|catastroph|blunder|calamit|(?:should|must)\s*(?:not|never|n['’]t)\s|(?:should|must|ought\s+to|has\s+to|had\s+to|needs\s+to|needed\s+to)\s+(?:now\s+|immediately\s+|simply\s+)?(?:resign|quit|go|step|stand|make\s+way|withdraw|pull|drop|bow|be\s+(?:replaced|removed|ousted|sacked|dumped))\b|\btime\s+for\s|(?:prevent|stop|block|avert|avoid|thwart)\w*\s+an?\s/;
/**
 * A cheaper test before {@link CUE}: every match of that holds one of these words (or "has to", "had to"),
 * and the pattern, with few words to try at each letter, is searched several times faster.
 */
export const CUE_WORD = /mistake|disaster|catastroph|blunder|calamit|should|must|ought|need|time|prevent|stop|block|avert|avoid|thwart|ha[sd]\s+to\s/;
/** {@link CUE} without its word boundaries, for the whole lower-case article: it finds every sentence's match of the cue there. */
export const ARTICLE_CUE = new RegExp(CUE.source.replace(/\\b/g, ""), CUE.flags);

/** The judgment: "would be a grave mistake", `will be "a disaster"`. */
const DISASTER = String.raw`(?:would|will)\s+(?:be|prove)\s+["“‘']?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:mistake|disaster|catastrophe|blunder|calamity)\b`;
/** Said of the person: "should not be elected", "must never become". */
const NOT_CHOSEN = String.raw`(?:should|must)\s*(?:not|never|n['’]t)\s+(?:be\s+(?:elected|chosen|appointed|selected|nominated|confirmed|picked)|become|get\s+the\s+job)\b`;
/** Said of the person: "should resign", "must step down", "has to go": they are asked to leave the post or the race. */
const MUST_GO = String.raw`(?:should|must|ought\s+to|has\s+to|had\s+to|needs\s+to|needed\s+to)\s+(?:now\s+|immediately\s+|simply\s+)?(?:resign|quit|go(?!\s+(?:to|ahead|further|on|for|back|into|public|with|after|through|beyond|forward|out|and|in|there|home)\b)|step\s+(?:down|aside)|stand\s+(?:down|aside)|make\s+way|withdraw|pull\s+out|drop\s+out|bow\s+out|be\s+(?:replaced|removed|ousted|sacked|dumped))\b`;
/** What of the person's may be judged: their election or its outcome. */
const ELECTION = String.raw`(?:election|appointment|nomination|selection|elevation|victory|win|presidency|leadership)`;

/** After the name: "'s election would be a mistake", " would be a disaster", " should not be chosen". */
const AFTER_NAME = new RegExp(String.raw`^(?:['’]s?\s+(?:[\p{L}-]+\s+)?${ELECTION}\s+${DISASTER}|\s+(?:${DISASTER}|${NOT_CHOSEN}|${MUST_GO}))`, "iu");
/** "time for X to go". */
const TIME_FOR = /\btime\s+for\s+$/i;
const TIME_TO_GO = /^\s+to\s+(?:go|resign|quit|step\s+(?:down|aside)|stand\s+(?:down|aside)|make\s+way|move\s+on)\b/i;
/** After "a|an" and the name: " presidency would be a disaster". */
const AFTER_MODIFIER = new RegExp(String.raw`^\s+${ELECTION}\s+${DISASTER}`, "iu");
/** Before the name: "the appointment of", "electing"; then the judgment follows it. */
// (Case is spelled out: the name's capitals must stay capitals.)
const BEFORE_NAME = new RegExp(String.raw`(?:\b(?:[Tt]he\s+)?(?:[Ee]lection|[Aa]ppointment|[Nn]omination|[Ss]election|[Ee]levation|[Cc]hoice)\s+of|(?<!\bnot\s)\b(?:[Ee]lecting|[Aa]ppointing|[Cc]hoosing|[Nn]ominating|[Ss]electing|[Pp]icking|[Cc]onfirming))\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,4}$`, "u");
const AFTER_OBJECT = new RegExp(String.raw`^(?:\s+as\s+[^,.;:“”"]{1,40}?)?\s+${DISASTER}`, "iu");
/** "to prevent a X presidency", "stop an X nomination". */
const PREVENT_BEFORE = /\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|thwart(?:s|ed|ing)?)\s+(?:a|an)\s+$/i;
const PREVENT_AFTER = new RegExp(String.raw`^\s+${ELECTION}\b`, "iu");

const SAY = String.raw`(?:said|says|told|added|warned|argued|wrote|insisted|stressed|declared)`;
/** Between a judgment and its sayer after it: `," said `, `, ` (then the name and its verb). */
const TO_SAYER = new RegExp(String.raw`^[^.;:“”"]{0,40}?[,”"’]\s*["”’]?\s*(?:${SAY}\s+)?(?:[\p{L}.'’-]+\s+){0,4}$`, "u");
const SAYER_VERB_BEFORE = new RegExp(String.raw`${SAY}\s+(?:[\p{L}.'’-]+\s+){0,4}$`, "u");
const SAYER_VERB_AFTER = new RegExp(String.raw`^\s*(?:,[^,.;]{1,80},\s*)?${SAY}\b`, "u");

/** The person who says the judgment ending at `end` after it: "X would be a mistake, Sol said", "..., said Sol". */
function sayerAfter(analysis: Analysis, sentence: Sentence, end: number): string | undefined {
  const { text } = analysis;
  const next = mentionsIn(analysis, end, Math.min(sentence.end, end + 80)).find((x) => x.type === "Person" && !x.modifier);
  if (!next) return undefined;
  const gap = text.slice(end, next.extendedStart);
  if (!TO_SAYER.test(gap)) return undefined;
  return SAYER_VERB_BEFORE.test(gap) || SAYER_VERB_AFTER.test(text.slice(next.end, Math.min(sentence.end, next.end + 100))) ? next.entity : undefined;
}

/** "he would be", "she should": a pronoun as the judgment's subject. */
const PRONOUN_JUDGED = /\b([Hh]e|[Ss]he)\s+(?=(?:would|will|should|must|ought|has|had|needs|needed)\b)/g;

/** The one who says the judgment on `person` ending at `end`: a quotation's speaker, else the sayer of the reported clause. */
function judge(analysis: Analysis, sentence: Sentence, person: { start: number; extendedStart: number }, end: number, quotes: readonly AttributedQuote[]): string | undefined {
  const speaker = quoteSpeakerAt(quotes, person.start);
  if (speaker) return speaker.speaker;
  const after = sayerAfter(analysis, sentence, end);
  if (after) return after;
  const sayer = sayerBefore(analysis, sentence, person.extendedStart) ?? actorSayerBefore(analysis, sentence, person.extendedStart);
  if (!sayer) return undefined;
  // "did not say that X would be a disaster", "asked whether X should not be chosen": nothing said.
  const between = analysis.text.slice(sayer.end, person.extendedStart);
  return NEGATION.test(between) || hedged(analysis.text, sayer.end, person.extendedStart) ? undefined : sayer.entity;
}

/**
 * The oppositions said in `sentence` as a judgment on someone's election or a will to prevent it;
 * `cued`, when known, is whether the sentence passes {@link CUE_WORD}.
 */
export function judgedStances(analysis: Analysis, sentence: Sentence, quotes: readonly AttributedQuote[], lowerBody: string, cued?: boolean): Found[] {
  if (!(cued ?? CUE_WORD.test(lowerBody)) || !CUE.test(lowerBody)) return [];
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of mentionsIn(analysis, sentence.start, sentence.end)) {
    if (m.type !== "Person") continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 120));
    const before = text.slice(Math.max(sentence.start, m.extendedStart - 60), m.extendedStart);
    let end = -1;
    let rule = "stance.judged-election";
    let holder: string | undefined;
    if (m.modifier || /\b(?:a|an)\s+$/i.test(before)) {
      // "a Rook presidency would be a disaster", "to prevent a Rook nomination".
      const judged = AFTER_MODIFIER.exec(after);
      if (judged) {
        end = m.end + judged[0].length;
        holder = judge(analysis, sentence, m, end, quotes);
      } else if (PREVENT_BEFORE.test(before) && PREVENT_AFTER.test(after)) {
        end = m.end + PREVENT_AFTER.exec(after)![0].length;
        rule = "stance.prevent-election";
        const verbAt = m.extendedStart - PREVENT_BEFORE.exec(before)![0].length;
        const speaker = quoteSpeakerAt(quotes, verbAt);
        const subject = speaker ? undefined : subjectBefore(analysis, sentence, verbAt, quotes, []);
        if (speaker) holder = speaker.speaker;
        else if (subject && !NEGATION.test(text.slice(subject.end, verbAt)) && !hedged(text, subject.end, verbAt)) holder = subject.entity;
      }
    } else {
      const judged = BEFORE_NAME.test(before) ? AFTER_OBJECT.exec(after) : TIME_FOR.test(before) ? TIME_TO_GO.exec(after) : AFTER_NAME.exec(after);
      if (judged) {
        end = m.end + judged[0].length;
        holder = judge(analysis, sentence, m, end, quotes);
      }
    }
    if (end < 0 || !holder || holder === m.entity) continue;
    const actor = analysis.entities.get(holder);
    if (!actor || (actor.type !== "Person" && !mentionsIn(analysis, sentence.start, sentence.end).some((x) => x.entity === holder && isActor(x)))) continue;
    out.push({ type: "OPPOSES", from: holder, to: m.entity, span: { start: Math.min(sentence.start, m.start), end }, confidence: 0.65, rule });
  }
  // "Sol said he would be a disaster", "He should resign," Sol said: the pronoun's person, of the gender it names.
  PRONOUN_JUDGED.lastIndex = 0;
  const body = text.slice(sentence.start, sentence.end);
  let p: RegExpExecArray | null;
  while ((p = PRONOUN_JUDGED.exec(body)) !== null) {
    const at = sentence.start + p.index;
    const pronounEnd = at + p[1]!.length;
    const judged = AFTER_NAME.exec(text.slice(pronounEnd, Math.min(sentence.end, pronounEnd + 120)));
    if (!judged) continue;
    const end = pronounEnd + judged[0].length;
    const holder = judge(analysis, sentence, { start: at, extendedStart: at }, end, quotes);
    if (!holder) continue;
    const person = resolvePersonPronoun(analysis, at, [holder]);
    const gender = person ? analysis.entities.get(person.entity)?.gender : undefined;
    if (!person || gender !== (/^[Hh]e$/.test(p[1]!) ? "m" : "f") || person.entity === holder) continue;
    // The pronoun of the one who says it ("Sol said she should resign") is no one else's.
    if (analysis.entities.get(holder)?.gender === gender && !quoteSpeakerAt(quotes, at)) continue;
    out.push({ type: "OPPOSES", from: holder, to: person.entity, span: { start: sentence.start, end }, confidence: 0.6, rule: "stance.judged-election" });
  }
  return out;
}
