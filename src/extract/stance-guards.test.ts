import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text, as "TYPE from to" with entity keys. */
function stancesOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

const INTRO = "Lena Berg is running for party leader.";

describe("holders the text does not name", () => {
  it("gives no stance to the people asked to drop their bids and back the one who asks", () => {
    expect(stancesOf(`${INTRO} Berg urged rivals Tom Hart and Ana Ruiz to drop their own bids and back her.`)).toEqual([]);
    expect(stancesOf(`${INTRO} Max Kohl called on Tom Hart to stand aside and instead endorse him.`).filter((s) => s.startsWith("SUPPORTS"))).toEqual([]);
  });

  it("still reads those who dropped their bids to back someone", () => {
    expect(stancesOf(`${INTRO} Tom Hart and Ana Ruiz dropped their own bids to back Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
  });

  it("gives the speaker no stance of 'those' they thank or name", () => {
    expect(stancesOf(`${INTRO} Max Kohl conceded, thanking those brave enough to support him.`)).toEqual([]);
    expect(stancesOf(`${INTRO} Max Kohl thanked those who voted for Berg.`)).toEqual([]);
  });

  it("gives a number that opens a new clause no named holder", () => {
    expect(stancesOf(`${INTRO} So far 22 local branches have backed Berg, and nine have backed Max Kohl.`)).toEqual([]);
  });

  it("keeps the named people of 'A and two others have'", () => {
    expect(stancesOf(`${INTRO} Tom Hart and two others have backed Berg.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg"]);
  });

  it("gives people around a person no stance of that person", () => {
    expect(stancesOf(`${INTRO} Berg is thought to have the backing of aides to Max Kohl.`)).toEqual([]);
    expect(stancesOf(`${INTRO} Allies of Max Kohl have endorsed Berg.`)).toEqual([]);
  });

  it("gives a body's people no stance of the body", () => {
    expect(stancesOf(`${INTRO} Berg has the backing of five of his Senate colleagues.`)).toEqual([]);
  });

  it("takes a country named where a meeting was held for no holder", () => {
    expect(stancesOf(`${INTRO} Berg won unanimous backing from the federation at its congress in Muscat, Oman.`)).toEqual([]);
  });
});

describe("lists of subjects", () => {
  const INTRO2 = "Lena Berg is running for party leader.";
  it("reads every name of a list closed by 'and others' or 'and several other MPs'", () => {
    expect(stancesOf(`${INTRO2} Tom Hart, Ana Ruiz, and others have called for Berg's ouster.`)).toEqual(["OPPOSES person:ana-ruiz person:lena-berg", "OPPOSES person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${INTRO2} Tom Hart, Ana Ruiz and several other MPs have endorsed Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${INTRO2} Tom Hart, Ana Ruiz and 20 others signed up to back Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
  });

  it("takes a capital or country after 'in' before the list for where, not who", () => {
    expect(stancesOf(`${INTRO2} In London, Tom Hart and Ana Ruiz backed Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${INTRO2} At the rally in Kenya, Tom Hart, Ana Ruiz and Paul Okafor backed Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:paul-okafor person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
  });
});

describe("names set off by dashes before the verb", () => {
  const OPEN = "Lena Berg launched her bid for the party leadership on Monday.";
  it("reads them as the subjects of a verb reached through another verb and 'to'", () => {
    expect(stancesOf(`${OPEN} Two of her rivals – Tom Hart and Ana Ruiz – dropped their own bids to instead back her.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${OPEN} Two former ministers — Tom Hart and Ana Ruiz — withdrew from the race in order to support Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
  });

  it("keeps a refusal a refusal", () => {
    expect(stancesOf(`${OPEN} Two of her rivals – Tom Hart and Ana Ruiz – refused to back her.`)).toEqual(["OPPOSES person:ana-ruiz person:lena-berg", "OPPOSES person:tom-hart person:lena-berg"]);
  });
});

describe("a holder's own stated intention", () => {
  const RACE = "Lena Berg and Max Kohl are running for party leader.";
  it("reads 'plans to', 'intends to' and 'is going to' before a support verb as support", () => {
    expect(stancesOf(`${RACE} Tom Hart said on Monday that he planned to back Berg.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${RACE} Tom Hart intends to vote for Berg in the final round.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${RACE} Ana Ruiz is going to endorse Berg, her office said.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg"]);
  });

  it("still reads someone else's guess or a denied plan as nothing", () => {
    expect(stancesOf(`${RACE} Tom Hart is expected to back Berg.`)).toEqual([]);
    expect(stancesOf(`${RACE} Tom Hart may plan to back Berg.`)).toEqual([]);
    expect(stancesOf(`${RACE} Tom Hart does not plan to back Berg.`)).toEqual([]);
  });
});

describe("holders named beside someone else", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("gives a former supporter no support", () => {
    expect(stancesOf(`${RACE} Ana Ruiz, a former Kohl supporter, now backs Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg"]);
    expect(stancesOf(`${RACE} Former Kohl ally Tom Hart said the vote would be close.`)).toEqual([]);
  });

  it("takes the sayer, not a possessive in the sayer's apposition, as the holder of 'had his backing'", () => {
    expect(stancesOf(`${RACE} Tom Hart, Berg's predecessor, said Kohl had his backing.`)).toEqual(["SUPPORTS person:tom-hart person:max-kohl"]);
  });
});

describe("a holder's support put in question", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("reads no stance from support said to be in doubt", () => {
    expect(stancesOf(`${RACE} Ghana's support for Berg is not guaranteed.`)).toEqual([]);
    expect(stancesOf(`${RACE} Kenya's backing for Kohl remains in doubt after the talks.`)).toEqual([]);
  });

  it("still reads support said to be decisive", () => {
    expect(stancesOf(`${RACE} Ghana's support for Berg was decisive.`)).toEqual(["SUPPORTS country:GH person:lena-berg"]);
  });
});

describe("support held by several people at once", () => {
  const RACE = "Lena Berg and Max Kohl are running for party president.";
  it("gives 'A said B and C had his support' to both", () => {
    expect(stancesOf(`${RACE} Tom Hart said Berg and Max Kohl had his absolute and unqualified support.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg", "SUPPORTS person:tom-hart person:max-kohl"]);
    expect(stancesOf(`${RACE} "Berg and Kohl both have my full support," Tom Hart said.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg", "SUPPORTS person:tom-hart person:max-kohl"]);
  });
});

describe("a stance repeated by 'had already done the same'", () => {
  it("gives the earlier sentence's stance to the new subject", () => {
    expect(stancesOf("Lena Berg is running for leader. Tom Hart dropped his bid to back her on Monday. Ana Ruiz, another early challenger, had already done the same.")).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
  });
});

describe("'champion' as a noun", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("reads no stance from a title such as 'world champion'", () => {
    expect(stancesOf(`${RACE} The candidates are Swedish official Ana Ruiz, Switzerland's former downhill world champion Urs Lehmann, and Max Kohl.`)).toEqual([]);
  });

  it("still reads the verb after an auxiliary or in the past", () => {
    expect(stancesOf(`${RACE} Germany will champion Berg at the summit.`)).toEqual(["SUPPORTS country:DE person:lena-berg"]);
    expect(stancesOf(`${RACE} Ghana has championed Berg's candidacy.`)).toEqual(["SUPPORTS country:GH person:lena-berg"]);
  });
});

describe("'back' as an adverb", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("reads no support from 'came back to challenge X' or 'back in 2015'", () => {
    expect(stancesOf(`${RACE} Tom Hart came back to challenge Berg.`)).toEqual([]);
    expect(stancesOf(`${RACE} Back in 2015, Tom Hart ran against Berg.`).filter((s) => s.startsWith("SUPPORTS"))).toEqual([]);
  });

  it("still reads the verb", () => {
    expect(stancesOf(`${RACE} Tom Hart decided to back Berg.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg"]);
  });
});

describe("'support for' as a noun", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("gives the one who speaks of support for X no stance", () => {
    expect(stancesOf(`${RACE} Berg said support for Tom Hart was growing.`)).toEqual([]);
    expect(stancesOf(`${RACE} There is growing backing for Berg among delegates, Tom Hart said.`)).toEqual([]);
  });

  it("still reads support expressed for X", () => {
    expect(stancesOf(`${RACE} Ghana expressed support for Berg.`)).toEqual(["SUPPORTS country:GH person:lena-berg"]);
  });
});

describe("people in a place", () => {
  it("gives a country no stance of someone's allies or supporters in it", () => {
    const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
    expect(stancesOf(`${RACE} Kohl's allies in Ghana backed Berg.`)).toEqual([]);
    expect(stancesOf(`${RACE} Supporters in Kenya have endorsed Berg.`)).toEqual([]);
  });
});

describe("'A joined B and C in backing X'", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("gives the stance to the joiners and to every one of the joined", () => {
    expect(stancesOf(`${RACE} Tom Hart joined Ana Ruiz and Paul Okafor in backing Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:paul-okafor person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${RACE} Tom Hart and Jane Doe joined Ana Ruiz in backing Berg.`)).toEqual(["SUPPORTS person:ana-ruiz person:lena-berg", "SUPPORTS person:jane-doe person:lena-berg", "SUPPORTS person:tom-hart person:lena-berg"]);
  });
});

describe("a vote pledged", () => {
  it("reads 'pledged his vote to X' and 'promised its votes to X'", () => {
    const RACE = "Lena Berg and Max Kohl are running for party leader.";
    expect(stancesOf(`${RACE} Tom Hart pledged his vote to Berg.`)).toEqual(["SUPPORTS person:tom-hart person:lena-berg"]);
    expect(stancesOf(`${RACE} Ghana promised its votes to Kohl.`)).toEqual(["SUPPORTS country:GH person:max-kohl"]);
  });
});

describe("a party's label before a name", () => {
  const RACE = "Lena Berg and Max Kohl are running for president of the Federation.";
  it("reads no party support from 'the Labour candidate X'", () => {
    expect(stancesOf(`${RACE} The Labour candidate Tom Hart won the by-election.`)).toEqual([]);
  });

  it("still reads the party's own candidate said with a possessive", () => {
    expect(stancesOf(`${RACE} Labour's candidate, Tom Hart, won.`)).toEqual(["SUPPORTS org:labour-party person:tom-hart"]);
  });
});
