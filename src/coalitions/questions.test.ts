import { InvalidInputError } from "../errors.js";
import { catalogOf, loadQueryCatalog } from "./query-catalog.js";
import { checkQuestions, QUESTIONS } from "./questions.js";

describe("checkQuestions", () => {
  it("accepts the project's catalog", () => {
    expect(() => checkQuestions(loadQueryCatalog())).not.toThrow();
  });

  it("names every question the catalog cannot answer, and every parameter mismatch", () => {
    const queries = loadQueryCatalog().list();
    const withoutRace = queries.filter((q) => q.name !== "race");
    const renamed = withoutRace.map((q) =>
      q.name === "quotes" ? { ...q, params: q.params.map((p) => (p.name === "person" ? { ...p, name: "speaker" } : p)) } : q,
    );
    let error: unknown;
    try {
      checkQuestions(catalogOf(renamed));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems).toEqual([
      expect.stringMatching(/^race: no query named 'race'/),
      "quotes: quotes declares no parameter 'person'",
      "quotes: nothing passes quotes's parameter 'speaker'",
    ]);
  });

  it("maps supporters and opponents onto one query with a fixed stance", () => {
    expect(QUESTIONS.supporters.params({ candidate: "x", first: 5 })).toMatchObject({ candidate: "x", stance: "SUPPORTS", first: 5 });
    expect(QUESTIONS.opponents.params({ candidate: "x", first: 5 })).toMatchObject({ candidate: "x", stance: "OPPOSES", first: 5 });
  });

  it("passes every question minConfidence", () => {
    // `search` finds entities by name: no claim, so no confidence.
    for (const [name, question] of Object.entries(QUESTIONS)) if (name !== "search") expect(Object.keys(question.params({}))).toContain("minConfidence");
  });
});
