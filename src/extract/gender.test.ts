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

  it("leaves out words that are places or surnames more often than given names", () => {
    for (const word of ["Carolina", "Milan", "Santiago", "Xi", "Erdogan", "Georgia", "Jordan"]) expect(isGivenName(word)).toBe(false);
  });
});
