import { EXTRACTOR_VERSION, extractArticle } from "./index.js";

/**
 * One short sentence per structure of newswire the extractor reads, with placeholder names. Each
 * test names the relations the sentence states (and, where it matters, one it does not).
 */
function read(text: string): Set<string> {
  const doc = extractArticle({ title: "t", source: "s", text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return new Set(
    doc.claims
      .filter((c) => c.type !== "QUOTED_IN" && c.type !== "SPEAKS_FOR")
      .map((c) => `${c.type} ${name.get(c.from)} -> ${name.get(c.to)}${c.post ? ` [${name.get(c.post)}]` : ""}`),
  );
}

describe("structures", () => {
  it("coordinated subjects with a stance noun and a time phrase", () => {
    const found = read("Spain, Italy, Greece and Portugal all signalled their support on Thursday for Pieter Jansen, the Dutch prime minister.");
    for (const c of ["Spain", "Italy", "Greece", "Portugal"]) expect(found).toContain(`SUPPORTS ${c} -> Pieter Jansen`);
  });

  it("officials and governments stand for their country, a description for the person it describes", () => {
    const found = read("Dutch Prime Minister Pieter Jansen is running for NATO Secretary General. Officials of Spain and Italy confirmed their governments' support for the outgoing Dutch prime minister.");
    expect(found).toContain("SUPPORTS Spain -> Pieter Jansen");
    expect(found).toContain("SUPPORTS Italy -> Pieter Jansen");
    expect(found).toContain("CANDIDATE_FOR Pieter Jansen -> NATO Secretary General");
  });

  it("a negated support is opposition", () => {
    expect(read("Hungary won't back Pieter Jansen, the diplomat said.")).toContain("OPPOSES Hungary -> Pieter Jansen");
  });

  it("a control verb: wanting someone to become is support, and a candidacy", () => {
    const found = read("The WHO race is open. Kenya wants Amina Odhiambo to become the next WHO Director-General.");
    expect(found).toContain("SUPPORTS Kenya -> Amina Odhiambo [WHO Director-General]");
    expect(found).toContain("CANDIDATE_FOR Amina Odhiambo -> WHO Director-General");
  });

  it("asking others to vote for someone is support", () => {
    expect(read("Ghana urged member states to vote for Amina Odhiambo.")).toContain("SUPPORTS Ghana -> Amina Odhiambo");
  });

  it("a candidacy stated by its goal", () => {
    expect(read("Former minister Lena Berg is running to become the alliance's next secretary general, NATO officials said.")).toContain("CANDIDATE_FOR Lena Berg -> NATO Secretary General");
  });

  it("a nomination is support and a candidacy", () => {
    const found = read("The WTO must choose a new Director-General. Norway nominated its trade minister, Lena Berg, for the post.");
    expect(found).toContain("SUPPORTS Norway -> Lena Berg");
    expect(found).toContain("CANDIDATE_FOR Lena Berg -> WTO Director-General");
  });

  it("a list of candidates", () => {
    const found = read("The race for IMF Managing Director is open. The three candidates are: Lena Berg, Amina Odhiambo and Pieter Jansen.");
    for (const p of ["Lena Berg", "Amina Odhiambo", "Pieter Jansen"]) expect(found).toContain(`CANDIDATE_FOR ${p} -> IMF Managing Director`);
  });

  it("a stance tied to a post names it", () => {
    expect(read("France will support Pieter Jansen as the next NATO Secretary General.")).toContain("SUPPORTS France -> Pieter Jansen [NATO Secretary General]");
  });

  it("choosing one candidate over another opposes the other", () => {
    const found = read("Brazil backed Lena Berg over Amina Odhiambo in the WTO race.");
    expect(found).toContain("SUPPORTS Brazil -> Lena Berg");
    expect(found).toContain("OPPOSES Brazil -> Amina Odhiambo");
  });

  it("a passive with any adverb, and a list after 'by' that stops at the verb", () => {
    const found = read("Lena Berg's bid has been quietly backed by Sweden, Finland and Estonia and has gained ground.");
    for (const c of ["Sweden", "Finland", "Estonia"]) expect(found).toContain(`SUPPORTS ${c} -> Lena Berg`);
  });

  it("support as a noun compared is no stance", () => {
    expect(read("Lena Berg had far more support than her rival, Amina Odhiambo.")).not.toContain("SUPPORTS Lena Berg -> Amina Odhiambo");
  });

  it("the party's leadership is a post", () => {
    expect(read("Lena Berg launched her bid for the Labour leadership on Monday.")).toContain("CANDIDATE_FOR Lena Berg -> Leader of the Labour Party");
  });

  it("records the rule of each claim and the extractor version", () => {
    const doc = extractArticle({ title: "t", source: "s", text: "Spain strongly backs Ana Ferreira." });
    expect(doc.extractor).toEqual({ name: "coalition-graph", version: EXTRACTOR_VERSION });
    expect(doc.claims.find((c) => c.type === "SUPPORTS")?.rule).toBe("stance.support-verb");
  });
});
