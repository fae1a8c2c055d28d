import { findMentions } from "../mentions.js";

function people(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Person").map((m) => m.name);
}

function countries(text: string): string[] {
  return findMentions(text).filter((m) => m.type === "Country").map((m) => m.name);
}

describe("demonyms the country package lacks", () => {
  it("reads common and informal demonyms", () => {
    expect(countries("The Kiwi backed the Brit, and Bosnian officials backed the Nepali candidate.")).toEqual(["New Zealand", "United Kingdom", "Bosnia and Herzegovina", "Nepal"]);
    expect(countries("An Azeri diplomat and a Cape Verdean minister met the Argentinean envoy.")).toEqual(["Azerbaijan", "Cape Verde", "Argentina"]);
  });

  it("reads the plural of a demonym of two words", () => {
    expect(countries("Ordinary New Zealanders and South Africans backed her, as did the Costa Ricans.")).toEqual(["New Zealand", "South Africa", "Costa Rica"]);
    expect(findMentions("Many Sri Lankans voted.").find((m) => m.type === "Country")?.acting).toBe(true);
  });

  it("reads the seats of government that stand for a country", () => {
    expect(countries("The Casa Rosada backed her, Aso Rock and Palazzo Chigi did not, and Moncloa stayed silent.")).toEqual(["Argentina", "Nigeria", "Italy", "Spain"]);
  });

  it("reads more seats and capitals that stand for a government, and short names of countries", () => {
    expect(countries("Matignon and the Farnesina agreed, Miraflores objected and Putrajaya abstained.")).toEqual(["France", "Italy", "Venezuela", "Malaysia"]);
    expect(countries("Kiev, Ulan Bator and La Paz backed her, while Sanaa and Abidjan backed him.")).toEqual(["Ukraine", "Mongolia", "Bolivia", "Yemen", "Ivory Coast"]);
    expect(countries("Cabo Verde and Bosnia co-sponsored the motion.")).toEqual(["Cape Verde", "Bosnia and Herzegovina"]);
  });
});

describe("country spellings that are given names", () => {
  it("reads a given name that is also a country's other-language spelling as a person's", () => {
    const found = findMentions("Dominique Vale, the European Union candidate, was backed by the United States.");
    expect(found.filter((m) => m.type === "Person").map((m) => m.name)).toEqual(["Dominique Vale"]);
    expect(found.filter((m) => m.type === "Country").map((m) => m.name)).toEqual(["United States"]);
    expect(findMentions("Dominica backed Tom Vale.").filter((m) => m.type === "Country").map((m) => m.name)).toEqual(["Dominica"]);
  });
});


describe("seats of government and foreign ministries named by their place", () => {
  it("reads them as their countries", () => {
    expect(countries("The State Dept nominated Tom Vale, the Foreign Office backed him and Itamaraty did not.")).toEqual(["United States", "United Kingdom", "Brazil"]);
    expect(countries("South Block and the Auswärtiges Amt welcomed Ana Ruiz.")).toEqual(["India", "Germany"]);
  });
});

describe("demonyms of one person", () => {
  it("reads no country in a surname that is also a demonym", () => {
    expect(countries("Ivo Dane and Tom Turk backed Ana Ruiz.")).toEqual([]);
  });

  it("reads a Serb, a Croat, a Spaniard and their plurals as their countries", () => {
    expect(countries("The Serbs and a Croat backed Ana Ruiz; a Spaniard did not.")).toEqual(["Serbia", "Croatia", "Spain"]);
    expect(countries("The Congolese delegation and a Sierra Leonean minister backed Tom Vale; the Emirati envoy did not.")).toEqual(["DR Congo", "Sierra Leone", "United Arab Emirates"]);
  });
});

describe("demonyms of territories that are members of bodies in their own right", () => {
  it("reads them as their territories, and leaves them out of a person's name", () => {
    expect(countries("Bermudian Larry Hale backed Ana Ruiz.")).toEqual(["Bermuda"]);
    expect(countries("Cayman Islander Jeffrey Vale backed Ana Ruiz.")).toEqual(["Cayman Islands"]);
    expect(countries("Puerto Rican Tom Vale backed Ana Ruiz.")).toEqual(["Puerto Rico"]);
    expect(countries("The Aruban federation and the Gibraltarian delegation backed Ana Ruiz.")).toEqual(["Aruba", "Gibraltar"]);
    expect(people("Cayman Islander Jeffrey Vale backed Ana Ruiz.")).toEqual(["Jeffrey Vale", "Ana Ruiz"]);
  });

  it("reads demonyms of small countries the package lacks", () => {
    expect(countries("The Bissau-Guinean candidate and the Santomean envoy met.")).toEqual(["Guinea-Bissau", "São Tomé and Príncipe"]);
  });
});

describe("other-language spellings that are English words", () => {
  it("does not read the word island for the country that spells itself so", () => {
    expect(countries("No North Island women MPs supported Anna Kovac, and Iceland abstained.")).toEqual(["Iceland"]);
  });
});
