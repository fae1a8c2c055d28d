import { analyzeText } from "./index.js";
import { findMentions } from "./mentions.js";

const posts = (text: string) => findMentions(text).filter((m) => m.type === "Post").map((m) => `${m.name} | ${text.slice(m.start, m.end)}`);

describe("posts named by description", () => {
  it("reads the organization's noun with its title", () => {
    expect(posts("The World Bank met. The bank’s next president will be chosen.")).toEqual(["World Bank President | The bank’s next president"]);
    expect(posts("NATO met. The alliance’s secretary general spoke.")).toEqual(["NATO Secretary General | The alliance’s secretary general"]);
  });

  it("reads the top job and the race as the article's one post", () => {
    expect(posts("Mira Sol is running for WTO Director-General. She leads the race for the top job.")).toEqual([
      "WTO Director-General | WTO Director-General",
      "WTO Director-General | the race",
      "WTO Director-General | the top job",
    ]);
  });

  it("reads a party's nomination only for a party", () => {
    expect(posts("Democrats vote today. His presidential bid is alive.")).toEqual(["Democratic presidential nomination | presidential bid"]);
    expect(posts("The World Bank met. His presidential bid is alive.")).toEqual([]);
  });

  it("leaves descriptions alone when the article names two posts", () => {
    expect(posts("Mira Sol runs for WTO Director-General and Arno Velt for WHO Director-General. The race is open.")).toEqual([
      "WTO Director-General | WTO Director-General",
      "WHO Director-General | WHO Director-General",
    ]);
  });
});

describe("name variants", () => {
  const entityOf = (text: string, surface: string) => {
    const a = analyzeText(text);
    return a.mentions.find((m) => text.slice(m.start, m.end) === surface)?.entity;
  };

  it("takes a hyphenated and a spaced double name for one person", () => {
    const text = "Ilse Moor-Hanssen spoke first. Later Ilse Moor Hanssen said more.";
    expect(entityOf(text, "Ilse Moor Hanssen")).toBe(entityOf(text, "Ilse Moor-Hanssen"));
  });

  it("binds a first name alone to the one person named with it", () => {
    const text = "Dana Kovic and Arno Velt met. Dana said little.";
    expect(entityOf(text, "Dana")).toBe("person:dana-kovic");
  });

  it("binds a family name written first", () => {
    const text = "Wen Zhaolin spoke. Later Wen said more.";
    expect(entityOf(text, "Wen")).toBe("person:wen-zhaolin");
  });
});

describe("post-nominal letters and demonym nouns", () => {
  it("leaves letters after a name and a demonym before it out of the name", () => {
    const people = (text: string) => findMentions(text).filter((m) => m.type === "Person").map((m) => m.name);
    expect(people("Party leader candidate, Rosa Linde MP (left), spoke.")).toEqual(["Rosa Linde"]);
    expect(people("The list includes Briton Karl Brenner.")).toEqual(["Karl Brenner"]);
  });
});

describe("lone surnames", () => {
  it("keeps a lone surname the text places in the race, and drops one it does not", () => {
    const people = (text: string) => analyzeText(text).mentions.filter((m) => m.type === "Person").map((m) => m.entity);
    expect(people("Fiery progressive Velt remained the undisputed front-runner.")).toEqual(["person:velt"]);
    expect(people("Fiery progressive Velt remained at home.")).toEqual([]);
  });
});

describe("posts of a body inside an organization", () => {
  it("does not read heading an organization's agency as heading the organization", () => {
    expect(posts("The UN met. She wants to lead the UN ethics agency.")).toEqual([]);
    expect(posts("The UN met. She wants to lead the UN telecoms agency.")).toEqual(["ITU Secretary-General | to lead the UN telecoms agency"]);
    expect(posts("The UN met. She wants to lead the UN.")).toEqual(["UN Secretary-General | to lead the UN"]);
  });
});

describe("short names repeated", () => {
  it("binds a short name to the person first named by it", () => {
    const text = "Lord Velt spoke.\nVelt will need to overcome six other candidates.";
    const a = analyzeText(text);
    expect(a.mentions.filter((m) => m.type === "Person").map((m) => m.entity)).toEqual(["person:velt", "person:velt"]);
  });
});

describe("title-case headlines", () => {
  const people = (text: string) => findMentions(text).filter((m) => m.type === "Person").map((m) => text.slice(m.start, m.end));

  it("cuts a headline run into the people the text names", () => {
    const text = "Karl Brenner Endorses Mira Sol for Director\n\nKarl Brenner spoke. Mira Sol smiled.";
    expect(people(text)).toEqual(["Karl Brenner", "Mira Sol", "Karl Brenner", "Mira Sol"]);
  });

  it("leaves out a headline run that names no one", () => {
    const text = "Union Pledges Support for the Bid To Head the Agency\n\nKarl Brenner spoke.";
    expect(people(text)).toEqual(["Karl Brenner"]);
  });

  it("leaves a list of names that ends a sentence alone", () => {
    const text = "Finalists Karl Brenner, Mira Sol, Dana Kovic, Tom Vale.\n\nKarl Brenner spoke.";
    expect(people(text)).toEqual(["Karl Brenner", "Mira Sol", "Dana Kovic", "Tom Vale", "Karl Brenner"]);
  });
});
