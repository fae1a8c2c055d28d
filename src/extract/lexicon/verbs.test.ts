import { analyzeText } from "../index.js";
import { attributeQuotes } from "../quotes.js";
import { findStances } from "../stances.js";

/** The stances of a text, as "TYPE from to", sorted. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Anna Kovac is running for the leadership. Peter Lund is a senator. Maria Olsen is a minister. ";

describe("support verbs and nouns", () => {
  it("reads being in or joining a candidate's camp as support", () => {
    expect(stancesOf(`${INTRO}Lund is firmly in Kovac's camp.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
    expect(stancesOf(`${INTRO}Lund joined Kovac's camp on Monday.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });

  it("reads no stance of those speaking from a camp", () => {
    expect(stancesOf(`${INTRO}Sources in Kovac's camp said the vote was close.`)).toEqual([]);
  });

  it("reads the votes a candidate counts on as support", () => {
    expect(stancesOf(`${INTRO}Kovac was able to count on the votes of Lund and Olsen.`)).toEqual(["SUPPORTS person:maria-olsen person:anna-kovac", "SUPPORTS person:peter-lund person:anna-kovac"]);
  });
});

describe("putting forward and blessing", () => {
  it("reads putting a candidate forward as support", () => {
    expect(stancesOf(`${INTRO}The Norwegian government put Kovac forward.`)).toEqual(["SUPPORTS country:NO person:anna-kovac"]);
  });

  it("reads nothing from putting one's own name forward", () => {
    expect(stancesOf(`${INTRO}Lund put his name forward.`)).toEqual([]);
  });

  it("reads a blessing given or had as support", () => {
    expect(stancesOf(`${INTRO}Lund gave his blessing to Kovac.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
    expect(stancesOf(`${INTRO}Kovac has the blessing of Lund.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });
});

describe("choosing a candidate", () => {
  it("reads selecting someone as one's candidate or to run against a rival as support", () => {
    expect(stancesOf(`${INTRO}Norway selected Kovac as its candidate.`)).toEqual(["SUPPORTS country:NO person:anna-kovac"]);
    expect(stancesOf(`${INTRO}Norway picked Kovac to run against Lund.`)).toEqual(["SUPPORTS country:NO person:anna-kovac"]);
  });

  it("reads nothing from a choice of something else", () => {
    expect(stancesOf(`${INTRO}Norway selected Kovac as its spokesperson.`)).toEqual([]);
    expect(stancesOf(`${INTRO}Norway selected Kovac as its envoy to the talks.`)).toEqual([]);
  });
});

describe("chosen by, nominated to lead by, standing firm behind", () => {
  it("reads a candidate selected or chosen by someone as that one's support", () => {
    expect(stancesOf(`${INTRO}Kovac has been selected by Lund as the federation's president.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });

  it("reads nothing of a body whose members chose the candidate", () => {
    expect(stancesOf(`${INTRO}Kovac was chosen by Norway's delegates.`)).toEqual([]);
  });

  it("reads the post between the participle and the agent", () => {
    expect(stancesOf(`${INTRO}Kovac was nominated to lead the agency by Lund in October.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });

  it("reads standing firm behind a candidate as support", () => {
    expect(stancesOf(`${INTRO}Lund stands firm behind Kovac.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });
});

describe("betting on a candidate", () => {
  it("reads putting one's bets or money on a candidate as support", () => {
    expect(stancesOf(`${INTRO}Lund puts his bets on Kovac.`)).toEqual(["SUPPORTS person:peter-lund person:anna-kovac"]);
  });

  it("reads nothing from money put elsewhere", () => {
    expect(stancesOf(`${INTRO}Lund put his money on the table.`)).toEqual([]);
  });
});

describe("pleased with a nomination", () => {
  it("reads being happy with a candidate's nomination as support", () => {
    expect(stancesOf(`${INTRO}Norway was happy with the nomination of Kovac.`)).toEqual(["SUPPORTS country:NO person:anna-kovac"]);
  });

  it("reads nothing from being pleased with something else", () => {
    expect(stancesOf(`${INTRO}Lund was happy with the election of a new board.`)).toEqual([]);
  });
});
