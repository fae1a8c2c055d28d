import { articleIdFor, normalizeArticleText, sentenceAround } from "./article-id.js";

describe("articleIdFor", () => {
  it("is the same for the same text whatever its line ends and outer spaces", () => {
    expect(articleIdFor("One.\r\nTwo.\n")).toBe(articleIdFor("  One.\nTwo."));
  });
  it("differs for different texts", () => {
    expect(articleIdFor("One.")).not.toBe(articleIdFor("Two."));
  });
  it("normalizes CR and CRLF", () => {
    expect(normalizeArticleText("a\rb\r\nc")).toBe("a\nb\nc");
  });
});

describe("sentenceAround", () => {
  const text = "First sentence here. The United States backs Rutte, said Kirby. Last one!\n\nNew paragraph.";
  it("returns the whole sentence around a fragment", () => {
    const start = text.indexOf("said Kirby");
    expect(sentenceAround(text, start, start + "said Kirby".length)).toBe("The United States backs Rutte, said Kirby.");
  });
  it("stops at paragraph breaks", () => {
    const start = text.indexOf("New");
    expect(sentenceAround(text, start, start + 3)).toBe("New paragraph.");
  });
  it("handles a span at the very start", () => {
    expect(sentenceAround(text, 0, 5)).toBe("First sentence here.");
  });
});
