import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WTO Director-General is open. ";

describe("race statements", () => {
  it("reads a state in the race", () => {
    expect(candidates(`${RACE}Arno Velt remained the undisputed front-runner.`)).toEqual(["person:arno-velt post:wto-director-general"]);
    expect(candidates(`${RACE}Arno Velt is a main competitor for the job.`)).toEqual(["person:arno-velt post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol emerged in October as one of two finalists.`)).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("leaves a former or hypothetical candidate out", () => {
    expect(candidates(`${RACE}Arno Velt was a former candidate for mayor.`)).toEqual([]);
    expect(candidates(`${RACE}Arno Velt would be the ideal candidate.`)).toEqual([]);
  });

  it("reads a standing in the race", () => {
    expect(candidates(`${RACE}Lena Ostrova is in second place with the support of 7 MPs. Piet Rook has the support of 6 MPs.`)).toEqual([
      "person:lena-ostrova post:wto-director-general",
      "person:piet-rook post:wto-director-general",
    ]);
    expect(candidates(`${RACE}Piet Rook was a distant second in the first round.`)).toEqual(["person:piet-rook post:wto-director-general"]);
  });

  it("reads a winner, a loser and a declared bid", () => {
    expect(candidates("Mira Sol was elected WTO Director-General on Monday.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Officials said Mira Sol won the vote.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Member states eliminated a former health minister, Dana Kovic, in the first round.`)).toEqual(["person:dana-kovic post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner confirmed his leadership bid this week.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
  });

  it("needs the post named for an election outside the race", () => {
    expect(candidates(`${RACE}Tom Vale won the national election in May.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Vale was elected mayor in May.`)).toEqual([]);
  });

  it("reads pairings and lists", () => {
    expect(candidates(`${RACE}The vote is a race between Mira Sol and Arno Velt.`)).toEqual(["person:arno-velt post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Dana Kovic emerged as one of two finalists, the other being economist Arno Velt.`)).toEqual(["person:arno-velt post:wto-director-general", "person:dana-kovic post:wto-director-general"]);
    expect(candidates(`${RACE}Rosa Linde has set herself up as the leading challenger to Karl Brenner.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:rosa-linde post:wto-director-general"]);
    expect(candidates(`${RACE}Members pick from a shortlist of three, which includes Dr Arno Velt, whose bid is funded by Ruritania, Mira Sol, and Dana Kovic.`)).toEqual([
      "person:arno-velt post:wto-director-general",
      "person:dana-kovic post:wto-director-general",
      "person:mira-sol post:wto-director-general",
    ]);
    expect(candidates(`${RACE}That left Mira Sol and veteran diplomat Arno Velt as the remaining candidates.`)).toEqual(["person:arno-velt post:wto-director-general", "person:mira-sol post:wto-director-general"]);
  });

  it("reads a goal the text gives the person", () => {
    expect(candidates(`${RACE}Mira Sol is poised to become the next head of the WTO.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Arno Velt is widely tipped to win the vote.`)).toEqual(["person:arno-velt post:wto-director-general"]);
    expect(candidates(`${RACE}Arno Velt is expected to attend the meeting.`)).toEqual([]);
  });

  it("reads entering, staying in and losing the race", () => {
    expect(candidates(`${RACE}Dana Kovic entered the race in May.`)).toEqual(["person:dana-kovic post:wto-director-general"]);
    expect(candidates(`${RACE}Dana Kovic announced she would run.`)).toEqual(["person:dana-kovic post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner lost the race.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner lost the vote in parliament.`)).toEqual([]);
    expect(candidates(`${RACE}Karl Brenner lost his temper.`)).toEqual([]);
  });

  it("reads rivals, opponents and apposed nominees", () => {
    expect(candidates(`${RACE}Mira Sol beat Karl Brenner in the run-off.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol’s main rival for the post was absent.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Tom Vale’s rival in the 2008 presidential election was absent.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Vale beat Rosa Linde in the 2008 presidential election.`)).toEqual([]);
    expect(candidates(`${RACE}The Ruritanian nominee, Karl Brenner, spoke first.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates("Karl Brenner’s election as WTO Director-General was a surprise.")).toEqual(["person:karl-brenner post:wto-director-general"]);
  });

  it("reads names with a joined article particle", () => {
    expect(candidates(`${RACE}Ruritania nominated Omar bin Said al-Fahdi. Al-Fahdi entered the race.`)).toEqual(["person:omar-bin-said-al-fahdi post:wto-director-general"]);
  });

  it("leaves a candidate of another kind of race out of an appointment race", () => {
    expect(candidates(`${RACE}The Republican presidential candidate, Tom Vale, spoke.`)).toEqual([]);
    expect(candidates(`${RACE}In backing the Ruritanian candidate, Tom Vale said the race was open.`)).toEqual([]);
  });

  it("reads lists of rivals and candidates that include people", () => {
    expect(candidates(`${RACE}She is the only woman on the list of candidates that includes Karl Brenner, Mira Sol and Dana Kovic.`)).toEqual([
      "person:dana-kovic post:wto-director-general",
      "person:karl-brenner post:wto-director-general",
      "person:mira-sol post:wto-director-general",
    ]);
    expect(candidates(`${RACE}His chief rivals are Mira Sol, whose father held the role, and Dana Kovic.`)).toEqual(["person:dana-kovic post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Rounds of voting ended with Mira Sol and Dana Kovic left as the final two candidates.`)).toEqual(["person:dana-kovic post:wto-director-general", "person:mira-sol post:wto-director-general"]);
  });

  it("reads plans to run, leads and defeats", () => {
    expect(candidates(`${RACE}Karl Brenner is planning to run for the post.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol leads Karl Brenner in the race.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates("Mira Sol elected WTO Director-General")).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("reads lists whose names carry an origin or a title", () => {
    expect(candidates(`${RACE}The list of candidates includes Karl Brenner of Ruritania, Mira Sol of Freedonia, and Dana Kovic.`)).toEqual([
      "person:dana-kovic post:wto-director-general",
      "person:karl-brenner post:wto-director-general",
      "person:mira-sol post:wto-director-general",
    ]);
    expect(candidates(`${RACE}Karl Brenner battles Mira Sol to be the top challenger.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
  });

  it("reads the one supported as a candidate, whoever supports them", () => {
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Many delegations voiced support for Mira Sol on Monday.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner spoke in Geneva. Karl Brenner has been backed by several governments.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Many delegations voiced support for Mira Sol’s trade plan.`)).toEqual([]);
    expect(candidates(`${RACE}The plan won the backing of Mira Sol.`)).toEqual([]);
  });

  it("reads a pronoun object of support, not a determiner", () => {
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Ruritania backed her for the post.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Ruritania backed her husband.`)).toEqual([]);
  });

  it("reads plural states, opponents in a list and nominees named after their post", () => {
    expect(candidates(`${RACE}Mira Sol and Dana Kovic are the two finalists.`)).toEqual(["person:dana-kovic post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner is up against Mira Sol and Dana Kovic in the vote.`)).toEqual([
      "person:dana-kovic post:wto-director-general",
      "person:karl-brenner post:wto-director-general",
      "person:mira-sol post:wto-director-general",
    ]);
    expect(candidates(`${RACE}Ruritania’s candidate for the top job, Karl Brenner, spoke.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner is Ruritania’s candidate.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
  });

  it("reads contesting, applying and a run for the post", () => {
    expect(candidates(`${RACE}Karl Brenner is contesting the post.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner has applied for the job.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner applied the rules.`)).toEqual([]);
    expect(candidates(`${RACE}Ruritania supports Karl Brenner’s run for the post.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
  });

  it("reads a statement after an apposition", () => {
    expect(candidates(`${RACE}Karl Brenner, the Ruritanian finance minister, is the front-runner.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner, 55, is widely seen as the favourite.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol, Freedonia's central bank governor, has thrown her hat in the ring.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner, the Ruritanian finance minister, is a keen cyclist.`)).toEqual([]);
  });

  it("reads support won, a takeover, a choice between two and a defeat conceded", () => {
    expect(candidates(`${RACE}Karl Brenner secured the backing of Ruritania.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner will take over from Dana Kovic in June.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}The board will choose between Karl Brenner and Mira Sol.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol conceded defeat.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol said she was running.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Candidates Karl Brenner and Mira Sol will be interviewed.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
  });

  it("reads choices, contests, rounds, winners and successions", () => {
    const pre = `${RACE}Karl Brenner and Mira Sol met. `;
    const only = (sentence: string) => candidates(pre + sentence);
    expect(only("Brenner is Ruritania's choice for the post.")).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(only("Sol, who has served as foreign minister, is contesting for the position.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Sol trailed with 18 votes.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Sol topped the first round of voting.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Sol was named the winner.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Sol is tipped for the top job.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Sol is hoping to succeed Dana Kovic.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Sol is hoping to succeed Dana Kovic as party treasurer.")).toEqual([]);
    expect(only("The executive board elected Sol.")).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(only("Voters elected Sol as mayor.")).toEqual([]);
  });

  it("reads lists after a colon, with origins, appositions and inverted subjects", () => {
    const three = ["person:dana-kovic post:wto-director-general", "person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"];
    expect(candidates(`${RACE}Three candidates are in the running: Karl Brenner (Brazil), Mira Sol (Chile) and Dana Kovic (Peru).`)).toEqual(three);
    expect(candidates(`${RACE}The other candidates are Karl Brenner, a Brazilian economist, Mira Sol, a Chilean diplomat, and Dana Kovic.`)).toEqual(three);
    expect(candidates(`${RACE}Also in the race are Karl Brenner, Mira Sol and Dana Kovic.`)).toEqual(three);
    expect(candidates(`${RACE}Mira Sol, 61, a former agriculture minister, is Chile's candidate.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Brazil has fielded Karl Brenner.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner of Brazil is running against Mira Sol of Chile.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}The vote pitted Karl Brenner against Mira Sol.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
  });

  it("reads a rival named after a possessive", () => {
    expect(candidates(`${RACE}Mira Sol spoke. Sol's main rival for the post is Karl Brenner.`)).toEqual(["person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general"]);
  });

  it("takes the post its sentence names before the article's", () => {
    const text = "The race for WTO Director-General is open. The WTO Director-General race is tight. In the race for WHO Director-General, Karl Brenner is the front-runner.";
    expect(candidates(text)).toEqual(["person:karl-brenner post:who-director-general"]);
  });

  it("reads overcoming rivals, a place finished and flocking to a candidate", () => {
    expect(candidates(`${RACE}Karl Brenner will need to overcome six other candidates.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Karl Brenner finished third.`)).toEqual(["person:karl-brenner post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Delegates flocked to Mira Sol.`)).toEqual(["person:mira-sol post:wto-director-general"]);
  });

  it("reads the people that open the items of a sentence after one announcing a number of candidates", () => {
    const text = `${RACE}Mira Sol faces three strong candidates.\nBriton Karl Brenner is a banker, Dana Kovic from Peru is a diplomat, and Tom Vale is a lawyer advised by Rosa Linde.`;
    expect(candidates(text)).toEqual(["person:dana-kovic post:wto-director-general", "person:karl-brenner post:wto-director-general", "person:mira-sol post:wto-director-general", "person:tom-vale post:wto-director-general"]);
  });

  it("does not take the incumbent for the pronoun that faces the candidates", () => {
    expect(candidates(`${RACE}Mira Sol hopes to take over from incumbent Karl Brenner, but she faces three strong candidates.`)).not.toContain("person:karl-brenner post:wto-director-general");
  });

  it("reads more ways of supporting someone", () => {
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Ruritania is expected to back Mira Sol.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Twenty MPs declared for Mira Sol.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol spoke in Geneva. Unions are campaigning for Mira Sol.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}They came back Mira Sol said.`)).toEqual([]);
  });
});

describe("race statements read from results, rounds and tallies", () => {
  const velt = "person:arno-velt post:wto-director-general";
  const sol = "person:mira-sol post:wto-director-general";
  const rook = "person:piet-rook post:wto-director-general";

  it("reads everyone a vote count names", () => {
    expect(candidates(`${RACE}Arno Velt won 60 votes to Mira Sol's 40.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt received 98 votes, against 62 for Mira Sol.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}In the first round, Arno Velt won 60 votes, Mira Sol 40 and Piet Rook 12.`)).toEqual([velt, sol, rook]);
  });

  it("leaves an age or a year after a name alone", () => {
    expect(candidates(`${RACE}The board cast 60 votes. Mira Sol, 55, watched. Piet Rook 2019 was a good year.`)).toEqual([]);
  });

  it("reads a shortlist, a run-off and a head-to-head", () => {
    expect(candidates(`${RACE}Arno Velt, Mira Sol and Piet Rook are on the shortlist.`)).toEqual([velt, sol, rook]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol advanced to the second round.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol will go head to head in May.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt will now face Mira Sol in the run-off.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Freedonia's Arno Velt and Sylvania's Mira Sol are the two finalists.`)).toEqual([velt, sol]);
  });

  it("reads a second term sought, a registration and a lead", () => {
    expect(candidates(`${RACE}Arno Velt is seeking re-election.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt is bidding for a second term.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt registered as a candidate.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt launched his campaign on Monday.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt is leading the race.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt, one of five candidates, arrived in Geneva.`)).toEqual([velt]);
  });

  it("does not read re-election to another body or a campaign on an issue", () => {
    expect(candidates(`${RACE}Arno Velt is seeking re-election to the Senate.`)).toEqual([]);
    expect(candidates(`${RACE}Arno Velt launched his campaign on climate policy.`)).toEqual([]);
  });

  it("reads a result with no post named, unless it is an earlier race", () => {
    expect(candidates(`${RACE}Arno Velt was elected on Tuesday.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt won by 64 votes to 60.`)).toEqual([velt]);
    expect(candidates(`${RACE}Mira Sol congratulated Arno Velt on his victory.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt conceded defeat to Mira Sol.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}In 2016 the vote dragged on. Arno Velt was elected after 133 ballots.`)).toEqual([]);
  });

  it("reads one who withdrew to back a rival", () => {
    expect(candidates(`${RACE}Arno Velt withdrew and endorsed Mira Sol.`)).toContain(velt);
  });
});

describe("race statements read from plural subjects, appositions and defeats", () => {
  const velt = "person:arno-velt post:wto-director-general";
  const sol = "person:mira-sol post:wto-director-general";

  it("reads a plural subject of a state or a standing", () => {
    expect(candidates(`${RACE}Arno Velt and Mira Sol are candidates.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol are seen as the main contenders.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol remain in the race.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol were tied on 29 votes each.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol are battling for the job.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt and Mira Sol are both standing.`)).toEqual([velt, sol]);
  });

  it("reads a race word in an apposition and an entry into the race", () => {
    expect(candidates(`${RACE}Arno Velt, widely seen as the front-runner, arrived in Geneva.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt, Freedonia's pick to lead the body, arrived in Geneva.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt, the runner-up, thanked his supporters.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt's entry into the race changed everything.`)).toEqual([velt]);
  });

  it("reads both sides of a defeat and a win with no rival named", () => {
    expect(candidates(`${RACE}Mira Sol was beaten by Arno Velt.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Mira Sol came second to Arno Velt.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt, who defeated Mira Sol, thanked his supporters.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt is pitted against Mira Sol.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Arno Velt emerged victorious.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt prevailed in the final round.`)).toEqual([velt]);
  });

  it("reads an appointment by a body, a succession and a plan to run", () => {
    expect(candidates(`${RACE}The executive board appointed Arno Velt on Tuesday.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt was approved by the board.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt takes over from Mira Sol in August.`)).toEqual([velt]);
    expect(candidates(`${RACE}Freedonia said Arno Velt would run.`)).toEqual([velt]);
    expect(candidates(`${RACE}Arno Velt is hoping to win the job.`)).toEqual([velt]);
  });

  it("does not read a win over an issue or a victory in another contest", () => {
    expect(candidates(`${RACE}Arno Velt prevailed over the objections of his staff.`)).toEqual([]);
    expect(candidates(`${RACE}Arno Velt won the Nobel prize.`)).toEqual([]);
  });
});

describe("candidacies read from a rival's side, a title read with the name and a withdrawal asked for", () => {
  const velt = "person:arno-velt post:wto-director-general";
  const sol = "person:mira-sol post:wto-director-general";

  it("reads the one a race is run with or a challenge comes from", () => {
    expect(candidates(`${RACE}The board backed Arno Velt in a tight race with Mira Sol.`)).toContain(sol);
    expect(candidates(`${RACE}He beat off a challenge from former sprinter Mira Sol.`)).toEqual([sol]);
    expect(candidates(`${RACE}Arno Velt is in a fight with the unions.`)).toEqual([]);
  });

  it("reads a race title read as part of the mention", () => {
    expect(candidates(`${RACE}Meanwhile, fellow contender Mira Sol spoke in Leeds.`)).toEqual([sol]);
  });

  it("reads a nominee apposed before a name that carries an origin", () => {
    expect(candidates(`${RACE}His challenger, Mira Sol from Freedonia, received 92.`)).toEqual([sol]);
  });

  it("reads one asked to leave the race, or refusing to, as in it, not as withdrawn", () => {
    expect(candidates(`${RACE}Critics urged Arno Velt to withdraw from the race.`)).toEqual([velt]);
    expect(candidates(`${RACE}Mira Sol refused to quit the race.`)).toEqual([sol]);
    expect(candidates(`${RACE}Arno Velt said he may drop out of the race.`)).toEqual([velt]);
  });

  it("keeps a withdrawal asked for in another kind of race out", () => {
    expect(candidates(`${RACE}Critics urged Arno Velt to withdraw from the presidential race.`)).toEqual([]);
  });
});

describe("candidacies read past an origin and from another candidate", () => {
  const velt = "person:arno-velt post:wto-director-general";
  const sol = "person:mira-sol post:wto-director-general";

  it("passes over an origin after the name", () => {
    expect(candidates(`${RACE}Mira Sol of Freedonia received 40 votes.`)).toEqual([sol]);
  });

  it("reads another candidate, the others in the running and a bid also announced", () => {
    expect(candidates(`${RACE}Another candidate is Mira Sol.`)).toEqual([sol]);
    expect(candidates(`${RACE}Another contender, Mira Sol, is a former minister.`)).toEqual([sol]);
    expect(candidates(`${RACE}Others in the running include Mira Sol and Arno Velt.`)).toEqual([velt, sol]);
    expect(candidates(`${RACE}Mira Sol has also announced her candidacy.`)).toEqual([sol]);
  });

  it("reads a nominee apposed after a preposition and one who may drop from the race", () => {
    expect(candidates(`${RACE}The vote was a snub to his Freedonian challenger, Mira Sol.`)).toEqual([sol]);
    expect(candidates(`${RACE}Arno Velt could gain should Mira Sol decide to drop from the race.`)).toEqual([sol]);
  });
});

describe("a nominee apposed before a described name", () => {
  it("reads the name after a nominee and a description, even after a verb of support when the sentence ends there", () => {
    expect(candidates(`${RACE}Freedonia will keep supporting its own nominee, the diplomat Mira Sol.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Freedonia named its candidate, the economist Mira Sol, on Monday.`)).toEqual(["person:mira-sol post:wto-director-general"]);
  });
});

describe("heads of state and government acting in another race", () => {
  it("does not make a sitting president or prime minister a candidate for another post on the article's post alone", () => {
    expect(candidates(`${RACE}French President Tom Reed met envoys. Reed is now the front-runner.`)).toEqual([]);
    expect(candidates(`${RACE}Former French President Tom Reed met envoys. Reed is now the front-runner.`)).toEqual(["person:tom-reed post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol spoke. Prime Minister Piet Rook backed Mira Sol. Support for Piet Rook was strong.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Support for President Arno Velt was strong.`)).toEqual([]);
  });

  it("still reads a body's president, a former head of government, and a head of government in a party's leadership race", () => {
    expect(candidates(`${RACE}Rowing Federation President Tom Reed is the front-runner.`)).toEqual(["person:tom-reed post:wto-director-general"]);
    expect(candidates(`${RACE}Former Prime Minister Piet Rook is the front-runner.`)).toEqual(["person:piet-rook post:wto-director-general"]);
    expect(candidates("The Freedom Party leadership race is open. Prime Minister Piet Rook is the front-runner.")).toEqual(["person:piet-rook post:leader-of-the-freedom-party"]);
  });

  it("reads a head of government in the race for a party's presidency, but not in a party's nomination for another office", () => {
    const ldp = "post:president-of-the-liberal-democratic-party";
    expect(candidates("The LDP presidential election is next month. Factions will support Prime Minister Piet Rook’s bid for a third term.")).toEqual([`person:piet-rook ${ldp}`]);
    expect(candidates("The LDP presidential election is on Sept. 20. Prime Minister Piet Rook is the clear favourite.")).toEqual([`person:piet-rook ${ldp}`]);
    expect(candidates("President Tom Reed is being challenged by Mira Sol and Ana Vidal for the position of Congress president.")).toEqual(["person:ana-vidal post:president-of-the-indian-national-congress", "person:mira-sol post:president-of-the-indian-national-congress", "person:tom-reed post:president-of-the-indian-national-congress"]);
    expect(candidates("The Republican nomination race is open. Mira Sol went on to campaign for President Tom Reed in Ohio.")).toEqual([]);
  });
});

describe("one backed and named nowhere else", () => {
  it("is no candidate when no post is said, but is when named again or backed for the post", () => {
    expect(candidates(`${RACE}The envoys voted for Tom Reed on Monday.`)).toEqual([]);
    expect(candidates(`${RACE}Arno Velt said he backs Mira Sol.`)).toEqual([]);
    expect(candidates(`${RACE}Tom Reed arrived in Geneva. The envoys voted for Tom Reed on Monday.`)).toEqual(["person:tom-reed post:wto-director-general"]);
    expect(candidates(`${RACE}Sol spoke first. Arno Velt said he backs Mira Sol.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}The envoys voted for Tom Reed for WTO Director-General.`)).toEqual(["person:tom-reed post:wto-director-general"]);
  });
});

describe("challengers named after 'challenged by'", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";

  it("reads the challengers, and a named holder challenged, as in the race", () => {
    expect(candidates(`${PARTY}Party leader Tom Hart is being challenged by Mira Sol, Ana Vidal and Piet Kros for the position.`)).toEqual([`person:ana-vidal ${leader}`, `person:mira-sol ${leader}`, `person:piet-kros ${leader}`, `person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}He is challenged by Mira Sol, who entered late.`)).toEqual([`person:mira-sol ${leader}`]);
    expect(candidates(`${PARTY}Tom Hart said he’s being challenged for the leadership by northern MP Mira Sol.`)).toEqual([`person:mira-sol ${leader}`]);
    expect(candidates(`${PARTY}She was openly challenged by Piet Kros and Ana Vidal at the conference.`)).toEqual([`person:ana-vidal ${leader}`, `person:piet-kros ${leader}`]);
    expect(candidates(`${RACE}Mira Sol has been challenged by Tom Hart of Freedonia since May.`)).toEqual([`person:mira-sol post:wto-director-general`, `person:tom-hart post:wto-director-general`]);
  });

  it("reads no candidacy from a challenge outside a race", () => {
    expect(candidates("The ruling was challenged by Tom Hart in court on Monday.")).toEqual([]);
    expect(candidates(`${RACE}The ruling was challenged by Tom Hart in court on Monday, a spokesman said.`)).toEqual([]);
  });
});

describe("candidacies filed, and statements after a lowercase apposition", () => {
  it("reads filing one's papers or candidacy as entering the race", () => {
    expect(candidates(`${RACE}Tom Hart also submitted his papers on Friday.`)).toEqual(["person:tom-hart post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol filed her nomination ahead of the deadline.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}Tom Hart and Mira Sol, a former trade minister, filed their candidacies on Friday.`)).toEqual(["person:mira-sol post:wto-director-general", "person:tom-hart post:wto-director-general"]);
    expect(candidates(`${RACE}Mira Sol, former envoy to Geneva, lodged her candidature in March.`)).toEqual(["person:mira-sol post:wto-director-general"]);
    expect(candidates(`${RACE}The contest widened with Tom Hart throwing his hat in the ring.`)).toEqual(["person:tom-hart post:wto-director-general"]);
  });

  it("reads no candidacy from a nomination filed for someone else", () => {
    expect(candidates(`${RACE}Tom Hart filed his nomination of Mira Sol with the council.`)).not.toContain("person:tom-hart post:wto-director-general");
  });
});

describe("votes counted in thousands, and a list still in the race", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";

  it("reads those who gained or trailed with thousands of votes", () => {
    expect(candidates(`${PARTY}Current chair Tom Hart gained 35,090 votes.`)).toEqual([`person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}Mira Sol won with 85,164 votes, followed by Tom Hart with 35,090 votes and former mayor Ana Vidal (卓) with 5,133 votes.`)).toEqual([`person:ana-vidal ${leader}`, `person:mira-sol ${leader}`, `person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}Mira Sol received 1,204 votes in the members' ballot.`)).toEqual([`person:mira-sol ${leader}`]);
  });

  it("reads a list 'also still in the race'", () => {
    expect(candidates(`${PARTY}Ana Vidal, Tom Hart and Mira Sol are also still in the race to replace Piet Kros.`)).toEqual([`person:ana-vidal ${leader}`, `person:mira-sol ${leader}`, `person:tom-hart ${leader}`]);
  });

  it("reads no candidacy from votes a bill or a year counted", () => {
    expect(candidates(`${PARTY}The bill Tom Hart wrote received 1,204 votes in 2019.`)).toEqual([]);
  });
});

describe("pairings with 'up against' and a description before the rival", () => {
  const PARTY = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";

  it("reads both sides", () => {
    expect(candidates(`${PARTY}Tom Hart will go up against Mira Sol and Ana Vidal.`)).toEqual([`person:ana-vidal ${leader}`, `person:mira-sol ${leader}`, `person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}Tom Hart is up against the party's interim leader Mira Sol.`)).toEqual([`person:mira-sol ${leader}`, `person:tom-hart ${leader}`]);
    expect(candidates(`${PARTY}Tom Hart faces Freedonia's veteran finance minister Mira Sol in the final round.`)).toEqual([`person:mira-sol ${leader}`, `person:tom-hart ${leader}`]);
  });

  it("does not guess the post where the text says one it does not know", () => {
    expect(candidates(`${PARTY}Tom Hart is up against Mira Sol for the position of federal chairman.`)).toEqual([]);
  });
});

describe("rivals named after a subject that is no name", () => {
  const race = "The Freedom Party leadership race is open. ";
  const leader = "post:leader-of-the-freedom-party";
  const ids = (...names: string[]) => names.map((n) => `person:${n} ${leader}`);

  it("reads each rival after 'competing with', 'running against', 'up against', 'challenged by', 'faces'", () => {
    expect(candidates(`${race}He was competing with Tom Hart, Mira Sol and Ana Vidal for the top job.`)).toEqual(expect.arrayContaining(ids("tom-hart", "mira-sol", "ana-vidal")));
    expect(candidates(`${race}The former minister, a veteran of two cabinets, was running against Ana Vidal of the Republic of Bolivia and Piet Kros of Ethiopia.`)).toEqual(expect.arrayContaining(ids("ana-vidal", "piet-kros")));
    expect(candidates(`${race}She is up against Tom Hart and Mira Sol in the leadership contest.`)).toEqual(expect.arrayContaining(ids("tom-hart", "mira-sol")));
    expect(candidates(`${race}The incumbent is being challenged by Tom Hart, a former minister.`)).toEqual(expect.arrayContaining(ids("tom-hart")));
    expect(candidates(`${race}Now the party chief faces Mira Sol in a run-off next week.`)).toEqual(expect.arrayContaining(ids("mira-sol")));
  });

  it("reads no rival where the phrase is about something else", () => {
    expect(candidates(`${race}He now faces Mira Sol's criticism over the budget.`)).not.toContain(`person:mira-sol ${leader}`);
    expect(candidates(`${race}The minister, speaking with Tom Hart on Monday, said the rules were clear.`)).not.toContain(`person:tom-hart ${leader}`);
  });
});

describe("a list of others also standing", () => {
  it("reads those named after 'Also standing are'", () => {
    expect(candidates(`${RACE}Anna Kovac has entered the race. Also standing are Lena Lund and Olaf Olsen.`)).toEqual([`person:anna-kovac post:wto-director-general`, `person:lena-lund post:wto-director-general`, `person:olaf-olsen post:wto-director-general`]);
  });
});

describe("rivals beaten, listed with semicolons", () => {
  it("reads each item of a list announced by 'several candidates, including', past an abbreviation in a description", () => {
    expect(candidates(`${RACE}Anna Kovac beat out several candidates, including Ivo Dane, a veteran U.N. official from Ruritania; Lena Lund, a former minister; and Olaf Olsen.`)).toEqual([
      "person:anna-kovac post:wto-director-general",
      "person:ivo-dane post:wto-director-general",
      "person:lena-lund post:wto-director-general",
      "person:olaf-olsen post:wto-director-general",
    ]);
  });
});

describe("a list item described by a two-word owner", () => {
  it("reads the name after an item described as a two-word country's envoy", () => {
    expect(candidates(`${RACE}The other finalists included Anna Kovac, South Ruritania's ambassador to Britain and Lena Lund.`)).toEqual(["person:anna-kovac post:wto-director-general", "person:lena-lund post:wto-director-general"]);
  });
});
