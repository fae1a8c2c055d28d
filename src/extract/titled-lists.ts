/**
 * Candidates announced as a list whose items carry titles, ages, origins and descriptions: "The
 * candidates are A, 62, a former minister, union chief B, 50, and C of Ruritania", "three other
 * hopefuls, A from Ruritania; B from Elbonia and C". The list readers that take names one after
 * the other stop at the first title or description; this one splits the list into its items and
 * reads the person heading each.
 */
import { mentionsIn } from "./clauses.js";
import type { RaceStatement } from "./race-statements.js";
import type { Analysis, Mention, Sentence } from "./types.js";

/** Words every announcement holds: a cheap test before the patterns. */
const INTRO_CUE = /candidate|contenders|hopefuls|nominees|challengers|contestants|finalists|others|joined|(?:ge|ges|ion) from/;

/** "The (four) candidates (for the post) are", "three other hopefuls,", "the candidate duos (l-r),", "a challenge from": a list of the race's candidates follows. */
const INTRO = /\b(?:(?:candidates|contenders|hopefuls|nominees|challengers|contestants|finalists|candidate\s+(?:duos|pairs|teams|tickets))(?:\s+\((?:l|r|left|right|from\s+left)\s*[-–]?\s*(?:r|l|right|left)?\))?(?:\s+for\s+(?:the\s+)?(?!(?:the|a|an)\b)[^,:;()]{1,40}?)?\s*(?:(?:are|were|include|included)\s+|:\s*|,\s+)|(?:a\s+|the\s+)?(?:challenges?|competition)\s+from\s+)/gu;

/** "The others were": the rest of a field counted in the sentence before. */
const OTHERS = /^\s*(?:The\s+)?others\s+(?:are|were|include|included)\s+/u;

/** A field counted in the sentence before "The others were": "X was among four candidates". */
const FIELD_BEFORE = /\b(?:among|one\s+of)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+)?(?:candidates|contenders|hopefuls|nominees|contestants|finalists)\b/u;

/** "She will be joined (in the race) by": the others of a field, when the race is named in the sentence or the two before. */
const JOINED = /\b(?:will\s+be|was|were|is|are|has\s+been|have\s+been)\s+joined\s+(?:in\s+the\s+(?:race|contest|running|field)\s+)?by\s+/u;
/** Words of a race, for {@link JOINED}. */
const RACE_WORDS = /\b(?:race|contest|running|field|candidates?|candidacy|contenders?|ballot|election)\b/i;

/** An announcement of something else: "candidates are expected to", "the candidates, who". */
const NOT_A_LIST = /^(?:(?:also|now|still|all|both|not|then|due|set|expected|likely|being|going|required|asked|invited|allowed|able|to|who|which|that|in|on|at|for|from|with|by|running|standing|competing|vying)\b)/iu;

/** Words before a name in its item that make the name someone else than the candidate: "backed by A", "widow of A", "who beat A". */
const NOT_HEAD = /\b(?:by|with|to|for|against|than|who|whom|which|that|said|says|is|was|are|were|has|have|had|will|would|backed|supported|endorsed|nominated|widow|wife|husband|son|daughter|ally|aide|protégé|successor|predecessor|spokesman|spokeswoman|deputy\s+to)\b/iu;

/** An item that ends the list: a clause of its own. */
const CLAUSE = /\b(?:said|says|will|would|is|are|was|were|has|have|had)\s+\p{Ll}/u;

/**
 * Candidates named in a list with titles or descriptions on its items: after an announcement in the
 * same sentence ("The candidates are ...", "a challenge from ..."), after "The others were"
 * following a field counted in the sentence before, or after "She will be joined by" where a race
 * is named in the sentence or the two before. Each item is headed by at most one person; at least
 * two must be read, and the list ends at an item that is a clause of its own.
 */
export function titledListStatements(analysis: Analysis, sentence: Sentence, otherRace: (phrase: string) => boolean, previous?: Sentence): RaceStatement[] {
  const { text } = analysis;
  const body = text.slice(sentence.start, sentence.end);
  if (!INTRO_CUE.test(body)) return [];
  let listStart = -1;
  let rule = "candidacy.titled-list";
  const others = OTHERS.exec(body);
  if (others && previous && FIELD_BEFORE.test(text.slice(previous.start, previous.end))) {
    listStart = sentence.start + others[0].length;
    rule = "candidacy.titled-list.others";
  } else if (JOINED.test(body) && RACE_WORDS.test(text.slice(analysis.sentences[sentence.index - 2]?.start ?? previous?.start ?? sentence.start, sentence.end))) {
    const joined = JOINED.exec(body)!;
    listStart = sentence.start + joined.index + joined[0].length;
    rule = "candidacy.titled-list.joined";
  } else {
    INTRO.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INTRO.exec(body)) !== null) {
      const rest = body.slice(m.index + m[0].length);
      if (NOT_A_LIST.test(rest)) continue;
      listStart = sentence.start + m.index + m[0].length;
      break;
    }
  }
  // Another race named in the announcement, not in an item's description ("former prime minister").
  if (listStart < 0 || otherRace(text.slice(sentence.start, listStart))) return [];
  const people = mentionsIn(analysis, listStart, sentence.end).filter((p) => p.type === "Person" && !p.modifier && !p.inQuote);
  if (people.length < 2) return [];
  const listText = text.slice(listStart, sentence.end);
  const separator = listText.includes(";") ? /;|\s+and\s+|\s+&\s+/g : /,|\s+and\s+|\s+&\s+/g;
  const heads: Mention[] = [];
  let itemStart = listStart;
  const bounds: [number, number][] = [];
  separator.lastIndex = 0;
  let sm: RegExpExecArray | null;
  while ((sm = separator.exec(listText)) !== null) {
    bounds.push([itemStart, listStart + sm.index]);
    itemStart = listStart + sm.index + sm[0].length;
  }
  bounds.push([itemStart, sentence.end]);
  for (const [from, to] of bounds) {
    const item = text.slice(from, to).replace(/^\s*(?:and|or)\s+/, " ");
    const head = people.find((p) => p.start >= from && p.end <= to);
    const lead = head ? text.slice(from, head.extendedStart) : item;
    if (CLAUSE.test(lead) || (!head && CLAUSE.test(item))) break;
    if (!head || NOT_HEAD.test(lead) || /^['’]s?\s/.test(text.slice(head.end, head.end + 3))) continue;
    heads.push(head);
  }
  if (heads.length < 2) return [];
  return heads.map((person) => ({ person, after: sentence.end, start: listStart, end: person.end, rule, confidence: 0.7 }));
}
