import { findCandidacies } from "./candidacies.js";
import { countedFieldStatements, countedStatements, partitiveStatements } from "./counted-lists.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

/** The people read by the counted lists of the text's last sentence. */
function counted(text: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[analysis.sentences.length - 1]!;
  return countedStatements(analysis, attributeQuotes(analysis), sentence, () => false, analysis.sentences[sentence.index - 1]).map((s) => s.person.entity);
}

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";

describe("candidates listed with their counts", () => {
  it("reads each name with a count in brackets in a tally", () => {
    expect(counted(`${RACE}Nominations: Anna Kovac (12), Lena Lund (9), Olaf Olsen (4).`)).toEqual(["person:anna-kovac", "person:lena-lund", "person:olaf-olsen"]);
    expect(counted(`${RACE}Fewer branches were nominated, with Ivo Dane taking 552, Piet Rook (428) and Tom Vale (348).`)).toEqual(["person:piet-rook", "person:tom-vale"]);
  });

  it("reads a name with a dashed count and its noun", () => {
    expect(counted(`${RACE}The list of nominations so far.\n\nAnna Kovac – 5 nominated (5 declared support)`)).toEqual(["person:anna-kovac"]);
  });

  it("gives them the article's post", () => {
    expect(candidates(`${RACE}Nominations: Anna Kovac (12), Lena Lund (9).`)).toEqual(["person:anna-kovac post:wto-director-general", "person:lena-lund post:wto-director-general"]);
  });

  it("reads no single bracket, no ages and no list outside a tally", () => {
    expect(counted(`${RACE}Votes went to Anna Kovac (12) in the end.`)).toEqual([]);
    expect(counted(`${RACE}The nominations went to Anna Kovac (54) and Lena Lund (61), both aged over fifty.`)).toEqual([]);
    expect(counted(`${RACE}The panel heard Anna Kovac (12) and Lena Lund (9) on Monday.`)).toEqual([]);
  });

  it("reads no tally in an article of several posts whose sentence names none", () => {
    expect(counted("The race for WTO Director-General and for UN Secretary-General is open. Nominations: Anna Kovac (12), Lena Lund (9).")).toEqual([]);
  });
});

/** The people read by the counted field of the text's last sentence. */
function field(text: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[analysis.sentences.length - 1]!;
  return countedFieldStatements(analysis, attributeQuotes(analysis), sentence, (p) => /\bpresidential\b/i.test(p)).map((s) => s.person.entity);
}

describe("a field counted, then named after a colon", () => {
  it("reads each one named after the colon, past a short title", () => {
    expect(field(`${RACE}Two men are competing for the job: Ruritanian insurance man Piet Rook, the head of the federation, and lawyer Ivo Dane.`)).toEqual(["person:piet-rook", "person:ivo-dane"]);
    expect(field(`${RACE}Three candidates are running to replace him: Anna Kovac, Lena Lund and Olaf Olsen.`)).toEqual(["person:anna-kovac", "person:lena-lund", "person:olaf-olsen"]);
  });

  it("reads no field of another race and no field without a colon", () => {
    expect(field(`${RACE}Two senators are running in the presidential primary: Anna Kovac and Lena Lund.`)).toEqual([]);
    expect(field(`${RACE}Two men are competing for the job, said Anna Kovac.`)).toEqual([]);
  });
});

/** The people read by the partitive lists of the text's last sentence. */
function part(text: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[analysis.sentences.length - 1]!;
  return partitiveStatements(analysis, attributeQuotes(analysis), sentence, () => false, analysis.sentences[sentence.index - 1]).map((s) => s.person.entity);
}

describe("a part of a counted field, then named", () => {
  it("reads the names after a part of the field the sentence before counted", () => {
    expect(part(`${RACE}The panel wrote to the four confirmed candidates. Three of the four responded — Anna Kovac (Ruritania), Lena Lund (Borduria) and Olaf Olsen.`)).toEqual(["person:anna-kovac", "person:lena-lund", "person:olaf-olsen"]);
  });

  it("reads the names after a part that names the field itself", () => {
    expect(part(`${RACE}Two of the five candidates - Anna Kovac and Lena Lund - withdrew.`)).toEqual(["person:anna-kovac", "person:lena-lund"]);
  });

  it("reads no part of a field not counted as candidates", () => {
    expect(part(`${RACE}The panel wrote to four ministers. Three of the four responded — Anna Kovac, Lena Lund and Olaf Olsen.`)).toEqual([]);
  });
});
