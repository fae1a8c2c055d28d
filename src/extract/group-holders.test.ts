import { extractArticle } from "./index.js";
import { findMentions } from "./mentions.js";

function organizations(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);
}

function stances(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${names.get(c.from)} -> ${names.get(c.to)}`);
}

describe("a party's members of an assembly or a council as a group", () => {
  it("names the group by the party and the members' plural, as written", () => {
    expect(organizations("Labour councillors backed Ana Ruiz on Monday.")).toContain("Labour councillors");
    expect(organizations("Most Conservative MSPs have endorsed Tom Vale.")).toContain("Conservative MSPs");
    expect(organizations("Green councilors in the city said they would vote for Jo Park.")).toContain("Green councilors");
    expect(organizations("Tory peers are said to favour Tom Vale.")).toContain("Tory peers");
    expect(organizations("Republican governors rallied behind Ana Ruiz.")).toContain("Republican governors");
    expect(organizations("Labour activists have campaigned for Jo Park.")).toContain("Labour activists");
  });

  it("reads the group as the holder of a stance", () => {
    expect(stances("Labour councillors backed Ana Ruiz on Monday.")).toContain("SUPPORTS Labour councillors -> Ana Ruiz");
    expect(stances("Conservative MSPs have endorsed Tom Vale for the leadership.")).toContain("SUPPORTS Conservative MSPs -> Tom Vale");
  });

  it("names no group of someone's own people or of an unnamed part", () => {
    expect(organizations("His fellow councillors backed Ana Ruiz.")).not.toContain("fellow councillors");
    expect(organizations("Several Labour councillors backed Ana Ruiz.")).not.toContain("Labour councillors");
    expect(organizations("The councillors backed Ana Ruiz.")).toEqual([]);
  });
});
