import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";

function people(text: string): string[] {
  return [...analyzeText(text).entities.values()].filter((e) => e.type === "Person").map((e) => e.name);
}

describe("a name after a noun of support and 'for' or 'of' opening a sentence", () => {
  it("reads the name as a person's, whatever its given name", () => {
    expect(people("Support for Thandeka Ndlovu grew after the debate.")).toEqual(["Thandeka Ndlovu"]);
    expect(people("Backing for Kagiso Mothibi came from the province's chairman.")).toEqual(["Kagiso Mothibi"]);
    expect(people("Endorsements for Wiremu Tane poured in from tribal leaders.")).toEqual(["Wiremu Tane"]);
    expect(people("Supporters of Farrukh Nazarov gathered outside the hall on Tuesday.")).toEqual(["Farrukh Nazarov"]);
    expect(people("Opponents of Oyelaran Adebayo say he is too close to the government.")).toEqual(["Oyelaran Adebayo"]);
    expect(people("Nominations for Tsegaye Mengistu closed with 40 signatures.")).toEqual(["Tsegaye Mengistu"]);
    expect(people("Praise for Radek Kowalczyk came from the Baltic states.")).toEqual(["Radek Kowalczyk"]);
    expect(people("A boost for Ngugi Kamau: the regional bloc has endorsed him.")).toEqual(["Ngugi Kamau"]);
  });

  it("keeps the names of institutions", () => {
    expect(people("Institute for Fiscal Studies economists disagreed.")).toEqual([]);
    expect(people("The Court of Human Rights ruled on Monday.")).toEqual([]);
    expect(people("Bank of England officials declined to comment.")).toEqual([]);
  });
});

describe("a name after a word that takes 'in' of a person", () => {
  it("reads the name as a person's, not a place", () => {
    expect(people("Ministers expressed confidence in Tsegaye Mengistu, the Ethiopian candidate.")).toEqual(["Tsegaye Mengistu"]);
    expect(people("The government has full faith in Oyelaran Adebayo to lead the body.")).toEqual(["Oyelaran Adebayo"]);
    expect(people("Members had no confidence in Farrukh Nazarov as chairman.")).toEqual(["Farrukh Nazarov"]);
    expect(people("Members said they had lost trust in Kagiso Mothibi after the vote.")).toEqual(["Kagiso Mothibi"]);
    expect(people("We believe in Wiremu Tane, the federation's president declared.")).toEqual(["Wiremu Tane"]);
  });

  it("still reads a place after 'in'", () => {
    expect(people("The candidates met in Fort Worth on Monday.")).toEqual([]);
    expect(people("The vote took place in Sharm Sheikh last week.")).toEqual([]);
    expect(people("Delegates voted in Port Harcourt on Friday.")).toEqual([]);
  });
});

describe("a place-like name that the article elsewhere shows is a person's", () => {
  it("keeps the person when the name is in apposition, given an age or announces", () => {
    expect(people("Hopes have been placed in Ngugi Kamau. Ngugi Kamau, 61, is the favourite.")).toContain("Ngugi Kamau");
    expect(people("Much was invested in Tsegaye Mengistu by the bloc. Tsegaye Mengistu announced his bid on Friday.")).toContain("Tsegaye Mengistu");
    expect(people("All eyes were in Radek Kowalczyk on the night. Radek Kowalczyk, who leads the federation, won.")).toContain("Radek Kowalczyk");
  });
});

describe("a given name that is also a common word inside a name", () => {
  it("keeps it between a given name and a surname", () => {
    expect(people("Jens Christian Wandel of Denmark was said to be an early favourite.")).toEqual(["Jens Christian Wandel"]);
    expect(people("Candidates include Anders Christian Holm (Norway), a special adviser.")).toEqual(["Anders Christian Holm"]);
    expect(people("Backers of Hans Christian Berg said he would win.")).toEqual(["Hans Christian Berg"]);
  });

  it("still leaves out a word of a party's name", () => {
    expect(people("The European Christian Democrats backed Ana Ruiz.")).toEqual(["Ana Ruiz"]);
  });
});

describe("a patronymic particle inside a name", () => {
  it("keeps the father's given name after 'bin' or 'ibn' in the one name", () => {
    expect(people("Sheikh Salman bin Ebrahim Al Khalifa won the vote.")).toEqual(["Salman bin Ebrahim Al Khalifa"]);
    expect(people("Bahrain nominated Ali bin Ahmed Al Zayani for the post.")).toEqual(["Ali bin Ahmed Al Zayani"]);
    expect(people("Abdullah ibn Hassan Al Rashid said he backed the bid.")).toEqual(["Abdullah ibn Hassan Al Rashid"]);
    expect(people("The emir, Tamim bin Hamad Al Thani, endorsed her.")).toEqual(["Tamim bin Hamad Al Thani"]);
  });

  it("still cuts a run of two names written without a comma", () => {
    expect(people("The finalists are Ana Ruiz Tom Vale and Jo Park.")).toEqual(["Ana Ruiz", "Tom Vale", "Jo Park"]);
  });

  it("reads a surname of several particles once", () => {
    expect(people("Ana Ruiz met Jan van den Berg in Brussels.")).toEqual(["Ana Ruiz", "Jan van den Berg"]);
  });
});

describe("a list item that names a country before its person", () => {
  it("reads the person after the country and a colon, not a headline", () => {
    expect(people("Nominations received:\n- Republic of Ghana: Mr. Kwame Asante\n- Kingdom of Belgium: Ms. Ilse Vandermeulen")).toEqual(["Kwame Asante", "Ilse Vandermeulen"]);
    expect(people("Candidates:\n- Republic of Korea: Kim Dong-hyun\n- Kingdom of Spain: Maria Lopez Ortega")).toEqual(["Kim Dong-hyun", "Maria Lopez Ortega"]);
    expect(people("Candidates:\n- Ghana: Mr. Kwame Asante\n- Belgium: Ms. Ilse Vandermeulen")).toEqual(["Kwame Asante", "Ilse Vandermeulen"]);
    expect(people("The list:\n1. Federal Republic of Nigeria: Oyelaran Adebayo\n2. Republic of Tajikistan: Farrukh Nazarov")).toEqual(["Oyelaran Adebayo", "Farrukh Nazarov"]);
  });

  it("still reads a title-case headline as one, also after a bullet and a label", () => {
    expect(people("Ana Ruiz said on Monday she was grateful.\n• Related: Ruiz Wins Backing Of Regional Leaders")).toEqual(["Ana Ruiz"]);
    expect(people("Ana Ruiz Wins Backing Of Regional Leaders\nAna Ruiz said on Monday she was grateful.")).toEqual(["Ana Ruiz"]);
  });
});

describe("two surnames joined by a hyphen for a joint ticket", () => {
  it("reads each surname as the person the article names in full", () => {
    const text = "Carla Denyer and Adrian Ramsay are standing together. Councillor Jo Park backed Denyer-Ramsay on Friday.";
    expect(people(text)).toEqual(["Carla Denyer", "Adrian Ramsay", "Jo Park"]);
    const ticket = "Amelia Womack and Tamsin Omond launched a joint bid. Team Womack-Omond won the backing of Ana Ruiz.";
    expect(people(ticket)).toEqual(["Amelia Womack", "Tamsin Omond", "Ana Ruiz"]);
    const alone = "Supporters of Womack and Omond were out in force. The band backed Womack-Omond on Monday.";
    expect(findMentions(alone).filter((m) => m.type === "Person" && m.start > alone.indexOf("backed")).map((m) => m.name)).toEqual(["Womack", "Omond"]);
  });

  it("keeps a double-barrelled surname whole", () => {
    expect(people("Rebecca Long-Bailey backed Tom Vale. Long-Bailey said he would win.")).toEqual(["Rebecca Long-Bailey", "Tom Vale"]);
    expect(people("Ngozi Okonjo-Iweala won the support of Ana Ruiz.")).toEqual(["Ngozi Okonjo-Iweala", "Ana Ruiz"]);
  });
});

describe("a name's suffix", () => {
  it("keeps 'Jr.' with its stop among the name's spellings", () => {
    const m = findMentions("Robert F. Kennedy Jr. endorsed Rick Scott on Sunday.").find((x) => x.type === "Person");
    expect(m?.name).toBe("Robert F. Kennedy Jr");
    expect(m?.aliases).toContain("Robert F. Kennedy Jr.");
    const s = findMentions("Tom Vale Sr. backed his son.").find((x) => x.type === "Person");
    expect(s?.aliases).toContain("Tom Vale Sr.");
  });
});

describe("a describing word before a surname the article names in full", () => {
  it("leaves the adjective out when it opens a sentence or a line", () => {
    const text = "Shinzo Tanaka won the vote on Wednesday.\nHawkish Tanaka returns to lead the party\nCombative Tanaka said he would not resign.";
    expect(findMentions(text).filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Shinzo Tanaka", "Tanaka", "Tanaka"]);
    const rival = "Ana Ruiz faces Tom Vale. Embattled Vale insisted he had the votes.";
    expect(findMentions(rival).filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Ana Ruiz", "Tom Vale", "Vale"]);
  });

  it("keeps a given name before a surname", () => {
    const text = "Shinzo Tanaka won. Ahmed Tanaka, his cousin, backed him. Dominic Tanaka did not.";
    expect(findMentions(text).filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Shinzo Tanaka", "Ahmed Tanaka", "Dominic Tanaka"]);
  });
});
