import { genderOfName, isGivenName } from "./gender.js";

describe("given names of many languages", () => {
  it("knows common given names beyond English and their gender", () => {
    expect(genderOfName("Małgorzata Nowak")).toBe("f");
    expect(genderOfName("Chioma Okafor")).toBe("f");
    expect(genderOfName("Zeynep Kaya")).toBe("f");
    expect(genderOfName("Krzysztof Nowak")).toBe("m");
    expect(genderOfName("Oluwaseun Adeyemi")).toBe("f");
    expect(genderOfName("Yoshihide Tanaka")).toBe("m");
    expect(genderOfName("Joaquín Pérez")).toBe("m");
  });

  it("knows common English, Irish and Scottish given names", () => {
    expect(genderOfName("Margaret Vale")).toBe("f");
    expect(genderOfName("Siobhan Vale")).toBe("f");
    expect(genderOfName("Gillian Park")).toBe("f");
    expect(genderOfName("Larry Vale")).toBe("m");
    expect(genderOfName("Fergus Park")).toBe("m");
    expect(genderOfName("Pádraig Vale")).toBe("m");
    expect(isGivenName("Ed")).toBe(true);
  });

  it("leaves out words that are places or surnames more often than given names", () => {
    for (const word of ["Carolina", "Milan", "Santiago", "Xi", "Erdogan", "Georgia", "Jordan"]) expect(isGivenName(word)).toBe(false);
  });

  it("knows given names of Africa, Asia, Latin America and the Middle East", () => {
    expect(genderOfName("Aminata Diallo")).toBe("f");
    expect(genderOfName("Priyanka Rao")).toBe("f");
    expect(genderOfName("Xóchitl Ruiz")).toBe("f");
    expect(genderOfName("Uhuru Vale")).toBe("m");
    expect(genderOfName("Nayib Vale")).toBe("m");
    expect(genderOfName("Naftali Vale")).toBe("m");
  });
});

describe("given names of the party politics the news reports", () => {
  it("knows given names of India, Japan, southern Africa, Europe and the English-speaking world", () => {
    expect(genderOfName("Ashok Rao")).toBe("m");
    expect(genderOfName("Mehbooba Khan")).toBe("f");
    expect(genderOfName("Takayuki Sato")).toBe("m");
    expect(genderOfName("Zweli Dlamini")).toBe("m");
    expect(genderOfName("Saskia Weber")).toBe("f");
    expect(genderOfName("Micheál Byrne")).toBe("m");
    expect(genderOfName("Eluned Jones")).toBe("f");
    expect(genderOfName("Dawn Smith")).toBe("f");
    expect(genderOfName("Jagmeet Gill")).toBe("m");
  });
});

describe("more given names of the races the news covers", () => {
  it("knows West and southern African, Ethiopian, Arabic, Slavic, German and Latin American given names and their gender", () => {
    for (const name of ["Sepp Vale", "Ibrahima Diallo", "Sipho Dube", "Getachew Bekele", "Osama Haddad", "Andriy Kovalenko", "Volker Braun", "Víctor Ruiz", "Arkebe Tesfaye"]) expect(genderOfName(name)).toBe("m");
    for (const name of ["Alejandra Soto", "Rebeca Mora", "Tarja Virtanen", "Meghan Ross"]) expect(genderOfName(name)).toBe("f");
  });

  it("leaves names given to men and women alike without a gender", () => {
    for (const name of ["Jamie Greene", "Dara Kelly", "Tendai Moyo"]) expect(genderOfName(name)).toBeNull();
  });
});
