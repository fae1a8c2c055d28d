import { extractArticle } from "../index.js";
import { findMentions } from "../mentions.js";
import { originCountry } from "./parties.js";

/** The organizations and posts found in `text`, as names. */
function names(text: string, type: "Organization" | "Post"): string[] {
  return [...new Set(findMentions(text).filter((m) => m.type === type).map((m) => m.name))];
}

describe("shared party words read by the article's country", () => {
  it("reads a party word qualified by its country as that country's party", () => {
    expect(names("Canada's Conservatives will pick a new leader in May, and Ana Ruiz is running.", "Organization")).toEqual(["Conservative Party of Canada"]);
    expect(names("Tom Vale said the Australian Labor leadership was not his goal.", "Post")).toEqual(["Leader of the Australian Labor Party"]);
    expect(names("Ana Ruiz, a New Zealand Labour MP, backed Tom Vale.", "Organization")).toEqual(["New Zealand Labour Party"]);
  });

  it("reads a party word by the country the article names most", () => {
    const text = "Ana Ruiz launched her bid for the Conservative leadership in Calgary on Monday.\n\nThe Alberta MP said the Tories needed a leader from the West, and Tom Vale, who sits for an Ontario riding, endorsed her.";
    expect(names(text, "Post")).toEqual(["Leader of the Conservative Party of Canada"]);
    const nz = "Tom Vale will contest the Labour leadership, he told reporters in Auckland.\n\nThe Christchurch MP said Labour had lost its way since the election in New Zealand.";
    expect(names(nz, "Post")).toEqual(["Leader of the New Zealand Labour Party"]);
  });

  it("keeps the British reading where nothing points elsewhere or Britain is named more", () => {
    expect(names("Ana Ruiz is running for the Conservative leadership, and Tom Vale backs her.", "Post")).toEqual(["Leader of the Conservative Party"]);
    const text = "Tom Vale backed Ana Ruiz for the Labour leadership in London.\n\nThe Westminster veteran, who once worked in Toronto, said Britain needed her.";
    expect(names(text, "Post")).toEqual(["Leader of the Labour Party"]);
  });

  it("reads a word no default party has only where the article is tied to a country with one", () => {
    expect(names("The Labor Department said Ana Ruiz would testify.", "Organization")).not.toContain("Australian Labor Party");
    const text = "Tom Vale challenged Ana Ruiz for the Liberal leadership in a party room ballot in Canberra.\n\nThe Queensland MP said Liberals wanted change.";
    expect(names(text, "Post")).toEqual(["Leader of the Liberal Party of Australia"]);
    expect(names(text, "Organization")).toContain("Liberal Party of Australia");
  });

  it("reads parties by their distinctive names with their leadership posts", () => {
    expect(names("Ana Ruiz won the race to lead the African National Congress, beating Tom Vale for the ANC presidency.", "Post")).toEqual(["President of the African National Congress"]);
    expect(names("Tom Vale is running for president of the Liberal Democratic Party, Japan's ruling party.", "Post")).toEqual(["President of the Liberal Democratic Party"]);
    expect(names("The NDP leadership race drew four candidates, among them Ana Ruiz.", "Post")).toEqual(["Leader of the New Democratic Party"]);
  });

  it("reads the country of the article's national outlet as a tie", () => {
    expect(names("OTTAWA (CBC) — Ana Ruiz has entered the Conservative leadership race.", "Post")).toEqual(["Leader of the Conservative Party of Canada"]);
    expect(names("Tom Vale told RNZ he would not contest the Labour leadership.", "Post")).toEqual(["Leader of the New Zealand Labour Party"]);
  });

  it("reads a country after the party word as a tie, and a party word that opens another name as no party", () => {
    expect(names("Ana Ruiz said the Labor Party of Australia backed her on Labor Day.", "Organization")).toEqual(["Australian Labor Party"]);
    expect(names("Labour in New Zealand chose Tom Vale as leader.", "Organization")).toEqual(["New Zealand Labour Party"]);
    expect(names("The National Assembly voted before the National Party of Freedonia met.", "Organization")).not.toContain("New Zealand National Party");
  });

  it("reads the country of the article's address or outlet when its text names none", () => {
    expect(originCountry("https://www.example.co.nz/politics/a", "Example")).toBe("NZ");
    expect(originCountry("https://example.com/a", "CBC News")).toBe("CA");
    expect(originCountry("https://example.com/a", "Example Wire")).toBeUndefined();
    const text = "Tom Vale said he would stand for the Labour leadership, and Ana Ruiz backed him.";
    const posts = (url: string) => {
      const doc = extractArticle({ title: "t", source: "Example", url, text });
      return doc.entities.filter((e) => e.type === "Post").map((e) => e.name);
    };
    expect(posts("https://www.example.co.nz/a")).toEqual(["Leader of the New Zealand Labour Party"]);
    expect(posts("https://www.example.com/a")).toEqual(["Leader of the Labour Party"]);
  });
});

describe("party names several countries share, read by the country the text ties them to", () => {
  it("reads a Democratic Party of another country as that country's", () => {
    expect(names("South Korea's ruling Democratic Party picked Tom Vale, and the Democrats said Ana Ruiz would back him.", "Organization")).toEqual(["Democratic Party of Korea"]);
    expect(names("Italy's Democratic Party chose Tom Vale as leader on Sunday.", "Organization")).toEqual(["Democratic Party (Italy)"]);
    expect(names("Tom Vale will lead the Democrats, the largest opposition party in Tokyo, after a vote in Japan's Diet on Monday.", "Organization")).toEqual(["Democratic Party of Japan"]);
  });

  it("keeps the American Democrats and Republicans where nothing points elsewhere", () => {
    expect(names("The Democrats picked Tom Vale after the Iowa caucuses.", "Organization")).toEqual(["Democratic Party"]);
    expect(names("Republicans in Iowa backed Tom Vale for the White House.", "Organization")).toEqual(["Republican Party"]);
  });

  it("reads France's Republicans in a French article", () => {
    expect(names("The Republicans chose Tom Vale for the Elysee, beating Ana Ruiz in the primary in Paris. France's Republicans are divided.", "Organization")).toEqual(["The Republicans (France)"]);
  });

  it("reads Social Democrats and Christian Democrats by their country, and as no party where none is given", () => {
    expect(names("Germany's Social Democrats elected Tom Vale and Ana Ruiz as co-leaders.", "Organization")).toEqual(["Social Democratic Party of Germany"]);
    expect(names("The Social Democrats backed Tom Vale, the party said in Copenhagen. Denmark's Social Democrats lead the polls.", "Organization")).toEqual(["Social Democrats (Denmark)"]);
    expect(names("The Christian Democrats picked Tom Vale in Berlin, where the Bundestag sits.", "Organization")).toContain("Christian Democratic Union");
    expect(names("The Social Democrats backed Tom Vale.", "Organization")).toEqual([]);
  });

  it("reads National alone as New Zealand's party only in a New Zealand article, and not inside another name", () => {
    // "National MPs" is the party's group of MPs, read by the group reader.
    expect(names("National's caucus backed Tom Vale in Wellington, and National MPs met in Auckland.", "Organization")).toEqual(["New Zealand National Party", "National MPs"]);
    expect(names("The National Security Council met in Wellington; New Zealand officials said Tom Vale would attend.", "Organization")).not.toContain("New Zealand National Party");
    expect(names("National's caucus backed Tom Vale.", "Organization")).toEqual([]);
  });
});

describe("leaderships of more parties", () => {
  it("reads the leadership of a party the lexicon knows by name", () => {
    expect(names("Ana Ruiz is running for the UKIP leadership, and Tom Vale backs her.", "Post")).toEqual(["Leader of the UK Independence Party"]);
    expect(names("Tom Vale wants the AfD leadership; Ana Ruiz, a co-leader, backs him.", "Post")).toEqual(["Leader of Alternative for Germany"]);
    expect(names("Germany's Greens chose Ana Ruiz as co-leader.", "Organization")).toEqual(["Alliance 90/The Greens"]);
  });
});

describe("a party inside a longer party's name", () => {
  it("reads the leadership of the longer party, not the shorter one inside it", () => {
    const text = "Tom Vale is running for Scottish Labour leader. Labour in Westminster has stayed out of the race, and Ana Ruiz backs him.";
    expect(names(text, "Post")).toEqual(["Leader of the Scottish Labour Party"]);
    expect(names("Ana Ruiz wants to be Welsh Conservative leader, and Tom Vale backs her.", "Post")).toEqual(["Leader of the Welsh Conservatives"]);
  });
});


describe("parties of more countries and provinces with their heads' posts", () => {
  it("reads provincial and state parties and their leaderships", () => {
    expect(names("Ana Ruiz launched her bid to lead the Ontario PC Party on Monday.", "Post")).toEqual(["Leader of the Progressive Conservative Party of Ontario"]);
    expect(names("Tom Vale is running for the leadership of the Victorian Liberal Party.", "Post")).toEqual(["Leader of the Victorian Liberal Party"]);
    expect(names("The United Conservative Party leadership race has drawn Ana Ruiz.", "Post")).toEqual(["Leader of the United Conservative Party"]);
  });

  it("reads parties led by a president or a chairman with that post", () => {
    expect(names("Ana Ruiz wants to become president of the Partido dos Trabalhadores after the vote.", "Post")).toEqual(["President of the Workers' Party (Brazil)"]);
    expect(names("Tom Vale is standing for DPP chairman in May.", "Post")).toEqual(["Chairperson of the Democratic Progressive Party"]);
    expect(names("Ana Ruiz is running for APC national chairman.", "Post")).toEqual(["National Chairman of the All Progressives Congress"]);
    expect(names("Tom Vale announced his bid for the EFF presidency.", "Post")).toEqual(["President of the Economic Freedom Fighters"]);
    expect(names("The race for Morena president pits Ana Ruiz against Tom Vale.", "Post")).toEqual(["President of Morena"]);
  });

  it("reads parties of Asia, Africa and Europe by name", () => {
    expect(names("The Bahujan Samaj Party, the DMK and the Orange Democratic Movement backed Ana Ruiz; D66 and Vlaams Belang did not.", "Organization")).toEqual(["Bahujan Samaj Party", "Dravida Munnetra Kazhagam", "Orange Democratic Movement", "Democrats 66", "Vlaams Belang"]);
  });

  it("reads no party in acronyms that mean other things", () => {
    expect(names("The NDC targets, the TPP deal and a PPP contract were signed; the file was a CSV.", "Organization")).toEqual([]);
  });
});

describe("a party's own presidential election and India's Congress", () => {
  it("reads a president-led party's presidential election as its presidency", () => {
    expect(names("Tom Vale will face Ana Ruiz in the LDP presidential election next month.", "Post")).toEqual(["President of the Liberal Democratic Party"]);
    expect(names("The ANC presidential race has two contenders, Ana Ruiz and Tom Vale.", "Post")).toEqual(["President of the African National Congress"]);
  });

  it("reads 'Congress' alone as India's Congress party only in an article about Indian politics", () => {
    const india = "Ana Ruiz is set to become the next Congress president after the vote in New Delhi.\n\nCongress leaders in Kerala and Rajasthan backed her, while Tom Vale filed his papers.";
    expect(names(india, "Post")).toEqual(["President of the Indian National Congress"]);
    expect(names(india, "Organization")).toContain("Indian National Congress");
    const us = "Congress passed the bill on Tuesday, and Ana Ruiz said Congress would act again in Washington.";
    expect(names(us, "Organization")).not.toContain("Indian National Congress");
  });
});

describe("a party's other elected offices", () => {
  it("reads the ANC's top six by their titles, with or without the party's name", () => {
    expect(names("The ANC in the province backs Ana Ruiz for treasurer-general and Tom Vale for national chairperson.", "Post")).toEqual(["Treasurer-General of the African National Congress", "National Chairperson of the African National Congress"]);
    expect(names("Tom Vale is running for ANC deputy secretary-general at the conference.", "Post")).toEqual(["Deputy Secretary-General of the African National Congress"]);
  });
});

describe("South Africa's parties", () => {
  it("reads the Democratic Alliance's federal leader as its leader", () => {
    expect(names("Ana Ruiz is running for Democratic Alliance federal leader.", "Post")).toEqual(["Leader of the Democratic Alliance"]);
  });
});

describe("'Congress' in an article about both countries", () => {
  it("stays the American Congress where the United States is named more than India", () => {
    const text = "India's nominee Ana Ruiz met members of Congress in Washington.\n\nThe United States and its Congress must approve, US officials said, and India hopes Congress will agree; the US Treasury backs her.";
    expect(names(text, "Organization")).not.toContain("Indian National Congress");
  });
});

describe("parties and coalitions of more countries", () => {
  it("reads Kenyan, Malaysian, Indonesian, Hungarian and Uruguayan parties by their own names", () => {
    expect(names("Kenya Kwanza and Azimio traded blows, while Pakatan Harapan courted Barisan Nasional.", "Organization")).toEqual(["Kenya Kwanza", "Azimio la Umoja", "Pakatan Harapan", "Barisan Nasional"]);
    expect(names("The PDI-P, Golkar and Gerindra backed him; Jobbik and the Frente Amplio did not.", "Organization")).toEqual(["Indonesian Democratic Party of Struggle", "Golkar", "Gerindra", "Jobbik", "Broad Front (Uruguay)"]);
  });

  it("reads the American parties' national committees", () => {
    expect(names("The RNC and the Democratic National Committee both set debate rules.", "Organization")).toEqual(["Republican National Committee", "Democratic National Committee"]);
  });
});

describe("major parties named by their acronyms", () => {
  it("reads the party and its post by the acronym the news uses", () => {
    expect(names("Tom Vale, the UMP leader, backed Ana Ruiz.", "Organization")).toEqual(["Union for a Popular Movement"]);
    expect(names("Ana Ruiz is running for president of the UMP.", "Post")).toEqual(["President of the Union for a Popular Movement"]);
    expect(names("Tom Vale, the CDP leader, backed Ana Ruiz in Tokyo.", "Organization")).toEqual(["Constitutional Democratic Party of Japan"]);
    // The CDP's head is styled its president in English; "leader" still names the post.
    expect(names("Ana Ruiz is running for CDP leader in Tokyo.", "Post")).toEqual(["President of the Constitutional Democratic Party of Japan"]);
    expect(names("The PAN nominated Ana Ruiz in Mexico City.", "Organization")).toEqual(["National Action Party"]);
    expect(names("Bolivia's MAS backed Tom Vale.", "Organization")).toEqual(["Movement for Socialism"]);
    expect(names("Tom Vale of European Solidarity spoke in Kyiv.", "Organization")).toEqual(["European Solidarity"]);
    expect(names("Kazakhstan's ruling Amanat party, formerly Nur Otan, nominated Ana Ruiz.", "Organization")).toEqual(["Amanat"]);
  });
});
