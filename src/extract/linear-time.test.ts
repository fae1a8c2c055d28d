import { MAX_ARTICLE_CHARS, extractArticle } from "./index.js";

/**
 * Hostile texts of the largest accepted size. A pattern or a loop whose cost grows with the square
 * of the input takes many minutes on these (the quotation-introduction pattern that used to read
 * whole paragraphs did not finish 1 MB in two minutes); the linear extractor takes one to six
 * seconds on an idle core. The bound is deliberately loose, so that a busy shared machine passes
 * it: it catches super-linear behaviour, it is not a speed goal.
 */
const BOUND_MS = 45_000;
const SIZE = MAX_ARTICLE_CHARS;

function repeated(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const HOSTILE: Record<string, string> = {
  "repeated straight quotes": repeated('"'),
  "repeated quoted words with speech verbs": repeated('Rutte said "a" '),
  "repeated quotation introductions": repeated("Mark Rutte said, “"),
  "repeated names": repeated("Mark Rutte "),
  "repeated descriptions": repeated("The French President "),
  "no spaces": repeated("abcdefghijKLMNOP"),
  "only punctuation": repeated(".,;:!?-…"),
  "only dots": repeated("."),
  "repeated stances in quotations": repeated('"We back Rutte," said Mark Rutte. '),
  "repeated candidacies": repeated("candidates for NATO Secretary General Mark Rutte, "),
};

describe("extractArticle on 1 MB hostile texts", () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`stays linear: ${name}`, () => {
      const started = performance.now();
      try {
        extractArticle({ title: "hostile", source: "test", text });
      } catch (error) {
        // Refusing the text is fine too, as long as it is quick and a clear input error.
        expect((error as Error).name).toBe("InvalidInputError");
      }
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(BOUND_MS);
    }, 180_000);
  }
});
