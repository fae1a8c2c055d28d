import { trieAlternation } from "./word-alternation.js";

const WORDS = ["chief", "chair", "chairman", "chairwoman", "head", "heads", "secretary general", "secretary"];
const pieces = (w: string) => [...w].map((c) => (c === " " ? "[- ]" : c));
const plain = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => pieces(w).join(""))
    .join("|");

describe("trieAlternation", () => {
  it("writes shared openings once", () => {
    expect(trieAlternation([pieces("chair"), pieces("chairman"), pieces("chief")])).toBe("ch(?:air(?:man)?|ief)");
  });

  it("matches what the alternation sorted longest first matches, followed by anything", () => {
    const text = "The chairman met the chair, the chairwoman and two heads; the secretary-general and a secretary general's chief. Headship, chairs, secretarygeneral.";
    for (const tail of ["", "\\b", "(?=s)", "\\s+(?:of|and)"]) {
      const trie = new RegExp(`(?:${trieAlternation(WORDS.map(pieces))})${tail}`, "gi");
      const list = new RegExp(`(?:${plain(WORDS)})${tail}`, "gi");
      const found = (p: RegExp) => [...text.matchAll(p)].map((m) => `${m.index}:${m[0]}`);
      expect(found(trie)).toEqual(found(list));
      expect(found(trie).length).toBeGreaterThan(0);
    }
  });

  it("gives an empty source for no words", () => {
    expect(trieAlternation([])).toBe("");
  });
});
