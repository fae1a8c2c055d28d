import { analyzeText } from "./index.js";

/** The role texts the analysis gives the person `key`. */
function rolesOf(text: string, key: string): string[] {
  return (analyzeText(text).entities.get(key)?.roles ?? []).map((r) => r.text.trim());
}

/** The entity the description opening with `phrase` resolves to. */
function described(text: string, phrase: string): string | undefined {
  const analysis = analyzeText(text);
  const at = analysis.text.indexOf(phrase);
  return analysis.mentions.find((m) => m.start === at && m.form === "descriptor")?.entity;
}

describe("a portfolio title before a name", () => {
  it("is read whole, with the words after 'for'", () => {
    expect(rolesOf("Minister for Housing Ivan Horvat backed the plan.", "person:ivan-horvat")).toContain("Minister for Housing");
    expect(rolesOf("Minister for Jobs and Enterprise Ivan Horvat backed the plan.", "person:ivan-horvat")).toContain("Minister for Jobs and Enterprise");
  });

  it("lets 'the Minister' resolve to its holder rather than a head of government", () => {
    const text = "Those yet to declare include Taoiseach Boris Lind. Minister for Housing Ivan Horvat expects to win the leadership. The Minister was asked if he was disappointed.";
    expect(described(text, "The Minister")).toBe("person:ivan-horvat");
  });

  it("needs a title's head before 'for'", () => {
    expect(rolesOf("Campaigning for Labour Ivan Horvat backed the plan.", "person:ivan-horvat").filter((r) => /for/.test(r))).toEqual([]);
  });
});
