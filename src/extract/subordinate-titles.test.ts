import { findMentions } from "./mentions.js";

function posts(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === "Post")
    .map((m) => m.name);
}

describe("a deputy's title is not the post it holds the title of", () => {
  it("reads no president in 'vice-president of', 'vice president of', 'deputy director-general of'", () => {
    expect(posts("Ana Ruiz, a vice-president of the World Bank, is running for UNESCO Director-General.")).not.toContain("World Bank President");
    expect(posts("Tom Vale, vice president of the World Bank, backed her.")).not.toContain("World Bank President");
    expect(posts("Mira Sol, deputy Director-General of the WTO, spoke.")).not.toContain("WTO Director-General");
    expect(posts("Ivo Dane, an assistant secretary-general of NATO, spoke.")).not.toContain("NATO Secretary General");
  });

  it("still reads the post itself", () => {
    expect(posts("Ana Ruiz is running for president of the World Bank.")).toContain("World Bank President");
    expect(posts("Tom Vale wants to be Director-General of the WTO.")).toContain("WTO Director-General");
  });
});
