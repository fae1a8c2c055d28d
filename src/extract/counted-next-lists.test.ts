import { countedNextStatements, listHeads } from "./counted-next-lists.js";
import { analyzeText } from "./index.js";

/** The people read from the text's last sentence, with the sentence before it. */
function read(text: string, otherRace: (phrase: string) => boolean = () => false): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[analysis.sentences.length - 1]!;
  return countedNextStatements(analysis, sentence, otherRace, analysis.sentences[sentence.index - 1]).map((s) => `${s.person.entity} ${s.rule}`);
}

describe("lists announced by a count", () => {
  it("reads a list in the sentence after the count, its items carrying ages and dashed descriptions", () => {
    expect(read("Three other party lawmakers have declared their intention to run in the leadership election. They are party policy chief Anna Kovac, 47, Piet Rook, 62 — former adviser to the prime minister — and Lena Lund, 54 — a former minister of health, labor and welfare.")).toEqual([
      "person:anna-kovac candidacy.counted-next",
      "person:piet-rook candidacy.counted-next",
      "person:lena-lund candidacy.counted-next",
    ]);
  });

  it("reads a list that opens the next sentence as the subject of its verb", () => {
    expect(read("Three MSPs have secured the nominations needed to run for the Ruritanian Party leadership.\n\nAnna Kovac, Piet Rook and Lena Lund will take part in their first hustings on Saturday.")).toEqual([
      "person:anna-kovac candidacy.counted-next",
      "person:piet-rook candidacy.counted-next",
      "person:lena-lund candidacy.counted-next",
    ]);
  });

  it("reads a list after the counted candidates in the same sentence", () => {
    expect(read("The vote went to a runoff. The two candidates defeated in the first round were Anna Kovac, 50, a former deputy minister, and Piet Rook, 54, a former envoy.")).toEqual([
      "person:anna-kovac candidacy.counted-same",
      "person:piet-rook candidacy.counted-same",
    ]);
  });

  it("reads nothing when the list does not hold the counted number of people", () => {
    expect(read("Three lawmakers have declared their candidacy for the leadership. Anna Kovac and Piet Rook will take part in a debate.")).toEqual([]);
  });

  it("reads nothing without a count of a field in a race before", () => {
    expect(read("The party met in Ruritania on Monday. Anna Kovac, Piet Rook and Lena Lund will take part in the talks.")).toEqual([]);
    expect(read("Three ministers visited the capital on Monday. Anna Kovac, Piet Rook and Lena Lund will take part in the talks.")).toEqual([]);
  });

  it("reads a field restated in words of another race when the sentence before counted it in the race", () => {
    const presidential = (p: string) => /presidential/.test(p);
    expect(read("Four candidates are running for president of the federation. The four presidential candidates are former minister Anna Lund, Piet Rook, Ivo Dane and Lena Kovac.", presidential)).toHaveLength(4);
    expect(read("The congress opens in May. The two presidential candidates are Anna Lund and Piet Rook.", presidential)).toEqual([]);
  });

  it("reads nothing of another race", () => {
    expect(read("Two senators are running in the presidential primary. They are Anna Kovac and Piet Rook.", (p) => /presidential/.test(p))).toEqual([]);
  });
});

describe("items of a list", () => {
  it("heads no item with a person named after words of another role", () => {
    const analysis = analyzeText("They are Anna Kovac, backed by Piet Rook, and Lena Lund.");
    const s = analysis.sentences[0]!;
    expect(listHeads(analysis, s.start, s.end).map((p) => p.entity)).toEqual(["person:anna-kovac", "person:lena-lund"]);
  });

  it("keeps a bracketed aside in its item", () => {
    const analysis = analyzeText("They are Anna Kovac (a former minister, and envoy), Piet Rook and Lena Lund.");
    const s = analysis.sentences[0]!;
    expect(listHeads(analysis, s.start, s.end).map((p) => p.entity)).toEqual(["person:anna-kovac", "person:piet-rook", "person:lena-lund"]);
  });
});

describe("counts of others than the field", () => {
  it("reads nothing after a count of backers", () => {
    expect(read("Three ministers have declared their support for her leadership bid. Anna Lund, Piet Rook and Ivo Dane will campaign with her.")).toEqual([]);
  });

  it("reads nothing when more than a title stands before the list", () => {
    expect(read("Three candidates are in the leadership race. Party members applauded Anna Lund, Piet Rook and Ivo Dane on Monday.")).toEqual([]);
  });

  it("reads a list after the field restated with the same count, not another", () => {
    expect(read("Four candidates are running for the leadership. The four candidates are former minister Anna Lund, Piet Rook, Ivo Dane and Lena Kovac.")).toHaveLength(4);
    expect(read("The race is open. The three candidates are Anna Lund and Piet Rook.")).toEqual([]);
    expect(read("The race is open. The two candidates are former ministers Anna Lund and Piet Rook.")).toEqual(["person:anna-lund candidacy.counted-same", "person:piet-rook candidacy.counted-same"]);
  });
});
