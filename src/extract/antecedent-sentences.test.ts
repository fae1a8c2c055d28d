import { extractArticle } from "./index.js";

/** The speakers the article is found to quote, as entity keys. */
function speakersOf(text: string): string[] {
  const doc = extractArticle({ title: "Ruritanian Party leadership", source: "test", text });
  return [...new Set(doc.claims.filter((c) => c.type === "QUOTED_IN").map((c) => c.from))].sort();
}

/** The SUPPORTS claims of the article, as "from to". */
function supportsOf(text: string): string[] {
  const doc = extractArticle({ title: "Ruritanian Party leadership", source: "test", text });
  return doc.claims.filter((c) => c.type === "SUPPORTS").map((c) => `${c.from} ${c.to}`);
}

const LEAD = "Ivan Horvat is running for leader of the Ruritanian Party.";

describe("a subject pronoun looking back for its referent", () => {
  it("passes over a picture's name and caption", () => {
    const text = `${LEAD}\n\nBoris Lind\n\nLind stepped down\n\n“We will not leave anyone behind,” he said.`;
    expect(speakersOf(text)).toEqual(["person:ivan-horvat"]);
  });

  it("passes over a caption that is a clause", () => {
    const text = `${LEAD}\n\nBoris Lind and Ivan Horvat at the rally in the capital\n\n“We will not leave anyone behind,” he said.`;
    expect(speakersOf(text)).toEqual(["person:ivan-horvat"]);
  });

  it("passes over the sentences of a quotation, to the one who spoke it", () => {
    const text = `${LEAD}\n\nWriting in the Daily Ruritanian, Tomas Novak said: “Horvat is the best choice.\n\n“He offers a new way forward to every voter.\n\n“Zorvath Lind is a good friend and a great servant of the party. Lind and Horvat could be a winning team.”\n\nHe warned leading the party would be “quite a challenge” in the months ahead.`;
    expect(speakersOf(text)).toEqual(["person:tomas-novak"]);
  });

  it("reads a heading that only names someone as the section's subject", () => {
    const text = `${LEAD}\n\nAs for the others:\n\nPavel Marek of Westmark\n\nHe said he would vote for Horvat.`;
    expect(supportsOf(text)).toContain("person:pavel-marek person:ivan-horvat");
  });
});
