/**
 * The parts of a stance sentence, shared by the stance readers: who holds the stance (the subject
 * before a verb, the backers after "by" or "of"), whom it is on (the person after a verb, the
 * candidate before a passive) and the words that take a stance back (negations and hedges).
 */
import { looseListLink } from "./list-links.js";
import { apposedAntecedent } from "./relative-antecedents.js";
import { apposedPerson } from "./descriptions.js";
import { pairHolders } from "./pair-holders.js";
import { pronounGovernment } from "./pronoun-governments.js";
import { HEDGES, SPEECH_VERBS } from "./lexicon/verbs.js";
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { clauseEnd, clauseStart, firstMentionAtOrAfter, isActor, mentionsIn, quoteSpeakerAt, resolveItPronoun, resolvePersonPronoun, resolveSubjectPronoun, skipRanges } from "./clauses.js";
import { escapeRegExp, sentenceAt } from "./text-utils.js";
import type { AttributedQuote } from "./quotes.js";
import type { Analysis, Mention, Sentence, Span } from "./types.js";

const HEDGE = new RegExp(HEDGES, "i");
/** A negation between a subject and its verb: a negated support is a refusal. */
export const NEGATION = /\b(?:not|never|no longer|cannot)\b|n['’]t\b/i;
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS.map(escapeRegExp).join("|")})\\b`, "g");
const CANDIDACY_NOUN = /^\s*(?:for\s+|to\s+)?(?:the\s+|a\s+)?(?:(?:candidacy|candidature|nomination|bid|appointment|election|campaign|choice|re-election)\s+of\s+)?/i;
/** What may follow "her" when it is an object, not a possessive ("back her as", not "her rivals"). */
const OBJECT_HER = String.raw`her(?=\s*(?:[,.;:!?"”’)\]]|$)|\s+(?:as|for|to|in|on|at|over|and|but|because|with|from|after|before|during|since|again|too|also|when|while|if|despite|amid|against|instead|rather|now|then|this|last|next|strongly|fully|publicly|wholeheartedly|unanimously|either|both|once|any|all|personally)\b)`;
/** A pronoun object, or a pronoun's candidacy: "back her", "support his bid" (not "her rivals"). */
export const POSSESSIVE_PRONOUN_OBJECT = new RegExp(String.raw`^\s*(?:for\s+|to\s+)?(?:(him\b|${OBJECT_HER})|(?:his|her)\s+(?:own\s+)?(?:candidacy|candidature|bid|nomination|appointment|campaign|re-election)\b)`, "i");
const POSSESSIVE_PRONOUN_SUBJECT = /\b(his|her|His|Her)\s+(?:own\s+)?(?:candidacy|candidature|bid|nomination|campaign)\b|\b(He|She|he|she)\s+(?:is|was|has|had)\b|\b(He|She|he|she)(?=\s+(?:(?:also|now|already|since|then|later|quickly|reportedly|officially|formally|just|recently|has|had|have|is|was|did|does|not|never|didn['’]t|doesn['’]t|hasn['’]t|hadn['’]t)\s+)*$)/g;

/** A stance read in a sentence, before it becomes a draft claim. */
export interface Found {
  type: "SUPPORTS" | "OPPOSES";
  from: string;
  to: string;
  span: Span;
  confidence: number;
  subjectMention?: Mention;
  rule: string;
  post?: string;
}

/** Between an actor and a reported "it": "said", "announced on Monday that", past a relative clause. */
const SPEECH_BEFORE_IT = /^(?:\s*,[^,]{1,120},)?\s+(?:(?:also|has|had|have|now|later|then|since|earlier|previously|already|today|yesterday|\p{L}+ly)\s+)*(?:said|says|announced|stated|declared|confirmed|insisted|added|indicated|made\s+clear|signalled|signaled|told\s+[\p{L}\s]{1,30}?)(?:\s+on\s+\p{L}+)?\s+(?:that\s+)?$/u;

/** After a possessive holder, right before the verb: "'s decision to", "'s pledge to". */
const DECISION_TO = /['’]s?\s+(?:(?:surprise|unanimous|formal|final|public)\s+)?(?:decision|move|choice|vote|pledge|promise|offer|commitment|intention)\s+to\s+$/u;

/** Between speakers and "they": "said", "told reporters", "announced on Monday that". */
const THEY_SAID = /^\s+(?:(?:officials|government|authorities|leaders|diplomats|ministers|delegations?|also|have|has|had|jointly|both|all|now|later|then|since|earlier|previously|already|today|yesterday|\p{L}+ly)\s+)*(?:said|say|says|told\s+[\p{L}\s]{1,30}?|announced|stated|declared|confirmed|insisted|added|indicated|made\s+clear|signalled|signaled|agreed)(?:\s+on\s+\p{L}+)?\s+(?:that\s+)?$/u;

/** What a restrictive relative clause may hold between "that" and its verb: auxiliaries and adverbs. */
const RELATIVE_TO_VERB = /^\s*(?:(?:has|have|had|is|are|was|were|also|openly|publicly|strongly|firmly|initially|later|then|still|now|already|actively|reportedly|\p{L}+ly)\s+)*$/u;
/** Words between an actor and "that" which make "that" open a reported clause, not a relative one. */
const REPORTING = /(?<!\w)(?:said|says|say|told|tell|tells|believ\p{L}*|think\p{L}*|thought|know\p{L}*|knew|report\p{L}*|announc\p{L}*|confirm\p{L}*|insist\p{L}*|warn\p{L}*|argu\p{L}*|claim\p{L}*|stat\p{L}*|not\p{L}*|add\p{L}*|hop\p{L}*|fear\p{L}*|expect\p{L}*|so|such|clear|sure|likely|fact|made|ensur\p{L}*|show\p{L}*|indicat\p{L}*|suggest\p{L}*|signal\p{L}*|mean\p{L}*|agreed|decided|concluded|felt|feels|learn\p{L}*|understood|aware|convinced|news|view|belief|hope|idea|possibility|chance|sign|assurance|impression)\b/iu;

/**
 * "the US was the only country that opposed X", "Spain, France and the only other member that backs
 * X": the verb of a restrictive relative clause ("that" or "who" right before it) has the actor of
 * the clause that "that" hangs on, when no actor of its own stands between.
 */
function restrictiveAntecedent(analysis: Analysis, sentence: Sentence, from: number, at: number, inSkip: (m: Mention) => boolean): { entity: string; mention: Mention; confidence: number; end: number } | null {
  const { text } = analysis;
  if (from <= sentence.start || !RELATIVE_TO_VERB.test(text.slice(from, at))) return null;
  const rel = /\b(?:that|who)\s*$/i.exec(text.slice(Math.max(sentence.start, from - 6), from));
  if (!rel) return null;
  const relAt = from - (text.slice(Math.max(sentence.start, from - 6), from).length - rel.index);
  const outer = clauseStart(text, sentence, relAt);
  const antecedent = mentionsIn(analysis, outer, relAt).filter((m) => isActor(m) && !inSkip(m)).pop();
  if (!antecedent) return null;
  const gap = text.slice(antecedent.end, relAt);
  if (gap.length > 60 || /[,;:“”"]/.test(gap) || REPORTING.test(gap) || mentionsIn(analysis, antecedent.end, relAt).some((m) => m.type === "Person")) return null;
  // "Norway is unhappy with the process that favoured X": the relative's antecedent is the common noun before it.
  // ("one of the members that backed X" is still the antecedent's.)
  if (/(?<!\b(?:one|some|each|any|none|all|many|most|among))\s(?:with|of|for|by|to|in|on|at|about|against|over)\s+(?:the|a|an|this|its|their|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(gap)) return null;
  return { entity: antecedent.entity, mention: antecedent, confidence: 0.75, end: at };
}

const PRONOUN_WORD = /\b(?:(we|I|he|she|it|they)|nobody|no one|none)\b/gi;

/**
 * The pronoun of `gap` that stands for a verb's subject: the last personal pronoun, or else the
 * first "nobody", "no one" or "none" (one pass over `gap`).
 */
function subjectPronoun(gap: string): RegExpExecArray | null {
  let personal: RegExpExecArray | null = null;
  let negative: RegExpExecArray | null = null;
  PRONOUN_WORD.lastIndex = 0;
  for (let m = PRONOUN_WORD.exec(gap); m; m = PRONOUN_WORD.exec(gap)) {
    if (m[1] !== undefined) personal = m;
    else negative ??= m;
  }
  return personal ?? negative;
}

/**
 * Who holds the stance of the verb at `at`: the nearest actor before it in its clause (past
 * relative clauses and appositions), a pronoun resolved, or the antecedent of a relative clause.
 * `end` is where negations and hedges start to count.
 */
export function subjectBefore(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[], earlier: readonly { object: Mention | null; subject: string; end: number }[]): { entity: string; mention?: Mention; confidence: number; end: number; others?: Mention[]; reading?: string } | null {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  // Both relatives below hold "wh": a stretch without it is not searched for them.
  const wh = left.includes("wh");
  // "A, whose husband backs X,": the verb's subject is someone the text does not name.
  if (wh && /,\s*whose\s+[^,]*$/.test(left)) return null;
  const relative = wh ? /,\s*(?:(?:most|some|many|all|several|few|none|one|two|three|both|each|half)\s+of\s+(?:whom|which)|who|which)\b[^,]*$/.exec(left) : null;
  const skip = skipRanges(text, sentence.start, at);
  const inSkip = (m: Mention) => skip.some((r) => m.start >= r.start && m.end <= r.end);
  if (relative) {
    const commaAt = sentence.start + relative.index;
    const antecedent = mentionsIn(analysis, sentence.start, commaAt).filter((m) => isActor(m) && !inSkip(m)).pop();
    // "Kenya, which backs X", "the Kenyan government, which backs X".
    if (antecedent && (text.slice(antecedent.end, commaAt).trim().length === 0 || (antecedent.type === "Country" && GOVERNMENT_AFTER.test(text.slice(antecedent.end, commaAt))))) return { entity: antecedent.entity, mention: antecedent, confidence: 0.85, end: antecedent.end };
    // "A, a former minister, who backs X" (`relative-antecedents.ts`).
    const apposed = apposedAntecedent(text, mentionsIn(analysis, sentence.start, commaAt).filter((m) => m.type === "Person" && !m.modifier), commaAt, relative[0]);
    if (apposed) return { entity: apposed.entity, mention: apposed, confidence: 0.75, end: apposed.end };
    return null;
  }
  const from = clauseStart(text, sentence, at);
  const restrictive = restrictiveAntecedent(analysis, sentence, from, at, inSkip);
  if (restrictive) return restrictive;
  // "Germany's decision to back X": the possessive names who decided.
  const decided = DECISION_TO.exec(text.slice(Math.max(from, at - 60), at));
  if (decided) {
    const holder = mentionsIn(analysis, from, at - decided[0].length + 1).filter((m) => isActor(m) && !inSkip(m)).pop();
    if (holder && holder.end === at - decided[0].length) return { entity: holder.entity, mention: holder, confidence: 0.8, end: at };
  }
  // "two of X's backers – A and B – switched to him": the names of a dashed aside right before the verb are its subject.
  const aside = skip.find((r) => DASH_OPENING.test(text.slice(r.start, r.start + 2)) && ASIDE_TO_VERB.test(text.slice(r.end, at)));
  if (aside) {
    const people = mentionsIn(analysis, aside.start, aside.end).filter((m) => m.type === "Person" && !m.modifier);
    const named = people[people.length - 1];
    // Only names: "– A and B –", not "—38 for A and two for B—".
    let rest = "";
    let from = aside.start;
    for (const m of people) {
      rest += text.slice(from, Math.max(from, m.extendedStart));
      from = m.end;
    }
    rest += text.slice(from, aside.end);
    if (named && NAMES_ONLY.test(rest)) return { entity: named.entity, mention: named, confidence: 0.75, end: aside.end };
  }
  // "Chile's mission to the UN": the body an envoy is sent to is not the subject; nor is a place ("meeting in Kigali, Rwanda,").
  const candidates = mentionsIn(analysis, from, at).filter((m) => isActor(m) && !inSkip(m) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 40)) && !(m.type !== "Person" && (SENT_TO_BEFORE.test(text.slice(Math.max(from, m.extendedStart - 40), m.extendedStart)) || (m.type === "Country" && CITY_BEFORE.test(text.slice(Math.max(from, m.extendedStart - 40), m.extendedStart))))));
  // "A of Uganda backed X": the country says where the person is from; the person is the subject.
  const lastCandidate = candidates[candidates.length - 1];
  if (lastCandidate?.type === "Country" && candidates.length > 1 && originEnd(analysis, candidates[candidates.length - 2]!) >= lastCandidate.end) candidates.pop();
  // "A leading rights group, the Example Centre, urged ...": with no name outside it, the apposition right before the verb names the subject.
  if (candidates.length === 0) {
    const apposition = skip.find((r) => /^\s*$/.test(text.slice(r.end, at)) && /^,\s*the\s/i.test(text.slice(r.start, r.end)));
    const named = apposition ? mentionsIn(analysis, apposition.start, apposition.end).filter((m) => isActor(m) && m.type !== "Person" && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 40))).pop() : undefined;
    if (named && /^\s*,/.test(text.slice(named.end, apposition!.end))) return { entity: named.entity, mention: named, confidence: 0.75, end: apposition!.end };
  }
  const nearest = candidates[candidates.length - 1];
  // A pronoun closer to the verb than any name is the subject.
  const gapFrom = nearest ? nearest.end : from;
  const gap = text.slice(gapFrom, at);
  // "A and B spoke on Monday. Both MPs backed X", "They said they would back X": the pair of the sentence before.
  const pair = nearest ? null : pairHolders(analysis, sentence, from, at);
  if (pair) return { entity: pair.people[1]!.entity, mention: pair.people[1], others: [pair.people[0]!], confidence: 0.7, end: pair.end, reading: "pair-holder" };
  // "His government backs X", "her party will back X": the country or party of the person the pronoun stands for.
  const government = pronounGovernment(analysis, gapFrom, at, nearest);
  if (government) return { entity: government.entity, confidence: 0.65, end: government.end, reading: government.reading };
  const pronoun = subjectPronoun(gap);
  if (pronoun) {
    const word = pronoun[0].toLowerCase();
    const pAt = gapFrom + pronoun.index;
    // "I think the vast majority will vote for X": the pronoun believes; the verb's subject is someone else.
    if (BELIEVES_OF_OTHERS.test(text.slice(pAt + word.length, at))) return null;
    if (word === "we" || word === "i") {
      const q = quoteSpeakerAt(quotes, pAt);
      return q ? { entity: q.speaker, confidence: 0.8, end: pAt + word.length } : null;
    }
    if (word === "he" || word === "she") {
      const speaker = quoteSpeakerAt(quotes, pAt);
      let p = speaker ? resolvePersonPronoun(analysis, pAt, [speaker.speaker]) : resolveSubjectPronoun(analysis, pAt);
      // "In a boost for Peter, Maria said she would vote for him": "she" is no man, whoever opens the sentence.
      const want = word === "she" ? "f" : "m";
      const gender = p ? analysis.entities.get(p.entity)?.gender : undefined;
      if (p && gender !== undefined && gender !== want) p = lastPersonOfGender(analysis, pAt, want);
      return p ? { entity: p.entity, mention: p, confidence: 0.7, end: pAt + word.length } : null;
    }
    if (word === "they") {
      // "Germany and France said they would back X": "they" is the speakers named right before.
      const named = mentionsIn(analysis, sentence.start, pAt).filter((m) => isActor(m) && !inSkip(m));
      let speakers = named.pop();
      // "A of Kenya and B of Uganda said they": the people, not their countries.
      const owner = named[named.length - 1];
      if (speakers?.type === "Country" && owner && originEnd(analysis, owner) >= speakers.end) speakers = owner;
      if (!speakers || !THEY_SAID.test(text.slice(originEnd(analysis, speakers), pAt))) return null;
      return { entity: speakers.entity, mention: speakers, confidence: 0.75, end: pAt + 4 };
    }
    if (word === "it") {
      // "Somalia, which has a dispute with Kenya, said it": the subject outside the relative clause.
      const own = mentionsIn(analysis, sentence.start, pAt).filter((m) => isActor(m) && (m.type === "Country" || m.type === "Organization")).filter((m) => !inSkip(m) && !m.inQuote).pop();
      // "The Weber administration said it": the country the leader leads.
      const leader = mentionsIn(analysis, sentence.start, pAt).filter((m) => m.type === "Person" && !m.modifier && !inSkip(m)).pop();
      const administration = leader ? ADMINISTRATION_AFTER.exec(text.slice(leader.end, leader.end + 20)) : null;
      if (leader && administration && (!own || own.end < leader.start) && SPEECH_BEFORE_IT.test(text.slice(leader.end + administration[0].length, pAt))) {
        const country = analysis.entities.get(leader.entity)?.roles.find((r) => r.role !== null && r.of !== null && analysis.entities.get(r.of)?.type === "Country")?.of;
        return country ? { entity: country, confidence: 0.65, end: pAt + 2 } : null;
      }
      const it = own && SPEECH_BEFORE_IT.test(text.slice(own.end, pAt)) ? own : resolveItPronoun(analysis, pAt);
      return it ? { entity: it.entity, mention: it, confidence: 0.65, end: pAt + 2 } : null;
    }
    return null;
  }
  if (!nearest) {
    // "Norway opposed X in 2016 but now backs him": a verb joined to an earlier stance's verb shares its subject.
    const last = earlier[earlier.length - 1];
    if (last && ELIDED_SUBJECT.test(text.slice(Math.max(sentence.start, last.end), at))) return { entity: last.subject, confidence: 0.7, end: at };
    // "A opposed X on Monday, but later backed Y": after the earlier verb's object, a comma and the joined verb.
    return last?.object && last.object.start >= sentence.start && last.object.end <= at && JOINED_VERB.test(text.slice(last.object.end, at)) ? { entity: last.subject, confidence: 0.7, end: at } : null;
  }
  // "A criticized X for his actions, and endorsed Y": X is the earlier verb's object; the joined verb is A's.
  const objectOf = earlier.find((e) => e.object?.start === nearest.start && e.subject !== nearest.entity);
  if (objectOf && JOINED_VERB.test(text.slice(nearest.end, at))) return { entity: objectOf.subject, confidence: 0.7, end: at };
  // "thanking those brave enough to support him", "and nine have backed X": the verb has a subject the text does not name.
  if (unnamedSubject(text.slice(Math.max(nearest.end, at - 60), at))) return null;
  // "aides to A back X", "its Senedd colleagues": people around the person or in the body, not them.
  if (aroundOrWithin(analysis, nearest, from)) return null;
  // "Y said, “A majority of members support X”": a subject outside the quotation is not the quoted verb's.
  const quoted = quoteSpeakerAt(quotes, at);
  if (quoted && nearest.end <= quoted.quote.innerStart && quoted.quote.innerEnd >= at) return null;
  // "Y said those wanting change should vote for X": the reported clause has its own subject.
  if (SAID_OTHERS.test(text.slice(nearest.end, at))) return null;
  // "most of the 34 members of the House support X", "a majority of Lower House members": some of a body, not the body.
  // (The members' noun first: the pattern bound to the end of the words before is the slower test.)
  if (nearest.type !== "Person" && /^\s+(?:members|lawmakers|legislators|deputies|MPs)\b/.test(text.slice(nearest.end, nearest.end + 14)) && SOME_MEMBERS_BEFORE.test(text.slice(Math.max(from, nearest.extendedStart - 40), nearest.extendedStart))) return null;
  // "the first EPP leader to express unwillingness to support X", "a WHO official backed X": a person the body's name describes.
  if (nearest.type !== "Person" && ONE_OF_ITS_PEOPLE_AFTER.test(text.slice(nearest.end, nearest.end + 16))) return null;
  // "its MEPs in the European Parliament would vote against X", "diplomats at the UN back X": the people, not the body.
  if (nearest.type !== "Person" && PEOPLE_IN_BEFORE.test(text.slice(Math.max(from, nearest.extendedStart - 40), nearest.extendedStart))) return null;
  const previous = earlier.find((e) => e.object && e.object.entity === nearest.entity && e.object.start === nearest.start);
  if (previous && /^[\s,]*(?:and|but|or)\s+(?:[\p{L}’']+\s+){0,4}$/u.test(text.slice(nearest.end, at))) {
    // A second verb of the same subject: its negation and hedges are read from the previous object on.
    return { entity: previous.subject, confidence: 0.75, end: nearest.end };
  }
  // "The caucus endorsed A and rejected B", "voted for A—and rejected B": A is the first verb's object, not the second's subject.
  if (objectOfEarlierVerb(text, from, nearest, at)) {
    if (previous) return { entity: previous.subject, confidence: 0.75, end: nearest.end };
    const verbAt = nearest.extendedStart;
    const own = candidates.filter((m) => m.end <= verbAt).pop();
    return own && /^\s+(?:\p{Ll}+\s+){1,3}$/u.test(text.slice(own.end, verbAt)) ? { entity: own.entity, mention: own, confidence: 0.75, end: own.end } : null;
  }
  // Negation and hedges are read after the subject, past any relative clause or apposition.
  const scope = skip.reduce((acc, r) => (r.start >= nearest.end - 1 && r.end <= at ? Math.max(acc, r.end) : acc), nearest.end);
  // "the Weber administration": a leader's government is the country they lead.
  if (nearest.type === "Person" && /^(?:['’]s)?\s+(?:administration|government|cabinet)\b/.test(text.slice(nearest.end, nearest.end + 20))) {
    const country = analysis.entities.get(nearest.entity)?.roles.find((r) => r.role !== null && r.of !== null && analysis.entities.get(r.of)?.type === "Country")?.of;
    if (country) return { entity: country, confidence: 0.75, end: scope };
  }
  return { entity: nearest.entity, mention: nearest, confidence: 0.85, end: scope };
}

const DASH_OPENING = /^\s?(?:[—–]|--)/;

/** After a country's name or demonym: the words that make it the state ("Kenyan government", "the Brazilian authorities"). */
const GOVERNMENT_AFTER = /^\s+(?:government|administration|authorities|cabinet|delegation)\s*$/;

/** Between a person's name and a country: "of", "from", an opening bracket ("A of Uganda", "B (Kenya)"). */
const ORIGIN_GAP = /^\s+(?:of|from)\s+(?:the\s+)?$|^\s*\(\s*$/;

/**
 * Where the phrase of a person's name ends when a country follows it as where they are from:
 * "A of Uganda", "B from Kenya", "C (Ghana)". The end of the name otherwise.
 */
export function originEnd(analysis: Analysis, person: Mention): number {
  if (person.type !== "Person") return person.end;
  const { text } = analysis;
  const next = mentionsIn(analysis, person.end, person.end + 40)[0];
  if (!next || next.type !== "Country") return person.end;
  const gap = text.slice(person.end, next.extendedStart);
  if (!ORIGIN_GAP.test(gap)) return person.end;
  if (!gap.includes("(")) return next.end;
  const close = /^\s*\)/.exec(text.slice(next.end, next.end + 3));
  return close ? next.end + close[0].length : person.end;
}
/** Between a dashed aside and its verb: nothing, or adverbs and auxiliaries. */
const ASIDE_TO_VERB = /^\s*(?:(?:\p{Ll}+ly|have|has|had|also|all|both|then|later|now|since|will|would)\s+)*(?:\p{Ll}+(?:ed|ew|ood|ook)\s+(?:[\p{Ll}'’-]+\s+){0,5}?(?:in\s+order\s+)?to\s+(?:(?:\p{Ll}+ly|instead|then|now)\s+)?)?$/u;
/** What a dashed aside holds besides its names when it only lists them. */
const NAMES_ONLY = /^\s?(?:[—–]|--)\s?(?:(?:,|,?\s+and|,?\s+or)\s+)*\s?(?:[—–]|--)\s?$/;

/** After a leader's name: their government ("the Weber administration"). */
const ADMINISTRATION_AFTER = /^(?:['’]s)?\s+(?:administration|government|cabinet)\b/;
/** After a name, before a stance verb: a speech verb and a reported clause with a subject of its own ("said those wanting change should"). */
const SAID_OTHERS = /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told\s+\p{Ll}+|argued|argues|insisted|insists|suggested|suggests)\s+(?:that\s+)?(?:those|these|the|most|many|some|all|several|other|others|party|members|people|voters|delegates)\b[^,;]*$/u;
/** Before a body's name or its members: a share of them ("a majority of", "most of the 34", "pro-Abe"). */
const SOME_MEMBERS_BEFORE = /(?:(?<!\w)(?:majority|most|many|some|several|few|half|minority|number)\s+of\s+(?:the\s+)?(?:\d+\s+)?(?:members\s+of\s+the\s+)?|(?<!\w)pro-[\p{L}-]+\s+)$/iu;
/** After a body's name: one person of it ("EPP leader", "a WHO official"). */
const ONE_OF_ITS_PEOPLE_AFTER = /^\s+(?:leader|official|member|spokesman|spokeswoman|spokesperson|lawmaker|legislator|MP|MEP|senator|diplomat|insider|source|aide|staffer|delegate)\b(?!\s+(?:states?|countries|nations)\b)/;
/** Before a country's name: a city of it, where something happens ("in Kigali, Rwanda"). */
const CITY_BEFORE = /\b(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s+$|\b(?:meeting|meet|met|held|gathered|gathering|based|summit|talks|conference|speaking|spoke)\s+(?:in|at)\s+$/u;
/** After an earlier verb's object, a verb joined with no subject of its own: "for his actions, and", "on Monday, but later". */
const JOINED_VERB = /^(?:[^.;:“”"]|\.(?!\s+\p{Lu})){0,80}?(?:,\s*|\s)(?:and|but)\s+(?:(?:now|later|then|also|still|has|have|had|will|would|subsequently|eventually|\p{Ll}+ly)\s+)*$/u;
/** Right before a verb whose subject is left out: "but now", "and will". */
const ELIDED_SUBJECT = /[^,;:]\s+(?:but|and)\s+(?:(?:now|later|then|also|still|has|have|had|will|would|\p{Ll}+ly)\s+)*$/u;
/** Before a body's name: an envoy or a mission sent to it. */
const SENT_TO_BEFORE = /\b(?:mission|delegation|ambassador|envoy|representative|embassy|delegate)\s+(?:to|at)\s+(?:the\s+)?$/i;
/** Before a body's name: people of it, by a preposition ("MEPs in the", "officials at"). */
/**
 * Between a name and the verb: a new subject the text does not name ("thanking those brave enough
 * to", "those who", "and nine have"; not "A, B and others have", "A and two others have").
 */
function unnamedSubject(before: string): boolean {
  return (UNNAMED_WORD.test(before) && UNNAMED_THOSE.test(before)) || (COUNT_WORD.test(before) && UNNAMED_COUNTED.test(before));
}
/** "thanking those brave enough to", "those who". */
const UNNAMED_THOSE = /(?<!\w)(?:those|everyone|everybody|anyone|anybody)(?!\w)[^,;]{0,30}(?:(?<!\w)who\s+(?:\p{L}+\s+){0,3}|(?<!\w)to\s+)$/iu;
/** "and nine have": a count opening a clause. */
const UNNAMED_COUNTED = /(?:,|(?<!\w)and|(?<!\w)but|(?<!\w)while|(?<!\w)whereas)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\s+(?:(?:have|has|had|also|are|were|will|would|did|now|already)\s+)*$/iu;
/**
 * Cheap tests before {@link UNNAMED_THOSE} and {@link UNNAMED_COUNTED}, with their flags: the words
 * every match holds (a pattern bound to the end of the text is tried from every offset, and slowly).
 */
const UNNAMED_WORD = /those|everyone|everybody|anyone|anybody/iu;
const COUNT_WORD = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several/iu;

/** Before a person's name: the people around them ("aides to", "allies of", "those close to"). */
const AROUND_PERSON_BEFORE = /\b(?:aides?|allies|supporters|backers|friends|associates|advisers|advisors|loyalists|lieutenants|confidants|people|those|staff|members\s+of\s+(?:the\s+)?team)\s+(?:to|of|around|close\s+to|loyal\s+to)\s+(?:the\s+)?$/i;
/** After a body's name, with a possessive or a number before it: its people ("his Senedd colleagues", "its Lower House members"). */
const BODY_PEOPLE_AFTER = /^\s+(?:colleagues|members|lawmakers|legislators|deputies|MPs|MEPs|senators|delegates|parties|branches)\b/;
const BODY_PEOPLE_BEFORE = /(?:\b(?:his|her|their|its|our)\s+(?:own\s+|fellow\s+)?|\b\d+\s+(?:\p{Ll}+\s+)?)$/u;

/** Whether `m` only names people around a person or within a body: "aides to A", "five of his Senedd colleagues", "22 constituency Labour parties". */
export function aroundOrWithin(analysis: Analysis, m: Mention, from = 0): boolean {
  const { text } = analysis;
  const before = text.slice(Math.max(from, m.extendedStart - 40), m.extendedStart);
  if (m.type === "Person") return AROUND_PERSON_BEFORE.test(before);
  return BODY_PEOPLE_AFTER.test(text.slice(m.end, m.end + 14)) && BODY_PEOPLE_BEFORE.test(before);
}

const PEOPLE_IN_BEFORE = /\b(?:MPs|MEPs|members|officials|diplomats|delegates|lawmakers|legislators|staff|staffers|employees|insiders|sources|representatives|envoys|deputies|senators|politicians|allies|supporters|backers|friends|voters|activists|officers)\s+(?:in|at|within|inside)\s+(?:the\s+)?$/i;

/** After a pronoun, before a stance verb: a belief about others ("I think most members will"). */
const BELIEVES_OF_OTHERS = /^\s+(?:\p{L}+\s+){0,2}?(?:think|thinks|believe|believes|expect|expects|reckon|reckons|suspect|suspects|guess|feel|feels|know|knows)\s+(?:that\s+)?(?:the|a|an|most|many|some|all|every|no|these|those|this|that|delegates|members|voters|people|others)\b/u;

/** Between a name and a second verb: "and", "but", "—and", with at most a few auxiliaries or adverbs. */
const SECOND_VERB_GAP = /^(?:\s+(?:for|as)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,4})?\s*(?:,|[—–]|\s-)?\s*(?:and|but)\s+(?:(?:then|later|also|now|yet|not|never|still|has|have|had|is|was|were|will|would|did|does|\p{Ll}+ly)\s+)*(?:(?:rejected|refused|declined|refuses|declines|rejects|ruled\s+out|rules\s+out|stopped|avoided|avoids)\s+)?$/u;
/** Lower-case words before a name that may open a clause with it as the subject. */
const OPENS_SUBJECT = /^(?:the|a|an|and|or|but|when|while|as|after|before|since|because|if|though|although|that|where|then|meanwhile|also|both|former|fellow|rival|incumbent|his|her|their|its|our|my)$/;

/**
 * Whether `nearest`, the last name before a verb at `at`, is the object of an earlier verb joined to
 * this one by "and": a lower-case word other than a determiner or a conjunction right before the
 * name ("endorsed A and rejected B", "voted for A and opposed B").
 */
function objectOfEarlierVerb(text: string, from: number, nearest: Mention, at: number): boolean {
  if (!SECOND_VERB_GAP.test(text.slice(nearest.end, at))) return false;
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(from, nearest.extendedStart - 30), nearest.extendedStart));
  return before !== null && !OPENS_SUBJECT.test(before[1]!);
}

/** A party and state tag right after a name: ", R-N.Y.", " (D-Calif.)". */
const PARTY_TAG = /^\s*(?:,\s*[RDI]-[\p{L}.]{2,8}(?=\s*,)|\s*\([RDI]-[\p{L}.]{2,8}\))/u;

/**
 * Subjects joined to `first` by commas and "and" ("Mexico and Brazil endorsed"). A list needs its
 * last link to be "and" or "or": "Reuters, the British government" is no list.
 */
export function conjoinedBefore(analysis: Analysis, sentence: Sentence, first: Mention): Mention[] {
  const { text } = analysis;
  const skip = skipRanges(text, sentence.start, first.start);
  const before = mentionsIn(analysis, sentence.start, first.extendedStart).filter((m) => isActor(m) && !skip.some((r) => m.start >= r.start && m.end <= r.end));
  const out: Mention[] = [];
  let current = first;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.end > current.extendedStart) continue;
    // "A of Kenya and B of Uganda": a person's country is part of the name's phrase.
    const owner = before[i - 1];
    if (m.type === "Country" && owner && originEnd(analysis, owner) >= m.end) continue;
    const mEnd = originEnd(analysis, m);
    if (mEnd > current.extendedStart) continue;
    // "Reps. A, R-N.Y., and B": a party and state tag after a name belongs to it.
    const gap = text.slice(mEnd, current.extendedStart).replace(PARTY_TAG, "");
    // "A, the party's deputy leader, and B", "A and Louth TD B": an apposition after a name, a title the lexicon does not know before one.
    if (!LIST_LINK.test(gap) && !looseListLink(gap, m.type === "Person", (g) => LIST_LINK.test(g))) break;
    // A headline lists with commas alone: "A, B back X"; so does a list closed by others: "A, B, and others have".
    if (out.length === 0 && !/\b(?:and|or|as well as|along with|together with)\b/.test(gap) && !headline(analysis, sentence) && !AND_OTHERS_AFTER.test(text.slice(originEnd(analysis, first), originEnd(analysis, first) + 40))) break;
    // "In London, A and B backed X": a place after a preposition is where, not who.
    if (m.type === "Country" && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.extendedStart - 12), m.extendedStart))) break;
    out.push(m);
    current = m;
  }
  return out;
}

/** Right before a country's name or capital: a preposition that makes it a place ("in London,", "across Kenya,"). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|across|throughout|inside|outside)\s+(?:the\s+)?$/i;

/** Closing a list of names: ", and others", "and several other MPs", "and 20 others". */
const AND_OTHERS_AFTER = /^\s*,?\s+and\s+(?:(?:many|several|some|a\s+few|dozens\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?others?\b/u;

/** Between two names of a list of subjects. */
const LIST_LINK = /^(?:\s*,\s*(?:the|a|an)\s+[^,;:()“”"]{1,50},)?\s*(?:,|,?\s+and|,?\s+as well as|\s+or|,?\s+(?:along|together)\s+with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Whether the sentence is an article's headline: its first paragraph, one line with no closing stop. */
function headline(analysis: Analysis, sentence: Sentence): boolean {
  const paragraph = analysis.paragraphs[sentence.paragraph];
  return sentence.paragraph === 0 && paragraph !== undefined && paragraph.start === sentence.start && paragraph.end === sentence.end && !/[.!?]["”’]?\s*$/.test(analysis.text.slice(sentence.start, sentence.end)) && !analysis.text.slice(sentence.start, sentence.end).includes("\n");
}

/** "X's nomination of", "X's choice of": the person who follows is the one chosen. */
const CHOICE_OF = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:nomination|nominee|pick|choice|selection|appointment|endorsement)(?:\s+of|,)\s+(?:the\s+)?/u;

/** "X's chief rivals, A and B": an apposition that names the people meant. */
export const RIVALS_APPOSITION = /^['’]s?\s+(?:(?:chief|main|leading|two|three|closest|nearest|top|remaining)\s+)*(?:rivals|opponents|challengers|competitors),\s+/u;

/**
 * People named one after another from `at`: "A, B and C", "A and B". The first must start right
 * there (past a title); a list of more than one needs "and" or "or" before its last name.
 */
export function personList(analysis: Analysis, sentence: Sentence, at: number): Mention[] {
  const { text } = analysis;
  const first = mentionsIn(analysis, at, Math.min(sentence.end, at + 60)).find((m) => m.type === "Person" && !m.modifier);
  if (!first || first.start - at > 40 || /[,.;:()“”"]/.test(text.slice(at, Math.min(first.start, first.extendedStart > at ? first.extendedStart : first.start)))) return [];
  const out = [first];
  let last = first;
  let closed = false;
  for (const m of mentionsIn(analysis, first.end, Math.min(sentence.end, first.end + 300))) {
    if (m.start < last.end || m.modifier) continue;
    if (m.type !== "Person") {
      // A title's country ("Florida Sen. X") belongs to the next name.
      if (m.end <= m.extendedStart) continue;
      break;
    }
    const link = /^\s*(,\s*|,?\s+(?:and|or)\s+)(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}$/u.exec(text.slice(last.end, Math.max(last.end, m.extendedStart < m.start ? m.extendedStart : m.start)).replace(/,\s*\p{Lu}[\p{L}.-]*(?:-\p{Lu}[\p{L}.]*)?\.?,/gu, ","));
    if (!link) break;
    out.push(m);
    last = m;
    if (/\b(?:and|or)\b/.test(link[1]!)) {
      closed = true;
      break;
    }
  }
  return out.length > 1 && !closed ? [first] : out;
}

/** "the French candidate", "the US nominee", "her Nigerian rival". */
const DEMONYM_CANDIDATE = /^\s*(?:for\s+|to\s+|behind\s+)?(?:(?:the|his|her|their|its)\s+(?:\p{Lu}[\p{L}.]*\s+){1,2}|(?:\p{Lu}[\p{L}.]*\s+){0,1}\p{Lu}[\p{L}.]*['’]s?\s+(?:own\s+)?)(?:candidate|nominee|contender|hopeful|rival|challenger)\b/u;

/**
 * The one person named before `at` whose role or nationality ties them to `country`, among those
 * the article has made candidates of (named with a candidacy word nearby); none when ambiguous.
 */
function candidateOfCountry(analysis: Analysis, country: string, at: number, exclude: readonly string[]): Mention | undefined {
  return countryPerson(analysis, country, at, exclude) ?? countryPerson(analysis, country, Infinity, exclude);
}

function countryPerson(analysis: Analysis, country: string, at: number, exclude: readonly string[]): Mention | undefined {
  const found = new Map<string, Mention>();
  for (const m of analysis.mentions) {
    if (m.start >= at) break;
    if (m.type !== "Person" || m.modifier || exclude.includes(m.entity)) continue;
    const e = analysis.entities.get(m.entity);
    if (!e || !(e.nationality === country || e.roles.some((r) => r.of === country))) continue;
    found.set(m.entity, m);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** "her rival", "his main opponent": the other person in the race of the one the pronoun names. */
const RIVAL_OF = /^\s*(?:for\s+|to\s+|behind\s+)?(?:his|her)\s+(?:(?:main|chief|closest|only|leading|nearest|remaining|sole|last)\s+)?(?:rival|opponent|challenger|competitor)(?!\w)/iu;
/** After a name: "'s opponent", "'s main rival". */
const POSSESSIVE_RIVAL = /^['’]s?\s+(?:(?:main|chief|closest|only|leading|nearest|remaining|sole|last)\s+)?(?:rival|opponent|challenger|competitor)\b/u;
/** Words near a name that place the person in a race. */
const RACE_CUE = /\b(?:candidate|candidacy|candidature|rival|contender|challenger|front-?runner|frontrunner|nominee|bid|race)s?\b|\b(?:running|vying|competing)\b/i;
const racePeopleCache = new WeakMap<Analysis, Set<string>>();

/** The stems of {@link RACE_CUE}'s words, in lower case: literal tests before the pattern. */
const RACE_STEMS = ["andida", "rival", "contender", "challenger", "runner", "nominee", "bid", "race", "running", "vying", "competing"];
/**
 * Where a stem of {@link RACE_STEMS} starts, its ASCII letters in any case (which is what a test of
 * the text in lower case finds: no other character lowers to one of the stems' letters before
 * another of them). No stem is the start of another: at most one starts at an offset.
 */
const RACE_STEM_AT = new RegExp(RACE_STEMS.join("|"), "gi");

/** The stretches of `text` that hold a stem of {@link RACE_STEMS}, in order: each one's start and end in turn. */
function raceStemSpans(text: string): number[] {
  const spans: number[] = [];
  RACE_STEM_AT.lastIndex = 0;
  for (let m = RACE_STEM_AT.exec(text); m !== null; m = RACE_STEM_AT.exec(text)) {
    spans.push(m.index, m.index + m[0].length);
    // The next search starts right after this one's start: a stem may begin inside another.
    RACE_STEM_AT.lastIndex = m.index + 1;
  }
  return spans;
}

/** Whether one of the stretches `spans` ({@link raceStemSpans}) lies within `[from, to)`. */
function holdsSpan(spans: readonly number[], from: number, to: number): boolean {
  const count = spans.length >> 1;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < count && spans[2 * i]! < to; i++) if (spans[2 * i + 1]! <= to) return true;
  return false;
}

/** Whether the character code is a full stop, an exclamation or a question mark. */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** Whether the character code is white space (space, tab, line breaks, no-break space). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/** Where the words after the last stop followed by a space begin in `[from, to)` of `text` (`from` when there is none). */
function afterLastStopAt(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) if (isStop(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1))) return i + 2;
  return from;
}

/** Where the words up to the first stop followed by a space or by `to` end in `[from, to)` of `text` (`to` when there is none). */
function beforeFirstStopAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isStop(text.charCodeAt(i)) && (i + 1 === to || isSpace(text.charCodeAt(i + 1)))) return i;
  return to;
}

/** The words after the last stop followed by a space: the sentence's own words before a name (no pattern calls). */
export function afterLastStop(s: string): string {
  return s.slice(afterLastStopAt(s, 0, s.length));
}

/** The words up to the first stop followed by a space or the end: the sentence's own words after a name. */
export function beforeFirstStop(s: string): string {
  return s.slice(0, beforeFirstStopAt(s, 0, s.length));
}

/** The people the text names next to a race word ("candidate", "bid", "rival"), once per text. */
export function racePeople(analysis: Analysis): Set<string> {
  let people = racePeopleCache.get(analysis);
  if (people) return people;
  people = new Set();
  const { text } = analysis;
  const stems = raceStemSpans(text);
  for (const m of analysis.mentions) {
    if (m.type !== "Person" || m.modifier || people.has(m.entity)) continue;
    // Within the name's own sentence: the words before it back to a full stop, after it up to one.
    const beforeAt = afterLastStopAt(text, Math.max(0, m.extendedStart - 50), m.extendedStart);
    const afterEnd = beforeFirstStopAt(text, m.end, Math.min(text.length, m.end + 40));
    // The title is read too: "candidate X", "presidential hopeful X".
    const titled = m.extendedStart < m.start;
    // The words of the pattern hold no space: each would lie within one of these stretches.
    if (!holdsSpan(stems, beforeAt, m.extendedStart) && !(titled && holdsSpan(stems, m.extendedStart, m.start)) && !holdsSpan(stems, m.end, afterEnd)) continue;
    const before = text.slice(beforeAt, m.extendedStart);
    const after = text.slice(m.end, afterEnd);
    const near = titled ? `${before} ${text.slice(m.extendedStart, m.start)} ${after}` : `${before} ${after}`;
    if (RACE_CUE.test(near)) people.add(m.entity);
  }
  racePeopleCache.set(analysis, people);
  return people;
}

/** The rival meant by "her rival" at `at`: the one person in the race besides the pronoun's, if only one. */
function rivalOf(analysis: Analysis, at: number, exclude: readonly string[], named?: Mention): Mention | undefined {
  const own = named ?? resolvePersonPronoun(analysis, at, exclude);
  if (!own) return undefined;
  const others = [...racePeople(analysis)].filter((p) => p !== own.entity && !exclude.includes(p));
  if (others.length !== 1) return undefined;
  return analysis.mentions.find((m) => m.entity === others[0] && m.type === "Person" && !m.modifier);
}

/** "the front-runner", "the Republican frontrunner", "the incumbent": a person named by their standing in the race. */
const RACE_ROLE_OBJECT = /^\s*(?:for\s+|to\s+|behind\s+)?the\s+(?:(?:\p{Lu}[\p{L}-]*|clear|current|early|presumptive|overwhelming|leading|race['’]s|party['’]s)\s+){0,2}(front-?runner|frontrunner|favou?rite|incumbent)\b(?!\s*(?:,\s*)?\p{Lu})/u;
const raceRoleCache = new WeakMap<Analysis, Map<string, Mention | null>>();

/** The one person the text names right beside a race role word ("front-runner X", "X, the favourite"), if only one. */
function raceRoleHolder(analysis: Analysis, role: string, exclude: readonly string[]): Mention | undefined {
  const key = role.replace(/^front-?runner$/, "frontrunner").replace(/^favou?rite$/, "favourite");
  let cache = raceRoleCache.get(analysis);
  if (!cache) raceRoleCache.set(analysis, (cache = new Map()));
  if (!cache.has(key)) {
    const word = key === "frontrunner" ? "front-?runner" : key === "favourite" ? "favou?rite" : key;
    const before = new RegExp(`(?<!\\w)${word},?\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}$`, "iu");
    const after = new RegExp(`^(?:\\s*,\\s*|\\s+(?:is|was|remains|remained|became|has\\s+become)\\s+)(?:now\\s+|still\\s+|also\\s+)?(?:the|a)\\s+(?:[\\p{L}-]+\\s+){0,2}?${word}(?!\\w)`, "iu");
    const holders = new Map<string, Mention>();
    for (const m of analysis.mentions) {
      if (m.type !== "Person" || m.modifier || m.form === "descriptor") continue;
      if (before.test(analysis.text.slice(Math.max(0, m.start - 50), m.start)) || after.test(analysis.text.slice(m.end, m.end + 60))) if (!holders.has(m.entity)) holders.set(m.entity, m);
    }
    cache.set(key, holders.size === 1 ? [...holders.values()][0]! : null);
  }
  const found = cache.get(key);
  return found && !exclude.includes(found.entity) ? found : undefined;
}

/** Words of a title between a body and its holder's name: "FIFA vice-president", "UEFA's general secretary". */
const TITLE_AFTER_BODY = /^(?:['’]s)?\s+(?:(?:former|deputy|vice|acting|interim|general|executive|honorary|senior)[\s-]+)*(?:president|vice-president|chairman|chairwoman|chair|chief|head|leader|secretary|secretary-general|director|director-general|member|MP|MEP|senator|governor|official|spokesman|spokeswoman|spokesperson|envoy|ambassador|minister|candidate|nominee)\s+$/u;

/** A comma and a new clause between a verb and a name: the name is no object of the verb. */
const OBJECT_THEN_CLAUSE = /,\s*(?:which|who|whom|whose|that|for\s+which|but|while|because|when|where|saying|arguing|adding|noting|claiming|insisting|warning|calling|describing|citing|\p{Ll}+(?:s|ed)\s)/u;

/** The person a stance is about, right after the verb. */
export function objectAfter(analysis: Analysis, sentence: Sentence, at: number, exclude: readonly string[]): { mention?: Mention; entity: string; end: number; confidence: number } | null {
  const { text } = analysis;
  const end = Math.min(sentence.end, at + 140);
  const window = text.slice(at, end);
  if (/^\s+from\b/i.test(window)) return null;
  const pronoun = POSSESSIVE_PRONOUN_OBJECT.exec(window);
  if (pronoun) {
    let p = resolvePersonPronoun(analysis, at, exclude);
    // "backed him": never a person the text gives the other gender; then the last one of his.
    const want = /^\s*(?:for\s+|to\s+)?h(?:im|is)\b/i.test(window) ? "m" : "f";
    const gender = p ? analysis.entities.get(p.entity)?.gender : undefined;
    if (p && gender !== undefined && gender !== want) {
      p = lastPersonOfGender(analysis, at, want, exclude);
    }
    // "A introduced B, who endorsed her": the candidate of the passage, not a bystander named since.
    if (p && !racePeople(analysis).has(p.entity)) p = candidateInPassage(analysis, at, want, exclude) ?? p;
    return p ? { entity: p.entity, mention: p, end: at + pronoun[0].length, confidence: 0.75 } : null;
  }
  // "rooted for her rival": the other one in the race.
  const rival = RIVAL_OF.exec(window);
  // "her rival Amina Odhiambo" names the rival itself.
  if (rival && !DEMONYM_CANDIDATE.test(window) && !personRightAfter(analysis, at + rival[0].length, Math.min(sentence.end, at + rival[0].length + 40))) {
    const person = rivalOf(analysis, at + rival[0].search(/\b(?:his|her)\b/i), exclude);
    return person ? { entity: person.entity, mention: person, end: at + rival[0].length, confidence: 0.7 } : null;
  }
  // "lent their support to the Republican front-runner": the one person the article calls that.
  const role = RACE_ROLE_OBJECT.exec(window);
  if (role) {
    const person = raceRoleHolder(analysis, role[1]!.toLowerCase(), exclude);
    return person ? { entity: person.entity, mention: person, end: at + role[0].length, confidence: 0.7 } : null;
  }
  // "backed the French candidate": the one candidate of that country the article names.
  const described = DEMONYM_CANDIDATE.exec(window);
  if (described) {
    // "backed the Kenyan candidate, Dr. Ana Ruiz": the name in apposition.
    const named = apposedPerson(analysis, at + described[0].length);
    if (named && !exclude.includes(named.entity)) return { entity: named.entity, mention: named, end: named.end, confidence: 0.75 };
    const country = mentionsIn(analysis, at, at + described[0].length).find((m) => m.type === "Country");
    const person = country ? candidateOfCountry(analysis, country.entity, at, exclude) : undefined;
    if (person) return { entity: person.entity, mention: person, end: at + described[0].length, confidence: 0.7 };
    // Two candidates of that country: the description names neither for sure.
    if (country) return null;
  }
  const lead = CANDIDACY_NOUN.exec(window)?.[0].length ?? 0;
  // "Nigeria's Ada Obi": the country that owns the name is not the object.
  const after = mentionsIn(analysis, at, end).filter((m) => (isActor(m) || m.type === "Person") && !(m.type !== "Person" && /^['’]s\s/.test(text.slice(m.end, m.end + 3))));
  let next = after[0];
  // "backed FIFA vice-president Prince Ali": a body named in the person's title only qualifies the person.
  if (next && next.type !== "Person" && after[1]?.type === "Person" && !after[1].modifier) {
    const title = text.slice(next.end, after[1].extendedStart);
    if ((/^(?:['’]s)?\s+(?:[\p{L}.-]+\s+){1,3}$/u.test(title) && analysis.entities.get(after[1].entity)?.roles.some((r) => r.of === next!.entity)) || TITLE_AFTER_BODY.test(title)) next = after[1];
  }
  // "criticised X's nomination of Y": the stance is on Y, the one X put forward.
  const chooser = next ? CHOICE_OF.exec(text.slice(next.end, next.end + 60)) : null;
  if (next && chooser) {
    const chosen = after.find((m) => m.type === "Person" && !m.modifier && m.start >= next!.end + chooser[0].length && m.start - (next!.end + chooser[0].length) <= 30);
    if (chosen) return { entity: chosen.entity, mention: chosen, end: chosen.end, confidence: 0.8 };
  }
  if (!next || next.type !== "Person") return null;
  // "backed Sol's candidate": the one Sol put forward, not Sol (named with "of" or a comma above, else unknown).
  if (/^['’]s?\s+(?:own\s+|preferred\s+|chosen\s+)?(?:candidate|nominee|pick|choice|protégé|protege)\b/u.test(text.slice(next.end, next.end + 30))) return null;
  // "took aim at Yoo's opponent": the other one in the race.
  const rivalAfter = POSSESSIVE_RIVAL.exec(text.slice(next.end, next.end + 40));
  if (rivalAfter && next.extendedStart - at <= 12 && !personRightAfter(analysis, next.end + rivalAfter[0].length, Math.min(sentence.end, next.end + rivalAfter[0].length + 40))) {
    const person = rivalOf(analysis, next.start, exclude, next);
    return person ? { entity: person.entity, mention: person, end: next.end + rivalAfter[0].length, confidence: 0.7 } : null;
  }
  // "Germany \"fully supports\" X": a quoted verb closes its quotation before the object.
  const gap = text.slice(at + lead, next.extendedStart).replace(/^["”’]\s/, " ");
  if (/[.;:!?“”"]/.test(gap) || gap.length > 60 || /\b(?:and|to|that|with|by|from|in|on|at|as|against|(?<!\b(?:anyone|anybody|everyone|everybody|one|candidate)\s)but|while|because)\s/i.test(gap.replace(/^\s*(?:the|a|an)\s/i, " "))) return null;
  // "opposed the war, backs X", "criticised the rules, which favour X": a clause after the verb's own object.
  if (OBJECT_THEN_CLAUSE.test(gap)) return null;
  if (exclude.includes(next.entity)) return null;
  return { entity: next.entity, mention: next, end: next.end, confidence: next.form === "descriptor" ? 0.75 : 0.9 };
}

/** The person a passive or nominal stance is about: before the verb ("X's candidacy is supported by"). */
export function candidateBefore(analysis: Analysis, sentence: Sentence, at: number, quotes: readonly AttributedQuote[]): { entity: string; confidence: number; mention?: Mention; after: number } | null {
  const { text } = analysis;
  const from = sentence.start;
  // "X, viewed as a roadblock by Cameron, has been put forward by": the agent of an inserted participle is not the candidate.
  // "X, the early favourite to replace Y, has been backed by": a name in an aside closed before the verb is not the candidate.
  // A name right before another aside stays ("which includes X, whose candidature has been backed by").
  const closed = skipRanges(text, from, at).filter((r) => r.end <= at && !/^,\s*(?:whose|who|which)\b/.test(text.slice(r.end - 1, r.end + 11)));
  const persons = mentionsIn(analysis, from, at).filter((m) => m.type === "Person" && !m.modifier && !(/\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(from, m.extendedStart - 8), m.extendedStart)) && /^\s*,/.test(text.slice(m.end, at))) && !closed.some((r) => m.start >= r.start && m.end <= r.end));
  const last = persons[persons.length - 1];
  POSSESSIVE_PRONOUN_SUBJECT.lastIndex = 0;
  let pronoun: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  const left = text.slice(from, at);
  while ((m = POSSESSIVE_PRONOUN_SUBJECT.exec(left)) !== null) pronoun = m;
  if (pronoun && (!last || from + pronoun.index > last.end)) {
    const speaker = quoteSpeakerAt(quotes, from + pronoun.index);
    const p = resolvePersonPronoun(analysis, from + pronoun.index, speaker ? [speaker.speaker] : []);
    // Hedges and negations are read from the pronoun on, not from its antecedent.
    return p ? { entity: p.entity, confidence: 0.7, mention: p, after: from + pronoun.index + pronoun[0].length } : null;
  }
  if (!last) return null;
  return { entity: last.entity, mention: last, confidence: last.form === "descriptor" ? 0.75 : 0.85, after: last.end };
}

/**
 * The actors of a "by" or "of" list right after `at`: the first within a few words, the next ones
 * joined to it by commas and "and" ("by France, the British government and Spain"). An outlet
 * ("..., Reuters reported") and a possessive ("the WTO's members") are not actors of the list.
 */
export function actorsAfter(analysis: Analysis, sentence: Sentence, at: number, exclude: string): Mention[] {
  const { text } = analysis;
  // "by five federations: A, B and C": the list after the colon is the group's.
  const colon = GROUP_COLON.exec(text.slice(at, Math.min(sentence.end, at + 60)));
  const end = clauseEnd(text, sentence, colon ? at + colon[0].length : at);
  const out: Mention[] = [];
  let previousEnd = at;
  // Where the title of the next person opens with a country ("U.S. House Majority Leader X").
  let titleStart: number | undefined;
  let partyPhraseEnd = -1;
  const inClause = mentionsIn(analysis, at, end);
  for (let i = 0; i < inClause.length; i++) {
    const m = inClause[i]!;
    if (!(isActor(m) || membersOf(analysis, m)) || m.type === "Post" || m.start < previousEnd) continue;
    // "the backing of A of Kenya and B of Uganda": a person's country is no other actor of the list.
    const previousPerson = out[out.length - 1];
    if (m.type === "Country" && previousPerson?.type === "Person" && previousPerson.end === previousEnd) {
      const originAt = originEnd(analysis, previousPerson);
      if (originAt >= m.end) {
        previousEnd = originAt;
        continue;
      }
    }
    // "London 2012 hero Mo Farah": a place or country describing the name that follows is not an actor.
    const person = m.type !== "Person" ? inClause.slice(i + 1).find((x) => x.type === "Person" && !x.modifier) : undefined;
    if (person && /^\s+(?:[\p{L}\d’'-]+\s+){1,3}$/u.test(text.slice(m.end, person.start)) && !/\b(?:and|or|as|but|who|which|that|has|have|had|is|was|are|were)\b/.test(text.slice(m.end, person.start)) && /^\s+\d|^\s+\p{Ll}/u.test(text.slice(m.end, person.start))) continue;
    // "U.S. House Majority Leader X": a country opening a person's title is part of it.
    if (person && person.extendedStart < person.start && person.extendedStart > m.end && /^\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(m.end, person.extendedStart))) {
      titleStart = m.start;
      continue;
    }
    const gap = text.slice(previousEnd, Math.max(previousEnd, Math.min(m.extendedStart, titleStart ?? m.extendedStart)));
    titleStart = undefined;
    // "Amano, supported by industrialized nations, narrowly defeated X": a comma and a verb close the "by" phrase.
    // "won the nomination from colleagues ..., with Republicans on the cusp": a new phrase after a comma ends the search.
    // "nominated by her government last month, faces X": a possessed noun closed by a comma was the "by" phrase.
    const joined = out.length === 0 ? gap.length <= 70 && (!/[.;:“”"()]/.test(gap) || (colon !== null && previousEnd === at && gap.length === colon[0].length)) && !/\s(?:and|but|has|have|had|is|was|who|which|that)\s|\sto\s+\p{Ll}+\s|,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s|,\s+(?:with|as|while|after|before|when|amid|despite|in|on|at|to|for)\s|^\s*(?:his|her|their|its)\s+[^,]*,\s+(?!including|among|such\s+as|notably|especially|namely)\p{Ll}/u.test(gap) : LIST_GAP.test(gap.replace(TALLY, "")) && !CLOSING_VERB.test(gap);
    // "backed by A, and B": a comma before "and" after a single name closes the list (two names are joined without one).
    if (!joined || (out.length === 1 && /^\s*,\s*and\s/.test(gap))) break;
    // "..., and Jansen was nominated by": a name followed by its own verb opens a new clause.
    // ("by Ghana and Kenya was welcomed": without a comma the verb is the sentence's own.)
    if (out.length > 0 && gap.includes(",") && /^\s+(?:(?:also|has|have|had|is|are|was|were|will|would|said|says)\b|\p{Ll}+ed\b)/u.test(text.slice(m.end, m.end + 20))) break;
    previousEnd = m.end;
    if (m.start < partyPhraseEnd) continue;
    const partEnd = m.type === "Person" ? (PERSONS_PEOPLE_AFTER.test(text.slice(m.end, m.end + 20)) ? m.end : -1) : partyPartEnd(analysis, m);
    if (partEnd >= 0) {
      // "39 Fine Gael Oireachtas members": neither the party nor the parliament named inside the phrase.
      partyPhraseEnd = partEnd;
      continue;
    }
    if (m.entity === exclude || m.type === "Media" || POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 40))) continue;
    // "the backing of aides to A", "the backing of five of his Senedd colleagues": not A, not the body.
    if (aroundOrWithin(analysis, m, at)) continue;
    // "at its congress in Muscat, Oman": a place, not an actor.
    if (m.type === "Country" && (CITY_BEFORE.test(text.slice(Math.max(at, m.extendedStart - 40), m.extendedStart)) || /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(at, m.extendedStart - 8), m.extendedStart)))) continue;
    // "the backing of Ron Dale, the Republican": a party or a people after a person's name describes the person.
    const previous = out[out.length - 1];
    if (previous?.type === "Person" && (m.form === "demonym" || (m.type === "Organization" && m.entity.endsWith("-party") && !/\bpart(?:y|i)\b/i.test(text.slice(m.start, m.end)))) && /^,\s+(?:the|a|an)\s+$/i.test(gap)) continue;
    out.push(m);
  }
  return out;
}

/** The entity keys of the lexicon's parties. */
const PARTY_KEYS = new Set(ORGANIZATIONS.filter((o) => o.generic.includes("party")).map((o) => `org:${o.slug}`));
/** After a party's name: its people or its units ("ANC branches", "Fine Gael Oireachtas members", "the GOP ranks"). */
const PARTY_PEOPLE_AFTER = /^\s+(?:(?:\p{Lu}[\p{L}-]*|parliamentary|local|provincial|regional|grassroots|rank-and-file|fellow|senior|junior)\s+){0,2}(?:members|MPs|MEPs|TDs|MSPs|AMs|MLAs|MPPs|senators|councillors|councilors|lawmakers|legislators|branches|ranks|activists|delegates|supporters|voters|politicians|figures|grandees|heavyweights|backbenchers|officials|chapters|structures|regions|constituencies)\b/u;
/** Before a party's name: some of its people ("members of the 73-member Fine Gael", "a quarter of Labour", "his fellow Republicans"). */
const PARTY_SHARE_BEFORE = /(?:\b(?:members?|some|most|many|half|quarter|third|majority|minority|number|handful|dozens|scores|hundreds|\d+%?)\s+of\s+(?:the\s+)?(?:[\d-]+-member\s+)?|\b(?:his|her|their|its|our)\s+(?:own\s+)?fellow\s+|\bfellow\s+)$/i;
/** After a party's name: a branch of it ("the ANC in the province", "Labour in Scotland"). */
const PARTY_BRANCH_AFTER = /^\)?\s+(?:\([^)]{1,12}\)\s+)?in\s+(?:the\s+)?(?:province|region|state|county|city|district|capital|north|south|east|west|\p{Lu})/u;

/**
 * Whether an organization mention, as a stance's holder, is only some of a party's people or one
 * of its branches, not the party: "ANC branches have endorsed him", "the backing of 39 Fine Gael
 * Oireachtas members", "nominated by his fellow Republicans", "the ANC in the province".
 */
export function partOfParty(analysis: Analysis, m: Mention): boolean {
  return partyPartEnd(analysis, m) >= 0 || (m.type === "Person" && PERSONS_PEOPLE_AFTER.test(analysis.text.slice(m.end, m.end + 20)));
}

/** After a person's name: the people of their camp ("Romney delegates", "Sanders supporters"), who are not the person. */
const PERSONS_PEOPLE_AFTER = /^\s+(?:delegates|supporters|voters|backers|loyalists|allies|aides|staffers|donors|fans|followers|camp|faction|family|wing)\b/;

/** Where the phrase of a party's people or branch that `m` opens ends ("Fine Gael Oireachtas members"), or -1. */
function partyPartEnd(analysis: Analysis, m: Mention): number {
  if (m.type !== "Organization" || !(PARTY_KEYS.has(m.entity) || m.entity.endsWith("-party"))) return -1;
  const { text } = analysis;
  const after = text.slice(m.end, m.end + 50);
  const people = PARTY_PEOPLE_AFTER.exec(after) ?? PARTY_BRANCH_AFTER.exec(after);
  if (people) return m.end + people[0].length;
  return PARTY_SHARE_BEFORE.test(text.slice(Math.max(0, m.extendedStart - 40), m.extendedStart)) ? m.end : -1;
}

/** "the 27 European Union members", "African Union membership": an organization's members stand for it. */
function membersOf(analysis: Analysis, m: Mention): boolean {
  return m.type === "Organization" && /^\s+(?:members?|membership|member\s+(?:states|countries|nations)|leaders|heads\s+of\s+(?:state|government))\b/.test(analysis.text.slice(m.end, m.end + 30));
}

/** A tally or note in brackets after a list item: "Ghana (12 votes), Kenya (8)". */
const TALLY = /^\s*\([^()]{1,30}\)/;
/** A group named by its number or as "the following" before a colon that lists it: "by five federations: A, B", "by the following unions:". */
const GROUP_COLON = /^\s*(?:the\s+following|these|all|at\s+least|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}+s\s*:\s*/u;

/** A verb after a comma ends a list of agents: "backed by A and B, narrowly defeated C", "backed by A, faces C", "backed by A, went on to beat C". */
const CLOSING_VERB = /,\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|faces|face|leads|trails|beat|beats|meets|met|joins|won|wins|lost|loses|takes|took|remains|becomes|became|went|goes|came|comes|ran|runs|swept|sweeps|held|holds|got|gets|edges|defeats|ousts|tops|trounces|routs|overcame|overcomes|secures|claims|clinched|clinches)\s/u;
const LIST_GAP = /^(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s*){1,2}?(?=,|\s+and\s))?(?:\s*,\s*|\s*(?:\s[—–]|,)?\s+(?:and|as well as|or|besides|plus)\s+)(?:the\s+|a\s+|an\s+)?(?:(?!(?:said|says|told|added|noted|reported|announced|while|but|who|which|that|is|are|was|were|has|have|had|will|would)\s)[\p{L}\d’'.-]+\s+){0,4}$/u;
/** "the WTO's members": a possessive names what belongs to the actor, not the actor. */
const POSSESSIVE_AFTER = /^['’]s?\s+(?!(?:government|administration|cabinet|leader|president|prime minister|foreign minister|delegation|leadership|(?:foreign\s+|trade\s+)?ministry|foreign\s+office|(?:permanent\s+)?mission|embassy)\b|(?:\d+\s+|\p{L}+-member\s+)?(?:member\s+(?:states|countries|nations)|leaders|heads\s+of\s+(?:state|government))\b)/u;

/** The last person named before `at` in its sentence (outside quotations) whom the text gives `gender`. */
function lastPersonOfGender(analysis: Analysis, at: number, gender: "f" | "m", exclude: readonly string[] = []): Mention | undefined {
  const { mentions, entities, sentences } = analysis;
  // Only in the pronoun's own sentence: before it, the one meant may be someone the text only describes.
  const from = sentences[sentenceAt(sentences, at)]?.start ?? at;
  for (let i = firstMentionAtOrAfter(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < from) break;
    if (m.type === "Person" && !m.modifier && !m.inQuote && entities.get(m.entity)?.gender === gender && !exclude.includes(m.entity)) return m;
  }
  return undefined;
}

/**
 * The one person in the race of `gender` (or of no known gender) named from the start of the
 * sentence before `at` up to it, outside quotations and `exclude`; none when two are.
 */
function candidateInPassage(analysis: Analysis, at: number, gender: "f" | "m", exclude: readonly string[]): Mention | undefined {
  const { sentences, entities } = analysis;
  const index = sentenceAt(sentences, at);
  const from = sentences[Math.max(0, index - 1)]?.start ?? at;
  const race = racePeople(analysis);
  let found: Mention | undefined;
  for (const m of mentionsIn(analysis, from, at)) {
    if (m.type !== "Person" || m.modifier || m.inQuote || exclude.includes(m.entity) || !race.has(m.entity)) continue;
    const g = entities.get(m.entity)?.gender;
    if (g !== undefined && g !== gender) continue;
    if (found && found.entity !== m.entity) return undefined;
    found = m;
  }
  return found;
}

/** The person who says the sentence's reported clause starting before `at`: "S said (that) ...". */
export function sayerBefore(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  SPEECH.lastIndex = 0;
  let verb: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((verb = SPEECH.exec(left)) !== null) last = verb;
  if (!last) return undefined;
  const verbAt = sentence.start + last.index;
  // "A, B's predecessor, said": a possessive inside an apposition names someone else, not the sayer.
  const before = mentionsIn(analysis, sentence.start, verbAt).filter((m) => m.type === "Person" && !m.modifier && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)));
  const sayer = before[before.length - 1];
  if (!sayer) return undefined;
  const between = text.slice(sayer.end, verbAt);
  return between.length <= 120 && !/[.;]/.test(between) ? sayer : undefined;
}

/** The country or organization that says the reported clause before `at` ("Germany said X was unfit"), when no person does. */
export function actorSayerBefore(analysis: Analysis, sentence: Sentence, at: number): Mention | undefined {
  const { text } = analysis;
  const left = text.slice(sentence.start, at);
  const verb = /\b(?:said|says|stated|declared|insisted|argued|warned|made\s+clear|added)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?$/u.exec(left);
  if (!verb) return undefined;
  const verbAt = sentence.start + verb.index;
  const sayer = mentionsIn(analysis, sentence.start, verbAt).filter((m) => isActor(m) && m.type !== "Person" && m.type !== "Media" && !m.inQuote).pop();
  if (!sayer) return undefined;
  const between = text.slice(sayer.end, verbAt);
  return between.length <= 60 && !/[.;,]/.test(between) && !POSSESSIVE_AFTER.test(text.slice(sayer.end, sayer.end + 40)) ? sayer : undefined;
}

/** Whether a hedge ("is expected to", "whether") stands between `from` and `to`. */
export function hedged(text: string, from: number, to: number): boolean {
  return from < to && HEDGE.test(text.slice(from, to));
}

/** The first person mention at or just after `at` (past titles and a possessive country), or undefined. */
export function personRightAfter(analysis: Analysis, at: number, limit: number): Mention | undefined {
  const { text } = analysis;
  const next = mentionsIn(analysis, at, Math.min(limit, at + 100)).find((m) => m.type === "Person" && !m.modifier);
  if (!next) return undefined;
  // Words of a title are the person's ("trade minister Yoo"); other words between are not allowed.
  const gap = text.slice(at, Math.max(at, Math.min(next.start, next.extendedStart))).replace(/\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Amb|Col|St)\./g, "");
  if (gap.length > 50 || !/^(?:\s*(?:\p{Lu}[\p{L}’'-]*|of|the|de|van|von|al))*\s*$/u.test(gap)) return undefined;
  return next;
}
