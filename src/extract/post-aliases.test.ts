import { organizationsNamedByPostAlias } from "./post-aliases.js";

describe("organizations named by a post's other name", () => {
  it("finds an alias anywhere in the text, its first letter in either case", () => {
    expect([...organizationsNamedByPostAlias("She wants a seat on the International Tribunal for the Law of the Sea.")]).toEqual(["itlos"]);
    expect([...organizationsNamedByPostAlias("Seat on the International Tribunal for the Law of the Sea")]).toEqual(["itlos"]);
    expect([...organizationsNamedByPostAlias("Talks went on. The General Assembly President spoke, and the general assembly president left.")]).toEqual(["un-general-assembly"]);
  });

  it("reads no alias inside a longer word", () => {
    expect([...organizationsNamedByPostAlias("xseat on the International Tribunal for the Law of the Sea")]).toEqual([]);
    expect([...organizationsNamedByPostAlias("the General Assembly Presidents")]).toEqual([]);
  });

  it("reads every organization a text names by an alias, after a first alias that matched", () => {
    const found = organizationsNamedByPostAlias("A seat on the International Tribunal for the Law of the Sea went to her; the General Assembly President congratulated her.");
    expect([...found].sort()).toEqual(["itlos", "un-general-assembly"]);
  });
});
