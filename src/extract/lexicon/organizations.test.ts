import { findMentions } from "../mentions.js";

/** The posts found in `text`, as names. */
function posts(text: string): string[] {
  return [...new Set(findMentions(text).filter((m) => m.type === "Post").map((m) => m.name))];
}

describe("international bodies and their head posts", () => {
  it("reads the head posts of UN offices, courts, European and regional bodies and development banks", () => {
    expect(posts("Ana Ruiz is the front-runner to become the next UN High Commissioner for Human Rights.")).toEqual(["UN High Commissioner for Human Rights"]);
    expect(posts("Tom Vale was elected president of the Eurogroup on Monday.")).toEqual(["Eurogroup President"]);
    expect(posts("Freedonia nominated Ana Ruiz for a seat on the International Tribunal for the Law of the Sea.")).toEqual(["Judge of the International Tribunal for the Law of the Sea"]);
    expect(posts("Tom Vale is running for the presidency of the Islamic Development Bank.")).toEqual(["IsDB President"]);
    expect(posts("Ana Ruiz wants to succeed him as UNCTAD Secretary-General.")).toEqual(["UNCTAD Secretary-General"]);
    expect(posts("The SADC summit backed Tom Vale for SADC Executive Secretary.")).toEqual(["SADC Executive Secretary"]);
  });

  it("reads the presidents of sport's world and continental federations", () => {
    expect(posts("Ana Ruiz announced her bid to become FIBA President.")).toEqual(["FIBA President"]);
    expect(posts("Tom Vale won the race for the presidency of the International Judo Federation.")).toEqual(["IJF President"]);
    expect(posts("Ana Ruiz will stand for World Rugby chairman in May.")).toEqual(["World Rugby Chairman"]);
    expect(posts("Tom Vale is the only candidate for CONCACAF President.")).toEqual(["CONCACAF President"]);
  });

  it("reads a post written as someone's office, before or after their name, as no race", () => {
    expect(posts("FIBA President Ana Ruiz backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, the FIBA President, backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, a former FIBA president, backed Tom Vale.")).toEqual([]);
    expect(posts("Ana Ruiz, the FIBA presidency candidate, backed Tom Vale.")).not.toEqual([]);
  });

  it("keeps the court of the cricket council apart from the criminal court", () => {
    expect(findMentions("The International Cricket Council met the ICC prosecutor.").filter((m) => m.type === "Organization").map((m) => m.name)).toEqual(["International Cricket Council", "International Criminal Court"]);
  });
});
