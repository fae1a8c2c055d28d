import { readFileSync } from "node:fs";
import { Kind, parse, visit, type ArgumentNode, type FieldNode } from "graphql";
import { loadQueryCatalog } from "../../../src/coalitions/query-catalog.js";

const source = readFileSync(new URL("./operations.graphql", import.meta.url), "utf8");
const document = parse(source);

/** Every `field` selection in the named operation, with its arguments. */
function fieldsNamed(operation: string, field: string): FieldNode[] {
  const found: FieldNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.name?.value !== operation) continue;
    visit(definition, {
      Field(node) {
        if (node.name.value === field) found.push(node);
      },
    });
  }
  return found;
}

function intArgument(node: FieldNode, name: string): number | undefined {
  const argument: ArgumentNode | undefined = node.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind !== Kind.INT) throw new Error(`${name} is not an integer literal`);
  return Number(argument.value.value);
}

/** The inclusive bounds the query's Cypher header declares for a parameter. */
function bounds(query: string, param: string): { min: number; max: number } {
  const spec = loadQueryCatalog().get(query).params.find((p) => p.name === param);
  if (spec?.min === undefined || spec.max === undefined) throw new Error(`${query} declares no bounds for ${param}`);
  return { min: spec.min, max: spec.max };
}

describe("the explorer's operations", () => {
  it("bound the stance changes the candidate overview asks for: a page of actors, a few changes each", () => {
    const [stanceChanges, ...more] = fieldsNamed("CandidateOverview", "stanceChanges");
    expect(stanceChanges).toBeDefined();
    expect(more).toHaveLength(0);
    const first = intArgument(stanceChanges!, "first");
    const perActor = intArgument(stanceChanges!, "changesPerActor");
    // Without the argument a much-flipping actor brings every change of its history into one
    // response; with it, the response holds at most first × changesPerActor changes.
    const perActorBounds = bounds("stance-changes", "changesPerActor");
    const firstBounds = bounds("stance-changes", "first");
    expect(perActor).toBeGreaterThanOrEqual(perActorBounds.min);
    expect(perActor).toBeLessThanOrEqual(perActorBounds.max);
    expect(first).toBeGreaterThanOrEqual(firstBounds.min);
    expect(first).toBeLessThanOrEqual(firstBounds.max);
    expect(first! * perActor!).toBeLessThanOrEqual(10_000);
  });

  it("ask for no page larger than the largest any Cypher query allows", () => {
    const largest = Math.max(
      ...loadQueryCatalog()
        .list()
        .flatMap((q) => q.params)
        .filter((p) => p.name === "first" && p.max !== undefined)
        .map((p) => p.max!),
    );
    const pages: { field: string; first: number }[] = [];
    visit(document, {
      Field(node) {
        const first = node.arguments?.find((a) => a.name.value === "first");
        if (first?.value.kind === Kind.INT) pages.push({ field: node.name.value, first: Number(first.value.value) });
      },
    });
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect({ ...page, tooLarge: page.first > largest }).toEqual({ ...page, tooLarge: false });
  });
});
