import { decodeGivenNames, encodeGivenNames } from "./given-names.js";

describe("the names an article records it gave", () => {
  it("read back as written", () => {
    const names = [
      { node: "person:mark-rutte", kind: "NAMES" as const, key: "rutte", spellings: ["Rutte", "RUTTE"] },
      { node: "post:nato-secretary-general", kind: "ALSO_NAMES" as const, key: "top job", spellings: ["the top job"] },
    ];
    expect(decodeGivenNames(encodeGivenNames(names))).toEqual(names);
  });

  it("are none for an article stored before names were counted", () => {
    expect(decodeGivenNames(null)).toEqual([]);
    expect(decodeGivenNames(undefined)).toEqual([]);
  });

  it("refuse a value that is not such a list", () => {
    for (const bad of ["{", "{}", "[[1, 2]]", '[["n", "LIKES", "k", []]]', '[["n", "NAMES", "k", [3]]]']) {
      expect(() => decodeGivenNames(bad)).toThrow(/givenNames property is not a list/);
    }
  });
});
