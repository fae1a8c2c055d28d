import { findMentions } from "./mentions.js";
import { partyMeant, partyPostNames } from "./party-post-names.js";

function postNames(text: string): { name: string; aliases: readonly string[] }[] {
  return findMentions(text)
    .filter((m) => m.type === "Post")
    .map((m) => ({ name: m.name, aliases: m.aliases ?? [] }));
}

describe("a party's posts named the way the news names them", () => {
  it("adds the party's word and the title in lower case", () => {
    expect(partyPostNames("Leader of the Labour Party", "labour-party")).toContain("Labour leader");
    expect(partyPostNames("Deputy Leader of the Labour Party", "labour-party")).toEqual(["Labour deputy leader"]);
    expect(partyPostNames("Leader of the Liberal Democrats", "liberal-democrats")).toEqual(expect.arrayContaining(["Liberal Democrat leader", "Lib Dem leader"]));
    expect(partyPostNames("Leader of the Welsh Conservatives", "welsh-conservatives")).toEqual(expect.arrayContaining(["Welsh Conservative leader", "Welsh Tory leader"]));
  });

  it("adds the titles a party's head holds besides its post's own", () => {
    expect(partyPostNames("SPD Leader", "spd")).toEqual(expect.arrayContaining(["SPD leader", "SPD chairman"]));
    expect(partyPostNames("Chairperson of the Kuomintang", "kuomintang")).toEqual(expect.arrayContaining(["KMT chairman", "Kuomintang chair"]));
  });

  it("names a party found by its shape by its own word", () => {
    expect(partyPostNames("Leader of the Freedom Party", undefined)).toEqual(["Freedom leader"]);
    expect(partyPostNames("Deputy Leader of the Freedom Party", undefined)).toEqual(["Freedom deputy leader"]);
  });

  it("leaves other posts and a nomination alone", () => {
    expect(partyPostNames("Democratic presidential nomination", "democratic-party")).toEqual([]);
    expect(partyPostNames("WTO Director-General", "wto")).toEqual([]);
    expect(partyPostNames("President of the Nordic Rowing Federation", undefined)).toEqual([]);
  });

  it("gives the names to the posts an article names", () => {
    const found = postNames("Ana Ruiz wants to be Welsh Conservative leader, and Tom Vale backs her.");
    expect(found.map((p) => p.name)).toEqual(["Leader of the Welsh Conservatives"]);
    // Aliases are compared without case, so the lexicon's own capitalised form may be the one kept.
    expect(found[0]!.aliases.map((a) => a.toLowerCase())).toContain("welsh conservative leader");
  });
});

describe("the party an article means by 'the party'", () => {
  const org = (slug: string, name: string, generic: string[] = []) => ({ slug, name, generic });
  const libDems = org("liberal-democrats", "Liberal Democrats");
  const tories = org("conservative-party", "Conservative Party", ["party"]);
  const fund = org("imf", "International Monetary Fund", ["fund"]);

  it("is the most named party, whatever its common nouns", () => {
    expect(partyMeant([libDems, tories], new Map([["liberal-democrats", 5], ["conservative-party", 1]]))).toBe(libDems);
    expect(partyMeant([fund, tories], new Map([["imf", 4], ["conservative-party", 1]]))).toBe(tories);
  });

  it("is none when two parties are named as often or no party is named", () => {
    expect(partyMeant([libDems, tories], new Map([["liberal-democrats", 2], ["conservative-party", 2]]))).toBeUndefined();
    expect(partyMeant([fund], new Map([["imf", 3]]))).toBeUndefined();
  });

  it("names the post of the party the article is about", () => {
    const lead = "The Liberal Democrats will choose a new leader on Thursday. The Liberal Democrats lost seats in May, and the Conservatives gained them.";
    for (const sentence of [
      "Ana Ruiz and Tom Vale are vying to become the party's new leader.",
      "Ana Ruiz said she would stand to become the party's next leader.",
      "Whoever wins the party's leadership will face a hard task, Tom Vale said.",
      "Tom Vale, who wants to lead the party, spoke in Bath on Monday.",
      "Ana Ruiz is the favourite to become the party’s leader, according to members.",
    ]) {
      const found = postNames(`${lead} ${sentence}`).map((p) => p.name);
      expect(found).toContain("Leader of the Liberal Democrats");
      expect(found).not.toContain("Leader of the Conservative Party");
    }
  });
});

describe("a party's head named in the party's own words", () => {
  const lead = "The Liberal Democratic Party of Japan votes on Monday. The LDP lost power in 2009. ";
  const ldp = "President of the Liberal Democratic Party";

  it("reads 'party president', 'party leader', 'the party leadership' as the head of the party the article is about", () => {
    for (const sentence of [
      "Ana Ruiz was chosen as party president on Wednesday.",
      "Tom Vale hopes to win the party presidency at the third attempt.",
      "The race for party leader has four entrants, Ivo Dane said.",
      "Mira Sol, a former minister, is favoured to take the party leadership.",
      "Five lawmakers are seeking the post of party chief this year.",
    ]) {
      expect(postNames(`${lead}${sentence}`).map((p) => p.name)).toContain(ldp);
    }
  });

  it("leaves a deputy's, a region's or a holder's title alone", () => {
    expect(postNames(`${lead}Ana Ruiz was elected deputy party leader.`).map((p) => p.name)).not.toContain(ldp);
    expect(postNames(`${lead}Tom Vale, a regional party chief, backed her.`).map((p) => p.name)).not.toContain(ldp);
    expect(postNames(`${lead}The vote was called by party president Ivo Dane.`).map((p) => p.name)).not.toContain(ldp);
    expect(postNames("Ana Ruiz hopes to become party leader next year, Tom Vale said.").map((p) => p.name)).toEqual([]);
  });
});
