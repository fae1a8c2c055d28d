import { analyzeText } from "./index.js";
import { attributeQuotes } from "./quotes.js";
import { findStances } from "./stances.js";

/** The SUPPORTS of a text as "from to rule", sorted. */
function supportsOf(text: string): string[] {
  const analysis = analyzeText(text);
  return [...new Set(findStances(analysis, attributeQuotes(analysis)).claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to} ${c.rule}`))].sort();
}

const INTRO = "Anna Kovac has launched her bid to lead the Ruritanian Labour Party. Kovac served as finance minister until 2019.\n\n";

describe("a description that opens the sentence stands for the candidate", () => {
  it("reads a passive verb after the description", () => {
    expect(supportsOf(`${INTRO}The former journalist has been backed by the union Unity.`)).toEqual(["org:unity person:anna-kovac stance.described-subject"]);
  });

  it("reads support received, past an opening phrase and an aside", () => {
    expect(supportsOf(`${INTRO}On Tuesday, the Glasgow senator picked up an endorsement from Marek Novak.`)).toEqual(["person:marek-novak person:anna-kovac stance.described-subject"]);
    expect(supportsOf(`${INTRO}The former finance minister, seen as a moderate by Ivan Dragic, has been put forward by the union Unity.`)).toEqual(["org:unity person:anna-kovac stance.described-subject"]);
  });

  it("takes the one person the sentence before names", () => {
    const text = "Anna Kovac and Petra Horvat are running for the leadership. Kovac spoke first. Horvat spoke later. Kovac won.\n\nPetra Horvat toured the north on Monday. The veteran lawmaker has been endorsed by Marek Novak.";
    expect(supportsOf(text)).toEqual(["person:marek-novak person:petra-horvat stance.described-subject"]);
  });

  it("reads nothing when a name, a possessive or a negation stands before the verb", () => {
    expect(supportsOf(`${INTRO}The senator Ivan Dragic has been backed by Marek Novak.`)).not.toContainEqual(expect.stringContaining("stance.described-subject"));
    expect(supportsOf(`${INTRO}The party's senator has been backed by Marek Novak.`)).toEqual([]);
    expect(supportsOf(`${INTRO}The former journalist has not been backed by Marek Novak.`)).toEqual([]);
  });

  it("reads nothing when no one is named before the description", () => {
    expect(supportsOf("The former journalist has been backed by Marek Novak.")).toEqual([]);
  });
});
