import { findCandidacies } from "./candidacies.js";
import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";

function postNames(text: string): string[][] {
  return [...analyzeText(text).entities.values()].filter((e) => e.type === "Post").map((e) => [e.name, ...e.aliases]);
}

describe("the article's post by its organization", () => {
  it("carries the post's other names, as a post the text names does", () => {
    const texts = [
      "Members of the SPD began voting on Friday. The SPD has never held such a ballot. Mira Sol is the favourite in the race.",
      "The SPD will announce the winner on Saturday. Tom Hart, who leads the SPD in Hesse, said the contest had been fair.",
    ];
    for (const text of texts) {
      const posts = postNames(text);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toEqual(expect.arrayContaining(["SPD Leader", "Leader of the SPD"]));
    }
  });
});

describe("a party's post named by its other names or its presidential election", () => {
  const candidacies = (text: string) => {
    const analysis = analyzeText(text);
    return [...new Set(findCandidacies(analysis, attributeQuotes(analysis)).claims.map((c) => `${c.from} ${c.to}`))].sort();
  };

  it("reads a post alias as naming its organization", () => {
    expect(candidacies("Tom Hart is all set to become the next Congress president after he filed his papers on Friday.")).toEqual(["person:tom-hart post:president-of-the-indian-national-congress"]);
    expect(candidacies("Veteran leader Mira Sol has entered the race for Congress president, aides said.")).toEqual(["person:mira-sol post:president-of-the-indian-national-congress"]);
  });

  it("reads a party's presidential election as the race for its presidency", () => {
    const ldp = "post:president-of-the-liberal-democratic-party";
    expect(candidacies("The LDP faction said it would back Tom Hart in next month’s party presidential election. Mira Sol is also a candidate in the party presidential election.")).toContain(`person:mira-sol ${ldp}`);
    expect(candidacies("Tom Hart won the LDP presidential election on Thursday, the Liberal Democratic Party said.")).toEqual([`person:tom-hart ${ldp}`]);
    expect(candidacies("Mira Sol, who lost the 2012 party presidential race to Tom Hart, is again a candidate in the LDP presidential election.")).toContain(`person:mira-sol ${ldp}`);
  });
});

describe("a post's other names without 'the'", () => {
  it("names a party's leadership as the news does, with and without 'the'", () => {
    const names = postNames("Scottish Labour members vote on Saturday. Mira Sol is the favourite to become leader of the Scottish Labour Party.").flat();
    expect(names).toEqual(expect.arrayContaining(["Leader of the Scottish Labour", "Leader of Scottish Labour"]));
  });
});

describe("a party's race told as a leadership ballot, battle or challenge", () => {
  it("reads the words as the party's leadership where the article names the party alone", () => {
    const texts = [
      "The SPD is divided. Tom Hart won the leadership ballot on Tuesday, the SPD said.",
      "The SPD is divided. The leadership battle between Tom Hart and Mira Sol has split the SPD.",
      "The SPD is divided. Mira Sol faces a leadership challenge from Tom Hart, SPD officials said.",
    ];
    for (const text of texts) {
      const analysis = analyzeText(text);
      const posts = analysis.mentions.filter((m) => m.type === "Post").map((m) => text.slice(m.start, m.end));
      expect(posts).toEqual([expect.stringMatching(/^leadership (?:ballot|battle|challenge)$/)]);
    }
  });
});

describe("a body's head post named by 'will lead' and the body's name", () => {
  it("reads 'will lead the X' as X's head post, as 'to lead the X' is", () => {
    for (const text of ["Mira Sol was declared the winner, and will lead the International Organization for Migration.", "Tom Hart would head the International Organization for Migration if elected."]) {
      const posts = analyzeText(text).mentions.filter((m) => m.type === "Post").map((m) => m.entity);
      expect(posts).toEqual(["post:iom-director-general"]);
    }
    expect(analyzeText("Mira Sol will lead the delegation of the International Organization for Migration.").mentions.filter((m) => m.type === "Post")).toEqual([]);
  });
});
