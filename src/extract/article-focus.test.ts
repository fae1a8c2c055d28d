import { openingFocus } from "./article-focus.js";
import { analyzeText } from "./index.js";
import { focalCandidate } from "./stance-described.js";

/** The name of the entity an id stands for, or null. */
function nameOf(text: string, pick: (a: ReturnType<typeof analyzeText>) => string | null): string | null {
  const analysis = analyzeText(text);
  const id = pick(analysis);
  return id ? (analysis.entities.get(id)?.name ?? id) : null;
}

// An article about one person's endorsements: no race word stands beside the name.
const ONE_PERSON = [
  "Senators line up behind Anna Kovac",
  "Anna Kovac picked up the backing of three more senators on Monday.",
  "Marek Novak, a senator from the north, said Kovac had the experience the country needed.",
  "Kovac thanked him. Kovac will tour the south next week, and Kovac is expected to speak in Ostrava.",
].join("\n\n");

// Two rivals named about as often.
const TWO_RIVALS = [
  "Anna Kovac and Petra Horvat court senators",
  "Anna Kovac picked up the backing of three senators on Monday, while Petra Horvat won two.",
  "Kovac will tour the south next week. Horvat will tour the north.",
  "Kovac and Horvat meet in a debate on Friday. Horvat said she was ready.",
].join("\n\n");

describe("the article's focus from its opening", () => {
  it("is the person the opening names and the text names most", () => {
    expect(nameOf(ONE_PERSON, (a) => openingFocus(a))).toBe("Anna Kovac");
    expect(nameOf(ONE_PERSON, (a) => focalCandidate(a))).toBe("Anna Kovac");
  });

  it("is no one when two people share the article", () => {
    expect(nameOf(TWO_RIVALS, (a) => openingFocus(a))).toBeNull();
    expect(nameOf(TWO_RIVALS, (a) => focalCandidate(a))).toBeNull();
  });

  it("is never a holder passed in", () => {
    const analysis = analyzeText(ONE_PERSON);
    const kovac = openingFocus(analysis)!;
    expect(openingFocus(analysis, [kovac])).toBeNull();
  });

  it("is no one when the person is named only late in the article", () => {
    const late = ["Senators meet on Monday", "The senate meets to discuss the budget and the harbour.", "x ".repeat(400), ONE_PERSON.split("\n\n").slice(1).join("\n\n")].join("\n\n");
    expect(nameOf(late, (a) => openingFocus(a))).toBeNull();
  });

  it("is no one when the person is named fewer than four times", () => {
    const few = ["Senators line up behind Anna Kovac", "Anna Kovac picked up the backing of three more senators on Monday.", "Kovac thanked them."].join("\n\n");
    expect(nameOf(few, (a) => openingFocus(a))).toBeNull();
  });
});
