import { extractArticle } from "./index.js";

function claims(text: string, type: string): string[] {
  const doc = extractArticle({ text, url: "https://example.org/a", title: "t", publishedAt: "2026-01-01" } as never);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === type).map((c) => `${name.get(c.from)} -> ${c.type === "CANDIDATE_FOR" ? "post" : name.get(c.to)}`);
}

describe("the one a candidate would replace", () => {
  it("is neither supported nor a candidate when a nominee is named to replace them", () => {
    const text = "Anna Kovac has been nominated to replace Tom Vale as party leader.";
    expect(claims(text, "SUPPORTS")).not.toContain("Anna Kovac -> Tom Vale");
    expect(claims(text, "CANDIDATE_FOR")).not.toContain("Tom Vale -> post");
  });

  it("keeps the candidate whom others back to succeed the incumbent", () => {
    const text = "Ivo Dane endorsed Anna Kovac to succeed Tom Vale as party leader.";
    expect(claims(text, "SUPPORTS")).toContain("Ivo Dane -> Anna Kovac");
    expect(claims(text, "SUPPORTS")).not.toContain("Ivo Dane -> Tom Vale");
  });
});
