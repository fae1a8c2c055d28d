import { MAX_ARTICLE_CHARS, extractArticle } from "./index.js";

/**
 * Hostile texts of the largest accepted size. A pattern or a loop whose cost grows with the square
 * of the input takes many minutes on these (the quotation-introduction pattern that used to read
 * whole paragraphs did not finish 1 MB in two minutes); the linear extractor takes a tenth of a
 * second to a few seconds on an idle core. Two checks, both loose so that a busy shared machine
 * passes them: the whole text within `BOUND_MS`, and, where the whole text takes long enough to
 * time well, at most `MAX_GROWTH` times the CPU time of a quarter of it (a quadratic cost grows
 * sixteenfold, a linear one about fourfold). They catch super-linear behaviour; they are not a
 * speed goal. A check over every organization mention for each post once took 11 s on the
 * repeated candidacies and grew twelvefold from a quarter; it passed the first check alone.
 */
const BOUND_MS = 45_000;
const MAX_GROWTH = 8;
/** Below this CPU time, the whole text's is too small to compare with a quarter's. */
const TIMED_MS = 2_000;
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

/**
 * Milliseconds the extractor takes on `text`, by the clock and in CPU time. The CPU time leaves out
 * the time spent waiting for a core, which on a loaded machine can swell either of two runs alone.
 * Refusing the text is fine too, as long as it is a clear input error.
 */
function timeExtract(text: string): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    extractArticle({ title: "hostile", source: "test", text });
  } catch (error) {
    expect((error as Error).name).toBe("InvalidInputError");
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

describe("extractArticle on 1 MB hostile texts", () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`stays linear: ${name}`, () => {
      const quarter = timeExtract(text.slice(0, SIZE / 4));
      const whole = timeExtract(text);
      expect(whole.wall).toBeLessThan(BOUND_MS);
      if (whole.cpu > TIMED_MS) expect(whole.cpu / quarter.cpu).toBeLessThan(MAX_GROWTH);
    }, 180_000);
  }
});
