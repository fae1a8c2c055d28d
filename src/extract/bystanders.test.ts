import { extractArticle } from "./index.js";

function oppositions(text: string): string[] {
  const doc = extractArticle({ text, title: "WIPO race", url: "https://news.example/wipo", source: "Example News", publishedAt: "2024-05-01" });
  return doc.claims.filter((c) => c.type === "OPPOSES").map((c) => `${c.from} ${c.to}`);
}

describe("criticism of bystanders", () => {
  it("keeps criticism of a candidate", () => {
    expect(oppositions("Piet Rook is running for WIPO Director General. Norway criticized Piet Rook's candidacy.")).toEqual(["country:NO person:piet-rook"]);
  });

  it("keeps criticism of someone others back", () => {
    expect(oppositions("Chile backed Piet Rook. Norway sharply criticized Piet Rook.")).toEqual(["country:NO person:piet-rook"]);
  });

  it("drops criticism of a person who is neither a candidate nor backed by anyone", () => {
    expect(oppositions("Piet Rook is running for WIPO Director General. Norway repeatedly criticized Mira Sol.")).toEqual([]);
  });

  it("keeps opposition said with a stance verb, whoever it is to", () => {
    expect(oppositions("Norway said it would not support Mira Sol.")).toEqual(["country:NO person:mira-sol"]);
  });
});
