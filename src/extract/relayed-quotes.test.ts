import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function speakers(text: string): string[] {
  return attributeQuotes(analyzeText(text)).map((q) => q.speaker);
}

describe("quotations a document or a go-between carries", () => {
  it("names no speaker when the source is an unnamed copy or source relayed by the one named", () => {
    expect(speakers("The signatories said that “the time has come for change,” according to a copy of the letter shared by reporter Anna Kovac.")).toEqual([]);
    expect(speakers("The choice is “imminent,” according to a source who spoke with the website Ruritania Today.")).toEqual([]);
  });

  it("still reads one named right after according to, and the issuer of a document", () => {
    expect(speakers("The choice is “imminent,” according to Anna Kovac.")).toEqual(["person:anna-kovac"]);
    expect(speakers("The choice is “imminent,” according to a statement issued by the Freedonia Workers Union.")).toEqual(["org:freedonia-workers-union"]);
    expect(speakers("“The time has come for change,” states a letter published by the Freedonia Workers Union.")).toEqual(["org:freedonia-workers-union"]);
  });

  it("does not take the outlet that saw a document for its speaker", () => {
    expect(speakers("Today’s letter – seen by The Guardian – states that Anna Kovac has the “experience and judgement” to lead.")).toEqual([]);
  });

  it("does not take a country that names a document for its speaker", () => {
    expect(speakers("The 2015 Madrid Accord vows to cap tariffs at “well under” two percent.")).toEqual([]);
  });

  it("reads a country that speaks before a document is named", () => {
    expect(speakers("Spain said the Madrid Accord was “a fair deal”.")).toEqual(["country:ES"]);
  });
});
