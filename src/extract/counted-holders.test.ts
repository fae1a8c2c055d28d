import { extractArticle } from "./index.js";

function stances(text: string): string[] {
  const doc = extractArticle({ text, url: "https://example.org/a", title: "t", publishedAt: "2026-01-01" } as never);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${name.get(c.from)} -> ${name.get(c.to)}`);
}

const INTRO = "Anna Kovac is running for leader of the Ruritanian Unity Party.";

describe("a counted part of a group as a stance's holder", () => {
  it("gives no stance to a group of which only a number back the candidate", () => {
    expect(stances(`${INTRO} Kovac said that she has secured support from 20 RUP lawmakers.`).some((s) => s.includes("lawmakers"))).toBe(false);
    expect(stances(`${INTRO} Kovac has gained support from nearly 40 of the 140 RUP lawmakers.`).some((s) => s.includes("lawmakers"))).toBe(false);
    expect(stances(`${INTRO} Kovac has been nominated by two Unity MPs.`).some((s) => s.includes("MPs"))).toBe(false);
    expect(stances(`${INTRO} She was also endorsed by more than a quarter of Unity councillors.`).some((s) => s.includes("councillors"))).toBe(false);
  });

  it("keeps a group named as a whole", () => {
    expect(stances(`${INTRO} Kovac has the support of RUP lawmakers.`)).toContain("SUPPORTS RUP lawmakers -> Anna Kovac");
  });

  it("gives no stance to a name before a share that votes", () => {
    expect(stances(`${INTRO} Kovac won 40% of the caucus. Tomas Brandt said 66 per cent had supported Ms Kovac.`)).not.toContain("SUPPORTS Tomas Brandt -> Anna Kovac");
    expect(stances(`${INTRO} Ivo Dane trailed Tomas Brandt in the first round and nearly 71% of union affiliates backed him.`)).not.toContain("SUPPORTS Tomas Brandt -> Ivo Dane");
  });

  it("keeps a named holder whose own verb follows a share elsewhere", () => {
    expect(stances(`${INTRO} With 60% of the vote counted, Tomas Brandt backed Ms Kovac.`)).toContain("SUPPORTS Tomas Brandt -> Anna Kovac");
  });
});
