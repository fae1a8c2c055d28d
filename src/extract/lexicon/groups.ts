/**
 * Groups that hold stances in the news without being a body of their own: "developing nations",
 * "Western powers", "EU leaders", "G7 finance ministers", "African countries", "House
 * Republicans". Each is an organization named by its words as written (the annotators' "EU
 * leaders", "Western nations"), without a determiner ("other European nations" is "European
 * nations"). The members of a bloc ("EU member states", "Commonwealth countries") are the bloc
 * itself: its mention takes them in, and their words as an alias.
 *
 * Read from the tokens: a head noun ("nations", "leaders") is looked up in a set, and only then
 * the one or two words before it.
 */
import type { RawMention, Token } from "../types.js";

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
const QUANTIFIED_BEFORE = /(?:^|[^\p{L}])(?:several|some|many|few|number of|string of|handful of|group of|host of|dozens of|scores of|hundreds of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:(?:other|more|fellow|key|major|leading)\s+)?$/iu;

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
 * Group mentions among `tokens`, and changes to the lexicon's `known` mentions of blocs that take
 * in their members' words ("EU member states": the bloc's mention grows, with the words as an
 * alias). `known` mentions a group takes in ("EU" of "EU leaders") are added to `absorbed`.
 */
export function groupMentions(text: string, tokens: readonly Token[], known: readonly RawMention[], absorbed: Set<RawMention>): RawMention[] {
  const out: RawMention[] = [];
  let byEnd: Map<number, RawMention> | undefined;
  const spaced = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start) === " ";
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h]!.text;
    // Every head opens with a letter of these: most words are passed over on it alone.
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
    // "Western and like-minded nations": two qualifiers of one head are read by the stance
    // holders' group reader (group-holders.ts), which names the group by its first qualifier.
    const coordinated = COORDINATED_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (coordinated && (ONE_WORD.has(coordinated) || ONE_WORD.has(coordinated.charAt(0).toLowerCase() + coordinated.slice(1)))) continue;
    // The lexicon may read the qualifier as a country or a body ("Commonwealth", "Arab"): the group takes it in.
    for (const m of known) if (m.start >= start && m.end <= tokens[q]!.end) absorbed.add(m);
    out.push({ type: "Organization", form: "name", name: text.slice(start, end), start, end });
  }
  return out;
}
