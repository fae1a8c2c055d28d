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
    expect(QUESTIONS.supporters.params({ candidate: "x" })).toEqual({ candidate: "x", stance: "SUPPORTS", asOf: undefined });
    expect(QUESTIONS.opponents.params({ candidate: "x" })).toEqual({ candidate: "x", stance: "OPPOSES", asOf: undefined });
  });
});
