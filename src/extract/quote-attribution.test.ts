import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function speakers(text: string): string[] {
  return attributeQuotes(analyzeText(text)).map((q) => q.speaker);
}

describe("who is quoted", () => {
  it("reads the one an outlet quoted as saying, not the outlet", () => {
    expect(speakers("“Voters have spoken,” Xinhua news agency quoted Arno Velt as saying after the results.")).toEqual(["person:arno-velt"]);
    expect(speakers("“We will win,” Mira Sol was quoted as saying by Reuters.")).toEqual(["person:mira-sol"]);
    expect(speakers("The state broadcaster quoted Dana Kovic as saying: “I am ready to serve.”")).toEqual(["person:dana-kovic"]);
    expect(speakers("Tom Hart was quoted as saying: “The vote was fair.”")).toEqual(["person:tom-hart"]);
  });

  it("reads a speaker after a title with initials", () => {
    expect(speakers("“He will be our next secretary-general,” Freedonia’s U.N. ambassador, Ivo Dane, said.")).toEqual(["person:ivo-dane"]);
    expect(speakers("“It is over,” said the U.S. envoy Sara Holm.")).toEqual(["person:sara-holm"]);
  });

  it("reads a name and a colon before a quotation, but not a sentence ending in a colon", () => {
    expect(speakers("The debate was tense.\n\nAna Ruiz: “We back Arno Velt.”")).toEqual(["person:ana-ruiz"]);
    expect(speakers("Freedonia's envoy Tom Hart: “The vote was fair.”")).toEqual(["person:tom-hart"]);
    expect(speakers("Critics attacked Ana Ruiz: “She has failed.”")).toEqual([]);
    expect(speakers("“We back Arno Velt,” the ambassador of Freedonia to the U.N., Ana Ruiz, said.")).toEqual(["person:ana-ruiz"]);
  });

  it("does not take the object of a preposition after the quotation for its speaker", () => {
    const text = "Senator Ivo Dane said Kovac's backers were trying to “build a wall” towards Mr Brandt, but predicted more would come around.";
    expect(speakers(text)).toEqual(["person:ivo-dane"]);
    expect(speakers("Ana Ruiz said Tomas Brandt seems “uninspired” by Mr Kovac as he insists on change.")).toEqual(["person:ana-ruiz"]);
  });

  it("does not take a clause after the quotation for its attribution", () => {
    expect(speakers("Ana Ruiz was upbeat, saying “I think we will win” after party chief Tom Hart acknowledged the vote.")).toEqual(["person:ana-ruiz"]);
    expect(speakers("The mood was tense: “It is over” when Tom Hart announced the result.")).toEqual([]);
  });

  it("does not take one named inside the quotation for the pronoun that speaks it", () => {
    expect(speakers("Tom Hart met voters who said they had backed Arno Velt. “I think Arno Velt is the best option,” he said.")).toEqual(["person:tom-hart"]);
    expect(speakers("Arno Velt won the vote. Earlier, Velt's opponent, Tom Hart of Ruritania, said he had asked his government to withdraw his candidacy.\n\n“I have called Arno Velt to congratulate him,” he told AFP.")).toEqual(["person:tom-hart"]);
  });

  it("starts a new straight quotation at a line that opens with a mark", () => {
    expect(speakers('Ana Ruiz said: "I do not know how they count.\n"Three countries have said they gave no permission," she added.')).toEqual(["person:ana-ruiz", "person:ana-ruiz"]);
    expect(speakers('Ana Ruiz said: "I do not know how they count.\n"Freedonia and Ruritania have said they gave no permission."')).toEqual(["person:ana-ruiz", "person:ana-ruiz"]);
  });

  it("reads a quoted phrase after praise or a joke, and a subject before a dash aside", () => {
    expect(speakers("The rally featured author Tom Hart, who praised the minister's “unwavering commitment to results”.")).toEqual(["person:tom-hart"]);
    expect(speakers("Ana Ruiz seemed relaxed, quipping that “you will still see a lot of me”.")).toEqual(["person:ana-ruiz"]);
    expect(speakers("Tom Hart – who came back from a scandal to finish third – described himself as the “comeback candidate”.")).toEqual(["person:tom-hart"]);
  });

  it("does not take a possessive for the one who speaks", () => {
    expect(speakers("Tom Hart’s main supporters in the contest criticised the “choirboy” tactics.")).toEqual([]);
  });

  it("reads replies as speech, and a description after an opening clause as the subject", () => {
    expect(speakers("Ana Ruiz was asked about the count.\n\nShe responded: “I do not know how they count.”")).toEqual(["person:ana-ruiz"]);
    expect(speakers("Ana Ruiz spoke on Monday.\n\nTurning to reports that ten members had backed Tom Hart, the Freedonian responded: “I do not know how they count.”")).not.toContain("person:tom-hart");
  });

  it("reads the one whose full title the description repeats, not the last one of its head noun", () => {
    expect(speakers("Housing Minister Ana Ruiz backed Tom Vale, while other ministers stand behind Prime Minister Ivo Dane.\n\n“He will have my support,” the housing minister told reporters.")).toEqual(["person:ana-ruiz"]);
    expect(speakers("Housing Minister Ana Ruiz backed Tom Vale, while other ministers stand behind Prime Minister Ivo Dane.\n\n“He will have my support,” the minister told reporters.")).toEqual(["person:ivo-dane"]);
  });
});
