import { extractArticle } from "./index.js";

function stances(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${names.get(c.from)} -> ${names.get(c.to)}`);
}

const OPENING = "Anna Kovac is a candidate for director general of the agency. Kovac has led the race since May. Kovac is the favourite to win the race. ";

describe("a holder's choice named by a description", () => {
  it("reads a possessive nominee with no name as the focal candidate", () => {
    expect(stances(`${OPENING}Piet Lund's nominee to lead the agency said on Monday that she would reform it.`)).toContain("SUPPORTS Piet Lund -> Anna Kovac");
    expect(stances(`${OPENING}The vote would be a setback for Piet Lund’s divisive pick to lead the institution.`)).toContain("SUPPORTS Piet Lund -> Anna Kovac");
  });

  it("reads no possessive nominee when another person is named beside it", () => {
    expect(stances(`${OPENING}Piet Lund's nominee for director general, Ivo Berg, said on Monday he would reform it.`)).not.toContain("SUPPORTS Piet Lund -> Anna Kovac");
  });

  it("reads a hyphen-joined holder of a challenge or a candidacy", () => {
    const text = "Piet Lund, the former governor, has praised the race. Anna Kovac launches her Piet Lund-backed challenge of Ivo Berg to become party leader. Kovac and Berg meet on Monday.";
    expect(stances(text)).toContain("SUPPORTS Piet Lund -> Anna Kovac");
  });

  it("reads no hyphen-joined holder that the article names nowhere else", () => {
    expect(stances("Anna Kovac launches her Ruritanian Union-backed challenge of Ivo Berg to become party leader.")).toEqual([]);
  });
});
