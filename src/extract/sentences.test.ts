import { findQuoteSpans } from "./quote-spans.js";
import { splitParagraphs, splitSentences } from "./sentences.js";

function sentencesOf(text: string): string[] {
  return splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe("sentences", () => {
  it("splits on sentence ends but not after abbreviations and initials", () => {
    expect(sentencesOf("Dr. Samuel Okafor spoke. The U.S. agreed with Mr. Rutte. “Yes,” he said. Then J. K. Smith left.")).toEqual([
      "Dr. Samuel Okafor spoke.",
      "The U.S. agreed with Mr. Rutte.",
      "“Yes,” he said.",
      "Then J. K. Smith left.",
    ]);
  });

  it("does not end a sentence after an abbreviated title of office or honour", () => {
    expect(sentencesOf("The Hon. Tom Vale spoke. Capt. Ana Ruiz and Cllr. Tom Vale agreed. Messrs. Vale and Ruiz left.")).toEqual([
      "The Hon. Tom Vale spoke.",
      "Capt. Ana Ruiz and Cllr. Tom Vale agreed.",
      "Messrs. Vale and Ruiz left.",
    ]);
  });

  it("keeps paragraphs apart and offsets exact", () => {
    const text = "  One here.\n\nTwo there.  \nThree";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["One here.", "Two there.", "Three"]);
    expect(sentencesOf(text)).toEqual(["One here.", "Two there.", "Three"]);
  });
});

describe("quote spans", () => {
  const spans = (text: string) => findQuoteSpans(text, splitParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd));

  it("finds curly and straight quotations", () => {
    expect(spans('“We agree,” said A. "We do not," said B.')).toEqual(["We agree,", "We do not,"]);
  });

  it("continues a quotation left open into the next paragraph", () => {
    const text = "“First part.\n\nAnd second part,” said A.";
    expect(spans(text)).toEqual(["First part.\n\nAnd second part,"]);
  });

  it("starts a new quotation when the next paragraph opens one", () => {
    const text = "“First paragraph.\n\n“Second paragraph,” said A.";
    expect(spans(text)).toEqual(["First paragraph.", "Second paragraph,"]);
  });
});
