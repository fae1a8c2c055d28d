/**
 * Groups that hold stances in the news without being a body of their own: "developing nations",
 * "Western powers", "EU leaders", "G7 finance ministers", "African countries", "House
 * Republicans", "Tory MPs", "right-flank Republicans", "three leading French intellectuals".
 * Each is an organization named by its words as written (the annotators' "EU leaders", "Western
 * nations"), without a determiner ("other European nations" is "European nations"), whatever its
 * number ("a majority of EU leaders" is "EU leaders"). The members of a bloc ("EU member states",
 * "Commonwealth countries") are the bloc itself: its mention takes them in, and their words as an
 * alias. A head without a qualifier ("members", "unions") names no one, and neither does some of
 * a group ("several Latin American governments") nor someone's own people ("his fellow MPs").
 *
 * One reader in two steps, both run by `withGroups` once the article's other mentions are known:
 * the named shapes (a bloc, a region or a kind of country, a country's legislators, a party in a
 * chamber of Congress) are read from the tokens, a head noun looked up in a set and only then the
 * one or two words before it; then any other plural head of countries or of people in politics
 * is read with the qualifiers before it (a bloc's adjective or a capitalized word), two joined
 * qualifiers ("Western and like-minded nations") naming the group by the first.
 */
import type { RawMention, Token } from "../types.js";
import { trieAlternation } from "../word-alternation.js";

/** Nouns that end a group's name. */
const GROUP_HEADS = new Set(["nations", "countries", "states", "powers", "governments", "economies", "democracies", "leaders", "ministers", "members", "allies", "delegations"]);
/** Heads that name the people of a bloc ("EU leaders"), a group apart from the bloc itself. */
const PEOPLE_HEADS = new Set(["leaders", "ministers", "delegations"]);
/** Portfolios between a qualifier and "ministers" ("EU finance ministers"). */
const PORTFOLIOS = new Set(["finance", "foreign", "trade", "health", "defence", "defense", "economy", "economic", "sports", "sport", "agriculture", "energy", "environment", "education", "interior", "justice", "culture"]);

/** Words that make a group of countries or of their leaders, one word or two. */
const ONE_WORD = new Set([
  "developing", "industrialized", "industrialised", "Western", "emerging", "European", "African", "Arab", "Asian",
  "Nordic", "Baltic", "Scandinavian", "Gulf", "Caribbean", "Pacific", "Balkan", "Muslim", "Islamic", "non-aligned", "Non-Aligned", "like-minded", "Latin",
  "Eurozone", "eurozone", "Francophone", "francophone", "Anglophone", "Commonwealth", "Nato", "NATO",
]);
const TWO_WORDS = new Set(["Latin American", "West African", "East African", "Southern African", "North African", "Central African", "Sub-Saharan African", "Middle Eastern", "Eastern European", "Central European", "Central American", "South American", "Southeast Asian", "South Asian", "Central Asian", "Pacific Island", "small island"]);
/** Adjectives that group countries only, not people ("developing leaders" is no group). */
const COUNTRIES_ONLY = new Set(["developing", "industrialized", "industrialised", "emerging", "non-aligned", "Non-Aligned", "like-minded", "small island"]);
/** Heads that name countries. */
const COUNTRY_HEADS = new Set(["nations", "countries", "states", "powers", "governments", "economies", "democracies", "allies"]);

/** Blocs whose leaders, ministers and members the news names as groups: organization slugs. */
const BLOCS = new Set(["european-union", "g7", "g20", "brics", "asean", "african-union", "arab-league", "caricom", "commonwealth", "nato", "ecowas", "sadc", "mercosur", "gcc", "oic", "opec", "eac", "igad", "g77", "oas", "eurogroup", "visegrad-group", "nordic-council"]);

/**
 * A count or a vague quantity before a group ("several Latin American governments", "more than 30
 * African ministers", "a number of Western countries"): some of the group, not the group, and
 * rarely a stance's holder as annotated.
 */
const QUANTIFIED_BEFORE = /(?:^|[^\p{L}])(?:several|some|many|few|various|certain|number of|string of|handful of|group of|host of|dozens of|scores of|hundreds of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:(?:other|more|fellow|key|major|leading)\s+)?$/iu;

/** A qualifier and "and" just before another qualifier ("Western and like-minded nations"). */
const COORDINATED_BEFORE = /(?:^|[^\p{L}-])([\p{L}-]+),?\s+(?:and|or)\s+$/u;

function quantified(text: string, start: number): boolean {
  return QUANTIFIED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Members of a country's legislature, a group apart from the country ("US senators", "French MPs"). */
const LEGISLATORS = new Set(["senators", "lawmakers", "legislators", "congressmen", "congresswomen", "parliamentarians", "MPs", "MEPs", "deputies"]);

/** Every word that may end a group's name. */
const HEADS = new Set([...GROUP_HEADS, ...LEGISLATORS, "Republicans", "Democrats"]);

/** The two chambers of the United States Congress and the parties in them ("Senate Republicans"). */
const CHAMBER_PARTY = /^(House|Senate) (Republicans|Democrats)$/;

/**
 * The first step: group mentions among `tokens`, and changes to the lexicon's `known` mentions of
 * blocs that take in their members' words ("EU member states": the bloc's mention grows, with the
 * words as an alias). `known` mentions a group takes in ("EU" of "EU leaders") are added to `absorbed`.
 */
function namedGroups(text: string, tokens: readonly Token[], known: readonly RawMention[], absorbed: Set<RawMention>): RawMention[] {
  const out: RawMention[] = [];
  let byEnd: Map<number, RawMention> | undefined;
  const spaced = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start) === " ";
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h]!.text;
    // Every head is a plural that ends in "s" or "n" ("congressmen") and opens with a letter of these: most words are passed over on them alone.
    const z = head.charCodeAt(head.length - 1);
    if (z !== 0x73 && z !== 0x6e) continue;
    const c = head.charCodeAt(0);
    if (c !== 0x6e && c !== 0x63 && c !== 0x73 && c !== 0x70 && c !== 0x67 && c !== 0x65 && c !== 0x64 && c !== 0x6c && c !== 0x6d && c !== 0x61 && c !== 0x52 && c !== 0x44 && c !== 0x4d) continue;
    if (!HEADS.has(head)) continue;
    const end = tokens[h]!.end;
    if (LEGISLATORS.has(head)) {
      // "US senators", "a bipartisan group of US senators": named by the country as written.
      if (!spaced(h - 1)) continue;
      byEnd ??= new Map(known.map((m) => [m.end, m]));
      const country = byEnd.get(tokens[h - 1]!.end);
      if (!country || country.type !== "Country" || (country.form !== "name" && country.form !== "demonym")) continue;
      absorbed.add(country);
      out.push({ type: "Organization", form: "name", name: text.slice(country.start, end).replace(/^the\s+/i, ""), start: country.start, end });
      continue;
    }
    let q = h - 1;
    if (!spaced(q)) continue;
    // "House Republicans", "Senate Democrats".
    if (head === "Republicans" || head === "Democrats") {
      const chamber = tokens[q]!.text;
      if (chamber !== "House" && chamber !== "Senate") continue;
      const name = `${chamber} ${head}`;
      if (!CHAMBER_PARTY.test(name)) continue;
      byEnd ??= new Map(known.map((m) => [m.end, m]));
      // The party word's own mention is taken in.
      const party = known.find((m) => m.start === tokens[h]!.start && m.end === end);
      if (party) absorbed.add(party);
      const chamberMention = byEnd.get(tokens[q]!.end);
      if (chamberMention && chamberMention.start === tokens[q]!.start) absorbed.add(chamberMention);
      out.push({ type: "Organization", form: "name", name, start: tokens[q]!.start, end });
      continue;
    }
    let portfolio = false;
    if (head === "ministers" && PORTFOLIOS.has(tokens[q]!.text) && q > 0 && spaced(q - 1)) {
      q--;
      portfolio = true;
    }
    let member = false;
    if ((head === "states" || head === "countries" || head === "nations") && tokens[q]!.text === "member" && q > 0 && spaced(q - 1)) {
      q--;
      member = true;
    }
    // A bloc the lexicon names just before: "EU leaders", "G7 finance ministers", "African Union member states".
    byEnd ??= new Map(known.map((m) => [m.end, m]));
    const bloc = byEnd.get(tokens[q]!.end);
    if (bloc && bloc.type === "Organization" && bloc.org && BLOCS.has(bloc.org)) {
      const words = text.slice(bloc.start, end).replace(/^the\s+/i, "");
      if (PEOPLE_HEADS.has(head)) {
        if (quantified(text, bloc.start)) continue;
        absorbed.add(bloc);
        const start = /^the\s/i.test(text.slice(bloc.start, bloc.end)) ? bloc.start + 4 : bloc.start;
        out.push({ type: "Organization", form: "name", name: words, start, end });
      } else if (!portfolio && (member || COUNTRY_HEADS.has(head) || head === "members")) {
        bloc.end = end;
        bloc.aliases = [...(bloc.aliases ?? []), words];
      }
      continue;
    }
    if (portfolio || member) continue;
    // An adjective of a region or a kind of country: "developing nations", "Latin American countries".
    // At a sentence's start the adjective is capitalized ("Developing nations").
    const written = tokens[q]!.text;
    const lower = written.charAt(0).toLowerCase() + written.slice(1);
    const one = ONE_WORD.has(written) ? written : ONE_WORD.has(lower) ? lower : written;
    let start = -1;
    let qualifier = "";
    if (q > 0 && spaced(q - 1) && TWO_WORDS.has(`${tokens[q - 1]!.text} ${written}`)) {
      start = tokens[q - 1]!.start;
      qualifier = `${tokens[q - 1]!.text} ${written}`;
    } else if (ONE_WORD.has(one) && one !== "Latin") {
      start = tokens[q]!.start;
      qualifier = one;
    }
    if (start < 0) continue;
    if (COUNTRIES_ONLY.has(qualifier) && !COUNTRY_HEADS.has(head)) continue;
    // "members" and "delegations" only of a bloc; a word that is part of another name ("the Arab Spring states") is left.
    if (head === "members" || head === "delegations" || quantified(text, start)) continue;
    // "Western and like-minded nations": two qualifiers of one head are read by the second step
    // (`qualifiedGroups`), which names the group by its first qualifier.
    const coordinated = COORDINATED_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (coordinated && (ONE_WORD.has(coordinated) || ONE_WORD.has(coordinated.charAt(0).toLowerCase() + coordinated.slice(1)))) continue;
    // The lexicon may read the qualifier as a country or a body ("Commonwealth", "Arab"): the group takes it in.
    for (const m of known) if (m.start >= start && m.end <= tokens[q]!.end) absorbed.add(m);
    out.push({ type: "Organization", form: "name", name: text.slice(start, end), start, end });
  }
  return out;
}

// The second step: a plural head and the qualifiers before it.


/** Plural nouns that name a group able to back someone, as written (case matters: "MPs", "Republicans"). */
const QUALIFIED_HEAD = new RegExp(
  String.raw`\b(?:${trieAlternation(
    [
      "countries", "nations", "states", "governments", "leaders", "ministers", "MPs", "MEPs", "MSPs", "MLAs", "TDs", "AMs", "lawmakers",
      "legislators", "senators", "governors", "councillors", "councilors", "peers", "members", "delegates", "activists", "federations",
      "associations", "unions", "confederations", "intellectuals", "backbenchers", "Republicans", "Democrats",
    ].map((w) => [...w]),
  )})\b`,
  "g",
);

/** Lower-case words that qualify a bloc ("developing countries", "right-flank Republicans"). */
const BLOC_ADJECTIVES = new Set([
  "developing", "developed", "industrialized", "industrialised", "industrial", "emerging", "rich", "richer", "wealthy", "poor", "poorer",
  "small", "smaller", "island", "landlocked", "western", "eastern", "northern", "southern", "rebel", "backbench", "frontbench", "senior",
  "grassroots", "rank-and-file", "hardline", "hard-line", "right-wing", "left-wing", "right-flank", "left-flank", "moderate", "centrist",
  "conservative", "progressive", "pro-european", "eurosceptic", "euroskeptic", "like-minded", "non-aligned", "neighbouring", "neighboring",
  "donor", "borrowing", "founding", "veteran", "leading", "prominent", "influential", "powerful", "key",
]);

/** Capitalized words that open a sentence or a phrase without naming anyone. */
const NOT_A_NAME = new Set([
  "The", "A", "An", "These", "Those", "This", "That", "Their", "His", "Her", "Its", "Our", "My", "Your", "Many", "Most", "Some", "Several",
  "All", "Both", "Other", "Various", "Certain", "Numerous", "Such", "Why", "How", "When", "While", "If", "But", "And", "Or", "As", "In", "On", "At", "For", "Of", "With",
  "By", "From", "To", "After", "Before", "Since", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Fellow",
  "Former", "New", "Only", "Few", "No", "Each", "Every", "Among", "Even", "Also", "More", "Fewer", "Member", "Young", "Top",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December", "Meanwhile", "However", "Yesterday", "Today", "Now", "Then",
]);

/** A qualifier and a head that together name a family of parties. */
const PARTY_FAMILY = /^(?:Social|Christian|Liberal|Free)\s+Democrats$/;

/** Words that only qualify ("leading", "key"): part of the phrase, never its name alone. */
const WEAK = new Set(["leading", "prominent", "influential", "powerful", "key", "senior", "veteran"]);

/** What may stand before the group without being part of its name: "a majority of", "three", "most". */
const QUANTIFIER = /(?:\b(?:a|the)\s+(?:(?:core|small|large|key)\s+)?(?:group|majority|number|handful|bloc|coalition)\s+of\s+|\b(?:most|many|several|some|all|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of)\s+)$/i;

/** An unnamed part of a bloc: "several", "some other", "a number of", "a string of". */
const SOME_OF = /\b(?:several|some|other|few|various|certain|many|a\s+(?:number|string|series|couple|few|handful)\s+of)\s+$/i;

const WORD_BEFORE = /(?:^|\s)([\p{L}][\p{L}.'’-]*)\s+$/u;

interface Modifier {
  word: string;
  start: number;
}

/** The words qualifying the head that ends right before `at`, nearest last. */
function modifiersBefore(text: string, at: number, raw: readonly RawMention[]): { modifiers: Modifier[]; conjoined: boolean } | null {
  const modifiers: Modifier[] = [];
  let conjoined = false;
  let pos = at;
  while (modifiers.length < 4) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) break;
    const word = m[1]!;
    const start = pos - m[0].length + m[0].indexOf(word);
    if (word === "and" && modifiers.length > 0 && !conjoined) {
      // "Western and like-minded nations": both qualify the one head.
      const prev = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!prev || !isModifier(prev[1]!, start - prev[0].length + prev[0].indexOf(prev[1]!), raw)) break;
      conjoined = true;
      pos = start;
      continue;
    }
    if (!isModifier(word, start, raw)) break;
    modifiers.unshift({ word, start });
    pos = start;
  }
  return modifiers.length > 0 ? { modifiers, conjoined } : null;
}

function isModifier(word: string, start: number, raw: readonly RawMention[]): boolean {
  if (/['’]s?$/.test(word)) return false;
  if (BLOC_ADJECTIVES.has(word.toLowerCase())) return true;
  if (!/^\p{Lu}/u.test(word) || NOT_A_NAME.has(word)) return false;
  // A person's name qualifies no group ("Rook supporters" is someone else's shape).
  return !raw.some((r) => r.type === "Person" && r.start <= start && r.end > start);
}

/** Whether a mention found by the lexicon already names the head word itself ("United States", "Organization of American States"). */
function headTaken(raw: readonly RawMention[], start: number, end: number): boolean {
  // "Republicans" read as the party, "MPs" as a one-word name: the head word alone gives way to the group.
  return raw.some((r) => r.start < end && r.end > start && !(r.start === start && r.end === end && (r.type === "Organization" || r.form === "single")));
}

/**
 * The second step: groups of a qualified plural head the first step left, as organization
 * mentions, with the mentions inside a group removed. Sorted by start.
 */
function qualifiedGroups(text: string, raw: readonly RawMention[]): RawMention[] {
  const groups: RawMention[] = [];
  QUALIFIED_HEAD.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = QUALIFIED_HEAD.exec(text)) !== null) {
    const headStart = h.index;
    const headEnd = headStart + h[0].length;
    if (headTaken(raw, headStart, headEnd)) continue;
    const found = modifiersBefore(text, headStart, raw);
    if (!found) continue;
    const { modifiers, conjoined } = found;
    // "Social Democrats", "Christian Democrats": a party's name, read (or left unread) by the party lexicon.
    if (PARTY_FAMILY.test(`${modifiers[modifiers.length - 1]!.word} ${h[0]}`)) continue;
    const first = modifiers[0]!;
    // "his fellow MPs", "the party's senior members": someone's own people, not a bloc.
    if (/(?:\b(?:his|her|their|its|our|my|your)|['’]s?)\s+$/i.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    // "several Latin American governments", "a number of Western countries": some of a bloc, unnamed, hold nothing as a bloc.
    if (SOME_OF.test(text.slice(Math.max(0, first.start - 30), first.start))) continue;
    // "member states", "senior ministers": a qualifier alone names no bloc.
    if (modifiers.every((m) => WEAK.has(m.word.toLowerCase()))) continue;
    // "EU members", "EU countries", "NACAC member states": an organization's members are the organization, as the lexicon reads them.
    if (/^(?:members|countries|nations|governments)$/.test(h[0]) || /^states$/.test(h[0]) && /^member$/i.test(modifiers[modifiers.length - 1]!.word)) {
      if (raw.some((r) => r.type !== "Person" && r.start >= first.start && r.start < headStart)) continue;
    }
    // The name: the head with the qualifiers that name the bloc (the first of two joined ones), weak ones dropped.
    const naming = (conjoined ? modifiers.slice(0, 1) : modifiers).filter((m, i, all) => i === all.length - 1 || !WEAK.has(m.word.toLowerCase()));
    const strong = naming.filter((m) => !WEAK.has(m.word.toLowerCase()));
    const nameWords = (strong.length > 0 ? strong : naming).map((m) => m.word);
    const name = [...nameWords, h[0]].join(" ");
    const quantifier = QUANTIFIER.exec(text.slice(Math.max(0, first.start - 40), first.start));
    const phrase = text.slice(first.start, headEnd);
    const aliases = [phrase, ...(quantifier ? [text.slice(first.start - quantifier[0].length, headEnd)] : [])].filter((a) => a !== name);
    groups.push({ type: "Organization", form: "name", name, start: first.start, end: headEnd, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  if (groups.length === 0) return [...raw];
  const inside = (r: RawMention) => groups.some((g) => r.start >= g.start && r.end <= g.end);
  return [...raw.filter((r) => !inside(r)), ...groups].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Every mention of the article with its groups read: `all` is the article's other mentions,
 * `known` the lexicon's among them. The lexicon's mentions a group takes in ("EU" of "EU
 * leaders", "French" of "French MPs") and any mention inside a group are dropped; a bloc's
 * mention grows over its members' words ("EU member states"). Sorted by start, longer first.
 */
export function withGroups(text: string, tokens: readonly Token[], known: readonly RawMention[], all: readonly RawMention[]): RawMention[] {
  const absorbed = new Set<RawMention>();
  const named = namedGroups(text, tokens, known, absorbed);
  const list = [...all.filter((m) => !absorbed.has(m)), ...named].sort((a, b) => a.start - b.start || b.end - a.end);
  return qualifiedGroups(text, list);
}
