import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS" || c.type === "OPPOSES").map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("a country's embassy, mission or high commission abroad", () => {
  it("gives the stance of 'the <demonym> embassy in <capital>' to the sending country, not the host", () => {
    expect(stancesOf("The Kenyan embassy in London backed Ana Ruiz for the post of WFP executive director on Monday.")).toEqual(["SUPPORTS country:KE person:ana-ruiz"]);
  });

  it("reads a demonym before 'mission' as the country acting", () => {
    expect(stancesOf("The Ghanaian mission in Geneva said it backed Ana Ruiz to lead the agency.")).toEqual(["SUPPORTS country:GH person:ana-ruiz"]);
  });

  it("never reads a high commission as the European Commission", () => {
    expect(stancesOf("The Nigerian High Commission endorsed Tom Vale for the post of Commonwealth Secretary-General.")).toEqual(["SUPPORTS country:NG person:tom-vale"]);
  });

  it("gives 'the High Commission of <country> in <capital>' to the country named after 'of'", () => {
    expect(stancesOf("The High Commission of Malawi in Ottawa endorsed Tom Vale for the post of Commonwealth Secretary-General.")).toEqual(["SUPPORTS country:MW person:tom-vale"]);
  });

  it("leaves the host out after '<country>'s embassy in' and 'ambassador to'", () => {
    expect(stancesOf("Chile's embassy in Washington said on Tuesday that it backs Ana Ruiz for the IDB presidency.")).toEqual(["SUPPORTS country:CL person:ana-ruiz"]);
    const stances = stancesOf("Peru's ambassador to Canberra, Luis Mora, said Peru opposes Tom Vale for the post of FAO director-general.");
    expect(stances).toContain("OPPOSES country:PE person:tom-vale");
    expect(stances.filter((s) => s.includes("country:AU"))).toEqual([]);
  });

  it("still reads a capital that acts on its own", () => {
    expect(stancesOf("Washington backed Ana Ruiz for the IDB presidency, officials said.")).toEqual(["SUPPORTS country:US person:ana-ruiz"]);
  });

  it("still reads the European Commission by its short name", () => {
    const analysis = analyzeText("The Commission backed the plan on Monday, a spokesman for the European Commission said.");
    expect([...analysis.entities.values()].map((e) => e.name)).toContain("European Commission");
  });
});
