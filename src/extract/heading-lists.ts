/**
 * Profiles of the candidates under a heading each: an announcement closed by a colon ("These were
 * the contenders for the leadership:", "The candidates:"), then paragraphs that hold only a
 * person's name, each followed by a paragraph about the same person ("Ms Kovac is ..."). Every
 * one so headed is a candidate, however long the profiles between the headings.
 */
import { mentionsIn } from "./clauses.js";
import type { RaceStatement } from "./race-statements.js";
import type { Analysis, Mention } from "./types.js";

/** A paragraph-closing announcement of candidates, ended by a colon. */
const HEADINGS_INTRO = /\b(?:candidates|contenders|hopefuls|nominees|finalists|runners|line-?up|field)\b[^.;:]{0,60}:\s*$/i;
/** A cheap test before {@link HEADINGS_INTRO}. */
const INTRO_CUE = /:\s*$/;
/** What a heading may hold around the name: a bullet, a number, nothing else. */
const HEADING_AROUND = /^\s*(?:[-•*–—]\s*|\d{1,2}[.)]\s*)?$/;
/** Another race named in the announcement: the profiles are of that one. */
const OTHER_ANNOUNCEMENT = /\b(?:presidential|mayoral|parliamentary|senate|gubernatorial|congressional|general\s+election)\b/i;

/** The people headed by their names after an announcement of candidates, with the heading's span. */
export function headingListStatements(analysis: Analysis): RaceStatement[] {
  const { text, paragraphs } = analysis;
  const out: RaceStatement[] = [];
  let introAt = -1;
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    if (INTRO_CUE.test(body) && HEADINGS_INTRO.test(body.slice(-120)) && !OTHER_ANNOUNCEMENT.test(body)) {
      introAt = p.index;
      break;
    }
  }
  if (introAt < 0) return out;
  const seen = new Set<string>();
  for (let i = introAt + 1; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const inside = mentionsIn(analysis, p.start, p.end);
    const name = inside.length === 1 && inside[0]!.type === "Person" && !inside[0]!.modifier && !inside[0]!.inQuote ? inside[0]! : undefined;
    if (!name || !HEADING_AROUND.test(text.slice(p.start, name.extendedStart)) || text.slice(name.end, p.end).trim() !== "" || seen.has(name.entity)) continue;
    // A heading is followed by a paragraph about the same person: a name alone elsewhere (a caption, a byline) is not.
    const next = paragraphs[i + 1]!;
    const about = mentionsIn(analysis, next.start, Math.min(next.end, next.start + 200)).find((m: Mention) => m.type === "Person" && !m.modifier);
    if (!about || about.entity !== name.entity) continue;
    seen.add(name.entity);
    out.push({ person: name, after: name.end, start: name.start, end: name.end, rule: "candidacy.heading-list", confidence: 0.7 });
  }
  return out;
}
