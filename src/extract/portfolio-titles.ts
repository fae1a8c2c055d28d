/**
 * Titles that name a portfolio after "for" before a name: "Minister for Housing Anna Kovac",
 * "Minister for Jobs and Enterprise Ivan Horvat", "Spokesperson for Health Boris
 * Lind". The portfolio's words are no title words of their own ("Housing", "Jobs"), so a title read
 * word by word back from the name stopped at them and the person was left without the office.
 */
import type { Token } from "./types.js";

/** The heads of a portfolio title, the word right before "for". */
const PORTFOLIO_HEADS = new Set(["Minister", "Secretary", "Spokesperson", "Spokesman", "Spokeswoman"]);

/** At most this many words name the portfolio ("Foreign Affairs and Trade"). */
const MAX_PORTFOLIO_WORDS = 6;

/**
 * When the words of `tokens` up to index `k` end a portfolio title's "for" phrase, the index of
 * its head ("Minister"); -2 when the words run out before "for" is found (a wider window may
 * hold it); otherwise -1. The portfolio is capitalized words, joined by spaces, commas or "and",
 * right after "for".
 *
 * @param text the text the tokens are of
 * @param tokens the words before a name, in order
 * @param k the index of the last portfolio word (the word right before the name)
 */
export function portfolioHeadIndex(text: string, tokens: readonly Token[], k: number): number {
  let words = 0;
  for (let i = k; i >= 0 && words <= MAX_PORTFOLIO_WORDS; i--) {
    const t = tokens[i]!;
    if (i !== k && !/^,?\s+$/.test(text.slice(t.end, tokens[i + 1]!.start))) return -1;
    if (t.text === "for") {
      const head = tokens[i - 1];
      if (!head) return -2;
      if (words === 0 || !/^\s+$/.test(text.slice(head.end, t.start)) || !PORTFOLIO_HEADS.has(head.text)) return -1;
      return i - 1;
    }
    if (t.text === "and" && i !== k) continue;
    const c = t.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return -1;
    words++;
  }
  return words <= MAX_PORTFOLIO_WORDS ? -2 : -1;
}
