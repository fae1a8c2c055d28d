import { isDate, isInt } from "neo4j-driver";
import { defaultCatalog } from "./query-catalog.js";
import { QUESTIONS, type Question } from "./questions.js";
import { coerceParams } from "./run-query.js";
import { NO_ENTITY_ID, warmParams } from "./warm-plans.js";

const catalog = defaultCatalog();

/** What Neo4j keys a cached plan on besides the text: each parameter's type. */
function types(params: Record<string, unknown>): Record<string, string> {
  const typeOf = (v: unknown) => (v === null ? "null" : isInt(v) ? "Int" : isDate(v) ? "Date" : typeof v);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeOf(v)]));
}

describe("warmParams", () => {
  it("sets the required parameters to values that find nothing and leaves the rest to their defaults", () => {
    const params = warmParams(catalog.get("stance-holders"));
    expect(params.candidate).toBe(NO_ENTITY_ID);
    expect(params.stance).toBe("SUPPORTS");
    expect([params.post, params.asOf, params.after, params.minConfidence]).toEqual([null, null, null, null]);
    expect(isInt(params.first) && params.first.toNumber()).toBe(20);
  });

  it("gives every question the parameter types it has when asked with only its required arguments", () => {
    for (const [field, question] of Object.entries(QUESTIONS) as [string, Question][]) {
      const query = catalog.get(question.query);
      const required = query.params.filter((p) => !p.optional && p.defaultText === undefined);
      // The GraphQL arguments a user must give; a question may set some itself (the stance).
      const args = Object.fromEntries(required.map((p) => [p.name, p.type === "Stance" ? "OPPOSES" : p.type === "EntityLabel" ? "Country" : "x"]));
      const asked = coerceParams(query, question.params(args));
      expect({ field, types: types(warmParams(query)) }).toEqual({ field, types: types(asked) });
    }
  });
});
