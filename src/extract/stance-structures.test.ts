import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))];
}

describe("opposition said as criticism or a campaign", () => {
  it.each([
    ["Senator Amina Odhiambo criticised Pieter Jansen's nomination.", "OPPOSES person:amina-odhiambo person:pieter-jansen"],
    ["Senator Amina Odhiambo criticized the nomination of Pieter Jansen.", "OPPOSES person:amina-odhiambo person:pieter-jansen"],
    ["Senator Amina Odhiambo raised serious concerns about Pieter Jansen.", "OPPOSES person:amina-odhiambo person:pieter-jansen"],
    ["Hans Weber has been a vocal critic of Lena Berg.", "OPPOSES person:hans-weber person:lena-berg"],
    ["Hungary launched a campaign to stop Pieter Jansen.", "OPPOSES country:HU person:pieter-jansen"],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual([expected]);
  });

  it("reads calling a candidate unfit as opposition by whoever says it", () => {
    expect(stancesOf("Anna Kowal said Lena Berg is not fit for the job.")).toEqual(["OPPOSES person:anna-kowal person:lena-berg"]);
    expect(stancesOf("Lena Berg is running for leader. Hans Weber has already called her ‘not fit for purpose’.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });
});

describe("control verbs", () => {
  it("reads asking others to reject someone, or not to vote for them, as opposition", () => {
    expect(stancesOf("Hans Weber urged senators to reject Lena Berg's nomination.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
    expect(stancesOf("Hans Weber urged member states not to vote for Lena Berg.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });
});

describe("objects and subjects", () => {
  it("takes 'her' followed by a noun for a possessive, not the object", () => {
    expect(stancesOf("Lena Berg is in the race. Hans Weber attacked her rivals on Monday.")).toEqual([]);
    expect(stancesOf("Germany backed her rival Amina Odhiambo.")).toEqual(["SUPPORTS country:DE person:amina-odhiambo"]);
  });

  it("skips the country that owns the object's name", () => {
    expect(stancesOf("Germany offered its strong support to Nigeria's Amina Odhiambo.")).toEqual(["SUPPORTS country:DE person:amina-odhiambo"]);
  });

  it("gives a participle after a prepositional object the main clause's subject", () => {
    expect(stancesOf("Sweden regrets the end of Lena Berg's bid to lead the World Health Organization (WHO), expressing support for Amina Odhiambo.")).toEqual([
      "SUPPORTS country:SE person:amina-odhiambo",
    ]);
  });
});

describe("stances said as nouns", () => {
  it.each([
    ["Pakistan’s candidate Dr. Amina Odhiambo met the press.", "SUPPORTS country:PK person:amina-odhiambo"],
    ["Pieter Jansen, the US nominee, met the press.", "SUPPORTS country:US person:pieter-jansen"],
    ["Hans Weber's endorsement of Lena Berg came on Friday.", "SUPPORTS person:hans-weber person:lena-berg"],
    ["Germany's support for Lena Berg is firm.", "SUPPORTS country:DE person:lena-berg"],
    ["Norway's envoy reaffirmed the support of the African Union to Dr. Lena Berg.", "SUPPORTS org:african-union person:lena-berg"],
    ["Hans Weber is a strong supporter of Lena Berg.", "SUPPORTS person:hans-weber person:lena-berg"],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual([expected]);
  });

  it("reads every holder of 'the endorsement of X by A and B'", () => {
    expect(stancesOf("The endorsement of Lena Berg by Hans Weber and Germany came as a surprise.")).toEqual([
      "SUPPORTS person:hans-weber person:lena-berg",
      "SUPPORTS country:DE person:lena-berg",
    ]);
  });

  it("does not take a later name for a nominee across a verb", () => {
    expect(stancesOf("The US nominee, Pieter Jansen, met Lena Berg.")).toEqual(["SUPPORTS country:US person:pieter-jansen"]);
  });
});

describe("more subjects and verbs", () => {
  it("gives 'they' after a speech verb to the speakers named before it", () => {
    expect(stancesOf("Germany and France said they would back Lena Berg.")).toEqual(expect.arrayContaining(["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]));
    expect(stancesOf("Lena Berg met Germany. They back Pieter Jansen.")).toEqual([]);
  });

  it("reads a reduced passive after the candidate's name", () => {
    expect(stancesOf("Lena Berg, backed by Germany and France, leads the race.")).toEqual(["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]);
  });

  it("reads voting or warning against someone as opposition", () => {
    expect(stancesOf("Hans Weber voted against Lena Berg.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
    expect(stancesOf("Hans Weber warned against the nomination of Lena Berg.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });
});

describe("gratitude and questions", () => {
  it("reads thanks for support as support of the one who thanks", () => {
    expect(stancesOf("Lena Berg thanked Germany and France for their backing.")).toEqual(["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]);
    expect(stancesOf("Lena Berg said she is grateful for the expression of support from the US for her bid.")).toEqual(["SUPPORTS country:US person:lena-berg"]);
    expect(stancesOf("“Thank you President Hans Weber for your unflinching support,” Lena Berg said.")).toEqual(["SUPPORTS person:hans-weber person:lena-berg"]);
  });

  it("reads no support from thanks for something else, or from thanks not given", () => {
    expect(stancesOf("Lena Berg thanked Hans Weber for his hospitality.")).toEqual([]);
    expect(stancesOf("Lena Berg did not thank Germany for its support.")).toEqual([]);
  });

  it("reads a rhetorical question against refusing as support, and a plain question as nothing", () => {
    expect(stancesOf("“What excuses do we have not to support Dr. Lena Berg’s candidature?” asked Hans Weber.")).toEqual(["SUPPORTS person:hans-weber person:lena-berg"]);
    expect(stancesOf("Why did Germany not support Lena Berg?")).toEqual([]);
  });
});

describe("metonymy and parentheticals", () => {
  it("reads a plural demonym as its country", () => {
    expect(stancesOf("The Germans back Lena Berg.")).toEqual(["SUPPORTS country:DE person:lena-berg"]);
  });

  it("skips ', said X,' and 'under ...,' between a subject and its verb", () => {
    expect(stancesOf("Hans Weber spoke. The United States, said Weber, strongly supports the candidature of Lena Berg.")).toEqual(["SUPPORTS country:US person:lena-berg"]);
    expect(stancesOf("The U.S., under the previous Hans Weber administration, had expressed support for Lena Berg.")).toEqual(["SUPPORTS country:US person:lena-berg"]);
  });

  it("reads a passive with a time phrase before 'by'", () => {
    expect(stancesOf("Lena Berg was endorsed on Monday by the African Union.")).toEqual(["SUPPORTS org:african-union person:lena-berg"]);
  });
});

describe("more opposition", () => {
  it.each([
    ["Israel has lobbied against Lena Berg.", "OPPOSES country:IL person:lena-berg"],
    ["The United States is campaigning hard against Lena Berg.", "OPPOSES country:US person:lena-berg"],
    ["Hans Weber is against Lena Berg's nomination.", "OPPOSES person:hans-weber person:lena-berg"],
    ["Germany withdrew its support for Lena Berg.", "OPPOSES country:DE person:lena-berg"],
    ["Lena Berg lost the backing of Germany.", "OPPOSES country:DE person:lena-berg"],
    ["Hans Weber described Lena Berg as unqualified.", "OPPOSES person:hans-weber person:lena-berg"],
    ["Hans Weber said he had serious reservations about Lena Berg.", "OPPOSES person:hans-weber person:lena-berg"],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual([expected]);
  });

  it("reads no opposition from a rival who is 'up against' someone", () => {
    expect(stancesOf("Hans Weber is up against Lena Berg.")).toEqual([]);
  });

  it("finds the subject in an apposition when nothing outside it names one", () => {
    expect(stancesOf("A leading rights organization, the Example Watch Committee, urged the board to reject Lena Berg's candidacy.")).toEqual([
      "OPPOSES org:example-watch-committee person:lena-berg",
    ]);
  });

  it("takes the person chosen, not the chooser, as the object of 'X's nomination of Y'", () => {
    expect(stancesOf("Amina Odhiambo criticized President Hans Weber's nomination of Lena Berg.")).toEqual(
      expect.arrayContaining(["OPPOSES person:amina-odhiambo person:lena-berg", "SUPPORTS person:hans-weber person:lena-berg"]),
    );
    expect(stancesOf("Amina Odhiambo criticized President Hans Weber's nomination of Lena Berg.")).not.toContain("OPPOSES person:amina-odhiambo person:hans-weber");
  });

  it("reads criticism of someone's speech as no stance on them", () => {
    expect(stancesOf("Amina Odhiambo slammed Hans Weber's speech.")).toEqual([]);
  });
});

describe("news-style sentences", () => {
  it("stops a list of backers at a reporting clause, and reads leaning towards as no stance", () => {
    const found = stancesOf("Lena Berg is running. She has also won support from Britain and Germany, and officials said China was leaning towards backing her.");
    expect(found).toEqual(["SUPPORTS country:GB person:lena-berg", "SUPPORTS country:DE person:lena-berg"]);
  });

  it("reads nothing from a clause asked about with 'whether'", () => {
    expect(stancesOf("Amina Odhiambo did not say whether Brazil would back Hans Weber.")).toEqual([]);
  });

  it("reads welcoming a candidacy as support, and welcoming a person as nothing", () => {
    expect(stancesOf("Pieter Jansen welcomed Lena Berg's candidacy.")).toEqual(["SUPPORTS person:pieter-jansen person:lena-berg"]);
    expect(stancesOf("Pieter Jansen welcomed Lena Berg to Washington.")).toEqual([]);
  });

  it("reads plural government nouns and 'they', and possessive governments", () => {
    expect(stancesOf("Kenyan officials said they were backing Hans Weber.")).toEqual(["SUPPORTS country:KE person:hans-weber"]);
    expect(stancesOf("Kenya's government has thrown its weight behind Hans Weber.")).toEqual(["SUPPORTS country:KE person:hans-weber"]);
    expect(stancesOf("Kenya is backing its former prime minister, Hans Weber.")).toEqual(["SUPPORTS country:KE person:hans-weber"]);
  });

  it("lets an organization's members stand for it", () => {
    expect(stancesOf("Lena Berg gained the backing of the 27 European Union members.")).toEqual(["SUPPORTS org:european-union person:lena-berg"]);
  });

  it("reads a hedge like 'appears to' as no stance", () => {
    expect(stancesOf("Lena Berg appears to have the support of Germany.")).toEqual([]);
  });
});

describe("lists, control and praise in longer sentences", () => {
  it("ends a list of backers where a name opens a clause of its own", () => {
    expect(stancesOf("Amina Odhiambo has been endorsed by the African Union, and Pieter Jansen was nominated by Brazil.")).toEqual([
      "SUPPORTS org:african-union person:amina-odhiambo",
      "SUPPORTS country:BR person:pieter-jansen",
    ]);
  });

  it("gives a verb asked of others to the one who asks", () => {
    const found = stancesOf("Amina Odhiambo is running. Peter Moyo called on developing countries to rally behind her.");
    expect(found).toEqual(["SUPPORTS person:peter-moyo person:amina-odhiambo"]);
  });

  it("reads doubts about a candidate's experience as opposition, and praise in the past tense as support", () => {
    expect(stancesOf("Senator Mark Stone said he had doubts about Lena Berg's experience.")).toEqual(["OPPOSES person:mark-stone person:lena-berg"]);
    expect(stancesOf("Peter Moyo told reporters that Amina Odhiambo was “the best candidate”.")).toEqual(["SUPPORTS person:peter-moyo person:amina-odhiambo"]);
  });
});

describe("praise said by someone", () => {
  it.each([
    ["“Lena Berg is the man to elect,” said Hans Weber."],
    ["“Lena Berg would be an excellent director-general,” Hans Weber said."],
    ["Hans Weber said Lena Berg has our full support."],
    ["“Lena Berg has my vote,” said Hans Weber."],
  ])("%s", (text) => {
    expect(stancesOf(text)).toEqual(["SUPPORTS person:hans-weber person:lena-berg"]);
  });

  it("reads nothing from praise nobody is said to give", () => {
    expect(stancesOf("Lena Berg would be an excellent director-general.")).toEqual([]);
  });

  it("gives 'it' after a relative clause to the subject that opens the sentence", () => {
    expect(stancesOf("Somalia, which has a long-running dispute with Kenya, said it would not support Hans Weber.")).toEqual(["OPPOSES country:SO person:hans-weber"]);
  });

  it("reads lobbying others to back someone as support", () => {
    expect(stancesOf("Djibouti has lobbied Arab League members to back Ali Hassan.")).toEqual(["SUPPORTS country:DJ person:ali-hassan"]);
  });
});

describe("opposition said as a noun or a refusal", () => {
  it.each([
    ["Washington does not want Lena Berg to lead the bank.", ["OPPOSES country:US person:lena-berg"]],
    ["Lena Berg faces stiff opposition from the United States.", ["OPPOSES country:US person:lena-berg"]],
    ["Lena Berg's bid met resistance from France and Spain.", ["OPPOSES country:FR person:lena-berg", "OPPOSES country:ES person:lena-berg"]],
    ["Germany's opposition to Lena Berg is well known.", ["OPPOSES country:DE person:lena-berg"]],
    ["Hans Weber vowed to fight Lena Berg's nomination.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Hans Weber said Lena Berg's nomination was unacceptable.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Uganda's Amina Odhiambo pledged her country's support for Hans Weber.", ["SUPPORTS person:amina-odhiambo person:hans-weber", "SUPPORTS country:UG person:hans-weber"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("reads no stance from other negated requests", () => {
    expect(stancesOf("Germany did not urge members to vote for Lena Berg.")).not.toContain("SUPPORTS country:DE person:lena-berg");
  });
});

describe("several people opposed at once", () => {
  it("reads criticism of a list of rivals, named in an apposition or one after another", () => {
    expect(stancesOf("Chris Hale criticized Donald Grant’s chief rivals, Texas Sen. Ted Cole and Florida Sen. Mark Rowe.")).toEqual([
      "OPPOSES person:chris-hale person:ted-cole",
      "OPPOSES person:chris-hale person:mark-rowe",
    ]);
    expect(stancesOf("Hans Weber criticized Lena Berg, Amina Odhiambo and Pieter Jansen.")).toHaveLength(3);
  });

  it("takes a name after a comma and a speech verb for a speaker, not a second object", () => {
    expect(stancesOf("Hans Weber opposed Lena Berg, Amina Odhiambo said.")).toEqual(["OPPOSES person:hans-weber person:lena-berg"]);
  });
});

describe("choices and pleas", () => {
  it("reads 'X is her choice' as the speaker's support", () => {
    expect(stancesOf("Andrea Weber says Lena Berg is her choice for prime minister.")).toEqual(["SUPPORTS person:andrea-weber person:lena-berg"]);
  });

  it("reads pleading with others to back someone as support", () => {
    expect(stancesOf("Lord Weber pleaded with party members to back Lena Berg in the leadership race.")).toEqual(["SUPPORTS person:weber person:lena-berg"]);
  });

  it("finds the subject past a relative clause that holds a clause word", () => {
    expect(stancesOf("Chris Hale, the Republican who dropped his own campaign after a poor showing in Iowa, announced his support for Donald Grant on Friday.")).toEqual([
      "SUPPORTS person:chris-hale person:donald-grant",
    ]);
  });
});

describe("backers of a candidate named by a pronoun", () => {
  it("reads hedges from the pronoun on, and a place describing a backer as no backer", () => {
    const found = stancesOf("Lord Coe will find out whether he has been elected. He has been backed by London 2012 hero Mo Farah and Usain Bolt.");
    expect(found).toEqual(["SUPPORTS person:mo-farah person:coe", "SUPPORTS person:usain-bolt person:coe"]);
  });
});

describe("absolute constructions", () => {
  it("gives 'with N of X supporting him' to its own subject, not the clause's", () => {
    expect(stancesOf("Boris Lane leads. A poll suggested he was on course for victory over Mr Hunt, with three-quarters of members supporting him.")).toEqual([]);
    expect(stancesOf("Lena Berg leads, with Germany supporting her.")).toEqual(["SUPPORTS country:DE person:lena-berg"]);
  });
});

describe("a leader's administration", () => {
  it("stands for the country the leader speaks for", () => {
    expect(stancesOf("US President Hans Weber spoke. The Weber administration backs Lena Berg.")).toEqual(["SUPPORTS country:US person:lena-berg"]);
  });
});

describe("supporters named as such", () => {
  it.each([
    ["Lena Berg's supporters include Hans Weber and Amina Odhiambo.", ["SUPPORTS person:hans-weber person:lena-berg", "SUPPORTS person:amina-odhiambo person:lena-berg"]],
    ["Hans Weber was among Lena Berg's nominators.", ["SUPPORTS person:hans-weber person:lena-berg"]],
    ["Egypt declared for Hans Weber on Friday.", ["SUPPORTS country:EG person:hans-weber"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });
});

describe("candidates of a country or organization, and passives around the name", () => {
  it.each([
    ["Kenyan politician Lena Berg was nominated by her government.", ["SUPPORTS country:KE person:lena-berg"]],
    ["Lena Berg, the candidate of Kenya, leads.", ["SUPPORTS country:KE person:lena-berg"]],
    ["Lena Berg is the official nominee of the African Union.", ["SUPPORTS org:african-union person:lena-berg"]],
    ["Lena Berg — backed by Germany — leads the race.", ["SUPPORTS country:DE person:lena-berg"]],
    ["Backed by Germany and France, Lena Berg is the favourite.", ["SUPPORTS country:DE person:lena-berg", "SUPPORTS country:FR person:lena-berg"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("does not take an organization's member for the organization's candidate", () => {
    expect(stancesOf("Lena Berg, the candidate of Kenya's ruling party, leads.")).toEqual([]);
  });
});

describe("asking a candidate to quit, and turning them down", () => {
  it.each([
    ["Hans Weber called on Lena Berg to withdraw from the race.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Hans Weber called for Lena Berg to step aside.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Hans Weber wants Lena Berg to withdraw.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Hans Weber questioned Lena Berg's suitability for the post.", ["OPPOSES person:hans-weber person:lena-berg"]],
    ["Germany snubbed Lena Berg.", ["OPPOSES country:DE person:lena-berg"]],
    ["Germany backed Amina Odhiambo rather than Lena Berg.", ["SUPPORTS country:DE person:amina-odhiambo", "OPPOSES country:DE person:lena-berg"]],
  ])("%s", (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

  it("reads no stance from questions put to a candidate", () => {
    expect(stancesOf("Senators questioned Lena Berg at a hearing.")).toEqual([]);
  });
});

describe("a country's own candidate named with 'its'", () => {
  it("gives the candidate to the country named just before 'its'", () => {
    expect(stancesOf("Lena Berg is South Korea’s trade minister and its candidate for the top job.")).toEqual(["SUPPORTS country:KR person:lena-berg"]);
    expect(stancesOf("Lena Berg is a trade minister and its candidate for the top job.")).toEqual([]);
  });
});

describe("several subjects and a pronoun object", () => {
  it("resolves the object pronoun to someone other than every one of the subjects", () => {
    expect(stancesOf("Lena Berg is running. Hans Weber, Amina Odhiambo and Pieter Jansen all threw their support behind her on Monday.").sort()).toEqual([
      "SUPPORTS person:amina-odhiambo person:lena-berg",
      "SUPPORTS person:hans-weber person:lena-berg",
      "SUPPORTS person:pieter-jansen person:lena-berg",
    ]);
  });

  it("reads 'neither A nor B has endorsed X' as no stance", () => {
    expect(stancesOf("Lena Berg is running. Neither Hans Weber nor Amina Odhiambo has endorsed her.")).toEqual([]);
  });
});

describe("a candidate described by nationality", () => {
  it("finds the one candidate of that country the article names", () => {
    expect(stancesOf("French Finance Minister Lena Berg is running. Brazil threw its support behind the French candidate.")).toEqual(["SUPPORTS country:BR person:lena-berg"]);
    expect(stancesOf("Nigerian Finance Minister Lena Berg is running against Hans Weber. The United States expressed support for her Nigerian rival.")).toEqual([
      "SUPPORTS country:US person:lena-berg",
    ]);
  });

  it("names no one when two candidates share the nationality", () => {
    expect(stancesOf("French Finance Minister Lena Berg and French diplomat Ana Ruiz are running. Brazil backed the French candidate.")).toEqual([]);
  });
});

describe("a possessive that decides", () => {
  it("reads 'A's decision to back X' as A's support", () => {
    expect(stancesOf("Germany's decision to back Lena Berg surprised diplomats.")).toEqual(["SUPPORTS country:DE person:lena-berg"]);
    expect(stancesOf("Hans Weber's surprise move to endorse Lena Berg came on Monday.")).toEqual(["SUPPORTS person:hans-weber person:lena-berg"]);
  });
});

describe("joining someone in a stance", () => {
  it("reads 'A joined B in backing X' as both backing X", () => {
    expect(stancesOf("Spain joined France in backing Lena Berg.").sort()).toEqual(["SUPPORTS country:ES person:lena-berg", "SUPPORTS country:FR person:lena-berg"]);
  });
});

describe("accusations and choices against a rival", () => {
  it("reads accusing a named candidate of something as opposition, and not a pronoun's", () => {
    expect(stancesOf("The Example Center accused Lena Berg of bias.")).toEqual(["OPPOSES org:example-center person:lena-berg"]);
    expect(stancesOf("Lena Berg is running. Hans Weber accused him of covering up outbreaks.")).toEqual([]);
  });

  it("reads backing one candidate against another as opposing the other", () => {
    expect(stancesOf("Britain backed Amina Odhiambo against Lena Berg.")).toEqual(["SUPPORTS country:GB person:amina-odhiambo", "OPPOSES country:GB person:lena-berg"]);
  });
});

describe("a holder's backing won by the candidate", () => {
  it("reads 'X won A's backing' as A's support of X", () => {
    expect(stancesOf("Lena Berg won Germany's backing on Monday.")).toEqual(["SUPPORTS country:DE person:lena-berg"]);
    expect(stancesOf("Lena Berg is running. She has secured the African Union's endorsement.")).toEqual(["SUPPORTS org:african-union person:lena-berg"]);
  });

  it("reads nothing from a holder's support for something else", () => {
    expect(stancesOf("Lena Berg criticized Germany's support for the plan.")).toEqual([]);
  });
});
