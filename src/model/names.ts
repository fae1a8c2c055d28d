/**
 * How names are compared: the same key for "Kariņš" and "Karins", "the United States" and
 * "United States", "Mark  Rutte" and "mark rutte".
 */

/** Lower case, no diacritics, straight apostrophes, single spaces, no leading article. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** A stable, readable id fragment: "Ursula von der Leyen" -> "ursula-von-der-leyen". */
export function slug(name: string): string {
  const s = nameKey(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.length > 0 ? s.slice(0, 80) : "unnamed";
}

const DESCRIPTIVE_START = /^(?:the|this|that|these|those|a|an|its|his|her|their|our)\s+\p{Ll}/u;
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir|dame|madam)\.?\s+/i;

/**
 * Whether an alias can identify an entity outside the article it came from.
 *
 * Descriptions ("the Dutch politician", "the alliance") only make sense in their article. For
 * people, only parts of their own name count ("Rutte", "Mr Rutte" for Mark Rutte), because a
 * title such as "Prime Minister of the Netherlands" passes from one holder to the next.
 */
export function isIdentifyingAlias(alias: string, canonicalName: string, type: string): boolean {
  const trimmed = alias.trim();
  const withoutArticle = trimmed.replace(/^the\s+/i, "");
  if (withoutArticle.length === 0 || DESCRIPTIVE_START.test(trimmed) || /^\p{Ll}/u.test(withoutArticle)) return false;
  if (type !== "Person") return true;
  const nameTokens = new Set(nameKey(canonicalName).split(" "));
  const aliasTokens = nameKey(trimmed.replace(HONORIFIC, "")).split(" ");
  return aliasTokens.every((token) => nameTokens.has(token));
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
