import { isNarrow, narrowSlice, narrowSlicer, oneByteCopy } from "./narrow-text.js";

describe("narrowSlicer", () => {
  const text = "Café owners — “we back her” — said Zoë’s rival 𝒳 would not, and plain words end here.";
  const slice = narrowSlicer(text);

  it("gives the same string as slice for every stretch, narrow or wide", () => {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(slice(start, end)).toBe(text.slice(start, end));
    }
  });

  it("falls back to slice outside the text or for a reversed stretch", () => {
    expect(slice(-3, 4)).toBe(text.slice(-3, 4));
    expect(slice(10, 5)).toBe(text.slice(10, 5));
    expect(slice(5, text.length + 10)).toBe(text.slice(5, text.length + 10));
  });

  it("gives the same matches at the same offsets to a Unicode pattern", () => {
    const re = /\b\p{L}+s\b/gu;
    const start = text.indexOf("said");
    expect([...slice(start, text.length).matchAll(re)].map((m) => [m.index, m[0]])).toEqual([...text.slice(start).matchAll(re)].map((m) => [m.index, m[0]]));
  });

  it("reads a text with no wide character", () => {
    const plain = narrowSlicer("Plain ASCII text, café.");
    expect(plain(6, 22)).toBe("ASCII text, café");
  });
});

describe("narrowSlice", () => {
  it("slices each of several texts read in turn like slice", () => {
    const texts = ["First text — with a dash.", "Second, plain text.", "Third “quoted” text.", "Fourth text, plain again."];
    for (let round = 0; round < 3; round++) {
      for (const t of texts) {
        for (let start = 0; start < t.length; start += 3) expect(narrowSlice(t, start, Math.min(t.length, start + 7))).toBe(t.slice(start, start + 7));
      }
    }
  });
});

describe("oneByteCopy and isNarrow", () => {
  const text = "Café owners — “we back her” — said Zoë’s rival 𝒳 would not.";

  it("keeps every character up to U+00FF in place and puts U+0000 for the others", () => {
    const copy = oneByteCopy(text);
    expect(copy).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) expect(copy[i]).toBe(text.charCodeAt(i) > 0xff ? "\0" : text[i]);
  });

  it("says whether a stretch holds no character above U+00FF", () => {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(isNarrow(text, start, end)).toBe(!/[^\x00-\xff]/.test(text.slice(start, end)));
    }
  });
});
