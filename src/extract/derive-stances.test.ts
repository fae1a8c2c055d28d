import { deriveSpokenStances } from "./derive-stances.js";
import { extractArticle } from "./index.js";

function derived(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return deriveSpokenStances(doc).map((c) => `${c.type} ${name.get(c.from)} -> ${name.get(c.to)}`);
}

describe("stances through who speaks for whom", () => {
  it("gives a head of government's stance to the country", () => {
    expect(derived("German Chancellor Hans Weber backed Lena Berg.")).toEqual(["SUPPORTS Germany -> Lena Berg"]);
  });

  it("does not give an envoy's stance to the organization they are sent to", () => {
    expect(derived("Hans Weber, the ambassador to the WTO, said he supports Lena Berg.")).toEqual([]);
  });

  it("does not give a member's stance to the party whose own post the candidate seeks", () => {
    expect(derived("Lena Berg is running for the leadership of the Labour Party. Labour deputy leader Hans Weber said he no longer had confidence in Lena Berg.")).toEqual([]);
    expect(derived("Tom Vale is standing for leader of the Conservative Party. Conservative Party chairman Ana Ruiz opposed Tom Vale.")).toEqual([]);
    expect(derived("Tom Vale is a candidate for WTO Director-General. German Chancellor Hans Weber backed Tom Vale.")).toEqual(["SUPPORTS Germany -> Tom Vale"]);
  });
});
