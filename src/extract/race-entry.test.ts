import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { entryStatements } from "./race-entry.js";

/** The people read by the entry statements of the text's last sentence. */
function entries(text: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[analysis.sentences.length - 1]!;
  const previous = analysis.sentences[sentence.index - 1];
  return entryStatements(analysis, attributeQuotes(analysis), sentence, (p) => /\bpresidential\b/i.test(p), previous).map((s) => `${s.person.entity} ${s.rule}`);
}

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("an entry told by a verb of saying with a time between", () => {
  it("reads the one who said she would stand", () => {
    expect(entries(`${RACE}Anna Kovac announced on Monday that she would stand.`)).toEqual(["person:anna-kovac candidacy.said-would-stand"]);
    expect(entries(`${RACE}Piet Rook told reporters in Geneva that he will run for the post.`)).toEqual(["person:piet-rook candidacy.said-would-stand"]);
    expect(candidates(`${RACE}Anna Kovac confirmed late on Friday that she would run again.`)).toEqual([`person:anna-kovac ${post}`]);
  });

  it("reads no denial, no other stand and no race of another kind", () => {
    expect(entries(`${RACE}Anna Kovac announced on Monday that she would not stand.`)).toEqual([]);
    expect(entries(`${RACE}Anna Kovac said on Monday that she would stand by her decision.`)).toEqual([]);
    expect(entries(`${RACE}Anna Kovac said on Monday that she would run the agency differently.`)).toEqual([]);
    expect(candidates(`${RACE}Anna Kovac said last week that she would run for parliament.`)).toEqual([]);
  });
});

describe("an entry told by a place in the order of entry", () => {
  it("reads the subject, past an apposition", () => {
    expect(entries(`${RACE}Anna Kovac, nominated by the Ruritanian federation, was the last to enter the race.`)).toEqual(["person:anna-kovac candidacy.ordinal-entry"]);
    expect(entries(`${RACE}Piet Rook is the third candidate to announce his candidacy.`)).toEqual(["person:piet-rook candidacy.ordinal-entry"]);
  });

  it("reads a sentence-opening description as the one person named before it", () => {
    expect(entries(`${RACE}Anna Kovac announced her decision on Monday. The former minister is the third to enter the contest.`)).toEqual(["person:anna-kovac candidacy.ordinal-entry"]);
  });

  it("reads no declaration of support and no denial", () => {
    expect(entries(`${RACE}Piet Rook was the first to declare his support for Anna Kovac.`)).toEqual([]);
    expect(entries(`${RACE}Piet Rook became the latest to announce he would not be running.`)).toEqual([]);
  });
});

describe("entries told by a name put forward or by joining", () => {
  it("reads the one who put her name forward", () => {
    expect(entries(`${RACE}Deputy leader Anna Kovac put her name forward on Tuesday.`)).toEqual(["person:anna-kovac candidacy.name-forward"]);
  });

  it("reads the one a candidate was joined by", () => {
    expect(entries(`${RACE}Anna Kovac put her name forward on Tuesday, and on Thursday she was joined by justice spokeswoman Lena Lund.`)).toEqual(["person:anna-kovac candidacy.name-forward", "person:lena-lund candidacy.joined-by"]);
  });

  it("reads no one joining someone not in the race", () => {
    expect(entries(`${RACE}Anna Kovac spoke in Geneva on Tuesday, where she was joined by her husband Piet Rook.`)).toEqual([]);
  });

  it("reads those joined in entering the contest", () => {
    expect(entries(`${RACE}Anna Kovac has now joined Lena Lund and Olaf Olsen in formally entering the contest.`)).toEqual(["person:lena-lund candidacy.joined-in", "person:olaf-olsen candidacy.joined-in"]);
    expect(entries(`${RACE}Ivo Dane joined Lena Lund and Olaf Olsen in saying they would back her.`)).toEqual([]);
  });
});

describe("standing told by the ballot's own terms", () => {
  it("reads one who secured the nominations, was confirmed as a candidate or is the only one of a kind in the race", () => {
    expect(entries(`${RACE}Anna Kovac has secured enough nominations to get on the ballot.`)).toEqual(["person:anna-kovac candidacy.standing"]);
    expect(entries(`${RACE}Anna Kovac was confirmed as the sole nominee on Friday.`)).toEqual(["person:anna-kovac candidacy.standing"]);
    expect(entries(`${RACE}Anna Kovac is the only woman in the race.`)).toEqual(["person:anna-kovac candidacy.standing"]);
  });

  it("reads no failure, denial or hope to stand", () => {
    expect(entries(`${RACE}Anna Kovac has not secured the required nominations.`)).toEqual([]);
    expect(entries(`${RACE}Anna Kovac hopes she has gathered enough signatures.`)).toEqual([]);
  });
});

describe("the order of entry, then the name; the nominations held", () => {
  it("reads the name after 'The first to declare was'", () => {
    expect(entries(`${RACE}The first to declare was Anna Kovac, a lawyer.`)).toEqual(["person:anna-kovac candidacy.ordinal-entry"]);
    expect(entries(`${RACE}The first to declare her support was Anna Kovac.`)).toEqual([]);
  });

  it("reads one who has the required nominations", () => {
    expect(entries(`${RACE}Anna Kovac, the Health Secretary, has the required five nominations.`)).toEqual(["person:anna-kovac candidacy.standing"]);
  });
});
