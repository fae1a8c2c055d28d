import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";
const post = "post:wto-director-general";

describe("who is not made a candidate", () => {
  it("leaves out a holder who bows out of the office, not the race", () => {
    expect(candidates(`${RACE}Mira Sol is the main contender to succeed Tom Hart, who bows out as head of the WTO this year.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Tom Hart pulled out as chairman of the board last week.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Hart bowed out of the race on Monday.`)).toEqual([`person:tom-hart ${post}`]);
  });

  it("leaves out a compound noun read as a person ('the chancellor candidate')", () => {
    expect(candidates("The Freedom Party leadership race is open. Chancellor Anna Holm will step down in September. By tradition, the party chairman is usually the chancellor candidate for the bloc.")).toEqual([]);
  });

  it("reads the pronoun nearest the candidacy, and one reported by another's speech as that other person", () => {
    expect(candidates(`${RACE}Mira Sol said last week that Tom Hart was able, and she said he is running for the post.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Mira Sol met Tom Hart in May. She said he is running.`)).toEqual([`person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Mira Sol met Tom Hart in May. She said she is running.`)).toEqual([`person:mira-sol ${post}`]);
  });

  it("ties a noun of candidacy to its subject only through a copula", () => {
    expect(candidates(`${RACE}Tom Hart has made clear that he believes leaders have the power to nominate candidates for top jobs.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Hart says ministers should put forward candidates for the post.`)).toEqual([]);
    expect(candidates(`${RACE}Mira Sol is one of four candidates for the post.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Mira Sol and Tom Hart are now candidates for the post.`)).toEqual([`person:mira-sol ${post}`, `person:tom-hart ${post}`]);
    expect(candidates(`${RACE}Mira Sol said she is a candidate for the post.`)).toEqual([`person:mira-sol ${post}`]);
  });
});

describe("a post of another level in play", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";

  it("does not give the race's post to a statement about a deputy's or a treasurer's post", () => {
    expect(candidates(`${PARTY}Mira Sol is a clear front-runner for the deputy leadership, taking 412 nominations.`)).toEqual([]);
    expect(candidates(`${PARTY}Fewer branches were nominated for treasurer general, with Tom Hart taking 552.`)).toEqual([]);
    expect(candidates(`${PARTY}The post of deputy chairman saw Mira Sol emerge ahead with 1,779 votes.`)).toEqual([]);
    expect(candidates(`${PARTY}Tom Hart has also entered the deputy leadership race.`)).toEqual([]);
    expect(candidates(`${PARTY}Mira Sol will stand again as vice-chair, her aides say, and is expected to win.`)).toEqual([]);
  });

  it("keeps the race's post where the other level is a title or a post held", () => {
    expect(candidates(`${PARTY}Tom Hart, the former deputy leader, has entered the race.`)).toEqual([`person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}Party vice-president Mira Sol is the front-runner.`)).toEqual([`person:mira-sol ${leader}`]);
    expect(candidates(`${PARTY}Tom Hart, who previously served as deputy leader, is now the favourite.`)).toEqual([`person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}Mira Sol is the front-runner; her deputy, Tom Hart, said little.`)).toEqual([`person:mira-sol ${leader}`]);
  });
});

describe("a post after another phrase than the candidacy's", () => {
  it("does not give a candidacy the post of one addressed or met", () => {
    const open = "The race for WTO Director-General is open. Mira Sol is a candidate for the post. ";
    for (const tail of ["Freedonia endorsed her candidacy in a joint letter to the President of the General Assembly.", "Tom Hart backed her bid at a meeting with the President of the European Commission."]) {
      expect(candidates(open + tail)).toEqual([`person:mira-sol ${post}`]);
    }
    expect(candidates(`${open}She confirmed her candidacy for the post of WTO Director-General on Monday.`)).toEqual([`person:mira-sol ${post}`]);
  });
});

describe("officials, nominators and other races' candidates", () => {
  it("leaves out a candidate titled for another race ('Democratic candidate X')", () => {
    expect(candidates(`${RACE}The US election could see Trump losing to Democratic candidate Joe Biden, who opposes the bid.`)).toEqual([]);
    expect(candidates(`${RACE}Presidential candidate Tom Hart spoke in Lima. Envoys met rival Mira Sol.`)).toEqual([`person:mira-sol ${post}`]);
  });

  it("leaves out those named after 'nominated by'", () => {
    expect(candidates(`${RACE}Mira Sol was nominated by five ministers: herself, Tom Hart and Ana Vidal.`)).toEqual([`person:mira-sol ${post}`]);
    expect(candidates(`${RACE}Freedonia nominated Tom Hart in May.`)).toEqual([`person:tom-hart ${post}`]);
  });

  it("leaves out one appointed to another role ('the appointment of X as ambassador')", () => {
    expect(candidates(`${RACE}It follows the appointment of Tom Hart as the new ambassador to the United Nations.`)).toEqual([]);
    expect(candidates(`${RACE}Envoys welcomed the appointment of Tom Hart.`)).toEqual([`person:tom-hart ${post}`]);
  });

  it("does not take a post used as a person's title for the race's post", () => {
    expect(candidates("The Freedom Party leadership vote is in May. Union chief economist Tom Hart has withdrawn from the competition.")).toEqual(["person:tom-hart post:leader-of-the-freedom-party"]);
    expect(candidates("Members vote in May. Rowing Union chief economist Tom Hart has withdrawn from the competition.")).toEqual([]);
  });
});
