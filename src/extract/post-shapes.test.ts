import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";

function posts(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === "Post")
    .map((m) => `${m.name} <- ${text.slice(m.start, m.end)}`);
}

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("posts found by shape", () => {
  it("reads a title of a body the lexicon does not know", () => {
    expect(posts("Anna Berg is running for president of the Nordic Rowing Federation.")).toEqual(["President of the Nordic Rowing Federation <- president of the Nordic Rowing Federation"]);
    expect(posts("Tom Reed wants the chairmanship of the Ruritanian Olympic Committee.")).toEqual(["Chair of the Ruritanian Olympic Committee <- chairmanship of the Ruritanian Olympic Committee"]);
    expect(posts("Ola Hed hopes to become secretary-general of the Baltic Sea Council.")).toEqual(["Secretary-General of the Baltic Sea Council <- secretary-general of the Baltic Sea Council"]);
  });

  it("reads an acronym as the body, before or after the title", () => {
    expect(posts("Ola Hed was elected president of the FRX on Friday. The FRX presidency race was close.")).toEqual(["FRX President <- president of the FRX", "FRX President <- FRX presidency"]);
  });

  it("reads a body's presidential vote as its president, not a country's or a party's", () => {
    expect(posts("Ola Hed is a candidate in the FRX presidential election.")).toEqual(["FRX President <- FRX presidential"]);
    expect(posts("The Nordic Rowing Federation presidential race opens. Anna Berg said so.")).toEqual(["President of the Nordic Rowing Federation <- Nordic Rowing Federation presidential"]);
    expect(posts("Freedonia's presidential election is in May.")).toEqual([]);
    expect(posts("The Freedom Party presidential candidate spoke.")).toEqual([]);
  });

  it("reads a party's deputy leadership as the deputy's post", () => {
    expect(posts("Anna Berg is running for deputy leader of the Freedom Party.")).toEqual(["Deputy Leader of the Freedom Party <- deputy leader of the Freedom Party"]);
    expect(posts("Tom Reed is standing for the Freedom Party's deputy leadership.")).toEqual(["Deputy Leader of the Freedom Party <- Freedom Party's deputy leadership"]);
    expect(posts("Tom Reed is standing for leader of the Freedom Party.")).toEqual(["Leader of the Freedom Party <- leader of the Freedom Party"]);
  });

  it("takes a head word for the body's titled post", () => {
    expect(posts("The race to head the Nordic Rowing Federation is open. Anna Berg wants to be president of the Nordic Rowing Federation.")).toEqual([
      "President of the Nordic Rowing Federation <- to head the Nordic Rowing Federation",
      "President of the Nordic Rowing Federation <- president of the Nordic Rowing Federation",
    ]);
  });

  it("reads a party's leadership by the party's name", () => {
    expect(posts("The Freedom Party leadership race is open to Ann Lee and Tom Reed.")).toEqual(["Leader of the Freedom Party <- Freedom Party leadership"]);
    expect(posts("Members of the Freedom Party vote today. Ann Lee is favourite in the Freedom leadership contest.")).toEqual(["Leader of the Freedom Party <- Freedom leadership"]);
    expect(posts("Tom Reed hopes to be elected leader of the Freedom party.")).toEqual(["Leader of the Freedom Party <- leader of the Freedom party"]);
  });

  it("reads a longer party name as its own party, not the lexicon's", () => {
    expect(posts("Ann Lee won the Liberal Republican Party's leadership election.")).toEqual(["Leader of the Liberal Republican Party <- Liberal Republican Party's leadership"]);
  });

  it("reads a country's and a city's offices when they are in play", () => {
    expect(posts("Ann Lee is running for president of Brazil.")).toEqual(["President of Brazil <- president of Brazil"]);
    expect(posts("Ann Lee is running for mayor of Port Vell.")).toEqual(["Mayor of Port Vell <- mayor of Port Vell"]);
  });

  it("does not read a holder's title, an earlier office or an office out of play as a post", () => {
    const lead = "Talks resumed on Monday in the capital after a week of delays over the budget and the trade deal, officials said, and more talks are planned for next month. ".repeat(3);
    expect(posts(`${lead}Freedom leader Ann Lee said the talks went well. The Freedom Party met.`)).toEqual([]);
    expect(posts(`${lead}Tom Reed, a former mayor of Port Vell, spoke.`)).toEqual([]);
    expect(posts(`${lead}She met the president of the Nordic Rowing Federation, who spoke.`)).toEqual([]);
  });

  it("gives candidacies the post found by shape when the lexicon names none", () => {
    expect(candidates("Anna Berg is running for president of the Nordic Rowing Federation. Her main rival is Tom Reed.")).toEqual([
      "person:anna-berg post:president-of-the-nordic-rowing-federation",
      "person:tom-reed post:president-of-the-nordic-rowing-federation",
    ]);
  });

  it("leaves the article's post to the lexicon when it names one", () => {
    expect(candidates("The race for WTO Director-General is open. Dana Kovic, the first Freedom Party leader to speak, said Mira Sol remained the front-runner.")).toEqual(["person:mira-sol post:wto-director-general"]);
  });
});

describe("party leaderships raced for", () => {
  it("reads a leadership raced for as a party's, but not a chamber's", () => {
    expect(posts("Ann Lee lost the Liberal leadership spill to Tom Reed.")).toEqual(["Leader of the Liberal Party <- Liberal leadership"]);
    expect(posts("Ann Lee lost the House leadership race to Tom Reed.").filter((p) => p.includes("House"))).toEqual([]);
  });
});

describe("courts and chambers", () => {
  it("reads a judge's seat on a court, not a seat on a council", () => {
    expect(posts("Ann Lee is running for a seat on the Nordic Court of Justice.")).toEqual(["Judge of the Nordic Court of Justice <- seat on the Nordic Court of Justice"]);
    expect(posts("Ann Lee is running for a seat on the Nordic Council.")).toEqual([]);
  });

  it("reads election to a court and a judge of a court as the court's judge, not election to a council", () => {
    expect(candidates("Ann Lee was elected to the Nordic Court of Justice on Monday.")).toEqual(["person:ann-lee post:judge-of-the-nordic-court-of-justice"]);
    expect(candidates("Rivals had sought the seat for months, but Tom Reed has been re-elected to the Baltic Court of Human Rights.")).toEqual(["person:tom-reed post:judge-of-the-baltic-court-of-human-rights"]);
    expect(candidates("Freedonia withdrew Tom Reed as a candidate for re-election as a judge of the Nordic Court of Justice.")).toEqual(["person:tom-reed post:judge-of-the-nordic-court-of-justice"]);
    expect(candidates("Mira Sol, the country's nominee, is seeking a seat as a judge of the Alpine Tribunal of Arbitration.")).toEqual(["person:mira-sol post:judge-of-the-alpine-tribunal-of-arbitration"]);
    expect(posts("Ann Lee was re-elected to the Nordic Council.")).toEqual([]);
    expect(candidates("Tom Reed, a former judge of the Nordic Court of Justice, said the ruling was fair.")).toEqual([]);
  });

  it("reads a party's leader in a chamber before the party's own post", () => {
    expect(posts("Tom Reed challenged Ann Lee for the Senate GOP leadership.")).toEqual(["Senate Republican Leader <- Senate GOP leadership"]);
    expect(posts("Ann Lee hopes to remain Republican leader in the Senate.")).toEqual(["Senate Republican Leader <- Republican leader in the Senate"]);
    expect(posts("Senate Majority Leader Ann Lee spoke on Monday.")).toEqual([]);
    expect(posts("Reed Takes On Lee for GOP Senate Leadership\n\nTom Reed said on Monday he would run.")).toEqual(["Senate Republican Leader <- GOP Senate Leadership"]);
    expect(posts("The Democratic House leadership met. Ann Lee, a Republican, left.")).toEqual(["House Democratic Leader <- Democratic House leadership"]);
    expect(posts("Democratic House Leader Ann Lee spoke on Monday.")).toEqual([]);
    expect(posts("Tom Reed wants to succeed Ann Lee as leader of the Senate Democrats.")).toEqual(["Senate Democratic Leader <- leader of the Senate Democrats"]);
  });
});

describe("names of posts found by shape", () => {
  function named(text: string): string[] {
    return [...new Set(findMentions(text).filter((m) => m.type === "Post").map((m) => [m.name, ...(m.aliases ?? [])].join(" | ")))];
  }

  it("calls a party's chair its leader and names the post by the party's acronym too", () => {
    expect(named("Ann Lee wants to be chair of the Freedom Party (FP).")).toEqual(["Leader of the Freedom Party | FP Leader | Freedom Party Leader | Freedom leader"]);
  });

  it("names a party's leadership after the country the text gives the party", () => {
    expect(named("Ann Lee won the Conservative leadership. The Conservative Party of Canada met in Canada.")).toEqual([expect.stringMatching(/^Leader of the Conservative Party of Canada(?: \|.*)?$/)]);
    expect(named("Ann Lee won the Conservative leadership in Strelsau.")).toEqual([expect.stringMatching(/^Leader of the Conservative Party(?: \|(?!.*Canada).*)?$/)]);
  });

  it("names a party's leadership after the country its words name when it names none as a country", () => {
    const names = (text: string) => [...new Set(named(text).map((n) => n.split(" | ")[0]))];
    expect(names("Ann Lee won the Conservative leadership, the Canadian Press reported.")).toEqual(["Leader of the Conservative Party of Canada"]);
    expect(names("Tom Reed is running for the Labour leadership. New Zealanders will watch the race from Wellington.")).toEqual(["Leader of the New Zealand Labour Party"]);
    expect(names("Tom Reed is running for the Labour leadership. British voters and Canadian investors watched.")).toEqual(["Leader of the Labour Party"]);
    expect(names("Tom Reed is running for the Labour leadership. New Zealanders and an American investor watched.")).toEqual(["Leader of the New Zealand Labour Party"]);
  });

  it("does not name a party the lexicon gives its country after a country a second time", () => {
    for (const text of [
      "Tom Reed is running for the Labour leadership. New Zealanders will watch the race from Wellington.",
      "Ann Lee won the Conservative leadership, the Canadian Press reported.",
    ]) {
      for (const n of named(text).flatMap((x) => x.split(" | "))) expect(n).not.toMatch(/(New Zealand|Canad\w+).*\b(of|Party of) (New Zealand|Canada)\b|New Zealand New Zealand/);
    }
  });
});

describe("holders of a post found by shape", () => {
  it("does not make the post's holder a candidate for it", () => {
    expect(candidates("The race for president of the Nordic Rowing Federation is open. Nordic Rowing Federation president Ann Lee said Tom Reed remained the front-runner.")).toEqual([
      "person:tom-reed post:president-of-the-nordic-rowing-federation",
    ]);
    expect(candidates("The Freedom Party leadership race is open. The party leader, Ann Lee, said Tom Reed is the favourite.")).toEqual(["person:tom-reed post:leader-of-the-freedom-party"]);
  });
});
