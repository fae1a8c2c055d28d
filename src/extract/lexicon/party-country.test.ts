import { findMentions } from "../mentions.js";
import { articleCountryCounts, articlePartyCountry, tiedCountry } from "./party-country.js";

describe("the article's party country", () => {
  it("counts the countries a text names, its hints and its site", () => {
    const text = "Tom Vale, the Ontario MP, spoke in Ottawa, and Canada's Conservatives listened.";
    const counts = articleCountryCounts(text, findMentions(text), "CA");
    expect(counts.get("CA")).toBe(5);
  });

  it("chooses a country over the default only when it is named more often, and at least twice without a default", () => {
    expect(articlePartyCountry(new Map([["CA", 2], ["GB", 1]]), ["CA", "GB", "AU"], "GB")).toBe("CA");
    expect(articlePartyCountry(new Map([["CA", 1], ["GB", 1]]), ["CA", "GB"], "GB")).toBeUndefined();
    expect(articlePartyCountry(new Map([["DE", 1]]), ["DE", "DK"])).toBeUndefined();
    expect(articlePartyCountry(new Map([["DE", 2], ["DK", 2]]), ["DE", "DK"])).toBeUndefined();
    expect(articlePartyCountry(new Map([["DE", 3], ["DK", 1]]), ["DE", "DK"])).toBe("DE");
  });

  it("reads a country written next to the party word as a tie", () => {
    const tie = (text: string, word: string) => {
      const countries = findMentions(text).filter((m) => m.type === "Country");
      const at = text.indexOf(word);
      return tiedCountry(text, at, at + word.length, countries);
    };
    expect(tie("South Korea's ruling Democratic Party picked Tom Vale.", "Democratic Party")).toBe("KR");
    expect(tie("Ana Ruiz said the Labor Party of Australia backed her.", "Labor Party")).toBe("AU");
    expect(tie("Japan, where the Democratic Party lost power, is far away.", "Democratic Party")).toBeUndefined();
  });
});
