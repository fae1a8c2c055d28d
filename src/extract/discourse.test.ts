import { genderOfName, genderOfTitle } from "./gender.js";
import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";
import { attributeQuotes } from "./quotes.js";
import { findQuoteSpans } from "./quote-spans.js";
import { splitParagraphs } from "./sentences.js";

/** Each quotation's first words with its speaker's key ("?" when none was found). */
function speakers(text: string): [string, string][] {
  const analysis = analyzeText(text);
  const found = attributeQuotes(analysis);
  return analysis.quotes.map((q) => [text.slice(q.innerStart, q.innerEnd).split(/\s+/).slice(0, 2).join(" "), found.find((f) => f.quote === q)?.speaker ?? "?"]);
}

describe("quotation marks", () => {
  it("closes a double quotation typed with two right single marks", () => {
    const text = "“A lot of firsts are in store,’’ Vera Lind said.\n\n“I felt it was time,” she added.";
    const spans = findQuoteSpans(text, splitParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd));
    expect(spans).toEqual(["A lot of firsts are in store,", "I felt it was time,"]);
    expect(speakers(text)).toEqual([
      ["A lot", "person:vera-lind"],
      ["I felt", "person:vera-lind"],
    ]);
  });

  it("closes a quotation typed with a left mark before the attribution", () => {
    const text = "“He has the best chance to win,“ said Pieter Smit in his statement.";
    expect(speakers(text)).toEqual([["He has", "person:pieter-smit"]]);
  });

  it("closes with two straight apostrophes too, and keeps apostrophes inside words", () => {
    const text = "“It isn't over,'' Tom Ward said.";
    expect(findQuoteSpans(text, splitParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["It isn't over,"]);
  });
});

describe("speakers", () => {
  it("takes the name nearest the verb of an introduction, after a leading clause", () => {
    const text = "Ana Reyes entered the race in May.\n\nExplaining why she backs Ms Reyes, Mrs Lina Okafor said: “She will unite the party.”";
    expect(speakers(text)).toEqual([["She will", "person:lina-okafor"]]);
  });

  it("keeps the name before an aside that ends with a comma", () => {
    const text = "“We are ready,” Paul Brennan, speaking beside Carl Ode, said.";
    expect(speakers(text)).toEqual([["We are", "person:paul-brennan"]]);
  });

  it("reads he and she by the gender the text gives", () => {
    const text = "Senator Paul Brennan won the backing of his former rival Maria Lopez on Monday, after she said she was “horrified” by the plan.";
    expect(speakers(text)).toEqual([["horrified", "person:maria-lopez"]]);
  });

  it("gives a described speaker to the person whose title says so", () => {
    const text = "Trade Minister Tomas Vik met Ana Reyes in Lisbon on Monday.\n\n“She has my support,” the minister said.";
    expect(speakers(text)).toEqual([["She has", "person:tomas-vik"]]);
  });

  it("gives “the office” to the organization named with that word", () => {
    const text = "The Office of the Nordland Trade Representative backed Ana Reyes.\n\n“She has the skills,” the office said.";
    expect(speakers(text)).toEqual([["She has", "org:office-of-the-nordland-trade-representative"]]);
  });

  it("leaves a described speaker unread when no one named fits the description", () => {
    const text = "Ana Reyes met Tomas Vik in Lisbon.\n\n“It went well,” the minister said.";
    expect(speakers(text)).toEqual([["It went", "?"]]);
  });
});

describe("speakers inside the sentence", () => {
  it("gives a participle's quotation to the clause's subject", () => {
    const text = "Tomas Vik signalled he could delay the vote if a deal was in sight, saying that “any leader would have to call an election.”";
    expect(speakers(text)).toEqual([["any leader", "person:tomas-vik"]]);
  });

  it("skips an aside between the subject and its verb", () => {
    const text = "Ana Reyes, who returned to work on Thursday in the capital, told reporters “I have nothing to announce” when asked.";
    expect(speakers(text)).toEqual([["I have", "person:ana-reyes"]]);
  });

  it("reads verbs that quote a label (called, tweeted)", () => {
    const text = "Bracknell MP Tomas Vik has already called him “not fit for office”, arguing otherwise.";
    expect(speakers(text)).toEqual([["not fit", "person:tomas-vik"]]);
  });

  it("gives a quotation to the speaker named right after an inserted verb", () => {
    const text = "Nordland, said Tomas Vik, strongly supports Ana Reyes and “takes note of her record”.";
    expect(speakers(text)).toEqual([["takes note", "person:tomas-vik"]]);
  });

  it("reads a participle's subject after an introductory phrase and title words, never the main verb's object", () => {
    const text = "Meanwhile, Nordland Sen. Tomas Vik also threw his support behind Ana Reyes, saying in a statement that “she is the leader we need”.";
    expect(speakers(text)).toEqual([["she is", "person:tomas-vik"]]);
  });

  it("gives a participle inside a relative clause to the clause's antecedent", () => {
    const text = "The news came as a shock to Carl Ode, who claimed that abstaining would suit no one, stating: “I think it is strange.”";
    expect(speakers(text)).toEqual([["I think", "person:carl-ode"]]);
  });

  it("reads an introduction that closes the paragraph before the quotation", () => {
    const text = "Prime Minister Tomas Vik remained defiant.\n\nSpeaking from the capital, he said:\n\n“This is a bad day.”";
    expect(speakers(text)).toEqual([["This is", "person:tomas-vik"]]);
  });

  it("reads a pronoun opening the sentence as a participle's subject", () => {
    const text = "Ana Reyes spoke first.\n\nShe also criticised Carl Ode’s plans, saying it is “not right” to raise taxes.";
    expect(speakers(text)).toEqual([["not right", "person:ana-reyes"]]);
  });

  it("lets a country or organization speak when no person is named before the verb", () => {
    const text = "Norway’s finance ministry said on Friday that the vote should be postponed “until the conditions were right”.";
    expect(speakers(text)).toEqual([["until the", "country:NO"]]);
  });
});

describe("organizations outside the lexicon", () => {
  const orgs = (text: string) => findMentions(text).filter((m) => m.type === "Organization").map((m) => `${text.slice(m.start, m.end)}=${m.name}`);
  const people = (text: string) => findMentions(text).filter((m) => m.type === "Person").map((m) => m.name);

  it("keeps a demonym before an institution named “<Council> of <Name>”", () => {
    expect(orgs("the Norwegian Council of Culture said")).toEqual(["Norwegian Council of Culture=Norwegian Council of Culture"]);
  });

  it("matches lexicon names written with a possessive", () => {
    expect(orgs("the European People’s Party backed him")).toEqual(["European People’s Party=European People's Party"]);
  });

  it("reads “<Ministry|Office|...> of <Name>”, lists of portfolios included", () => {
    expect(orgs("The Ministry of Trade, Industry and Energy said so.")).toEqual(["Ministry of Trade, Industry and Energy=Ministry of Trade, Industry and Energy"]);
    expect(orgs("the Ministry of Trade and Industry said")).toEqual(["Ministry of Trade and Industry=Ministry of Trade and Industry"]);
    expect(findMentions("the Department of State and Tomas Vik").map((m) => `${m.type}:${m.name}`)).toEqual(["Organization:Department of State", "Person:Tomas Vik"]);
  });

  it("keeps a demonym in an organization's name, but lets a government office stand for its country", () => {
    expect(orgs("the Norwegian Rowing Committee decided")).toEqual(["Norwegian Rowing Committee=Norwegian Rowing Committee"]);
    const ministry = findMentions("the Lithuanian Ministry of Foreign Affairs stated");
    expect(ministry.map((m) => `${m.type}:${m.name}${m.acting ? " (acting)" : ""}`)).toEqual(["Country:Lithuania (acting)", "Organization:Ministry of Foreign Affairs"]);
  });

  it("keeps capitalized words other than function words in an organization's name", () => {
    expect(orgs("The Brexit Party said so. Meanwhile the Green Alliance agreed.")).toEqual(["Brexit Party=Brexit Party", "Green Alliance=Green Alliance"]);
  });

  it("reads a run described by an apposition as an organization, wherever its name recurs", () => {
    expect(orgs("the support of Velora, the union that represents nurses. Velora’s backing matters.")).toEqual(["Velora=Velora", "Velora=Velora"]);
  });

  it("reads acronyms given in brackets or spelled by the initials", () => {
    expect(orgs("the Norwegian Rowing Committee (BRX) met. BRX Secretary General Ola Brenn said no.")).toEqual([
      "Norwegian Rowing Committee=Norwegian Rowing Committee",
      "BRX=Norwegian Rowing Committee",
      "BRX=Norwegian Rowing Committee",
    ]);
    expect(orgs("the Baltic Chess Federation met. The BCF agreed.")).toEqual(["Baltic Chess Federation=Baltic Chess Federation", "BCF=Baltic Chess Federation"]);
  });

  it("leaves days, months and number words out of names", () => {
    expect(people("The senator won the backing of Carla Benn Wednesday. One said: no.")).toEqual(["Carla Benn"]);
    expect(findMentions("The broadcaster said it was sorry.").filter((m) => m.type === "Media")).toEqual([]);
  });

  it("reads middle initials, and titles or months that are surnames after a given name", () => {
    expect(people("Rep. Carla E. Benn and Dan Bishop voted no; Theresa May abstained.")).toEqual(["Carla E. Benn", "Dan Bishop", "Theresa May"]);
  });

  it("reads a month that is a named person's surname as that person, but not the month", () => {
    const text = "Theresa May won. Mrs May said so. May backed the plan on May 5, and in May she left.";
    const analysis = analyzeText(text);
    const may = analysis.mentions.filter((m) => m.entity === "person:theresa-may").map((m) => m.start);
    expect(may).toEqual([0, text.indexOf("May said"), text.indexOf("May backed")]);
  });

  it("reads territories that are members of international bodies as countries", () => {
    const codes = findMentions("Bermuda, the Cayman Islands and St Vincent and Grenadines backed the plan.").filter((m) => m.type === "Country").map((m) => m.code);
    expect(codes).toEqual(["BM", "KY", "VC"]);
  });

  it("does not read a minister's portfolio as a person", () => {
    expect(people("Minister for Health, Population and Hospital Reform, Tomas Vik, said so. Jane Clement agreed.")).toEqual(["Tomas Vik", "Jane Clement"]);
  });
});

describe("affiliations", () => {
  it("takes a legislator's party and state into the name's mention, not into its aliases", () => {
    const text = "Rep. Jim Jordan (R-Ohio), who has backed Kevin McCarthy, spoke.";
    const analysis = analyzeText(text);
    const jordan = analysis.mentions.find((m) => m.entity === "person:jim-jordan")!;
    expect(text.slice(jordan.start, jordan.end)).toBe("Jim Jordan (R-Ohio)");
    expect([...analysis.entities.get("person:jim-jordan")!.aliases]).toEqual(["Rep. Jim Jordan"]);
  });
});

describe("descriptions", () => {
  it("gives “the former president” to the person whose title says former", () => {
    const text =
      "The former president of Nordland, Ana Reyes, withdrew her bid, the government of President Carl Ode said.\n\n“I am convinced the vote should wait,” the former president said.";
    expect(speakers(text)).toEqual([["I am", "person:ana-reyes"]]);
  });
});

describe("people across sentences", () => {
  it("reads “the <demonym>” standing alone as the last person of that nationality", () => {
    const text = "Qatari official Ali bin Hamad won. The 61-year-old Qatari also has support. The Qatari government agreed.";
    const analysis = analyzeText(text);
    const described = analysis.mentions.filter((m) => m.form === "descriptor").map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
    expect(described).toEqual(["The 61-year-old Qatari=person:ali-bin-hamad"]);
  });

  it("reads “the country” and “the alliance” as the country or organization of that kind named just before", () => {
    const text = "Nigeria nominated Ada Obi on Monday. The country will campaign for her. NATO met in Brussels. The alliance backed Mark Rutte. Most of the alliance members agreed. Head of the alliance is a post.";
    const analysis = analyzeText(text);
    const generic = analysis.mentions.filter((m) => m.form === "generic" && m.type !== "Post").map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
    expect(generic).toEqual(["The country=country:NG", "The alliance=org:nato"]);
  });

  it("joins a two-word name read first to the full name read later", () => {
    const analysis = analyzeText("Ali Hamad Backs Plan\n\nFormer minister Omar Ali Hamad said on Monday that Ali Hamad would run.");
    const people = [...analysis.entities.values()].filter((e) => e.type === "Person").map((e) => e.name);
    expect(people).toEqual(["Omar Ali Hamad"]);
  });
});

describe("gender", () => {
  it("reads honorifics and gendered nouns before given names", () => {
    expect(genderOfTitle("Mrs ")).toBe("f");
    expect(genderOfTitle("Sir ")).toBe("m");
    expect(genderOfTitle("the party's spokeswoman")).toBe("f");
    expect(genderOfTitle("the finance minister")).toBeNull();
    expect(genderOfName("Maria Lopez")).toBe("f");
    expect(genderOfName("Paul Brennan")).toBe("m");
    expect(genderOfName("Ola Brennan")).toBeNull();
  });

  it("lets the text's honorific win over the given name", () => {
    const analysis = analyzeText("Jean Paul Mercer spoke first. Later Ms Mercer left.");
    expect(analysis.entities.get("person:jean-paul-mercer")?.gender).toBe("f");
  });
});
