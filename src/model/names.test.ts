import { editDistance, isIdentifyingAlias, nameKey, slug } from "./names.js";

describe("nameKey", () => {
  it.each([
    ["Krišjānis Kariņš", "krisjanis karins"],
    ["  The United   States ", "united states"],
    ["Mark Rutte’s", "mark rutte's"],
  ])("%s -> %s", (input, expected) => {
    expect(nameKey(input)).toBe(expected);
  });
});

describe("slug", () => {
  it("makes readable ids", () => {
    expect(slug("Ursula von der Leyen")).toBe("ursula-von-der-leyen");
    expect(slug("Péter Szijjártó")).toBe("peter-szijjarto");
    expect(slug("'}) RETURN 1")).toBe("return-1");
    expect(slug("!!!")).toBe("unnamed");
  });
});

describe("isIdentifyingAlias", () => {
  it("keeps name parts of a person and drops roles and descriptions", () => {
    expect(isIdentifyingAlias("Rutte", "Mark Rutte", "Person")).toBe(true);
    expect(isIdentifyingAlias("Mr Rutte", "Mark Rutte", "Person")).toBe(true);
    expect(isIdentifyingAlias("The Prime Minister of the Netherlands", "Mark Rutte", "Person")).toBe(false);
    expect(isIdentifyingAlias("the Dutch politician", "Mark Rutte", "Person")).toBe(false);
  });
  it("keeps proper names of other entities and drops descriptions", () => {
    expect(isIdentifyingAlias("North Atlantic Alliance", "NATO", "Organization")).toBe(true);
    expect(isIdentifyingAlias("the alliance", "NATO", "Organization")).toBe(false);
    expect(isIdentifyingAlias("the United States", "United States", "Country")).toBe(true);
  });
});

describe("editDistance", () => {
  it("counts edits", () => {
    expect(editDistance("rute", "rutte")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
