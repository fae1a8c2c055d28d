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
