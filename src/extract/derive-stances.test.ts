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
});
