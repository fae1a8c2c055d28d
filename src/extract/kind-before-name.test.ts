import { analyzeText } from "./index.js";

/** Each entity the text's mentions yield, as "Type:name", sorted. */
function entitiesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(analysis.mentions.filter((m) => !m.modifier).map((m) => `${m.type}:${analysis.entities.get(m.entity)!.name}`))].sort();
}

describe("a kind of organization written right before its name", () => {
  it("reads 'the union <Name>' as the union, even when the name is a common word", () => {
    expect(entitiesOf("Yesterday, the union Fellowship backed Ms Ruiz for deputy leader.")).toContain("Organization:Fellowship");
  });

  it("reads 'the rock band The <Name>' with its article", () => {
    expect(entitiesOf("This week, the rock band The Parlours added their name to the long list of Ana Ruiz's supporters.")).toContain("Organization:The Parlours");
  });

  it("reads campaign, pressure and farmers' groups and charities by name", () => {
    expect(entitiesOf("Campaign group Vote Forward endorsed Tom Vale on Friday.")).toContain("Organization:Vote Forward");
    expect(entitiesOf("Farmers' group Agri Voice backed Tom Vale.")).toEqual(["Organization:Agri Voice", "Person:Tom Vale"]);
    expect(entitiesOf("The charity Brightwater Trust said it would not back Tom Vale.")).toContain("Organization:Brightwater Trust");
  });

  it("reads no day and no person after the kind's word", () => {
    expect(entitiesOf("The group Wednesday said it backed Tom Vale.")).toEqual(["Person:Tom Vale"]);
    expect(entitiesOf("Union leader Ana Ruiz backed Tom Vale.")).toEqual(["Person:Ana Ruiz", "Person:Tom Vale"]);
  });

  it("leaves a capitalized union's own name to the lexicon", () => {
    expect(entitiesOf("The European Union backed Tom Vale.")).toEqual(["Organization:European Union", "Person:Tom Vale"]);
  });
});
