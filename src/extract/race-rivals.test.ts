import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { rivalStatements } from "./race-rivals.js";

/** The people read by the rival statements of the text's last sentence. */
function rivals(text: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences[analysis.sentences.length - 1]!;
  const previous = analysis.sentences[sentence.index - 1];
  return rivalStatements(analysis, attributeQuotes(analysis), sentence, (p) => /\bpresidential\b/i.test(p), previous).map((s) => `${s.person.entity} ${s.rule}`);
}

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("rivals beaten after a title", () => {
  it("reads the one beaten when a title stands between the verb and the name", () => {
    expect(rivals(`${RACE}Marta Kovac beat Ruritanian counterpart Piet Rook to the job.`)).toEqual(["person:piet-rook candidacy.beaten-titled"]);
    expect(rivals(`${RACE}Having defeated Texas Sen. Ivo Dane and Ohio Sen. Tom Vale, she will take office in May.`)).toEqual(["person:ivo-dane candidacy.beaten-titled", "person:tom-vale candidacy.beaten-titled"]);
  });

  it("reads the rival a winner won a vote against", () => {
    expect(rivals(`${RACE}Marta Kovac won a runoff vote against Piet Rook, securing 521 votes.`)).toEqual(["person:piet-rook candidacy.beaten-titled"]);
    expect(rivals(`${RACE}Marta Kovac won in a runoff against Piet Rook.`)).toEqual(["person:piet-rook candidacy.beaten-titled"]);
  });

  it("gives the rival the article's post through the candidacies", () => {
    expect(candidates(`${RACE}With 159 votes from the Parliamentary Assembly, Marta Kovac beat Ruritanian Foreign Minister Piet Rook to the job.`)).toContain(`person:piet-rook ${post}`);
  });

  it("reads no rival of another race, an earlier one or a sentence outside a race", () => {
    expect(rivals(`${RACE}She said Lena Ostrova had beaten Senator Piet Rook in the 2016 presidential primary.`)).toEqual([]);
    expect(rivals(`${RACE}In 2012 she defeated Senator Piet Rook for a seat.`)).toEqual([]);
    expect(rivals(`${RACE}Many expected a change after Ivo Dane won the US election, defeating Tom Vale.`)).toEqual([]);
    expect(rivals("In the final, Ana Ruiz beat top seed Mira Sol in straight sets.")).toEqual([]);
    expect(rivals(`${RACE}Marta Kovac beat Senator Piet Rook's record.`)).toEqual([]);
  });
});

describe("rivals named by their role in apposition", () => {
  it("reads a single rival and a list after a plural role", () => {
    expect(rivals(`${RACE}Her opponent, Lena Ostrova, said the vote was open.`)).toEqual(["person:lena-ostrova candidacy.rival-apposition"]);
    expect(rivals(`${RACE}Marta Kovac won easily against his two opponents, Governor Ivo Dane and Tom Vale.`)).toEqual(["person:ivo-dane candidacy.rival-apposition", "person:tom-vale candidacy.rival-apposition"]);
  });

  it("reads only the rival after a singular role", () => {
    expect(rivals(`${RACE}His challenger, Ivo Dane, and his aide Tom Vale spoke on Monday.`)).toEqual(["person:ivo-dane candidacy.rival-apposition"]);
  });

  it("reads a rival owned by a name or by the incumbent, and a rival's role after the name", () => {
    expect(rivals(`${RACE}The incumbent's rival, Anna Kovac, spoke on Monday.`)).toEqual(["person:anna-kovac candidacy.rival-apposition"]);
    expect(rivals(`${RACE}Lena Lund's challenger, Anna Kovac, spoke on Monday.`)).toEqual(["person:anna-kovac candidacy.rival-apposition"]);
    expect(rivals(`${RACE}Anna Kovac, Lena Lund's main rival, spoke on Monday.`)).toEqual(["person:anna-kovac candidacy.rival-apposition"]);
  });

  it("reads the front-runner in an owner's contest, past a title", () => {
    expect(rivals(`${RACE}The frontrunner in Ruritania's leadership contest, Tallinn MP Anna Kovac, spoke on Monday.`)).toEqual(["person:anna-kovac candidacy.rival-apposition"]);
  });

  it("reads no rival of another kind", () => {
    expect(rivals(`${RACE}Anna Kovac, her long-time rival, spoke on Monday.`)).toEqual([]);
    expect(rivals(`${RACE}Anna Kovac, his rival of the prime minister's office, spoke on Monday.`)).toEqual([]);
  });

  it("reads no rival outside a race", () => {
    expect(rivals("The club said on Monday that his opponent, Ivo Dane, was injured at the weekend.")).toEqual([]);
  });
});
