import { extractArticle, analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";

/** The entity key a description resolves to, by its words in the text (the first occurrence after `after`). */
function referent(text: string, words: string, after = 0): string | undefined {
  const start = text.indexOf(words, after);
  return analyzeText(text).mentions.find((m) => m.type === "Person" && m.form === "descriptor" && m.start === start && m.end === start + words.length)?.entity;
}

function nationality(text: string, person: string): string | undefined {
  return analyzeText(text).entities.get(person)?.nationality;
}

function people(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === "Person")
    .map((m) => m.name);
}

/** SUPPORTS claims as "holder -> target" entity names. */
function supports(text: string): string[] {
  const doc = extractArticle({ title: "Race for the top job", text, source: "Wire", url: null, publishedAt: "2024-03-01" });
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;
  return doc.claims.filter((c) => c.type === "SUPPORTS").map((c) => `${name(c.from)} -> ${name(c.to)}`);
}

describe("nationality said beside a name", () => {
  it("reads 'of <country>', '(<country>)' and a list item's country", () => {
    expect(nationality("Judge Ravi Menon of India won the last seat on the court.", "person:ravi-menon")).toBe("country:IN");
    expect(nationality("The shortlist includes Ana Cruz (Philippines) and two others.", "person:ana-cruz")).toBe("country:PH");
    expect(nationality("The nominations received are:\n- Mr. Tomas Berg, Kingdom of Denmark\n- Ms. Lina Hoff, Republic of Austria\n", "person:tomas-berg")).toBe("country:DK");
    expect(nationality("The nominations received are:\n- Mr. Tomas Berg, Kingdom of Denmark\n- Ms. Lina Hoff, Republic of Austria\n", "person:lina-hoff")).toBe("country:AT");
  });

  it("reads a demonym in apposition and a country that puts the person forward", () => {
    expect(nationality("Ahmed Yusuf, an Ethiopian, is one of four contenders.", "person:ahmed-yusuf")).toBe("country:ET");
    expect(nationality("Kenya has formally nominated Peter Otieno for the post.", "person:peter-otieno")).toBe("country:KE");
    expect(nationality("Brazil's candidate, its trade envoy Luis Carvalho, was knocked out in the first round.", "person:luis-carvalho")).toBe("country:BR");
    expect(nationality("The United States fielded Mark Dunn, a banker, for the presidency of the bank.", "person:mark-dunn")).toBe("country:US");
  });

  it("reads a country's government or ministry that puts the person forward", () => {
    expect(nationality("The Kenyan government nominated Peter Otieno for the post.", "person:peter-otieno")).toBe("country:KE");
    expect(nationality("The Nigerian government has officially put forward Ada Okafor as its candidate.", "person:ada-okafor")).toBe("country:NG");
    expect(nationality("Japan's foreign ministry has proposed Kenji Sato.", "person:kenji-sato")).toBe("country:JP");
    expect(nationality("The Brazilian authorities nominated Luis Carvalho on Monday.", "person:luis-carvalho")).toBe("country:BR");
    expect(nationality("The government of Chile nominated Ana Cruz for the post.", "person:ana-cruz")).toBe("country:CL");
    // A government's praise or backing is no nationality.
    expect(nationality("The Kenyan government backed Peter Otieno for the post.", "person:peter-otieno")).toBeUndefined();
  });

  it("leaves a person tied to two countries, or to a country's company, without one", () => {
    expect(nationality("Peter Otieno of Kenya Airways spoke first.", "person:peter-otieno")).toBeUndefined();
    expect(nationality("Peter Otieno of Kenya met Uganda's envoy. Uganda nominated Peter Otieno, to everyone's surprise.", "person:peter-otieno")).toBeUndefined();
    // Backing is no nationality.
    expect(nationality("Kenya backed Peter Otieno for the post.", "person:peter-otieno")).toBeUndefined();
  });
});

describe("descriptions resolved through nationality", () => {
  it("resolves 'the <demonym> <candidate noun>' to the one person of that country", () => {
    const text = "Judge Ravi Menon of India and Judge Hugh Brand of Britain went to a run-off. The Indian judge won 121 votes.";
    expect(referent(text, "The Indian judge")).toBe("person:ravi-menon");
    const rival = "Kenya nominated Peter Otieno, and Ghana put forward Kofi Mensah. Uganda has since backed the Kenyan contender.";
    expect(referent(rival, "the Kenyan contender")).toBe("person:peter-otieno");
    const nominee = "Alexander Petrov, the representative of Russia, is a candidate. Lithuania opposes the Russian nominee.";
    expect(referent(nominee, "the Russian nominee")).toBe("person:alexander-petrov");
  });

  it("resolves a demonym standing alone for a person before a preposition or a -man demonym anywhere", () => {
    const text = "Amina Bello, a former Nigerian finance minister, is a candidate. Ghana endorsed the Nigerian on Monday.";
    expect(referent(text, "the Nigerian", text.indexOf("Ghana"))).toBe("person:amina-bello");
    const dutch = "Mark van Dijk, the outgoing Dutch prime minister, wants the job. Hungary agreed to back the Dutchman as a compromise.";
    expect(referent(dutch, "the Dutchman")).toBe("person:mark-van-dijk");
    const french = "Former French finance minister Luc Martin is the favourite. Washington urged the board to back the Frenchman as soon as possible.";
    expect(referent(french, "the Frenchman")).toBe("person:luc-martin");
  });

  it("reads a demonym that only names a person ('the Briton', 'the Swede') as that person before any word", () => {
    expect(supports("Tom Vale, a Briton, is running. Kenya backed the Briton in the first round.")).toContain("Kenya -> Tom Vale");
    expect(supports("Anna Berg, a Swede, is running. Norway backed the Swede on Monday.")).toContain("Norway -> Anna Berg");
  });

  it("does not read a people or a government as a person", () => {
    const text = "Luc Martin, a French economist, is running. The French on Monday said they were pleased.";
    expect(referent(text, "The French")).toBeUndefined();
    const government = "Amina Bello, a Nigerian diplomat, is running. The Nigerian government backed her.";
    expect(referent(government, "The Nigerian")).toBeUndefined();
  });

  it("gives 'the <demonym> candidate' to the name in apposition, not to another person of that country", () => {
    expect(supports("Kenya's president, Tom Vale, attended. Uganda endorsed the Kenyan candidate, Mr. Rob Otieno, on Friday.")).toContain("Uganda -> Rob Otieno");
    expect(supports("Kenya's president, Tom Vale, attended. Uganda endorsed the Kenyan candidate, Mr. Rob Otieno, on Friday.")).not.toContain("Uganda -> Tom Vale");
    expect(supports("President Tom Vale of Nigeria spoke on Monday. Ghana backed the Nigerian candidate, Dr. Ada Obi, for the post.")).toContain("Ghana -> Ada Obi");
    // A head of state "of" a country is not given that nationality: he is no "Nigerian candidate".
    expect(supports("Ada Obi is a candidate. President Tom Vale of Nigeria spoke on Monday. Ghana backed the Nigerian candidate.")).not.toContain("Ghana -> Tom Vale");
  });

  it("gives the stance to the described person", () => {
    expect(supports("Kenya nominated Peter Otieno for the chairmanship. On Tuesday Uganda backed the Kenyan candidate.")).toContain("Uganda -> Peter Otieno");
    expect(supports("Amina Bello, a former Nigerian finance minister, is a candidate for director-general. Ghana endorsed the Nigerian on Monday.")).toContain("Ghana -> Amina Bello");
  });
});

describe("offices named through the body that holds them", () => {
  it("resolves 'the party's interim leader' and 'the state's governor' to the one holder", () => {
    const text = "Interim leader John Steen is running for the post. Alan Winde showed his support for the party's interim leader.";
    expect(referent(text, "the party's interim leader")).toBe("person:john-steen");
    const governor = "Governor Ana Ruiz is seeking a second term. Two unions endorsed the state’s governor on Monday.";
    expect(referent(governor, "the state’s governor")).toBe("person:ana-ruiz");
    const deputy = "Peter Ndlovu, the party's deputy leader, is running for the top job. Several branches endorsed the party's deputy leader on Sunday.";
    expect(referent(deputy, "the party's deputy leader", deputy.indexOf("Several"))).toBe("person:peter-ndlovu");
  });

  it("resolves to no one when two people hold the office or only a deputy does", () => {
    const two = "Leader Tom Vale met Leader Ana Ruiz. Both men praised the party's leader.";
    expect(referent(two, "the party's leader")).toBeUndefined();
    const deputy = "Deputy leader Peter Ndlovu is running. Several branches endorsed the party's leader on Sunday.";
    expect(referent(deputy, "the party's leader")).toBeUndefined();
  });

  it("gives the stance to the holder", () => {
    expect(supports("Interim leader John Steen is running for the post. Alan Winde showed his support for the party's interim leader.")).toContain("Alan Winde -> John Steen");
  });
});

describe("names the extractor finds", () => {
  it("reads 'Jan' before a name as a given name, not the month", () => {
    expect(people("Jan de Vries said he would run.")).toContain("Jan de Vries");
    expect(people("Janet Smith and Jan Kowalski backed Jan Peters on Jan. 5.")).toEqual(expect.arrayContaining(["Jan Kowalski", "Jan Peters"]));
  });

  it("reads the people of a bulleted list, whose items look like headlines", () => {
    const text = "The nominations received are:\n- Mr. Tomas Berg, Kingdom of Denmark\n- Dr. Maria Q. Lopez, Jr., Republic of the Philippines\n- Mr. Ivan Sorokin, Russian Federation\n";
    expect(people(text)).toEqual(["Tomas Berg", "Maria Q. Lopez", "Ivan Sorokin"]);
  });

  it("keeps reading a bulleted list of linked headlines as headlines", () => {
    expect(people("Related:\n• Vale Wins Key Endorsement From Union Leaders\n• Ruiz Drops Out Of Crowded Leadership Race\n\nTom Vale said he was pleased.")).not.toContain("Vale Wins Key Endorsement From Union Leaders");
  });

  it("cuts an office 'of the X' off the name after it", () => {
    expect(people("The letter was signed by former Chancellor of the Exchequer Alistair Moore.")).toEqual(["Alistair Moore"]);
    expect(people("Leader of the Opposition Tom Vale backed the bill.")).toEqual(["Tom Vale"]);
  });

  it("reads no person in a place's name", () => {
    expect(people("Kim Min-jun, governor of Gyeonggi Province, came second.")).toEqual(["Kim Min-jun"]);
    expect(people("Tom Vale, the Changhua County commissioner, met supporters at the Kilmore Hotel.")).toEqual(["Tom Vale"]);
    expect(people("The former Mexico City mayor Ana Ruiz leads the poll.")).toEqual(["Ana Ruiz"]);
  });

  it("reads no person in the first words of a portfolio before a minister's title", () => {
    expect(people("Work and Pensions Secretary Tom Vale backed her.")).toEqual(["Tom Vale"]);
    expect(people("Welsh Language and Lifelong Learning Minister Ana Ruiz, Children and Communities Minister Rob Stone and Tom Vale spoke.")).toEqual(["Ana Ruiz", "Rob Stone", "Tom Vale"]);
    // A name before "and" and a minister's title is a person.
    expect(people("Tanaiste Ana Fitzgerald and Rural Minister Tom Ring backed him.")).toEqual(["Ana Fitzgerald", "Tom Ring"]);
  });

  it("reads no person in a province's or a state's name", () => {
    expect(people("The ANC in KwaZulu-Natal backs Tom Vale, while Gauteng and the Eastern Cape back Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("After South Carolina, Ana Ruiz won Massachusetts, North Rhine-Westphalia's premier Tom Vale said.")).toEqual(["Ana Ruiz", "Tom Vale"]);
  });

  it("cuts a description before a given name off the name", () => {
    expect(people("Embattled Sepp Vale won a fifth term.")).toEqual(["Sepp Vale"]);
    expect(people("Mauricio Ruiz was elected, and Beleaguered Tom Vale resigned.")).toEqual(["Mauricio Ruiz", "Tom Vale"]);
    // A given name first is kept.
    expect(people("Reed Hastings met Ahmed Yusuf.")).toEqual(["Reed Hastings", "Ahmed Yusuf"]);
  });

  it("reads no person in a constituency before a member's letters", () => {
    expect(people("The Scottish Borders MP said he backed her, as did the Mayo TD and the Glasgow MSP.")).toEqual([]);
    expect(people("The Edinburgh South MP Ian Vale agreed.")).toEqual(["Ian Vale"]);
  });

  it("reads a portfolio whose words after 'and' are in lower case", () => {
    expect(people("Two of those nominating the Welsh Language and lifelong learning minister had hoped to stand, Tom Vale said.")).toEqual(["Tom Vale"]);
    expect(people("Tom Vale and the foreign minister met Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
  });
});
