import { deriveSpokenStances } from "./derive-stances.js";
import { extractArticle } from "./index.js";

/** The stances derived through who speaks for whom, by names. */
function derived(text: string): string[] {
  const doc = extractArticle({ title: "t", source: "s", text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return deriveSpokenStances(doc).map((c) => `${c.type} ${name.get(c.from)} -> ${name.get(c.to)}`);
}

describe("an official's stance in the race for their own organization's post", () => {
  it("is not the organization's, even for a candidate whose own candidacy was not read", () => {
    // Only Max Kohl's candidacy is read from "A and B are vying to lead"; the race is still the party's own.
    expect(derived("Lena Berg and Max Kohl are vying to lead the Conservative Party. Conservative Party chairman Tom Hart said Berg had his support.")).toEqual([]);
  });

  it("is still the country's for a head of government in another organization's race", () => {
    expect(derived("Tom Vale and Ana Ruiz are candidates for WTO Director-General. German Chancellor Hans Weber backed Ana Ruiz.")).toEqual(["SUPPORTS Germany -> Ana Ruiz"]);
  });
});
