import { closestNames, similarity, suggestionSearch } from "./name-suggestions.js";
import { checkNameLength, MAX_NAME_LENGTH } from "./name-resolver.js";
import { InvalidInputError } from "../errors.js";

const nodes = [
  { id: "person:mark-rutte", name: "Mark Rutte", aliases: ["Rutte", "Mr Rutte"] },
  { id: "person:kaja-kallas", name: "Kaja Kallas", aliases: ["Kallas"] },
  { id: "country:HU", name: "Hungary", aliases: [] },
  { id: "country:FR", name: "France", aliases: ["French Republic"] },
  { id: "country:IT", name: "Italy", aliases: [] },
];

describe("closestNames", () => {
  it.each([
    ["Mark Rute", ["Mark Rutte"]],
    ["rutt", ["Mark Rutte"]],
    ["Hungry", ["Hungary"]],
    ["Frnace", ["France"]],
    ["Prime Minister Kallas", ["Kaja Kallas"]],
  ])("suggests the right name for %s", (typed, expected) => {
    expect(closestNames(typed, nodes)).toEqual(expected);
  });

  it("suggests nothing for a name unlike any", () => {
    expect(closestNames("Xi Jinping", nodes)).toEqual([]);
  });

  it("ranks the closer name first", () => {
    expect(similarity("mark rutte", "mark rutte")).toBe(1);
    expect(similarity("mark rute", "mark rutte")).toBeGreaterThan(similarity("mark rute", "kaja kallas"));
  });
});

describe("suggestionSearch", () => {
  it("searches each word with a typo allowance and nothing of the query syntax", () => {
    expect(suggestionSearch("Mark Rute")).toBe("mark~1 OR rute~1");
    expect(suggestionSearch("Kariņš")).toBe("karins~1");
    expect(suggestionSearch('x" OR *:* AND title:(a')).toBe("x OR or OR and OR title~1 OR a");
    expect(suggestionSearch("!!! ???")).toBeUndefined();
  });

  it("keeps at most eight words", () => {
    expect(suggestionSearch(Array.from({ length: 50 }, (_, i) => `word${i}`).join(" "))!.split(" OR ")).toHaveLength(8);
  });
});

describe("checkNameLength", () => {
  it("refuses a name over the limit, names the limit and quotes only a short prefix", () => {
    const long = "A".repeat(MAX_NAME_LENGTH) + "Z".repeat(10_000);
    expect(() => checkNameLength(long)).toThrow(InvalidInputError);
    try {
      checkNameLength(long);
    } catch (error) {
      expect((error as Error).message).toMatch(/at most 200 characters; got 10200/);
      expect((error as Error).message.length).toBeLessThan(120);
    }
    expect(() => checkNameLength("A".repeat(MAX_NAME_LENGTH))).not.toThrow();
  });
});
