import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

function stances(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

function candidates(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
}

const RACE = "The race for WIPO Director General is open. ";
const POST = "post:wipo-director-general";

describe("subjects of relative clauses and groups", () => {
  it("gives a restrictive relative clause's verb the actor it hangs on", () => {
    expect(stances(`${RACE}Norway was the only country that opposed Lena Ostrova.`)).toEqual(["OPPOSES country:NO person:lena-ostrova"]);
    expect(stances(`${RACE}Norway is one of the members that have backed Lena Ostrova.`)).toEqual(["SUPPORTS country:NO person:lena-ostrova"]);
  });

  it("leaves a reported clause to its own subject", () => {
    expect(stances(`${RACE}Norway said that backed candidates would be heard.`)).toEqual([]);
    expect(stances(`${RACE}Norway believes that Chile backs Lena Ostrova.`)).toEqual(["SUPPORTS country:CL person:lena-ostrova"]);
  });

  it("takes a country's officials and an organization's members for the country and the organization", () => {
    expect(stances(`${RACE}Norwegian officials opposed Piet Rook.`)).toEqual(["OPPOSES country:NO person:piet-rook"]);
    expect(stances(`${RACE}Norway officials opposed Piet Rook.`)).toEqual(["OPPOSES country:NO person:piet-rook"]);
    expect(stances(`${RACE}African Union member states have backed Piet Rook.`)).toEqual(["SUPPORTS org:african-union person:piet-rook"]);
  });

  it("gives a person's stance to the country they say they speak for", () => {
    expect(stances(`${RACE}Norway's foreign minister, Arne Dahl, said his government would back Piet Rook.`)).toContain("SUPPORTS country:NO person:piet-rook");
  });
});

describe("opposition phrases", () => {
  it.each([
    ["Norway turned against Piet Rook.", "OPPOSES country:NO person:piet-rook"],
    ["Norway stood in the way of Piet Rook.", "OPPOSES country:NO person:piet-rook"],
    ["Norway worked behind the scenes to defeat Piet Rook.", "OPPOSES country:NO person:piet-rook"],
    ["Norway raised objections to Piet Rook.", "OPPOSES country:NO person:piet-rook"],
    ["Mira Sol took aim at Piet Rook.", "OPPOSES person:mira-sol person:piet-rook"],
    ["Piet Rook drew sharp criticism from Norway.", "OPPOSES country:NO person:piet-rook"],
    ["Piet Rook failed to win the support of Norway.", "OPPOSES country:NO person:piet-rook"],
    ["Piet Rook was criticised by Norway.", "OPPOSES country:NO person:piet-rook"],
    ["Norway opposition to Piet Rook stalled the vote.", "OPPOSES country:NO person:piet-rook"],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual([expected]);
  });

  it("does not read a person's name before a noun as their stance", () => {
    expect(stances(`${RACE}Mira Sol opposition to Piet Rook was reported.`)).toEqual([]);
  });
});

describe("support phrases", () => {
  it.each([
    ["Mira Sol has switched her support to Piet Rook.", "SUPPORTS person:mira-sol person:piet-rook"],
    ["Mira Sol tweeted her support for Piet Rook.", "SUPPORTS person:mira-sol person:piet-rook"],
    ["Mira Sol lent her nomination to Piet Rook.", "SUPPORTS person:mira-sol person:piet-rook"],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toEqual([expected]);
  });

  it("reads nominations received from a list", () => {
    expect(stances(`${RACE}Piet Rook has received nominations from Norway and Chile.`)).toEqual(["SUPPORTS country:CL person:piet-rook", "SUPPORTS country:NO person:piet-rook"]);
  });
});

describe("candidacies said by the state of the race", () => {
  it.each([
    ["Piet Rook is considered the front-runner.", ["person:piet-rook"]],
    ["Mira Sol is running for the post. Piet Rook is also in the race.", ["person:mira-sol", "person:piet-rook"]],
    ["Piet Rook, who is running on a reform platform, visited Oslo.", ["person:piet-rook"]],
    ["Mira Sol is running for the post. Piet Rook is her closest competitor.", ["person:mira-sol", "person:piet-rook"]],
    ["Mira Sol now remains the only challenger to Piet Rook's bid.", ["person:mira-sol", "person:piet-rook"]],
    ["Piet Rook and Mira Sol are locked in a tight race.", ["person:mira-sol", "person:piet-rook"]],
    ["Piet Rook is widely expected to win.", ["person:piet-rook"]],
    ["In the race are Piet Rook and Mira Sol.", ["person:mira-sol", "person:piet-rook"]],
    ["The other candidate for the top job is Mira Sol.", ["person:mira-sol"]],
    ["Piet Rook was elected WIPO Director General on Friday, beating Mira Sol.", ["person:mira-sol", "person:piet-rook"]],
    ["Piet Rook was elected on Friday, beating Mira Sol.", ["person:mira-sol", "person:piet-rook"]],
    ["Mira Sol is up against Piet Rook.", ["person:mira-sol", "person:piet-rook"]],
    ["If elected, Piet Rook would be the first Norwegian to lead the agency.", ["person:piet-rook"]],
    ["Piet Rook will replace Mira Sol next year.", ["person:piet-rook"]],
  ])("%s", (sentence, people) => {
    expect(candidates(RACE + sentence)).toEqual(people.map((p) => `${p} ${POST}`));
  });

  it("keeps a plain ordinal from being a place in the race", () => {
    expect(candidates(`${RACE}Piet Rook was first elected to parliament in 2010.`)).toEqual([]);
  });

  it("reads withdrawals with a long race name or none", () => {
    expect(candidates(`${RACE}Piet Rook pulled out of the hard-fought WIPO director general race, hours after Mira Sol had also withdrawn.`)).toEqual([`person:mira-sol ${POST}`, `person:piet-rook ${POST}`]);
    expect(candidates(`${RACE}Mira Sol pulled herself out of the running.`)).toEqual([`person:mira-sol ${POST}`]);
  });

  it("takes 'its new president' for the organization's post", () => {
    expect(candidates("The race for Interpol president is over. Interpol has elected Norway‘s Piet Rook as its president.")).toEqual(["person:piet-rook post:interpol-president"]);
  });

  it("reads an organization's own presidential election as its race", () => {
    expect(candidates("The FIFA president is chosen in May. Piet Rook pulled out of the FIFA presidential election race.")).toEqual(["person:piet-rook post:fifa-president"]);
    expect(candidates("The FIFA president is chosen in May. Piet Rook pulled out of the US presidential election race.")).toEqual([]);
  });
});

describe("candidates listed over several sentences", () => {
  it("reads 'They are A, B and C' after a sentence that counts candidates", () => {
    expect(candidates("Six candidates are vying to become WIPO Director General. They are Piet Rook of Norway, Mira Sol of Chile and Arno Velt of Austria.")).toEqual([
      `person:arno-velt ${POST}`,
      `person:mira-sol ${POST}`,
      `person:piet-rook ${POST}`,
    ]);
  });

  it("reads a paragraph per candidate after an announcement with a colon", () => {
    const text = "The candidates for WIPO Director General are:\n\nPiet Rook, 58, a Norwegian diplomat.\n\nMira Sol (Chile)\n\nThe vote is in May.\n\nArno Velt said he was pleased.";
    expect(candidates(text)).toEqual([`person:mira-sol ${POST}`, `person:piet-rook ${POST}`]);
  });

  it("does not take the next paragraph's name after a sentence that only mentions candidates", () => {
    expect(candidates("The race for WIPO Director General is open to all the candidates.\n\nPiet Rook, a commentator, said so.")).toEqual([]);
  });
});

describe("support said by a noun, a compound or a title", () => {
  it.each([
    ["Piet Rook is Norway's choice.", "SUPPORTS country:NO person:piet-rook"],
    ["Norway is on the board. The Norwegian-backed candidate, Piet Rook, leads.", "SUPPORTS country:NO person:piet-rook"],
    ["Norway is on the board. The Norway-backed Piet Rook leads.", "SUPPORTS country:NO person:piet-rook"],
    ["Piet Rook supporter Mira Sol said the race was close.", "SUPPORTS person:mira-sol person:piet-rook"],
    ["Mira Sol, a Piet Rook supporter, said the race was close.", "SUPPORTS person:mira-sol person:piet-rook"],
    ["Among Piet Rook's backers is Mira Sol.", "SUPPORTS person:mira-sol person:piet-rook"],
    ["Norway gave Piet Rook its backing.", "SUPPORTS country:NO person:piet-rook"],
    ["Norway rallied around Piet Rook.", "SUPPORTS country:NO person:piet-rook"],
    ["Piet Rook is the candidate backed by Norway.", "SUPPORTS country:NO person:piet-rook"],
    ["Mira Sol said Piet Rook would get her vote.", "SUPPORTS person:mira-sol person:piet-rook"],
    ["Norway welcomed Piet Rook's election.", "SUPPORTS country:NO person:piet-rook"],
  ])("%s", (sentence, expected) => {
    expect(stances(RACE + sentence)).toContain(expected);
  });

  it("does not read a country fused with '-backed' that the article does not name", () => {
    expect(stances(`${RACE}The Norwegian-backed Piet Rook leads.`)).toEqual([]);
  });

  it("does not take 'Piet Rook supporter' for support without a person after it", () => {
    expect(stances(`${RACE}A Piet Rook supporter said the race was close.`)).toEqual([]);
  });
});

describe("headlines", () => {
  it("cuts a title-case headline at the surnames of people the text names", () => {
    const text = "Rook Criticizes Sol Nomination to WIPO\n\nNorway's Piet Rook spoke on Tuesday about Mira Sol, the nominee for WIPO Director General.";
    expect(stances(text)).toEqual(["OPPOSES person:piet-rook person:mira-sol"]);
  });

  it("reads a headline's comma list as joined subjects", () => {
    const text = "Rook, Velt raise concerns about Sol\n\nPiet Rook and Arno Velt spoke on Tuesday about Mira Sol, the nominee for WIPO Director General.";
    expect(stances(text)).toEqual(["OPPOSES person:arno-velt person:mira-sol", "OPPOSES person:piet-rook person:mira-sol"]);
  });

  it("keeps a comma in a body sentence from joining subjects", () => {
    expect(stances(`${RACE}In Oslo, Piet Rook, Arno Velt backed Mira Sol.`)).not.toContain("SUPPORTS person:piet-rook person:mira-sol");
  });
});

describe("stances given to a list by the group it names", () => {
  it("reads a group described by its stance, then named", () => {
    expect(stances(`${RACE}The members who voted against Piet Rook in all three rounds are: Mira Sol (Chile), Arno Velt (Austria) and Lena Ostrova (Latvia).`)).toEqual([
      "OPPOSES person:arno-velt person:piet-rook",
      "OPPOSES person:lena-ostrova person:piet-rook",
      "OPPOSES person:mira-sol person:piet-rook",
    ]);
    expect(stances(`${RACE}MPs backing Piet Rook include Mira Sol and Arno Velt.`)).toEqual(["SUPPORTS person:arno-velt person:piet-rook", "SUPPORTS person:mira-sol person:piet-rook"]);
  });

  it("reads a refused support as opposition", () => {
    expect(stances(`${RACE}The lawmakers who did not vote for Piet Rook were Mira Sol and Arno Velt.`)).toEqual(["OPPOSES person:arno-velt person:piet-rook", "OPPOSES person:mira-sol person:piet-rook"]);
  });

  it("reads the members named one to a paragraph after a colon", () => {
    const text = `${RACE}The delegates who opposed Piet Rook are:\n\nMira Sol (Chile)\n\nArno Velt (Austria)\n\nThe vote is in May. Lena Ostrova spoke.`;
    expect(stances(text)).toEqual(["OPPOSES person:arno-velt person:piet-rook", "OPPOSES person:mira-sol person:piet-rook"]);
  });

  it("reads a list that closes on the group", () => {
    expect(stances(`${RACE}The vote left Mira Sol, chairman Arno Velt and the rest of Piet Rook's critics angry.`)).toEqual(["OPPOSES person:arno-velt person:piet-rook", "OPPOSES person:mira-sol person:piet-rook"]);
  });

  it("does not give the stance of some of a party to the party", () => {
    expect(stances("Piet Rook is running for Speaker of the Republican Party. Republicans who voted against Piet Rook met on Monday.")).toEqual([]);
  });
});

describe("the subject of a gerund after 'by'", () => {
  it("is the first actor of the clause, past an apposition naming a country", () => {
    expect(stances(`${RACE}Mira Sol, Prime Minister of Norway, shares Chile's views by opposing Piet Rook.`)).toEqual(["OPPOSES person:mira-sol person:piet-rook"]);
  });
});

describe("backers named with titles and origins", () => {
  it("keeps a country that opens a backer's title out of the backers", () => {
    expect(stances(`${RACE}Piet Rook won the backing of U.S. House Majority Leader Mira Sol of Virginia and Oklahoma Senator Arno Velt.`)).toEqual([
      "SUPPORTS person:arno-velt person:piet-rook",
      "SUPPORTS person:mira-sol person:piet-rook",
    ]);
  });

  it("reads 'has given his backing to'", () => {
    expect(stances(`${RACE}Mira Sol has given her backing to junior minister Piet Rook.`)).toEqual(["SUPPORTS person:mira-sol person:piet-rook"]);
  });
});

describe("a rival named by description", () => {
  it("takes 'her rival' for the one other person the text puts in the race", () => {
    const text = "Mira Sol is running for WIPO Director General. Piet Rook is the other candidate. Norway backed Sol, whereas Chile rooted for her rival.";
    expect(stances(text)).toEqual(["SUPPORTS country:CL person:piet-rook", "SUPPORTS country:NO person:mira-sol"]);
  });

  it("reads no rival when the race has more than two people", () => {
    const text = "Mira Sol is running for WIPO Director General. Piet Rook and Arno Velt are the other candidates. Chile rooted for her rival.";
    expect(stances(text)).toEqual([]);
  });

  it("gives a participle after a dateline the subject after the dateline, and a demonym rival named later", () => {
    const text = "OSLO, May 6 (Reuters) -- Norway respects Mira Sol's withdrawal of her bid to lead the World Intellectual Property Organization (WIPO), expressing support for her Chilean rival. Chile's Piet Rook is the other candidate.";
    expect(stances(text)).toContain("SUPPORTS country:NO person:piet-rook");
  });
});

describe("a rival named as someone's opponent", () => {
  it("takes 'X's opponent' for the other person in the race", () => {
    const text = "Mira Sol is running for WIPO Director General. Piet Rook is the other candidate. Norway took aim at Sol's opponent.";
    expect(stances(text)).toEqual(["OPPOSES country:NO person:piet-rook"]);
  });
});

describe("more candidacies", () => {
  it("takes both sides of a plural 'are competing against'", () => {
    expect(candidates(`${RACE}Mira Sol and Arno Velt are competing against Piet Rook and Lena Ostrova.`)).toEqual([
      `person:arno-velt ${POST}`,
      `person:lena-ostrova ${POST}`,
      `person:mira-sol ${POST}`,
      `person:piet-rook ${POST}`,
    ]);
  });

  it("reads 'Among them is X' after a sentence counting candidates", () => {
    expect(candidates("Nine candidates are vying to become WIPO Director General. Among them is the Latvian diplomat Lena Ostrova.")).toEqual([`person:lena-ostrova ${POST}`]);
  });
});

describe("critics, passives joined by 'and', and described objects of a request", () => {
  it("reads 'A and B were among X's critics' and 'X's critics include A'", () => {
    expect(stances(`${RACE}Mira Sol and Arno Velt were among Piet Rook's critics.`)).toEqual(["OPPOSES person:arno-velt person:piet-rook", "OPPOSES person:mira-sol person:piet-rook"]);
    expect(stances(`${RACE}Piet Rook's critics include Mira Sol.`)).toEqual(["OPPOSES person:mira-sol person:piet-rook"]);
  });

  it("reads 'was the favourite and backed by A'", () => {
    expect(stances(`${RACE}Piet Rook was the favourite and backed by the Norwegian government.`)).toEqual(["SUPPORTS country:NO person:piet-rook"]);
  });

  it("reads a request to support a candidate named by nationality", () => {
    const text = `${RACE}Norwegian diplomat Piet Rook is a candidate. Mira Sol asked Arno Velt to back the Norwegian candidate.`;
    expect(stances(text)).toContain("SUPPORTS person:mira-sol person:piet-rook");
  });

  it("reads a rival beaten after a possessive country or an age", () => {
    expect(candidates(`${RACE}Mira Sol narrowly defeated Norway's Piet Rook in the sixth round.`)).toEqual([`person:mira-sol ${POST}`, `person:piet-rook ${POST}`]);
    expect(candidates(`${RACE}Mira Sol, 57, edged Piet Rook, 31-27, in the final vote.`)).toEqual([`person:mira-sol ${POST}`, `person:piet-rook ${POST}`]);
  });
});
