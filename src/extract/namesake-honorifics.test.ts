import { analyzeText } from "./index.js";

/** The entity of the mention written `surface` at or after `from` (the first one when `from` is 0). */
function entityAt(text: string, surface: string, from = 0): string | undefined {
  const at = text.indexOf(surface, from);
  const a = analyzeText(text);
  return a.mentions.find((m) => m.start <= at + surface.length - 1 && m.end > at && m.type === "Person")?.entity;
}

describe("a titled surname among namesakes", () => {
  const cases: [string, string, string][] = [
    ["Paul Roe and Sara Roe are both standing. Ms Roe, a former teacher, has been nominated by two colleagues.", "Ms Roe", "person:sara-roe"],
    ["Sara Roe launched her bid on Monday. Her rival Paul Roe answered within hours. Mrs. Roe said she would win.", "Mrs. Roe", "person:sara-roe"],
    ["Linda Vale and her husband Peter Vale run rival campaigns. Mr Vale told reporters he had the votes.", "Mr Vale", "person:peter-vale"],
    ["The contest pits Peter Vale against Linda Vale. Speaking in Cardiff, Miss Vale promised change.", "Miss Vale", "person:linda-vale"],
    ["John Okoro heads the list; Mary Okoro trails. Mr. Okoro was backed by four unions.", "Mr. Okoro", "person:john-okoro"],
  ];
  it.each(cases)("%s", (text, surface, expected) => {
    expect(entityAt(text, surface)).toBe(expected);
  });

  it("still joins the nearest namesake when the honorific gives no gender", () => {
    const text = "Paul Roe and Sara Roe are both standing. Dr Roe spoke first.";
    expect(entityAt(text, "Dr Roe")).toBe("person:sara-roe");
  });

  it("keeps the only person of that surname even when the honorific disagrees with the given name", () => {
    const text = "Paul Roe is standing. Ms Roe spoke first.";
    expect(entityAt(text, "Ms Roe")).toBe("person:paul-roe");
  });
});
