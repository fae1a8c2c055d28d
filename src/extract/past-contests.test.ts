import { extractArticle } from "./index.js";

function candidates(text: string, publishedAt: string | null = "2026-03-01"): string[] {
  const doc = extractArticle({ text, url: "https://example.org/a", title: "t", publishedAt } as never);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return [...new Set(doc.claims.filter((c) => c.type === "CANDIDATE_FOR").map((c) => name.get(c.from)!))].sort();
}

const INTRO = "Anna Kovac is running for leader of the Ruritanian Unity Party.";

describe("candidacies read only in words about an earlier contest", () => {
  it("reads no candidate of a nomination dated years before the article", () => {
    const text = `${INTRO} Tomas Brandt nominated Ivo Dane in 2019 and is now backing Kovac.`;
    expect(candidates(text)).toContain("Anna Kovac");
    expect(candidates(text)).not.toContain("Ivo Dane");
  });

  it("keeps the candidate when the nomination is recent or the article undated", () => {
    const text = `${INTRO} Tomas Brandt nominated Ivo Dane in 2026 and is now backing Kovac.`;
    expect(candidates(text)).toContain("Ivo Dane");
    expect(candidates(`${INTRO} Tomas Brandt nominated Ivo Dane in 2019 and is now backing Kovac.`, null)).toContain("Ivo Dane");
  });

  it("keeps every candidacy of a person also read as a candidate in undated words", () => {
    const text = `${INTRO} Tomas Brandt nominated Ivo Dane in 2019. Ivo Dane is also running for leader of the Ruritanian Unity Party.`;
    expect(candidates(text)).toContain("Ivo Dane");
  });
});
