import { JoinedSentences } from "./joined-sentences.js";

/** The matches of a global pattern in one string, searched on its own. */
function alone(pattern: RegExp, body: string): [number, string][] {
  const out: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) out.push([m.index, m[0]]);
  return out;
}

describe("JoinedSentences", () => {
  // Sentences that end inside a word, before a lookahead's text, or open on a word character.
  const bodies = ["they object to", "her candidacy was backed", "by nobody — “we back her”", "back", "voted for", "x backs y; z backs"];
  const narrow = bodies.map((b) => !/[^\x00-\xff]/.test(b));
  const joined = new JoinedSentences(bodies.length, bodies, narrow);
  const patterns = [/\bback(?:s|ed)?\b/gu, /\bobject(?:s|ed)?(?=\s+(?:her\s+)?candidacy)|\bobject\s+to\b/gu, /\b(?:backed|voted)(?:\s+for)?(?!\s+by)/gu, /[^.;,]{1,12}?\s+for/gu];

  it("finds in each sentence the matches the sentence alone gives, at its own offsets", () => {
    for (const pattern of patterns) {
      const found = joined.matches(pattern).map((ms) => ms.map((m): [number, string] => [m.index, m[0]]));
      expect(found).toEqual(bodies.map((b) => alone(pattern, b)));
    }
  });

  it("says which sentences hold a match", () => {
    for (const pattern of patterns) expect(joined.holds(pattern)).toEqual(bodies.map((b) => alone(pattern, b).length > 0));
  });

  it("refuses a pattern that matches the empty string instead of searching for ever", () => {
    expect(() => joined.matches(/\b(?:backs)?/gu)).toThrow(/empty string/);
    expect(() => joined.holds(/x*/gu)).toThrow(/empty string/);
  });
});
