/**
 * A counted part of a group is a tally, not a holder: "she has secured support from 20 party
 * lawmakers", "nominated by two Brexiteer members", "endorsed by more than a quarter of the
 * councillors". The group as a whole takes no stance, and which of its members do is not said.
 */
import type { Analysis, DraftClaim, Mention } from "./types.js";

/** A group's name: its head a plural noun ("party lawmakers", "Labour MPs"), not an organization's name. */
const GROUP_HEAD = /(?:^|\s)(?:\p{Ll}[\p{Ll}-]*s|\p{Lu}{2,4}s)$/u;

/** A count or a fraction right before the group: "20 ", "two ", "of the 140 ", "a quarter of ". */
const COUNT_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?(?:\s+of)?|(?:quarter|third|fifth|tenth)s?\s+of(?:\s+(?:the|its|their))?)\s+$/iu;

/** Whether a mention of a group is counted ("two members"), by the words just before it. */
function counted(text: string, m: Mention): boolean {
  const start = Math.min(m.start, m.extendedStart);
  return COUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * A share as the verb's subject, right before the verb and its object: "nearly 71% of union
 * affiliates backed him", "66 per cent had supported Mr Sarwar". The holder found elsewhere is not it.
 */
const SHARE_SUBJECT =
  /\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent)(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)?\s+(?:(?:had|have|has|were|are|was)\s+)?(?:\p{L}+ly\s+)?(?:backed|backing|supported|supporting|endorsed|nominated|opposed|voted\s+(?:for|against))\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s*$/u;

/** Whether the claim's evidence ends on a share's vote ("… 66 per cent had supported X"). */
function shareSubject(text: string, d: DraftClaim): boolean {
  const evidence = text.slice(d.start, d.end);
  return (evidence.includes("%") || evidence.includes("cent")) && SHARE_SUBJECT.test(evidence);
}

/**
 * The claims without the stances whose holder is a group named, in the claim's evidence, only as
 * a counted part ("support from 20 party lawmakers"), or whose verb's subject is a share ("71% of
 * the members backed him"); other claims are kept as they are.
 */
export function withoutCountedGroupHolders(analysis: Analysis, claims: DraftClaim[]): DraftClaim[] {
  const { text, entities, mentions } = analysis;
  let kept: DraftClaim[] | null = null;
  for (let i = 0; i < claims.length; i++) {
    const d = claims[i]!;
    let drop = false;
    if (d.type === "SUPPORTS" || d.type === "OPPOSES") {
      drop = shareSubject(text, d);
      const holder = entities.get(d.from);
      if (!drop && holder && holder.type === "Organization" && GROUP_HEAD.test(holder.name)) {
        let seen = 0;
        let countedSeen = 0;
        for (const m of mentions) {
          if (m.start >= d.end) break;
          if (m.entity !== d.from || m.end <= d.start) continue;
          seen++;
          if (counted(text, m)) countedSeen++;
        }
        drop = seen > 0 && countedSeen === seen;
      }
    }
    if (drop && kept === null) kept = claims.slice(0, i);
    else if (!drop && kept !== null) kept.push(d);
  }
  return kept ?? claims;
}
