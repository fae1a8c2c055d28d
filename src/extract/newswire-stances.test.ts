import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. Piet Rook and John Hale are candidates. ";

describe("a stance ruled out or refused", () => {
  it.each([
    ["Mira Sol has ruled out backing Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Mira Sol ruled out supporting Piet Rook on Monday.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway ruled out endorsing Piet Rook.", ["OPPOSES country:NO person:piet-rook"]],
    ["Mira Sol rules out publicly endorsing Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Former prime minister Mira Sol has refused to publicly back Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway declined to formally endorse Piet Rook.", ["OPPOSES country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("reads no stance when the refusal itself is denied", () => {
    expect(stances(`${RACE}Mira Sol has not ruled out backing Piet Rook.`)).toEqual([]);
    expect(stances(`${RACE}Mira Sol has ruled out opposing Piet Rook.`)).toEqual([]);
  });
});

describe("support lost, said with the holder's possessive", () => {
  it.each([
    ["Piet Rook lost Norway's support.", ["OPPOSES country:NO person:piet-rook"]],
    ["Piet Rook has lost Norway's backing after the vote.", ["OPPOSES country:NO person:piet-rook"]],
    ["Piet Rook is losing Chile's support.", ["OPPOSES country:CL person:piet-rook"]],
    ["Piet Rook won Norway's support.", ["SUPPORTS country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("reads no stance when the loss is denied", () => {
    expect(stances(`${RACE}Piet Rook has not lost Norway's support.`)).toEqual([]);
  });
});

describe("a participle phrase after the winner's name belongs to the winner", () => {
  // The one beaten is no holder, and no one backs the one beaten.
  it.each([
    ["Piet Rook, supported by Mira Sol, defeated John Hale.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Piet Rook, backed by Norway, beat John Hale in the second round.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Piet Rook, supported by Mira Sol, went on to defeat John Hale.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Piet Rook, backed by Norway, comfortably edges John Hale in the poll.", ["SUPPORTS country:NO person:piet-rook"]],
    ["John Hale, endorsed by Mira Sol, swept past Piet Rook on Sunday.", ["SUPPORTS person:mira-sol person:john-hale"]],
    ["Piet Rook, backed by Mira Sol and Ana Ruiz, defeats John Hale.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["On Friday Piet Rook, backed by Chile, had defeated John Hale, who was supported by Ana Ruiz.", ["SUPPORTS country:CL person:piet-rook", "SUPPORTS person:ana-ruiz person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a second verb joined by 'and' has the first verb's subject, not its object", () => {
  it.each([
    ["The caucus endorsed Piet Rook and rejected John Hale.", []],
    ["Norway voted for Piet Rook and opposed John Hale.", ["OPPOSES country:NO person:john-hale", "SUPPORTS country:NO person:piet-rook"]],
    ["Chile nominated Piet Rook as Director General and rejected John Hale.", ["OPPOSES country:CL person:john-hale", "SUPPORTS country:CL person:piet-rook"]],
    ["Delegates elected Piet Rook and then rejected John Hale's bid.", []],
    ["The Freedom Caucus did endorse Piet Rook for Speaker—and rejected endorsing John Hale.", ["OPPOSES org:house-freedom-caucus person:john-hale", "SUPPORTS org:house-freedom-caucus person:piet-rook"]],
    ["Piet Rook and Mira Sol back John Hale.", ["SUPPORTS person:mira-sol person:john-hale", "SUPPORTS person:piet-rook person:john-hale"]],
    ["Mira Sol met Piet Rook and said she would support John Hale.", ["SUPPORTS person:mira-sol person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a refusal read from its own verb, and support not given so far", () => {
  it.each([
    ["Norway declined backing John Hale.", ["OPPOSES country:NO person:john-hale"]],
    ["Mira Sol refused endorsing Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway has rejected supporting Piet Rook.", ["OPPOSES country:NO person:piet-rook"]],
    // A present perfect says only what has not happened yet: no refusal.
    ["Unlike their rivals, Mira Sol and Ana Ruiz have not backed Piet Rook.", []],
    ["Chile hasn't endorsed John Hale.", []],
    ["Mira Sol said she will not support Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway would not vote for John Hale in the leadership contest.", ["OPPOSES country:NO person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("subjects listed with titles and appositions", () => {
  it.each([
    ["Minister of State at the Department of Defence Mira Sol and Louth TD Ana Ruiz all backed Mr Rook.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["Mira Sol, the party's deputy leader, and Ana Ruiz backed Piet Rook.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["Norway and Chile back Piet Rook.", ["SUPPORTS country:CL person:piet-rook", "SUPPORTS country:NO person:piet-rook"]],
    ["Senator Mira Sol and Galway West deputy Ana Ruiz declared for John Hale on Friday.", ["SUPPORTS person:ana-ruiz person:john-hale", "SUPPORTS person:mira-sol person:john-hale"]],
    ["Mira Sol, a former minister, and Ana Ruiz have endorsed John Hale.", ["SUPPORTS person:ana-ruiz person:john-hale", "SUPPORTS person:mira-sol person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("does not join a name to a list across a clause", () => {
    expect(stances(`${RACE}Mira Sol spoke first, and Ana Ruiz backed Piet Rook.`)).toEqual(["SUPPORTS person:ana-ruiz person:piet-rook"]);
  });
});

describe("a name after a comma and a new clause is no object of the verb before", () => {
  it.each([
    ["Norway, which opposed the war, backs Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Mira Sol criticised the rules, which favour Piet Rook.", []],
    ["Mira Sol attacked the government's handling of the crisis, for which Piet Rook was responsible.", []],
    ["Chile condemned the delay, saying John Hale deserved a fair vote.", []],
    // An apposition is still the object.
    ["Norway backed the former foreign minister, Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Chile backs its own candidate, former minister Piet Rook.", ["SUPPORTS country:CL person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("some of a party's people, or one of its branches, are not the party", () => {
  it.each([
    ["ANC branches in the province have endorsed Piet Rook.", []],
    ["Piet Rook had the backing of 39 Fine Gael Oireachtas members.", []],
    ["Piet Rook was nominated by his fellow Republicans.", []],
    ["The ANC in the province will not be supporting Piet Rook.", []],
    ["Piet Rook has the support of 36 members of the 73-member Fine Gael parliamentary party.", []],
    // Not the party: the group of its councillors, as the annotators name it.
    ["More than a quarter of Labour councillors in Scotland endorsed John Hale.", ["SUPPORTS org:labour-councillors person:john-hale"]],
    // Not the party: its branch in the region, named by both.
    ["The African National Congress (ANC) in North Vale has formally announced that it is supporting Piet Rook.", ["SUPPORTS org:anc-in-north-vale person:piet-rook"]],
    ["Piet Rook won the nomination from colleagues to run for the post, with Norway on the cusp of joining.", []],
    ["Piet Rook has the backing of the influential foreign minister, Mira Sol.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    // The party itself holds the stance.
    ["The ANC endorsed Piet Rook.", ["SUPPORTS org:anc person:piet-rook"]],
    ["Piet Rook had the backing of Fine Gael and Norway.", ["SUPPORTS country:NO person:piet-rook", "SUPPORTS org:fine-gael person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("an aside between dashes", () => {
  it.each([
    // An aside is skipped as commas are: what is in it is no subject.
    ["Mira Sol – a former minister – backed Piet Rook.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Norway — along with Chile — backs Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["The 40 members who voted against John Hale—38 for Piet Rook and two for Mira Sol—will vote against him again.", []],
    // An aside that only names the subject's people names the subject.
    ["Two of John Hale's backers – Mira Sol and Ana Ruiz – publicly switched to Piet Rook.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["Two of his allies—Mira Sol, Tom Vale and Ana Ruiz—have endorsed Piet Rook.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook", "SUPPORTS person:tom-vale person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a holder's own support, held, denied or lost", () => {
  it.each([
    ["Mira Sol said Piet Rook had her full support.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Norway said John Hale has its backing.", ["SUPPORTS country:NO person:john-hale"]],
    ["Mira Sol said Piet Rook no longer had her support.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Mira Sol said Piet Rook does not have her support.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Mira Sol said Piet Rook would never get her vote.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Mira Sol told reporters that Piet Rook had lost her support.", ["OPPOSES person:mira-sol person:piet-rook"]],
    // A praise denied says nothing.
    ["Mira Sol said Piet Rook would not make a good leader.", []],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("revolts and push-back are opposition", () => {
  it.each([
    ["China is pushing back against Piet Rook's candidacy.", ["OPPOSES country:CN person:piet-rook"]],
    ["Mira Sol led a revolt against Piet Rook.", ["OPPOSES person:mira-sol person:piet-rook"]],
    ["Norway railed against Piet Rook on Monday.", ["OPPOSES country:NO person:piet-rook"]],
    ["Mira Sol staged a backbench revolt against John Hale.", ["OPPOSES person:mira-sol person:john-hale"]],
    ["Ana Ruiz has rebelled against John Hale.", ["OPPOSES person:ana-ruiz person:john-hale"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("holders that are someone else's people, asides and beliefs", () => {
  it.each([
    // A name in an aside closed before a passive is not the one backed.
    ["John Hale, the early favourite to replace Piet Rook, has also been backed by Norway.", ["SUPPORTS country:NO person:john-hale"]],
    ["The shortlist includes Piet Rook, whose candidature has been backed by Norway, and John Hale.", ["SUPPORTS country:NO person:piet-rook"]],
    ["The race, in which Piet Rook is backed by Norway, is open.", ["SUPPORTS country:NO person:piet-rook"]],
    // A person's camp is not the person.
    ["Mira Sol supporters have rallied behind Piet Rook.", []],
    ["Piet Rook is backed by Mira Sol loyalists.", []],
    ["Mira Sol backs Piet Rook.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    // A belief about others is not the speaker's stance.
    ["“I think the vast majority will vote for Piet Rook now,” said Mira Sol.", []],
    ["Mira Sol said she believes most members will back Piet Rook.", []],
    ["“I think I will vote for Piet Rook,” said Mira Sol.", ["SUPPORTS person:mira-sol person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("people in a body are not the body, and neither A nor B is no one", () => {
  it.each([
    ["Piet Rook, who has the backing of neither Norway nor Chile, was nominated by 1,225 branches.", []],
    ["Piet Rook is backed by neither Mira Sol nor Ana Ruiz.", []],
    ["Labour said its MEPs in the European Parliament would vote against Piet Rook.", []],
    ["Officials in the European Commission oppose Piet Rook.", []],
    ["Diplomats at the United Nations back Piet Rook.", []],
    ["In Brussels, the European Commission backs Piet Rook.", ["SUPPORTS org:european-commission person:piet-rook"]],
    ["The Hungarian PM is the first EPP leader to publicly express unwillingness to support Piet Rook.", []],
    ["A Kremlin spokesman said Russia supports Piet Rook.", ["SUPPORTS country:RU person:piet-rook"]],
    ["EU member states back Piet Rook.", ["SUPPORTS org:european-union person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("stances in reported speech", () => {
  it.each([
    ["“Piet Rook is our candidate,” said Mira Sol.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Norway will support Piet Rook, Foreign Minister Mira Sol said on Monday.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Mira Sol told reporters that she had decided to support Piet Rook.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    // A stance asked about is no stance.
    ["Asked whom she would support, Mira Sol said: “Piet Rook.”", []],
    ["Mira Sol, asked who she backs, declined to answer.", []],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a country's candidate, ministry and mission", () => {
  const COUNTRIES = "The race for WIPO Director General is open. China's Piet Rook and Norway's John Hale are candidates. ";
  it.each([
    ["The US opposes the Chinese candidate.", ["OPPOSES country:US person:piet-rook"]],
    ["Washington has lobbied against Beijing's nominee.", ["OPPOSES country:US person:piet-rook"]],
    ["The US is opposed to China's candidate.", ["OPPOSES country:US person:piet-rook"]],
    ["Chile backed Norway's candidate on Monday.", ["SUPPORTS country:CL person:john-hale"]],
    ["The US backed Mira Sol's candidate.", []],
    ["Norway's foreign ministry backs John Hale.", ["SUPPORTS country:NO person:john-hale"]],
    ["Chile's permanent mission to the UN opposed Piet Rook.", ["OPPOSES country:CL person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(COUNTRIES + sentence)).toEqual(expected);
  });
});

describe("a leader's administration said 'it'", () => {
  it("gives the stance to the leader's country", () => {
    const found = stances("The race for WIPO Director General is open. US President Donald Trump met Piet Rook. The Trump administration said it would not support John Hale.");
    expect(found).toContain("OPPOSES country:US person:john-hale");
    expect(stances("The race for WIPO Director General is open. The Weber administration said it backs John Hale.")).not.toContain("SUPPORTS country:US person:john-hale");
  });
});

describe("a race role named before a comma", () => {
  const ROLES = "The race for WIPO Director General is open. The incumbent, Piet Rook, faces John Hale. ";
  it.each([
    ["The United States opposed the incumbent.", ["OPPOSES country:US person:piet-rook"]],
    ["Norway backs the incumbent.", ["SUPPORTS country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(ROLES + sentence)).toEqual(expected);
  });
});

describe("a candidate's supporters and proposers, named by a pronoun", () => {
  it.each([
    ["Piet Rook was nominated on Monday. His supporters include Mira Sol and Ana Ruiz.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["Piet Rook's proposers include Mira Sol and Ana Ruiz.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["Piet Rook filed his papers. As reported on Saturday, his proposers include four MPs — Mira Sol, Ana Ruiz and Tom Vale — and others.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook", "SUPPORTS person:tom-vale person:piet-rook"]],
    ["Piet Rook, President Mira Sol's nominee for director general, lost.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    // Not a list of holders.
    ["Mira Sol praised his supporters, including Ana Ruiz.", []],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("skips an aside between double hyphens as between dashes", () => {
    expect(stances(`${RACE}Mira Sol, Ana Ruiz and Tom Vale — leaders who had written to John Hale in 2020 demanding reforms -- supported Piet Rook's candidature.`)).toEqual(["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook", "SUPPORTS person:tom-vale person:piet-rook"]);
  });
});

describe("a reported clause or quotation with a subject of its own", () => {
  it.each([
    ["Mira Sol said, “A majority of lower house members support Piet Rook.”", []],
    ["Mira Sol said those wanting change should vote for Piet Rook.", []],
    ["Most of the 34 members of the House of Commons support Piet Rook.", []],
    ["Upper House members had tried to persuade pro-Rook Lower House members to vote for John Hale.", []],
    ["With the Rook family loyalists behind him, John Hale leads.", []],
    // The speaker's own stance.
    ["Mira Sol said she would vote for Piet Rook.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Mira Sol said: “I back Piet Rook.”", ["SUPPORTS person:mira-sol person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("support added, and a place is no holder", () => {
  it.each([
    ["Norway added its support for Piet Rook on Monday.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Chile added its own unanimous endorsement of John Hale.", ["SUPPORTS country:CL person:john-hale"]],
    ["African heads of state meeting in Kigali, Rwanda, in July 2016, added their own unanimous endorsement of Piet Rook.", []],
    ["Speaking in Oslo, Norway backed Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Norway added Piet Rook to its list.", []],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a withdrawal in someone's favour", () => {
  it.each([
    ["John Hale withdrew in Piet Rook's favour.", ["SUPPORTS person:john-hale person:piet-rook"]],
    ["Mira Sol pulled out of the race in Piet Rook's favour on Monday.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["John Hale stepped aside in Piet Rook's favour.", ["SUPPORTS person:john-hale person:piet-rook"]],
    ["The court ruled in Piet Rook's favour.", []],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a stance on someone's claims, or a clause about a thing", () => {
  it.each([
    ["Mira Sol rejected Piet Rook's claims of fraud.", []],
    ["Norway is unhappy with the process that favoured Piet Rook.", []],
    ["Norway is the country that backs Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Norway blocked Piet Rook's bid in 2015.", ["OPPOSES country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("a verb joined to an earlier one shares its subject", () => {
  it.each([
    ["The US opposed Piet Rook's reappointment in 2016 but now backs him.", ["OPPOSES country:US person:piet-rook", "SUPPORTS country:US person:piet-rook"]],
    ["Norway endorsed Piet Rook and will campaign for him.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Mira Sol criticised the plan but backs Piet Rook.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Norway backs Piet Rook, and John Hale is unhappy.", ["SUPPORTS country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("every reader shares one list of speech verbs", () => {
  it.each([
    ["Asked about the race, Mira Sol responded that Piet Rook was the best candidate for the job.", ["SUPPORTS person:mira-sol person:piet-rook"]],
    ["Mira Sol retorted that John Hale was unfit for the post.", ["OPPOSES person:mira-sol person:john-hale"]],
    ["Mira Sol countered that Piet Rook is the best candidate.", ["SUPPORTS person:mira-sol person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("support for a candidate that comes from its holders", () => {
  it.each([
    ["On Monday, support for Piet Rook came from Mira Sol and Ana Ruiz.", ["SUPPORTS person:ana-ruiz person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]],
    ["The latest endorsements for Piet Rook came from Norway and Chile.", ["SUPPORTS country:CL person:piet-rook", "SUPPORTS country:NO person:piet-rook"]],
    ["Piet Rook welcomed the backing for Piet Rook from Norway.", ["SUPPORTS country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });
});

describe("support not declared is no opposition", () => {
  it.each([
    "Mira Sol has not openly supported Piet Rook.",
    "Norway has not yet endorsed Piet Rook.",
    "Mira Sol did not publicly back Piet Rook before the vote.",
  ])("%s", (sentence) => {
    expect(stances(RACE + sentence)).toEqual([]);
  });

  it("still reads a plain refusal as opposition", () => {
    expect(stances(`${RACE}Mira Sol does not support Piet Rook.`)).toEqual(["OPPOSES person:mira-sol person:piet-rook"]);
  });
});

describe("more words of support", () => {
  it.each([
    ["Norway promised its support to Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Norway is firmly behind Piet Rook.", ["SUPPORTS country:NO person:piet-rook"]],
    ["The Nordic countries are squarely behind Piet Rook.", ["SUPPORTS org:nordic-countries person:piet-rook"]],
    ["Piet Rook counts on the support of Norway.", ["SUPPORTS country:NO person:piet-rook"]],
    ["Piet Rook can rely on the backing of Norway and Chile.", ["SUPPORTS country:CL person:piet-rook", "SUPPORTS country:NO person:piet-rook"]],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual(expected);
  });

  it("reads no support in a candidate trailing another", () => {
    expect(stances(`${RACE}John Hale is behind Piet Rook in the polls.`)).toEqual([]);
  });
});

describe("a list of agents and its main verb", () => {
  const PEOPLE = "Farid Hassan and Ana Ruiz are the candidates for Speaker. ";
  it("ends the list of agents at the main verb", () => {
    expect(stances(`${PEOPLE}Farid Hassan, backed by Mira Sol, faces Ana Ruiz, who is backed by Tom Berg.`)).toEqual(["SUPPORTS person:mira-sol person:farid-hassan", "SUPPORTS person:tom-berg person:ana-ruiz"]);
    expect(stances(`${PEOPLE}Farid Hassan, who is backed by the European Union, faces Ana Ruiz.`)).toEqual(["SUPPORTS org:european-union person:farid-hassan"]);
  });
});

describe("a description after a holder's name", () => {
  const PEOPLE = "Kemi Badenoch is a candidate. ";
  it("reads 'the Republican' after a name as the person's description", () => {
    expect(stances(`${PEOPLE}Badenoch won the backing of Ron DeSantis, the Republican governor of Florida, on Monday.`)).toEqual(["SUPPORTS person:ron-desantis person:kemi-badenoch"]);
    expect(stances(`${PEOPLE}Badenoch won the backing of Ron DeSantis, a Republican.`)).toEqual(["SUPPORTS person:ron-desantis person:kemi-badenoch"]);
  });

  it("keeps a party named in the list", () => {
    expect(stances(`${PEOPLE}Badenoch won the backing of Ron DeSantis, the Republican Party and Mira Sol.`)).toEqual(["SUPPORTS org:republican-party person:kemi-badenoch", "SUPPORTS person:mira-sol person:kemi-badenoch", "SUPPORTS person:ron-desantis person:kemi-badenoch"]);
  });
});

describe("refusals of all but one, distance and denials", () => {
  const PEOPLE = "Farid Hassan and Ana Ruiz are the candidates for WIPO Director General. ";
  it.each([
    ["Norway distanced itself from Farid Hassan.", ["OPPOSES country:NO person:farid-hassan"]],
    ["Mira Sol said she would vote for anyone but Farid Hassan.", ["OPPOSES person:mira-sol person:farid-hassan"]],
    ["Mira Sol voted for Ana Ruiz, not Farid Hassan.", ["OPPOSES person:mira-sol person:farid-hassan", "SUPPORTS person:mira-sol person:ana-ruiz"]],
  ])("%s", (sentence, expected) => {
    expect(stances(PEOPLE + sentence)).toEqual(expected);
  });

  it.each([
    "Mira Sol would not say whether she backed Farid Hassan.",
    "Mira Sol denied that she had backed Farid Hassan.",
    "Mira Sol said Farid Hassan withdrew on Monday.",
    "Farid Hassan said he should withdraw.",
    "Klobuchar and Farid Hassan are the second and third to abandon their bids since Ana Ruiz won.",
  ])("reads no stance of Mira Sol or Farid Hassan in: %s", (sentence) => {
    expect(stances(PEOPLE + sentence).filter((s) => /person:(?:mira-sol|farid-hassan) person:/.test(s))).toEqual([]);
  });
});

describe("headline shapes", () => {
  const BODY = "\n\nFarid Hassan and Ana Ruiz are the candidates for WIPO Director General.";
  it.each([
    ["Norway throws weight behind Hassan", ["SUPPORTS country:NO person:farid-hassan"]],
    ["Hassan gets Norway nod for WIPO post", ["SUPPORTS country:NO person:farid-hassan"]],
    ["Hassan wins EU backing", ["SUPPORTS org:european-union person:farid-hassan"]],
  ])("%s", (headline, expected) => {
    expect(stances(headline + BODY)).toEqual(expected);
  });

});

describe("support assured", () => {
  it("reads 'assured X of her support' as support", () => {
    expect(stances(`${RACE}Mira Sol assured Piet Rook of her full support.`)).toEqual(["SUPPORTS person:mira-sol person:piet-rook"]);
  });
});

describe("a participle fused to a name, and an unwillingness", () => {
  it("reads no stance of the sentence's subject in a '-backed' adjective", () => {
    expect(stances(`${RACE}John Hale launched his Kremlin-backed challenge of Piet Rook.`)).toEqual([]);
    expect(stances(`${RACE}Mira Sol praised the state-backed bid of Piet Rook.`)).toEqual([]);
  });

  it("reads an unwillingness to back as a refusal", () => {
    expect(stances(`${RACE}Norway expressed its unwillingness to support Piet Rook.`)).toEqual(["OPPOSES country:NO person:piet-rook"]);
    expect(stances(`${RACE}Mira Sol is reluctant to back Piet Rook.`)).toEqual(["OPPOSES person:mira-sol person:piet-rook"]);
  });
});

describe("requests, expectations and possibilities are no stance of the one named", () => {
  const PEOPLE = "Farid Hassan and Ana Ruiz are the candidates for WIPO Director General. ";
  it.each([
    "Farid Hassan has asked Norway to back him.",
    "Farid Hassan urged Norway to support his candidacy.",
    "Analysts expect Norway to back Farid Hassan.",
    "Norway is widely believed to support Farid Hassan.",
    "Norway could back Farid Hassan if Ana Ruiz withdraws.",
  ])("%s", (sentence) => {
    expect(stances(PEOPLE + sentence)).toEqual([]);
  });

  it("still reads a request for another's support and a refusal said with 'could'", () => {
    expect(stances(`${PEOPLE}Mira Sol urged Norway to back Farid Hassan.`)).toEqual(["SUPPORTS person:mira-sol person:farid-hassan"]);
    expect(stances(`${PEOPLE}Mira Sol said she could never vote for Farid Hassan.`)).toEqual(["OPPOSES person:mira-sol person:farid-hassan"]);
    expect(stances(`${PEOPLE}Norway said it could not support Farid Hassan and would continue to back Ana Ruiz.`)).toEqual(["OPPOSES country:NO person:farid-hassan", "SUPPORTS country:NO person:ana-ruiz"]);
  });
});

describe("support hoped for, and a relative clause of someone unnamed", () => {
  const PEOPLE = "Farid Hassan and Ana Ruiz are the candidates for WIPO Director General. ";
  it("reads no support a candidate is only confident of or trying to win", () => {
    expect(stances(`${PEOPLE}Farid Hassan said he was confident of winning the support of Norway.`)).toEqual([]);
    expect(stances(`${PEOPLE}Farid Hassan is trying to win the backing of Norway.`)).toEqual([]);
  });

  it("reads no stance of A in 'A, whose husband backs X'", () => {
    expect(stances(`${PEOPLE}Mira Sol, whose husband backs Ana Ruiz, endorsed Farid Hassan.`)).toEqual(["SUPPORTS person:mira-sol person:farid-hassan"]);
  });
});

describe("what a stance verb is really about", () => {
  const PEOPLE = "Farid Hassan and Ana Ruiz are the candidates for WIPO Director General. ";
  it.each([
    "Farid Hassan rejected claims that he had backed Ana Ruiz.",
    "Norway rejected criticism of Farid Hassan.",
    "Norway opposes the plan, Farid Hassan said.",
    "Norway backed calls for Farid Hassan to explain his record.",
  ])("%s", (sentence) => {
    expect(stances(PEOPLE + sentence)).toEqual([]);
  });

  it("still reads the nomination of a person as support of the person", () => {
    expect(stances(`${PEOPLE}Norway backed the nomination of Farid Hassan.`)).toEqual(["SUPPORTS country:NO person:farid-hassan"]);
  });
});

describe("who 'him' and 'her' are as a stance's object", () => {
  it("never takes a person of the other gender", () => {
    expect(stances('Farid Hassan and Maria Lopez are the candidates for WIPO Director General. Maria Lopez met Mira Sol. "I support him," Mira Sol said.')).toEqual([]);
    expect(stances("Farid Hassan and Maria Lopez are the candidates. Maria Lopez met Norway's prime minister on Monday. He later said he would back her.")).toEqual([]);
    expect(stances("Farid Hassan and Maria Lopez are the candidates for WIPO Director General. Maria Lopez said Farid Hassan had met Mira Sol, who then endorsed her.")).toEqual(["SUPPORTS person:mira-sol person:maria-lopez"]);
  });
});

describe("a stance on what a person proposes, and backing that is no stance", () => {
  const PEOPLE = "Farid Hassan and Maria Lopez are the candidates for WIPO Director General. ";
  it.each([
    "Norway supported Farid Hassan's proposal on trade.",
    "Norway endorsed Farid Hassan's report.",
    "Norway opposed Farid Hassan's plan for reform.",
    "Farid Hassan's campaign has financial backing from Norway.",
  ])("%s", (sentence) => {
    expect(stances(PEOPLE + sentence)).toEqual([]);
  });

  it("still reads a stance on the person's candidacy or bid", () => {
    expect(stances(`${PEOPLE}Norway supported Farid Hassan's candidacy.`)).toEqual(["SUPPORTS country:NO person:farid-hassan"]);
    expect(stances(`${PEOPLE}Norway opposed Farid Hassan's bid.`)).toEqual(["OPPOSES country:NO person:farid-hassan"]);
  });
});
