import { analyzeText } from "./index.js";

/** The names of the entities a text's mentions yield, sorted. */
function entityNames(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(analysis.mentions.filter((m) => !m.modifier).map((m) => analysis.entities.get(m.entity)!.name))].sort();
}

describe("known names written with commas", () => {
  it("reads a UN agency's full name with its commas", () => {
    expect(entityNames("The United Nations Educational, Scientific and Cultural Organization named Ana Ruiz on Friday.")).toEqual(["Ana Ruiz", "UNESCO"]);
  });

  it("reads the agency's body after 'executive board of the U.N. ...'", () => {
    const analysis = analyzeText("The executive board of the U.N. Educational, Scientific and Cultural Organization selected Ana Ruiz on Tuesday.");
    const bodies = [...analysis.entities.values()].filter((e) => e.type === "Organization");
    expect(bodies.map((e) => [e.name, ...e.aliases].includes("UNESCO Executive Board"))).toEqual([true]);
  });

  it("reads a fund's and a union's names that list with commas", () => {
    expect(entityNames("The Global Fund to Fight AIDS, Tuberculosis and Malaria backed Tom Vale.")).toContain("Global Fund");
    expect(entityNames("The Union of Shop, Distributive and Allied Workers endorsed Tom Vale for deputy leader.")).toEqual(["Tom Vale", "Usdaw"]);
    expect(entityNames("The American Federation of State, County and Municipal Employees endorsed Tom Vale on Monday.")).toEqual(["AFSCME", "Tom Vale"]);
  });

  it("still needs the comma where the name has one and nothing else there", () => {
    const names = entityNames("Officials in State; County and Municipal Employees met Tom Vale.");
    expect(names).not.toContain("AFSCME");
  });
});
