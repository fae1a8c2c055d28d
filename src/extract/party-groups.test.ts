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

const CONTEST = "The Liberal Democrats will choose a new leader in May. ";

describe("a party's members named without the party", () => {
  it("names the party's members by the party's adjective and the members' word", () => {
    expect(organizations(`${CONTEST}Anna Kovac has won the backing of all five of the party's MPs.`)).toContain("Liberal Democrat MPs");
    expect(organizations(`${CONTEST}Twenty-six other MPs said they would support Ivo Maric.`)).toContain("Liberal Democrat MPs");
    expect(organizations("The Labour Party opened its contest. Anna Kovac won the backing of her caucus.")).toContain("Labour caucus");
    expect(organizations("Fianna Fáil will meet tonight. Half of Fianna Fáil's 38 TDs will back Ivo Maric.")).toContain("Fianna Fáil TDs");
  });

  it("reads the group as the holder of a stance", () => {
    expect(stances(`${CONTEST}Anna Kovac has won the backing of all five of the party's MPs.`)).toContain("SUPPORTS Liberal Democrat MPs -> Anna Kovac");
    expect(stances(`${CONTEST}Twenty-six other MPs said they would support Ivo Maric.`)).toContain("SUPPORTS Liberal Democrat MPs -> Ivo Maric");
  });

  it("names each of the party's wings, two joined wings apart", () => {
    const found = organizations("The SPD will choose new leaders. Ivo Maric has earned support from the party's left and youth wings.");
    expect(found).toContain("SPD left wing");
    expect(found).toContain("SPD youth wing");
    expect(stances("The SPD will choose new leaders. The party's youth wing backed Mara Lenz.")).toContain("SUPPORTS SPD youth wing -> Mara Lenz");
  });

  it("makes no group of a bare tally of members", () => {
    expect(organizations(`${CONTEST}Anna Kovac has the support of 23 MPs.`)).not.toContain("Liberal Democrat MPs");
    expect(stances(`${CONTEST}Anna Kovac was nominated by five MPs.`)).not.toContain("SUPPORTS Liberal Democrat MPs -> Anna Kovac");
  });

  it("makes no group when no one party is the article's", () => {
    expect(organizations("Anna Kovac has won the backing of the party's MPs.")).toEqual([]);
    expect(organizations("The Labour Party and the Liberal Democrats met. Ivo Maric won the backing of the party's MPs.")).not.toContain("Labour MPs");
  });
});

describe("a party's branch in a region", () => {
  const BRANCH = "The African National Congress (ANC) in North Vale has announced that it is supporting Anna Kovac. While Ivo Maric is seeking a second term, the ANC in the province will not be supporting him. The party in the province also supports Mara Lenz as deputy president.";

  it("names the branch by the party and the region, the region an alias", () => {
    const branch = findMentions(BRANCH).find((m) => m.name === "ANC in North Vale");
    expect(branch?.aliases).toContain("North Vale");
  });

  it("reads the branch, and the party in the province after it, as the holder", () => {
    const found = stances(BRANCH);
    expect(found).toContain("SUPPORTS ANC in North Vale -> Anna Kovac");
    expect(found).toContain("OPPOSES ANC in North Vale -> Ivo Maric");
    expect(found).toContain("SUPPORTS ANC in North Vale -> Mara Lenz");
  });

  it("reads no branch of a party's seat, or of the province before a branch is named", () => {
    expect(organizations("The ANC in Parliament backed Anna Kovac.")).not.toContain("ANC in Parliament");
    expect(organizations("The party in the province backed Anna Kovac.")).toEqual([]);
    // A party named by its people: people of the party there, not a branch.
    expect(organizations("Republicans in North Vale backed Anna Kovac.")).not.toContain("Republicans in North Vale");
  });
});
