/**
 * A pronoun in the words a sayer goes on with: "Lind is “a fine choice”, Kovac said, adding that
 * she would campaign for him". The sentence opens with what was said, so its first name (Lind) is
 * not its subject; the one who said it and goes on "adding", "saying" or "noting" is whom "she"
 * after that participle stands for.
 */
import { firstStartingAtOrAfter } from "./text-utils.js";
import type { Analysis, Mention } from "./types.js";

/** After the sayer's name: the speech verb, a comma and the participle that goes on with the saying. */
const GOES_ON = /^\s+(?:said|says|added|adds|wrote|writes|told\s+(?:[\p{L}.’'-]+\s+){0,4}?)\s*,\s+(?:adding|saying|noting|insisting|arguing|explaining|stressing|warning)\b/u;

/**
 * The sayer whose participle clause holds `at`, within `[from, at)` of one sentence: the last
 * person named (outside quotations) right before "said, adding that" ahead of `at`.
 *
 * @param analysis the article's analysis
 * @param from where the pronoun's sentence opens
 * @param at where the pronoun is
 */
export function goingOnSayer(analysis: Analysis, from: number, at: number): Mention | undefined {
  const { text, mentions } = analysis;
  // Cheap test first: no participle of saying before the pronoun, no sayer.
  const before = text.slice(from, at);
  if (!/,\s+(?:adding|saying|noting|insisting|arguing|explaining|stressing|warning)\b/.test(before)) return undefined;
  let found: Mention | undefined;
  for (let i = firstStartingAtOrAfter(mentions, from); i < mentions.length && mentions[i]!.end <= at; i++) {
    const m = mentions[i]!;
    if (m.type !== "Person" || m.modifier || m.inQuote) continue;
    const after = GOES_ON.exec(text.slice(m.end, Math.min(at, m.end + 80)));
    if (after && m.end + after[0].length <= at) found = m;
  }
  return found;
}
