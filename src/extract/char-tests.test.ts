import { collapseSpaces, firstWord, isAscii, isSpaceCode } from "./char-tests.js";

describe("character tests", () => {
  it("read white space as \\s does, for every code unit", () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });

  const samples = ["", " ", "a", "Ana Ruiz", " Ana Ruiz", "Ana Ruiz ", "Ana  Ruiz", "Ana\tRuiz", "Ana\u00a0Ruiz", "Ana \nRuiz", "\u3000Ana", "Ana Ruiz\u2029", "Kariņš", "“Ana”", "a b c d", "x\ufeff"];

  it("collapse white space as replace and trim do", () => {
    for (const s of samples) expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, " ").trim());
  });

  it("take a text's first word as a split on white space does", () => {
    for (const s of samples) expect(firstWord(s)).toBe(s.split(/\s+/)[0]);
  });

  it("tell ASCII text from other text", () => {
    for (const s of [...samples, "\x7f", "\x80", "abc\u00e9"]) expect(isAscii(s)).toBe(/^[\x00-\x7f]*$/.test(s));
  });
});
