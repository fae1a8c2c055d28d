import { findMentions } from "../mentions.js";

function people(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Person").map((m) => m.name);
}

describe("titles before a name", () => {
  it("keeps offices of many governments out of the name", () => {
    expect(people("Treasurer Tom Vale backed the motion.")).toEqual(["Tom Vale"]);
    expect(people("Taoiseach Ana Ruiz said she would not stand.")).toEqual(["Ana Ruiz"]);
    expect(people("Chief Whip Tom Vale and Councillor Ana Ruiz endorsed him.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Baroness Ana Ruiz, a former minister, backs the bid.")).toEqual(["Ana Ruiz"]);
    expect(people("Assemblywoman Ana Ruiz and Lawmaker Tom Vale signed the letter.")).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(people("Lt. Gov. Tom Vale will campaign for her.")).toEqual(["Tom Vale"]);
  });

  it("keeps descriptions that open a sentence and titles with a prefix out of the name", () => {
    expect(people("Billionaire Tom Vale backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Backbencher Ana Ruiz and Campaigner Tom Vale signed it.")).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(people("Ex-President Tom Vale and then-Minister Ana Ruiz met.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Incumbent Ana Ruiz faces Tom Vale.")).toEqual(["Ana Ruiz", "Tom Vale"]);
  });

  it("keeps a title word after a given name as a surname", () => {
    expect(people("Tom Rector backed her.")).toEqual(["Tom Rector"]);
  });
});

describe("a title standing alone for the one who holds it", () => {
  it("reads 'the Taoiseach' as the person titled so, not another head of government", async () => {
    const { extractArticle } = await import("../index.js");
    const doc = extractArticle({
      title: "Confidence vote",
      source: "test",
      text: "Taoiseach Ivan Horvat faces a confidence vote in the Ruritanian Party. Prime Minister Boris Lind of Westmark spoke on Monday. Anna Kovac said she will vote against the Taoiseach tonight.",
    });
    const opposes = doc.claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`);
    expect(opposes).toEqual(["person:anna-kovac person:ivan-horvat"]);
  });
});
