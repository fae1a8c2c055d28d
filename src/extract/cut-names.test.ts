import { extractArticle } from "./index.js";

function claims(text: string): string[] {
  const doc = extractArticle({ text, url: "https://example.org/a", title: "t", publishedAt: "2026-01-01" } as never);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type !== "QUOTED_IN" && c.type !== "SPEAKS_FOR").map((c) => `${c.type} ${name.get(c.from)} -> ${name.get(c.to)}`);
}

describe("a name the text's cut leaves unfinished", () => {
  it("reads no claim about a name ending in a bare letter at the cut", () => {
    expect(claims("Six members voted against Tom Vale for speaker:\n\n• Ana Ruiz\n• Ivo Dane\n• Andy O").some((c) => c.includes("Andy O"))).toBe(false);
  });

  it("keeps a full name that closes a list at the cut", () => {
    expect(claims("Six members voted against Tom Vale for speaker:\n\n• Ana Ruiz\n• Ivo Dane\n• Andy Olsen").some((c) => c.includes("Andy Olsen"))).toBe(true);
  });
});
