import type { EntityInput } from "../model/claims-document.js";
import { EntityResolver, chooseCandidate, identifyingKeys, otherAliasKeys } from "./entity-resolution.js";

const person = (id: string, name: string, aliases: string[] = []): EntityInput => ({ id, name, type: "Person", aliases });

describe("identifyingKeys", () => {
  it("keeps the name and the aliases that identify, normalised", () => {
    expect(identifyingKeys(person("r", "Mark Rutte", ["Rutte", "Mr Rutte", "the Dutch politician"]))).toEqual(["mark rutte", "rutte", "mr rutte"]);
    expect(otherAliasKeys({ name: "Mark Rutte", type: "Person" }, ["Rutte", "the Dutch politician"], ["mark rutte", "rutte"])).toEqual(["dutch politician"]);
  });
});

describe("chooseCandidate", () => {
  it("prefers the exact name and never merges two full names on a surname", () => {
    const candidates = [
      { id: "person:lyndon-johnson", name: "Lyndon Johnson", nameKey: "lyndon johnson" },
      { id: "person:johnson", name: "Johnson", nameKey: "johnson" },
    ];
    expect(chooseCandidate(person("b", "Boris Johnson", ["Johnson"]), candidates)?.id).toBe("person:johnson");
    expect(chooseCandidate(person("b", "Boris Johnson", ["Johnson"]), candidates.slice(0, 1))).toBeUndefined();
    expect(chooseCandidate(person("l", "Lyndon Johnson"), candidates)?.id).toBe("person:lyndon-johnson");
  });
});

describe("EntityResolver", () => {
  it("resolves a later document of a batch against what the earlier ones created, as if written one by one", () => {
    const resolver = new EntityResolver();
    const first = resolver.resolveDocument([person("p", "Testcase", ["Mr Testcase"])]);
    const second = resolver.resolveDocument([person("q", "Jane Testcase", ["Testcase"])]);
    const third = resolver.resolveDocument([person("x", "John Testcase", ["Testcase"])]);
    expect(first.get("p")).toBe("person:testcase");
    expect(second.get("q")).toBe("person:testcase");
    // "Jane Testcase" took the node's name; another full name with the same surname stays apart.
    expect(third.get("x")).toBe("person:john-testcase");
    const writes = resolver.pendingWrites();
    const testcase = writes.find((w) => w.id === "person:testcase")!;
    expect(testcase).toMatchObject({ createName: "Testcase", rename: true, name: "Jane Testcase", nameKey: "jane testcase" });
    expect(testcase.keys).toEqual(["testcase", "mr testcase", "jane testcase"]);
    expect(writes.map((w) => w.id).sort()).toEqual(["person:john-testcase", "person:testcase"]);
  });

  it("resolves a document's entities against the state before it, never against each other", () => {
    const resolver = new EntityResolver();
    const ids = resolver.resolveDocument([person("a", "Ann Example"), person("b", "Example")]);
    expect(ids.get("a")).toBe("person:ann-example");
    expect(ids.get("b")).toBe("person:example");
  });

  it("gives a country with a known code its reference id whatever shares its name", () => {
    const resolver = new EntityResolver();
    resolver.resolveDocument([{ id: "g", name: "Georgia", type: "Person" }]);
    const ids = resolver.resolveDocument([{ id: "c", name: "Georgia", type: "Country", code: "GE" }]);
    expect(ids.get("c")).toBe("country:GE");
  });
});
