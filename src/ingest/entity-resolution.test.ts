import type { EntityInput } from "../model/claims-document.js";
import { EntityResolver, chooseCandidate, givenNames, identifyingKeys } from "./entity-resolution.js";

const person = (id: string, name: string, aliases: string[] = []): EntityInput => ({ id, name, type: "Person", aliases });

describe("identifyingKeys", () => {
  it("keeps the name and the aliases that identify, normalised", () => {
    expect(identifyingKeys(person("r", "Mark Rutte", ["Rutte", "Mr Rutte", "the Dutch politician"]))).toEqual(["mark rutte", "rutte", "mr rutte"]);
  });
});

describe("givenNames", () => {
  it("puts each spelling under its key, identifying keys on NAMES and the others on ALSO_NAMES", () => {
    const entity = person("r", "Mark Rutte", ["Rutte", "RUTTE", "the Dutch politician", "  "]);
    expect(givenNames(entity, "person:mark-rutte")).toEqual([
      { node: "person:mark-rutte", kind: "NAMES", key: "mark rutte", spellings: ["Mark Rutte"] },
      { node: "person:mark-rutte", kind: "NAMES", key: "rutte", spellings: ["Rutte", "RUTTE"] },
      { node: "person:mark-rutte", kind: "ALSO_NAMES", key: "dutch politician", spellings: ["the Dutch politician"] },
    ]);
  });

  it("counts a non-identifying spelling on NAMES when its key identifies the entity through another spelling", () => {
    const names = givenNames({ name: "Jane Testcase", type: "Person", aliases: ["testcase", "Testcase"] }, "person:jane-testcase");
    expect(names.find((n) => n.key === "testcase")).toEqual({ node: "person:jane-testcase", kind: "NAMES", key: "testcase", spellings: ["testcase", "Testcase"] });
    expect(names.some((n) => n.kind === "ALSO_NAMES")).toBe(false);
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
    const first = resolver.resolveDocument([person("p", "Testcase", ["Mr Testcase"])]).ids;
    const second = resolver.resolveDocument([person("q", "Jane Testcase", ["Testcase"])]).ids;
    const third = resolver.resolveDocument([person("x", "John Testcase", ["Testcase"])]).ids;
    expect(first.get("p")).toBe("person:testcase");
    expect(second.get("q")).toBe("person:testcase");
    // "Jane Testcase" took the node's name; another full name with the same surname stays apart.
    expect(third.get("x")).toBe("person:john-testcase");
    const writes = resolver.pendingWrites();
    const testcase = writes.find((w) => w.id === "person:testcase")!;
    expect(testcase).toMatchObject({ createName: "Testcase", rename: true, name: "Jane Testcase", nameKey: "jane testcase" });
    // Each key counts its spellings once per document that gives them.
    expect(testcase.keys).toEqual([
      { key: "testcase", spellings: ["Testcase"], counts: [2] },
      { key: "mr testcase", spellings: ["Mr Testcase"], counts: [1] },
      { key: "jane testcase", spellings: ["Jane Testcase"], counts: [1] },
    ]);
    expect(testcase.aliasKeys).toEqual([]);
    expect(writes.map((w) => w.id).sort()).toEqual(["person:john-testcase", "person:testcase"]);
    expect(writes.find((w) => w.id === "person:john-testcase")!.keys).toEqual([
      { key: "john testcase", spellings: ["John Testcase"], counts: [1] },
      { key: "testcase", spellings: ["Testcase"], counts: [1] },
    ]);
  });

  it("gives a node each name once per document, whichever of the document's entities name it", () => {
    const resolver = new EntityResolver();
    resolver.resolveDocument([person("a", "Ann Example")]);
    const { ids, names } = resolver.resolveDocument([person("b", "Ann Example", ["Example"]), person("c", "Ann Example", ["Example", "the candidate"])]);
    expect(new Set(ids.values())).toEqual(new Set(["person:ann-example"]));
    expect(names).toEqual([
      { node: "person:ann-example", kind: "NAMES", key: "ann example", spellings: ["Ann Example"] },
      { node: "person:ann-example", kind: "NAMES", key: "example", spellings: ["Example"] },
      { node: "person:ann-example", kind: "ALSO_NAMES", key: "candidate", spellings: ["the candidate"] },
    ]);
    const [write] = resolver.pendingWrites();
    expect(write!.keys).toEqual([
      { key: "ann example", spellings: ["Ann Example"], counts: [2] },
      { key: "example", spellings: ["Example"], counts: [1] },
    ]);
    expect(write!.aliasKeys).toEqual([{ key: "candidate", spellings: ["the candidate"], counts: [1] }]);
    // Nothing was loaded from a graph: every edge is new to the batch.
    expect(resolver.pendingEdgeCounts()).toEqual([]);
  });

  it("resolves a document's entities against the state before it, never against each other", () => {
    const resolver = new EntityResolver();
    const { ids } = resolver.resolveDocument([person("a", "Ann Example"), person("b", "Example")]);
    expect(ids.get("a")).toBe("person:ann-example");
    expect(ids.get("b")).toBe("person:example");
  });

  it("gives a country with a known code its reference id whatever shares its name", () => {
    const resolver = new EntityResolver();
    resolver.resolveDocument([{ id: "g", name: "Georgia", type: "Person" }]);
    const { ids } = resolver.resolveDocument([{ id: "c", name: "Georgia", type: "Country", code: "GE" }]);
    expect(ids.get("c")).toBe("country:GE");
  });
});
