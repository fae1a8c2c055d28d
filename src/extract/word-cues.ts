/**
 * Cues of plain words, tested without a regular expression where a test runs once per article.
 *
 * V8 drops the compiled code of a regular expression that has not run for a while, and compiles it
 * again at its next use: a pattern tested once per article is compiled anew for nearly every article,
 * which costs far more than the search itself. A few `includes` over the article cost no compilation.
 */

/**
 * Whether `text` holds any of `words`: the same as testing the alternation `words[0]|words[1]|…` of
 * plain words. Each word absent costs a search of the whole text: the words most often present come first.
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** The alternation of plain `words`, for the cue's test on a sentence (no word may hold a pattern's special character). */
export function wordsPattern(words: readonly string[], flags = ""): RegExp {
  return new RegExp(words.join("|"), flags);
}
