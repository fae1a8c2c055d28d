import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

/** Each quotation's first words with its speaker's key ("?" when none was found). */
function speakers(text: string): [string, string][] {
  const analysis = analyzeText(text);
  const found = attributeQuotes(analysis);
  return analysis.quotes.map((q) => [text.slice(q.innerStart, q.innerEnd).split(/\s+/).slice(0, 2).join(" "), found.find((f) => f.quote === q)?.speaker ?? "?"]);
}

describe("subject pronouns across sentences", () => {
  it("keeps the referent of the same pronoun opening the sentence before", () => {
    const text = "Lord Tomas Brandt will learn today whether he has won.\n\nHe has been backed by the sprinter Jonas Pell and the rower Karl Wendt.\n\n“It would be the honour of my life,” he wrote this week.";
    expect(speakers(text)).toEqual([["It would", "person:tomas-brandt"]]);
  });

  it("does not chain through the other pronoun", () => {
    const text = "Marta Olsen met Peter Holm on Monday.\n\nShe has been backed by the unions since May.\n\nPeter Holm spoke after the vote. “We will win,” he said.";
    expect(speakers(text)).toEqual([["We will", "person:peter-holm"]]);
  });
});
