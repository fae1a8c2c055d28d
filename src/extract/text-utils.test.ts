import { isCapitalized, nameKey, tokenize } from "./text-utils.js";

/** The token grammar as one Unicode regular expression: what the hand-written tokenizer must agree with. */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*/gu;

function reference(text: string, from = 0, to = text.length) {
  const out: { start: number; end: number; text: string }[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m.index >= to) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

describe("tokenize", () => {
  it("reads words, initials, inner hyphens and apostrophes, and leaves a possessive out", () => {
    expect(tokenize("The U.S.-backed al-Sisi's O'Neill said 3rd.").map((t) => t.text)).toEqual(["The", "U.S.", "backed", "al-Sisi", "s", "O'Neill", "said", "3rd"]);
    expect(tokenize("Kariņš met Ana")).toEqual([
      { start: 0, end: 6, text: "Kariņš" },
      { start: 7, end: 10, text: "met" },
      { start: 11, end: 14, text: "Ana" },
    ]);
  });

  it("agrees with the token grammar on generated texts and windows, astral letters and marks included", () => {
    const alphabet = ["a", "B", "s", "S", "'", "’", "-", ".", "U", " ", "1", "é", "É", "\u0301", "𝐀", "日", "ǅ", "\n", "ß", "Ⅷ", "٣"];
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let n = 0; n < 20000; n++) {
      let text = "";
      const length = next(14);
      for (let i = 0; i < length; i++) text += alphabet[next(alphabet.length)];
      const from = next(text.length + 1);
      const to = from + next(text.length - from + 1);
      expect([text, from, to, tokenize(text, from, to)]).toEqual([text, from, to, reference(text, from, to)]);
    }
  });
});

describe("isCapitalized and nameKey", () => {
  it("tells capitals in and out of ASCII, and keys a name the same way twice", () => {
    expect([isCapitalized("Ana"), isCapitalized("ana"), isCapitalized("Élise"), isCapitalized("élise"), isCapitalized("1st")]).toEqual([true, false, true, false, false]);
    expect(nameKey("The  Kariņš Group")).toBe("karins group");
    expect(nameKey("The  Kariņš Group")).toBe("karins group");
  });
});
