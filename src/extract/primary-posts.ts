/**
 * A party's presidential nomination named by its primary: "the Socialist primary", "the French
 * Socialist Party primaries", "the Republicans' primary". The post is "<Party> presidential
 * nomination", read only in a text that speaks of a presidency, and only for a word the text or the
 * lexicon knows as a party's ("Socialist Party", "Republicans").
 */
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import type { RawMention } from "./types.js";

const PRIMARY = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:\s+[Pp]arty)?(?:['’]s?)?\s+(?:presidential\s+)?primar(?:y|ies)(?![\p{L}])/gu;
/** Words that open a party's name but are a place or a side, not the party ("French", "Left"). */
const NOT_A_PARTY = /^(?:The|A|An|French|American|US|Left|Right|Centre|Center|Open|Closed|First|Second|State|National|Presidential|Party)$/;

/** Nominations the lexicon lists already ("Republican presidential nomination"): their primaries are left to it. */
const LISTED = new Set(ORGANIZATIONS.flatMap((o) => o.posts.map((p) => p.name)));
const PARTY_NAMES = ORGANIZATIONS.filter((o) => o.slug.endsWith("-party") || /\bParty\b/.test(o.name)).flatMap((o) => o.names.concat(o.name));

/** The party word a primary is named by, as its nomination's name opens ("Republicans" -> "Republican"). */
function partyWord(word: string, text: string): string | undefined {
  if (NOT_A_PARTY.test(word)) return undefined;
  const stem = word.endsWith("s") ? word.slice(0, -1) : word;
  if (word === "Democrats") return "Democratic";
  for (const w of stem === word ? [word] : [stem, word]) {
    const named = PARTY_NAMES.some((n) => n === w || n.startsWith(`${w} `) || n.includes(` ${w} `) || n.endsWith(` ${w}`)) || text.includes(`${w} Party`) || text.includes(`${w} party`);
    if (named) return w;
  }
  return undefined;
}

/** Presidential nominations named by a party's primary, in a text that speaks of a presidency. */
export function primaryPosts(text: string, taken: readonly RawMention[]): RawMention[] {
  if (!text.includes("rimar") || !/[Pp]residen/.test(text)) return [];
  const out: RawMention[] = [];
  PRIMARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRIMARY.exec(text)) !== null) {
    const word = partyWord(m[1]!, text);
    const start = m.index;
    const end = start + m[0].length;
    if (!word || LISTED.has(`${word} presidential nomination`) || taken.some((t) => t.start < end && t.end > start)) continue;
    out.push({ type: "Post", form: "name", name: `${word} presidential nomination`, aliases: [`${word} nomination`], start, end });
  }
  return out;
}
