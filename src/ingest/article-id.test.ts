import { articleIdFor, normalizeArticleText, sentenceAround, sentencesOf } from "./article-id.js";

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

describe("sentencesOf", () => {
  /** The sentence around a span by scanning every sentence end in order: the definition. */
  function scanned(text: string, start: number, end: number): string {
    let from = 0;
    let to = text.length;
    for (const match of text.matchAll(/[.!?…](?:["”’»)]*)\s+|\n\s*\n/g)) {
      const stop = match.index + match[0].length;
      if (stop <= start) from = stop;
      else if (match.index >= end - 1) {
        to = match.index + match[0].trimEnd().length;
        break;
      }
    }
    return text.slice(from, to).trim();
  }

  it("gives every span of a text the sentence a full scan gives it", () => {
    const texts = [
      "First sentence here. The United States backs Rutte, said Kirby. Last one!\n\nNew paragraph.",
      "“We will decide,” said Anna. Is it so? Yes… “Quite.” (Really.)  End",
      "No end at all",
      "A.B. C!\n\n\nD? E.",
    ];
    let compared = 0;
    for (const text of texts) {
      const of = sentencesOf(text);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= Math.min(text.length, start + 12); end++) {
          expect([start, end, of(start, end)]).toEqual([start, end, scanned(text, start, end)]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
