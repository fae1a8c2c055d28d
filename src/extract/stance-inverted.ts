/**
 * Stances whose holders come after the verb: an inverted clause that opens on the stance ("Also
 * backing X are A and B", "Joining A in voting against X was B") and a stance repeated for others
 * by an elliptical clause ("A backed X, as did B", "A opposes X, and so does B").
 */
import { actorsAfter, objectAfter, type Found } from "./stance-parts.js";
import { isActor, mentionsIn } from "./clauses.js";
import type { Analysis, Sentence } from "./types.js";

const SUPPORT_ING = String.raw`backing|supporting|endorsing|championing|nominating|voting\s+for|rallying\s+(?:behind|around|to)|siding\s+with|throwing\s+(?:its|their|his|her)\s+(?:weight|support)\s+behind`;
const OPPOSE_ING = String.raw`opposing|rejecting|blocking|critici[sz]ing|voting\s+against|campaigning\s+against|speaking\s+out\s+against`;

/** A sentence that opens on the stance: "Also backing X", "Joining A in opposing X", "Supporting X". */
const INVERTED = new RegExp(String.raw`^\s*["“]?(?:also\s+|joining\s+([^,.;:“”"]{1,60}?)\s+in\s+)?(?:(${OPPOSE_ING})|(${SUPPORT_ING}))\s+`, "iu");
/** Between the one the stance is on and its holders: "are", "was", "in the final vote were". */
const HOLDERS_FOLLOW = /^[^.;:“”"]{0,60}?\b(?:is|are|was|were)\s+/u;
/** The same right after the one backed, for an opening with nothing before its verb: " are", " so far are". */
const BARE_HOLDERS_FOLLOW = /^\s+(?:(?:so\s+far|already|now|publicly)\s+)?(?:is|are|was|were)\s+/u;
/** After a stance: ", as did B", "and so did B", "as have B and C". */
const ECHO = /^[^.;:“”"]{0,60}?(?:,\s*as|,?\s+and\s+so)\s+(?:did|does|do|has|have|had|will|would|was|were|is|are)\s+/u;

/** Where the opening of an inverted clause ends ("Also backing "), or -1: the verbs in it have no subject before them. */
export function invertedHeadEnd(analysis: Analysis, sentence: Sentence): number {
  const head = INVERTED.exec(analysis.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 140)));
  return head ? sentence.start + head[0].length : -1;
}

/**
 * The stances of an inverted clause at the start of `sentence`: the actors after the copula hold
 * the stance, and so do those the sentence says they joined.
 */
export function invertedStances(analysis: Analysis, sentence: Sentence): Found[] {
  const { text } = analysis;
  const head = INVERTED.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 140)));
  if (!head) return [];
  const type = head[2] ? "OPPOSES" : "SUPPORTS";
  const verbEnd = sentence.start + head[0].length;
  const object = objectAfter(analysis, sentence, verbEnd, []);
  if (!object?.mention || analysis.entities.get(object.entity)?.type !== "Person") return [];
  // A bare opening ("Supporting X are A and B") takes its copula right after the one backed: "Backing X in the vote was a mistake, A said" holds no list.
  const bare = !/^\s*["“]?(?:also|joining)\s/i.test(head[0]);
  const follow = (bare ? BARE_HOLDERS_FOLLOW : HOLDERS_FOLLOW).exec(text.slice(object.end, sentence.end));
  if (!follow) return [];
  const holders = actorsAfter(analysis, sentence, object.end + follow[0].length, object.entity);
  if (holders.length === 0) return [];
  if (head[1] !== undefined) {
    // "Joining A and B in backing X was C": the ones joined hold it too.
    const joinedAt = sentence.start + head[0].indexOf(head[1]);
    // A name read with the gerund ("Joining Weber" as one name) is no name of the joined.
    holders.push(...mentionsIn(analysis, joinedAt - 8, joinedAt + head[1].length).filter((m) => m.start >= joinedAt && isActor(m) && m.type !== "Media" && m.entity !== object.entity));
  }
  const out: Found[] = [];
  for (const h of holders) out.push({ type, from: h.entity, to: object.entity, span: { start: sentence.start, end: Math.max(h.end, object.end) }, confidence: 0.75, rule: "stance.inverted" });
  return out;
}

/** The stances of `found` repeated for the actors of an elliptical clause right after them. */
export function echoedStances(analysis: Analysis, sentence: Sentence, found: readonly Found[]): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const f of found) {
    if (f.span.end >= sentence.end) continue;
    const echo = ECHO.exec(text.slice(f.span.end, Math.min(sentence.end, f.span.end + 100)));
    if (!echo) continue;
    // The clause skipped must not hold a name of its own ("backed X at the Geneva talks, as did").
    const skipped = mentionsIn(analysis, f.span.end, f.span.end + echo[0].length);
    if (skipped.some((m) => m.type === "Person" || isActor(m))) continue;
    for (const a of actorsAfter(analysis, sentence, f.span.end + echo[0].length, f.to)) {
      if (a.entity === f.from) continue;
      out.push({ type: f.type, from: a.entity, to: f.to, span: { start: f.span.start, end: a.end }, confidence: f.confidence * 0.9, rule: "stance.echoed" });
    }
  }
  return out;
}
