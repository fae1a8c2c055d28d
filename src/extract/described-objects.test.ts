import { extractArticle } from "./index.js";

function stances(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${names.get(c.from)} -> ${names.get(c.to)}`);
}

const OPENING = "Anna Kovac is running for the leadership of the Ruritanian Party. Kovac has led the race since May. Kovac is the favourite to win the race. ";

describe("support for a candidate named by a description", () => {
  it("reads the subjects who show their support for the description", () => {
    const found = stances(`${OPENING}At the launch, party bigwigs, including Piet Lund and Mara Olsen, among others, showed their support for the party's interim leader.`);
    expect(found).toContain("SUPPORTS Piet Lund -> Anna Kovac");
    expect(found).toContain("SUPPORTS Mara Olsen -> Anna Kovac");
  });

  it("reads the names in apposition after the supporters of the description", () => {
    const found = stances(`${OPENING}Kovac won. Key supporters of the new leader, Piet Lund, Mara Olsen and Ivo Berg, will expect a reward.`);
    expect(found).toEqual(expect.arrayContaining(["SUPPORTS Piet Lund -> Anna Kovac", "SUPPORTS Mara Olsen -> Anna Kovac", "SUPPORTS Ivo Berg -> Anna Kovac"]));
  });

  it("takes one name after the description for the one described", () => {
    expect(stances(`${OPENING}Key supporters of the new leader, Piet Lund, will expect a reward.`)).not.toContain("SUPPORTS Piet Lund -> Anna Kovac");
  });

  it("reads the subjects adding their names to a list of supporters", () => {
    const found = stances(`${OPENING}Kovac is on course to win as Piet Lund and Mara Olsen add their names to a long list of ministers endorsing the TD.`);
    expect(found).toContain("SUPPORTS Piet Lund -> Anna Kovac");
    expect(found).toContain("SUPPORTS Mara Olsen -> Anna Kovac");
  });

  it("reads no support denied", () => {
    expect(stances(`${OPENING}Piet Lund and Mara Olsen did not add their names to the list of ministers endorsing the TD.`)).not.toContain("SUPPORTS Piet Lund -> Anna Kovac");
  });
});
