import { closestNames, similarity } from "./name-suggestions.js";

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
