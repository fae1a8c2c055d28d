import { candidaciesOfStanceObjects, findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import type { DraftClaim } from "./types.js";

/** The candidacies read from one SUPPORTS draft for `person`, said in the last sentence. */
function fromSupport(text: string, person: string): string[] {
  const analysis = analyzeText(text);
  const sentence = analysis.sentences.length - 1;
  const support: DraftClaim = { type: "SUPPORTS", from: "country:fr", to: person, start: 0, end: 1, confidence: 0.8, sentence, rule: "test" };
  return candidaciesOfStanceObjects(analysis, [support], new Set()).map((c) => `${c.from} ${c.to}`);
}

describe("candidacies of the people a stance is about", () => {
  const race = "The race for WTO Director-General is open. The vote is in May.";

  it("reads one named often in the article as a candidate in its race", () => {
    const text = `${race} Mira Sol spoke in Geneva. Sol met envoys. France said it backs Sol.`;
    expect(fromSupport(text, "person:mira-sol")).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("leaves out a sitting head of state or government, however often named", () => {
    const text = `${race} French President Mira Sol spoke in Geneva. Sol met envoys. France said it backs Sol.`;
    expect(fromSupport(text, "person:mira-sol")).toEqual([]);
    const former = `${race} Former President Mira Sol spoke in Geneva. Sol met envoys. France said it backs Sol.`;
    expect(fromSupport(former, "person:mira-sol")).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("leaves out one named once, more often an official than a candidate", () => {
    const text = `${race} France said it backs Mira Sol.`;
    expect(fromSupport(text, "person:mira-sol")).toEqual([]);
  });
});

/** The distinct candidacies the candidacy finders read from a text. */
function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

describe("a list of candidates parted by semicolons", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";
  const ids = (...names: string[]) => names.map((n) => `person:${n} ${leader}`).sort();

  it("reads the person heading each item", () => {
    expect(candidates(`${PARTY}The candidates are: party chairman Tom Hart (ex-mayor), who took office last year; former Springfield mayor Mira Sol; and Ana Vidal, a lawyer.`)).toEqual(ids("ana-vidal", "mira-sol", "tom-hart"));
    expect(candidates(`${PARTY}The lineup is: Hart’s protégé and party treasurer Mira Sol; Ana Vidal, the woman Hart fired; and the former world champion, Piet Kros.`)).toEqual(ids("ana-vidal", "mira-sol", "piet-kros"));
    expect(candidates(`${PARTY}The four contenders include: Tom Hart, 61, a senator; Mira Sol, 48, who lost the presidential election in 2016; Ana Vidal; and Piet Kros.`)).toEqual(ids("ana-vidal", "mira-sol", "piet-kros", "tom-hart"));
    expect(candidates(`${PARTY}Nominees: Tom Hart of Springfield; Mira Sol of Shelbyville.`)).toEqual(ids("mira-sol", "tom-hart"));
  });

  it("reads none where the announcement is about another race or the items name no one", () => {
    expect(candidates(`${PARTY}The presidential candidates are: Tom Hart, a senator; Mira Sol, a governor.`)).toEqual([]);
    expect(candidates(`${PARTY}The candidates are: tired; divided; broke.`)).toEqual([]);
  });
});

describe("a plural title of the race before a list of names", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";
  const ids = (...names: string[]) => names.map((n) => `person:${n} ${leader}`).sort();

  it("reads each name of the list", () => {
    expect(candidates(`${PARTY}Unlike rivals Tom Hart and Mira Sol, she has few backers.`)).toEqual(ids("mira-sol", "tom-hart"));
    expect(candidates(`${PARTY}Challengers Ana Vidal and Piet Kros take part in a TV debate tonight.`)).toEqual(ids("ana-vidal", "piet-kros"));
    expect(candidates(`${PARTY}Tom Hart and Mira Sol spoke. Leadership front-runners Hart and Sol lead the pack, aides say.`)).toEqual(ids("mira-sol", "tom-hart"));
  });
});

describe("a race role, then a title in apposition, then the name", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";
  const has = (text: string, name: string) => candidates(text).includes(`person:${name} ${leader}`);

  it("reads the named person as a candidate", () => {
    expect(has(`${PARTY}Mr Hart's rival for the leadership, central Region MSP Ana Vidal, is expected to name her backers tomorrow.`, "ana-vidal")).toBe(true);
    expect(has(`${PARTY}Both Mr Hart and the number one challenger, foreign affairs minister Piet Kros, claim they have the support to win.`, "piet-kros")).toBe(true);
    expect(has(`${PARTY}The party's front-runner, Senator Mira Sol, leads every poll.`, "mira-sol")).toBe(true);
    expect(has(`${PARTY}Polls put his main challenger, former finance minister Ana Vidal, ten points behind.`, "ana-vidal")).toBe(true);
  });

  it("reads a country's candidate named with a title", () => {
    const race = "The race for WTO Director-General is open. ";
    const wto = (text: string, name: string) => candidates(text).includes(`person:${name} post:wto-director-general`);
    expect(wto(`${race}Brazil's candidate, its WTO envoy Luis Mora, should withdraw under the rules.`, "luis-mora")).toBe(true);
    expect(wto(`${race}In a hard-fought vote, India's candidate judge Ravi Nair came first.`, "ravi-nair")).toBe(true);
  });

  it("reads no one named after another phrase", () => {
    expect(has(`${PARTY}The candidate endorsed by President Tom Hart lost the first round.`, "tom-hart")).toBe(false);
    expect(has(`${PARTY}Speaking to the candidate, party chairman Tom Hart said the rules were clear.`, "tom-hart")).toBe(false);
  });
});

describe("a withdrawal by a plural subject", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";
  const ids = (...names: string[]) => names.map((n) => `person:${n} ${leader}`).sort();

  it("reads each one of the subject as a candidate who left", () => {
    expect(candidates(`${PARTY}Tom Hart and Ana Vidal pulled out of the race on Friday.`)).toEqual(ids("ana-vidal", "tom-hart"));
    expect(candidates(`${PARTY}Fellow ministers Ana Vidal and Piet Kros have withdrawn from the race in order to back her.`)).toEqual(ids("ana-vidal", "piet-kros"));
    expect(candidates(`${PARTY}Just before nominations closed, both MSPs Tom Hart and Ana Vidal dropped out of the leadership race.`)).toEqual(ids("ana-vidal", "tom-hart"));
    expect(candidates(`${PARTY}The MP Mira Sol and union economist Piet Kros have withdrawn from the competition.`)).toEqual(ids("mira-sol", "piet-kros"));
    expect(candidates(`${PARTY}Ana Vidal, the MP for Northside, and Tom Hart withdrew from the race yesterday.`)).toEqual(ids("ana-vidal", "tom-hart"));
  });

  it("reads no one named before the subject's clause or joined by a comma alone", () => {
    expect(candidates(`${PARTY}After meeting Tom Hart, Ana Vidal withdrew from the race.`)).toEqual(ids("ana-vidal"));
    expect(candidates(`${PARTY}Mira Sol thanked Tom Hart before Ana Vidal withdrew from the race.`)).toEqual(ids("ana-vidal"));
  });
});

describe("'they' after a list of names, and the verbs 'stand for' and 'contest'", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";
  const ids = (...names: string[]) => names.map((n) => `person:${n} ${leader}`).sort();

  it("reads 'they' right after a list of names as the list", () => {
    expect(candidates(`${PARTY}Three other MPs - Tom Hart, Piet Kros and Ana Vidal - have said they also want to stand for the leadership.`)).toEqual(ids("ana-vidal", "piet-kros", "tom-hart"));
    expect(candidates(`${PARTY}Tom Hart and Ana Vidal said on Monday they are running for the leadership.`)).toEqual(ids("ana-vidal", "tom-hart"));
    expect(candidates(`${PARTY}After Tom Hart spoke, they asked who is in the running.`)).toEqual([]);
  });

  it("reads 'to stand for' and 'contest' before a race's noun", () => {
    expect(candidates(`${PARTY}Tom Hart and Ana Vidal are expected to stand for the leadership.`)).toEqual(ids("ana-vidal", "tom-hart"));
    expect(candidates(`${PARTY}Tom Hart was asked whether he would stand for the leadership.`)).toEqual([]);
    expect(candidates(`${PARTY}Tom Hart, who met the threshold, will contest the leadership.`)).toEqual(ids("tom-hart"));
    expect(candidates(`${PARTY}Mira Sol has also committed to contesting the leadership.`)).toEqual(ids("mira-sol"));
  });

  it("reads no candidacy denied or about another thing", () => {
    expect(candidates(`${PARTY}Ana Vidal will not stand for the leadership.`)).toEqual([]);
    expect(candidates(`${PARTY}Ana Vidal decided not to stand for the leadership.`)).toEqual([]);
    expect(candidates(`${PARTY}Ana Vidal has ruled out contesting the leadership.`)).toEqual([]);
    expect(candidates(`${PARTY}Ana Vidal said she would contest the result.`)).toEqual([]);
    expect(candidates(`${PARTY}After meeting Tom Hart, Ana Vidal is running for the leadership.`)).toEqual(ids("ana-vidal"));
  });
});
