import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The stances of a text read by this module's rules, as "TYPE from to rule" with entity keys. */
function linkedOf(text: string): string[] {
  const analysis = analyzeText(text);
  const claims = findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => ["stance.heading-list", "stance.counted-group-named", "stance.own-government-list", "stance.number-recalled", "stance.section-backers"].includes(c.rule));
  return [...new Set(claims.map((c) => `${c.type} ${c.from} ${c.to}`))].sort();
}

describe("supporters listed under a heading that names the one they back", () => {
  it("gives each name on its own line to the heading's candidate, and starts again at the next heading", () => {
    const text = "Nominations for deputy leader\n\nThe list of candidates and the MPs nominating them:\nAnna Kovac – 3 nominated (4 declared support)\nAnna Kovac\nPiet Lund\nMara Olsen\nIvo Berg – 2 nominated\nIvo Berg\nJan Novak\nThe deadline is on Friday and Tomas Varga may still enter.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:jan-novak person:ivo-berg",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("reads no more lines than the heading's count", () => {
    const text = "Nominations for deputy leader\n\nAnna Kovac – 2 nominated\nAnna Kovac\nPiet Lund\nTomas Varga";
    expect(linkedOf(text)).toEqual(["SUPPORTS person:piet-lund person:anna-kovac"]);
  });

  it("reads a heading that opens on its support word or closes on the candidate's supporters", () => {
    const text = "Who backs whom in Ruritania\n\nBacking Anna Kovac:\n1. Piet Lund MP\n2. Mara Olsen (Northtown)\n\nIvo Berg's supporters:\nJan Novak – Westtown\n\nThe vote is next week.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:jan-novak person:ivo-berg",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("reads one line listing them all under the heading, and a heading that ends on a colon before its list", () => {
    const text = "Who backs whom in Ruritania\n\nBacking Anna Kovac:\nPiet Lund, Mara Olsen and Ivo Berg.\n\nSupporters of Jan Novak (2): Per Falk and Eva Holm.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:eva-holm person:jan-novak",
      "SUPPORTS person:ivo-berg person:anna-kovac",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:per-falk person:jan-novak",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("reads nothing under a heading of people who withheld their support", () => {
    const text = "Who backs whom in Ruritania\n\nNot backing Anna Kovac:\nPiet Lund\nMara Olsen\n\nThe vote is next week.";
    expect(linkedOf(text)).toEqual([]);
  });

  it("reads nothing under a line naming a candidate without a support word", () => {
    const text = "The race in Ruritania\n\nAnna Kovac – 54 years old\nPiet Lund\nMara Olsen\n\nThe vote is next week.";
    expect(linkedOf(text)).toEqual([]);
  });
});

describe("a counted group named in the next sentence", () => {
  it("gives the support of '16 MSPs' to the people 'The 16 MSPs were' names, past the candidate herself", () => {
    const text = "Sara Lind gained the support of 16 MSPs on Monday. The 16 MSPs were herself, Karl Moe, Lars Nyberg and Eva Holm.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:eva-holm person:sara-lind",
      "SUPPORTS person:karl-moe person:sara-lind",
      "SUPPORTS person:lars-nyberg person:sara-lind",
    ]);
  });

  it("reads 'Among them are' after a group that backed the candidate", () => {
    const text = "Several ministers have endorsed Anna Kovac. Among them are Piet Lund and Mara Olsen.";
    expect(linkedOf(text)).toEqual(["SUPPORTS person:mara-olsen person:anna-kovac", "SUPPORTS person:piet-lund person:anna-kovac"]);
  });

  it("reads a last name after 'and the finance minister,'", () => {
    const text = "Anna Kovac has won the backing of several ministers. Among them are Piet Lund, Mara Olsen and the finance minister, Ivo Berg.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:ivo-berg person:anna-kovac",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("takes 'She' for the candidate the pronoun stands for, and not for someone outside the race", () => {
    const text = "Anna Kovac is running for party leader. Anna Kovac launched her bid on Monday.\n\nShe has won the backing of 12 MPs. They include Piet Lund and Mara Olsen.";
    expect(linkedOf(text)).toEqual(["SUPPORTS person:mara-olsen person:anna-kovac", "SUPPORTS person:piet-lund person:anna-kovac"]);
    expect(linkedOf("Ivo Berg, a farmer, spoke. He has the support of several ministers. Among them are Jan Novak and Eva Holm.")).toEqual([]);
  });

  it("reads the names after a colon in the same sentence", () => {
    const text = "Rita Saar was nominated by five MSPs: herself, Otto Lamm, Ulla Berg and Per Falk.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:otto-lamm person:rita-saar",
      "SUPPORTS person:per-falk person:rita-saar",
      "SUPPORTS person:ulla-berg person:rita-saar",
    ]);
  });

  it("reads nothing when two people are named before the support, or a sentence comes between", () => {
    expect(linkedOf("Anna Kovac and Ivo Berg won the backing of 12 MPs. Among them are Piet Lund and Mara Olsen.")).toEqual([]);
    expect(linkedOf("Anna Kovac won the backing of 12 MPs. The vote is in May. Among them are Piet Lund and Mara Olsen.")).toEqual([]);
  });

  it("reads nothing when the group did not back the candidate", () => {
    expect(linkedOf("Anna Kovac has not won the backing of 12 MPs. They are Piet Lund and Mara Olsen.")).toEqual([]);
  });

  it("reads the names after a dash, and after 'including' past a seat of several words", () => {
    expect(linkedOf("Karl Moe has been nominated by two Brexiteer AMs - Otto Lamm and Ulla Berg.")).toEqual(["SUPPORTS person:otto-lamm person:karl-moe", "SUPPORTS person:ulla-berg person:karl-moe"]);
    expect(linkedOf("Six TDs have also publicly backed Ms Kovac including North Bay West TD Piet Lund and Mara Olsen.")).toEqual(["SUPPORTS person:mara-olsen person:kovac", "SUPPORTS person:piet-lund person:kovac"]);
  });

  it("reads 'The following MPs have endorsed X:' and its list", () => {
    expect(linkedOf("The following MPs have endorsed Anna Kovac: Piet Lund, Mara Olsen and Ivo Berg.")).toEqual([
      "SUPPORTS person:ivo-berg person:anna-kovac",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("gives a group's support for a description to the article's focal candidate", () => {
    const text = "Anna Kovac is running for party leader. Anna Kovac launched her bid on Monday. Kovac said she would win.\n\nSix TDs have backed the Northtown TD including Piet Lund and Mara Olsen.";
    expect(linkedOf(text)).toEqual(["SUPPORTS person:mara-olsen person:anna-kovac", "SUPPORTS person:piet-lund person:anna-kovac"]);
  });

  it("reads the members one to a line after 'They are:' or an introduction that ends on a colon", () => {
    const text = "Ruritania party race\n\nAnna Kovac has won the backing of 12 MPs. They are:\nPiet Lund\nMara Olsen\n\nIvo Berg was nominated by the following MPs:\nJan Novak\nEva Holm\nThe count closes on Friday.";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:eva-holm person:ivo-berg",
      "SUPPORTS person:jan-novak person:ivo-berg",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("reads nothing in a next sentence that names another group, such as the other candidates", () => {
    expect(linkedOf("Tom Ek won the nominations of 30 MPs. The other candidates are Lena Dahl and Otto Lamm.")).toEqual([]);
  });

  it("reads a count after a possessive: 'the backing of the party's five MSPs:'", () => {
    expect(linkedOf("Ivo Berg has won the backing of the party's five MSPs: Jan Novak, Eva Holm and Karl Moe.")).toEqual([
      "SUPPORTS person:eva-holm person:ivo-berg",
      "SUPPORTS person:jan-novak person:ivo-berg",
      "SUPPORTS person:karl-moe person:ivo-berg",
    ]);
  });
});

describe("a group recalled by its number in the next sentence", () => {
  it("gives 'Both MPs had supported X' to the two people listed in the sentence before", () => {
    const text = "Piet Lund and Northtown MP Mara Olsen met Ivo Berg on Monday. Both MPs had publicly supported Anna Kovac in the contest.";
    expect(linkedOf(text)).toEqual(["SUPPORTS person:mara-olsen person:anna-kovac", "SUPPORTS person:piet-lund person:anna-kovac"]);
  });

  it("reads nothing when the number is not the list's", () => {
    expect(linkedOf("Otto Lamm and Ulla Berg spoke on Friday. All three have endorsed Tom Ek.")).toEqual([]);
  });
});

describe("backers listed in a candidate's section", () => {
  it("gives an 'Endorsements:' line to the person whose name heads the section", () => {
    const text = "Who is running in Ruritania\n\nAnna Kovac\nAge: 54\nThe former minister wants lower taxes.\nEndorsements: Piet Lund and Mara Olsen.\n\nIvo Berg (Denmark)\nKey backers: Jan Novak";
    expect(linkedOf(text)).toEqual([
      "SUPPORTS person:jan-novak person:ivo-berg",
      "SUPPORTS person:mara-olsen person:anna-kovac",
      "SUPPORTS person:piet-lund person:anna-kovac",
    ]);
  });

  it("reads nothing from an 'Endorsements:' line with no section above it", () => {
    expect(linkedOf("Who is running in Ruritania\n\nThe race opens on Monday.\nEndorsements: Piet Lund and Mara Olsen.")).toEqual([]);
  });
});
