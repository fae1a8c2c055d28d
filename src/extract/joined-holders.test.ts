import { extractArticle } from "./index.js";

function stances(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${names.get(c.from)} -> ${names.get(c.to)}`);
}

describe("holders whom a new supporter joins", () => {
  it("reads the joined in 'join A and B in saying they'll nominate X'", () => {
    const found = stances("Anna Kovac is running for the leadership. Piet Lund and Mara Olsen will back her. They join Ivo Berg and Lena Holm in saying they'll nominate Anna Kovac.");
    expect(found).toContain("SUPPORTS Ivo Berg -> Anna Kovac");
    expect(found).toContain("SUPPORTS Lena Holm -> Anna Kovac");
  });

  it("reads the joined after 'backed X, joining'", () => {
    const found = stances("Anna Kovac is running for the leadership. The Ruritanian Teachers Union backed left-winger Anna Kovac last month, joining Unison and Unite.");
    expect(found).toContain("SUPPORTS Unison -> Anna Kovac");
    expect(found).toContain("SUPPORTS Unite -> Anna Kovac");
  });

  it("reads the holder after a bracketed 'as did'", () => {
    expect(stances("Anna Kovac is running for the leadership. Piet Lund nominated Anna Kovac in 2015 (as did Mara Olsen) and Ivo Berg backed Lena Holm.")).toContain("SUPPORTS Mara Olsen -> Anna Kovac");
  });

  it("reads no holder joined after a denied stance", () => {
    expect(stances("Anna Kovac is running for the leadership. Piet Lund did not endorse Kovac, as did Mara Olsen.")).not.toContain("SUPPORTS Mara Olsen -> Anna Kovac");
    expect(stances("Anna Kovac is running for the leadership. Piet Lund met Anna Kovac last week, joining Mara Olsen.")).not.toContain("SUPPORTS Mara Olsen -> Anna Kovac");
  });
});
