import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

/** The distinct candidacies read from a text, as "person post". */
function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a party's race for its presidential nomination", () => {
  it("reads a primary outside the United States as the party's nomination, not its leadership", () => {
    const text =
      "PARIS — Ana Ruiz won the Socialist primary on Sunday, beating Tom Vale in the run-off. " +
      "Ruiz, a former minister, will now face the centre-right candidate in the presidential election. " +
      "Turnout in the French Socialist Party primaries was lower than five years ago.";
    const out = candidates(text);
    expect(out).toContain("person:ana-ruiz post:socialist-party-presidential-nomination");
    expect(out.some((c) => c.includes("leader-of"))).toBe(false);
  });

  it("reads a party's nomination named with a possessive", () => {
    const text =
      "SEOUL (Wire) — Kim Min-jun clinched the Democratic Party of Korea's presidential nomination on Sunday. " +
      "Kim was running against Park Ji-hoon and Lee Soo-ah in the party primary. " +
      "He will face the ruling party's candidate in the June presidential election.";
    const out = candidates(text);
    expect(out).toContain("person:kim-min-jun post:democratic-party-of-korea-presidential-nomination");
    expect(out.some((c) => c.includes("leader-of"))).toBe(false);
  });

  it("reads the nomination as the race of 'the primaries' and 'the party's nominee' in a Latin American party", () => {
    const text =
      "Laura Pena leads Marco Diaz in Morena's presidential primaries, a poll published on Tuesday showed. " +
      "Pena is seeking to become the party's presidential nominee for the 2024 race. " +
      "Diaz said he was confident of winning the primaries.";
    const out = candidates(text);
    expect(out).toContain("person:laura-pena post:morena-presidential-nomination");
    expect(out.some((c) => c.includes("president-of-morena"))).toBe(false);
  });

  it("keeps a party's leadership race its leadership's", () => {
    const text = "Ana Ruiz is running for the leadership of the French Socialist Party. The leadership contest ends in May, and Ruiz is the favourite.";
    const out = candidates(text);
    expect(out.some((c) => c.includes("presidential-nomination"))).toBe(false);
  });

  it("keeps a party's own presidential election the party presidency's", () => {
    const text = "Taro Sato is running in the LDP presidential election. The winner of the LDP presidential race becomes prime minister, and Sato is the favourite.";
    const out = candidates(text);
    expect(out).toContain("person:taro-sato post:president-of-the-liberal-democratic-party");
    expect(out.some((c) => c.includes("presidential-nomination"))).toBe(false);
  });

  it("does not read an adjective 'primary' as a primary election", () => {
    const text = "Ana Ruiz is running for the leadership of the French Socialist Party. Her primary aim, she said, is to unite the party.";
    expect(candidates(text).some((c) => c.includes("presidential-nomination"))).toBe(false);
  });
});
