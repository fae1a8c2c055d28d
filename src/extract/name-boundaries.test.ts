import { findMentions } from "./mentions.js";

function people(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Person" && m.form === "name").map((m) => m.name);
}

describe("a minister's portfolio before the name", () => {
  it("leaves the portfolio out of the name", () => {
    expect(people("Minister for Housing Tom Vale backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Ana Ruiz was backed by Minister for Jobs Tom Vale on Monday.")).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(people("Secretary of State for Health Mary Ann Evans said she would back Ana Ruiz.")).toEqual(["Mary Ann Evans", "Ana Ruiz"]);
    expect(people("Ana Ruiz won the support of the Minister for Children Eoghan Murphy.")).toEqual(["Ana Ruiz", "Eoghan Murphy"]);
    expect(people("Minister for Health Eoghan Murphy and Ana Ruiz backed him.")).toEqual(["Eoghan Murphy", "Ana Ruiz"]);
  });

  it("reads a portfolio of several parts as no name", () => {
    expect(people("Minister for Enterprise, Trade and Employment Tom Vale backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Ana Ruiz was backed by Minister for Communications, Climate Action and Environment Tom Vale.")).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(people("Secretary for Health and Social Care Tom Vale has declared for Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Minister for Jobs and Enterprise Tom Vale endorsed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
  });

  it("keeps a name in apposition after a portfolio", () => {
    expect(people("The Minister for Health, Population and Hospital Reform, Tom Vale, said he backs Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Minister for Health, Eoghan Murphy, said he backs Ana Ruiz.")).toEqual(["Eoghan Murphy", "Ana Ruiz"]);
  });

  it("keeps a name of three words after a portfolio that a non-name word ends", () => {
    expect(people("Minister for National Health Services Saira Afzal Vale called on states to vote for Ana Ruiz.")).toEqual(["Saira Afzal Vale", "Ana Ruiz"]);
  });

  it("ends a department's name before a person's", () => {
    const found = findMentions("Ana Ruiz was backed by Minister of State at the Department of Health Tom Vale.");
    expect(found.filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(found.filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["Department of Health"]);
  });
});

describe("honorifics and titles of many countries", () => {
  it("leaves them out of the name", () => {
    expect(people("Alhaji Tom Vale backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Hon. Tom Vale and the Rt. Hon. Ana Ruiz signed the letter.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Datuk Seri Tom Vale said Malaysia would vote for Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Madame Ana Ruiz and Monsieur Tom Vale met on Friday.")).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(people("Mallam Tom Vale, a party elder, endorsed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("President-elect Tom Vale congratulated Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("Engr. Tom Vale backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
  });

  it("keeps a regnal number in the name", () => {
    expect(people("King Tom Vale II backed Ana Ruiz.")).toEqual(["Tom Vale II", "Ana Ruiz"]);
    expect(people("The bid was backed by King Abdullah II of Jordan.")).toEqual(["Abdullah II"]);
  });
});

describe("letters after and initials inside a name", () => {
  it("leaves plural post-nominals out of the names that follow", () => {
    expect(people("Those yet to declare include Kildare TDs Tom Vale and Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
    expect(people("MEPs Tom Vale and Ana Ruiz are also yet to say who they back.")).toEqual(["Tom Vale", "Ana Ruiz"]);
  });

  it("keeps initials, with the name without them as an alias", () => {
    expect(people("J. K. Vale backed Ana Ruiz.")).toEqual(["J. K. Vale", "Ana Ruiz"]);
    expect(people("The nomination went to Tom A. B. Vale.")).toEqual(["Tom A. B. Vale"]);
    const m = findMentions("The appointment of Tom A. Vale was announced.").find((x) => x.type === "Person");
    expect(m?.name).toBe("Tom A. Vale");
    expect(m?.aliases).toEqual(["Tom Vale"]);
  });

  it("does not read a lone capital ending a sentence as an initial", () => {
    expect(people("They took vitamin D. Tom Vale said so.")).toEqual(["Tom Vale"]);
  });

  it("keeps titles written as initials out of the name", () => {
    expect(people("H.E. Tom Vale backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
  });
});

describe("letters in capitals at a name's end", () => {
  it("reads a surname in capitals, as official releases write it, with the name in title case as an alias", () => {
    const m = findMentions("Mr. Chung Yun VALE backed Ana Ruiz.").find((x) => x.type === "Person");
    expect(m?.name).toBe("Chung Yun VALE");
    expect(m?.aliases).toEqual(["Chung Yun Vale"]);
    expect(people("Joseph S. RUIZ said he would stand again.")).toEqual(["Joseph S. RUIZ"]);
  });

  it("leaves an acronym that is no surname out of the name", () => {
    expect(people("Tom Vale CEO backed Ana Ruiz.")).toEqual(["Tom Vale", "Ana Ruiz"]);
  });
});

