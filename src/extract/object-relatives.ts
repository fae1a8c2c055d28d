/**
 * A candidate named before a relative clause whose subject backs them: "X, whom A endorsed on
 * Monday,", "X, who A has backed,", "X, whose candidacy A supports,".
 */
import { isActor, mentionsIn } from "./clauses.js";
import type { Found } from "./stance-parts.js";
import type { Analysis, Sentence } from "./types.js";

/** A cheap test on the lower-case sentence before the pattern. */
export const CUE = /,\s*(?:whom|who|whose)\s/;

/** Right after the candidate's name: the relative pronoun ("whom", "whose candidacy"). */
const RELATIVE = /^,\s*(?:whom|who|whose\s+(?:candidacy|candidature|bid|nomination)|that)\s+$/iu;
/** Right after the holder's name: the verb of support, in the past or present. */
const SUPPORT_AFTER = /^\s+(?:(?:has|had|have|had\s+also|has\s+also|also|publicly|openly|formally|strongly|already)\s+){0,2}(?:backed|backs|endorsed|endorses|supported|supports|nominated|nominates|championed|champions|favou?rs|favou?red|proposed|proposes|voted\s+for|votes\s+for)(?!\w)/iu;

/** The supports of relative clauses whose object is the candidate, in one sentence. */
export function objectRelativeStances(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  const inSentence = mentionsIn(analysis, sentence.start, sentence.end);
  for (let i = 0; i < inSentence.length - 1; i++) {
    const c = inSentence[i]!;
    if (c.type !== "Person" || c.modifier) continue;
    const holder = inSentence.slice(i + 1).find((m) => isActor(m) && m.type !== "Media");
    if (!holder || holder.entity === c.entity) continue;
    // "X, whom Senator A endorsed": a title may stand before the holder's name.
    if (!RELATIVE.test(text.slice(c.end, holder.extendedStart)) && !RELATIVE.test(text.slice(c.end, holder.start))) continue;
    const verb = SUPPORT_AFTER.exec(text.slice(holder.end, Math.min(sentence.end, holder.end + 60)));
    if (!verb) continue;
    out.push({ type: "SUPPORTS", from: holder.entity, to: c.entity, span: { start: c.start, end: holder.end + verb[0].length }, confidence: 0.75, rule: "stance.object-relative" });
  }
  return out;
}
