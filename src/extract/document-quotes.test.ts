import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function attributed(text: string): [string, string][] {
  return attributeQuotes(analyzeText(text)).map((q) => [q.speaker, q.rule]);
}

describe("quotations of a document, spoken by its issuer", () => {
  it("reads the issuer named after the document: issued by, adopted by", () => {
    expect(attributed("The choice was announced in a statement issued by the office of Anna Kovac.\n\n“Tom Vale brings a wealth of experience,” the statement said.")).toEqual([["person:anna-kovac", "quote.document-issuer"]]);
  });

  it("reads the subject that distributed the document", () => {
    expect(attributed("Anna Kovac phoned the party president and distributed a letter to colleagues.\n\nThe letter said the challenges meant “our economy” was at stake.")).toEqual([["person:anna-kovac", "quote.document-issuer"]]);
  });

  it("takes the document for any document noun brought in before", () => {
    expect(attributed("Ruritania will leave, stated the resolution adopted by the Freedonia Workers Union.\n\n“We will have to consider leaving,” the document says.")).toEqual([["org:freedonia-workers-union", "quote.document-issuer"]]);
  });

  it("reads no issuer for a letter its many signatories signed", () => {
    expect(attributed("Sixteen lawmakers signed a letter against Tom Vale.\n\n“The time has come for change,” the letter said.")).toEqual([]);
  });

  it("reads no issuer when the document's introduction names none", () => {
    expect(attributed("A letter reached the committee on Monday.\n\n“The time has come for change,” the letter said.")).toEqual([]);
  });

  it("reads the issuer of a document an outlet quoted from", () => {
    expect(attributed("On Monday, Anna Kovac had issued a letter against Tom Vale. His election would be “a grave mistake”, the Ruritania Herald quoted from the letter.")).toEqual([["person:anna-kovac", "quote.document-issuer"]]);
  });
});
