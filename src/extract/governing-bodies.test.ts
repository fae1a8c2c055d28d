import { extractArticle } from "./index.js";
import { findMentions } from "./mentions.js";

function organizations(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Organization").map((m) => m.name);
}

function supports(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.claims.filter((c) => c.type === "SUPPORTS").map((c) => `${names.get(c.from)} -> ${names.get(c.to)}`);
}

describe("the governing body of a known organization", () => {
  it("names the body by the organization's short name and the body's title", () => {
    expect(organizations("UNESCO's Executive Board nominated Tom Vale on Friday.")).toEqual(["UNESCO Executive Board"]);
    expect(organizations("The executive board of UNESCO chose Ana Ruiz from eleven candidates.")).toEqual(["UNESCO Executive Board"]);
    expect(organizations("The IOC Executive Board has shortlisted Tom Vale.")).toEqual(["IOC Executive Board"]);
    expect(organizations("The AfDB Board of Governors elected Jo Park.")).toEqual(["AfDB Board of Governors"]);
    expect(organizations("She was voted in by World Rugby Council members.")).toContain("World Rugby Council");
    expect(organizations("The FIFA Congress will elect the president in May.")).toEqual(["FIFA Congress"]);
  });

  it("keeps the phrase as written among the body's names", () => {
    const body = findMentions("UNESCO's 58-member Executive Board met on Monday.").find((m) => m.type === "Organization");
    expect(body?.name).toBe("UNESCO Executive Board");
    expect(body?.aliases).toContain("UNESCO's 58-member Executive Board");
  });

  it("reads the body as the holder of a nomination", () => {
    expect(supports("UNESCO's Executive Board nominated Tom Vale for the post of Director-General.")).toContain("UNESCO Executive Board -> Tom Vale");
    expect(supports("FIFA's Executive Committee endorsed Ana Ruiz.")).toContain("FIFA Executive Committee -> Ana Ruiz");
  });

  it("leaves a longer known name, a description and an unknown organization alone", () => {
    expect(organizations("The UN Security Council will vote on Tuesday.")).toEqual(["UN Security Council"]);
    expect(organizations("He was nominated last week by the UN agency's executive board.")).not.toContain("UN Executive Board");
    expect(organizations("The school board backed Ana Ruiz.")).toEqual([]);
  });
});
