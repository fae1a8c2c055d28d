import { buildCoalitionGraph, claimsFor, layoutCoalition, speaksEdgeId, stanceEdgeId, UNDECLARED_GROUP } from "./build-graph";
import { claim, coalition, country, position, side } from "./fixtures";

const attal = { id: "person:gabriel-attal", name: "Gabriel Attal", role: "Prime Minister" };
const seedLike = () =>
  coalition({
    supporting: side([
      position(country("FR", "France"), "SUPPORTS", [claim("SUPPORTS", "2024-03-06", attal)]),
      position(country("GB", "United Kingdom"), "SUPPORTS", [claim("SUPPORTS", null)]),
    ]),
    opposing: side([position(country("HU", "Hungary"), "OPPOSES", [claim("OPPOSES", "2024-03-06")])]),
    undeclared: [country("BE", "Belgium"), country("AL", "Albania"), country("CA", "Canada")],
  });

describe("buildCoalitionGraph", () => {
  it("draws each actor's stance to the candidate, supporters and opponents told apart by class", () => {
    const graph = buildCoalitionGraph(seedLike());
    const edge = (id: string) => graph.edges.find((e) => e.data.id === id);
    expect(edge(stanceEdgeId("country:FR"))).toMatchObject({ data: { source: "country:FR", target: "person:mark-rutte", kind: "SUPPORTS" }, classes: "supports" });
    expect(edge(stanceEdgeId("country:HU"))).toMatchObject({ data: { source: "country:HU", kind: "OPPOSES" }, classes: "opposes" });
    expect(graph.nodes.find((n) => n.data.id === "country:HU")!.classes.split(" ")).toEqual(expect.arrayContaining(["actor", "opposes", "country"]));
  });

  it("draws a speaker to the country they spoke for, with their role", () => {
    const graph = buildCoalitionGraph(seedLike());
    expect(graph.nodes.find((n) => n.data.id === attal.id)).toMatchObject({ data: { role: "speaker", label: "Gabriel Attal" }, classes: "speaker" });
    expect(graph.edges.find((e) => e.data.id === speaksEdgeId(attal.id, "country:FR"))).toMatchObject({
      data: { source: attal.id, target: "country:FR", kind: "SPEAKS_FOR", label: "Prime Minister" },
    });
    // No stance edge of the speaker's own: the stance is the country's.
    expect(graph.edges.some((e) => e.data.id === stanceEdgeId(attal.id))).toBe(false);
  });

  it("places supporters left, opponents right, speakers beyond their country, undeclared members apart below", () => {
    const graph = buildCoalitionGraph(seedLike());
    const at = (id: string) => graph.nodes.find((n) => n.data.id === id)!.position;
    expect(at("person:mark-rutte")).toEqual({ x: 0, y: 0 });
    expect(at("country:FR").x).toBeLessThan(0);
    expect(at("country:HU").x).toBeGreaterThan(0);
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);
    expect(distance(at(attal.id))).toBeGreaterThan(distance(at("country:FR")));
    const undeclared = graph.nodes.filter((n) => n.data.role === "undeclared");
    expect(undeclared.map((n) => n.data.label)).toEqual(["Albania", "Belgium", "Canada"]);
    expect(undeclared.every((n) => n.data.parent === UNDECLARED_GROUP)).toBe(true);
    const lowestActor = Math.max(...graph.nodes.filter((n) => n.data.role !== "undeclared" && n.data.role !== "group").map((n) => n.position.y));
    expect(Math.min(...undeclared.map((n) => n.position.y))).toBeGreaterThan(lowestActor);
    expect(graph.nodes.find((n) => n.data.id === UNDECLARED_GROUP)!.data.label).toBe("Undeclared NATO members (3)");
  });

  it("keeps every actor where the whole coalition put it when replaying an earlier day", () => {
    const whole = seedLike();
    const earlier = coalition({ supporting: side([whole.supporting.positions[1]!]) });
    const layout = layoutCoalition(whole);
    const graph = buildCoalitionGraph(earlier, layout);
    expect(graph.nodes.map((n) => n.data.id).sort()).toEqual(["country:GB", "person:mark-rutte"]);
    expect(graph.nodes.find((n) => n.data.id === "country:GB")!.position).toEqual(layout.get("country:GB"));
    // Alone, the same actor would sit elsewhere.
    expect(buildCoalitionGraph(earlier).nodes.find((n) => n.data.id === "country:GB")!.position).not.toEqual(layout.get("country:GB"));
  });

  it("marks an actor whose stance changed, and draws a speaker who is also an actor once", () => {
    const scholz = { id: "person:olaf-scholz", name: "Olaf Scholz", role: "Chancellor" };
    const whole = coalition({
      supporting: side([
        position(country("DE", "Germany"), "SUPPORTS", [claim("SUPPORTS", "2024-02-01", scholz)]),
        position({ id: scholz.id, name: scholz.name, type: "Person" }, "SUPPORTS", [claim("SUPPORTS", "2024-02-01")]),
      ]),
      undeclared: [],
      organization: null,
    });
    const graph = buildCoalitionGraph(whole, layoutCoalition(whole), new Set(["country:DE"]));
    expect(graph.nodes.filter((n) => n.data.id === scholz.id)).toHaveLength(1);
    expect(graph.nodes.find((n) => n.data.id === scholz.id)!.data.role).toBe("actor");
    expect(graph.nodes.find((n) => n.data.id === "country:DE")!.data.changed).toBe(true);
    expect(graph.edges.find((e) => e.data.id === stanceEdgeId("country:DE"))!.classes).toBe("supports changed");
    expect(graph.nodes.find((n) => n.data.id === scholz.id)!.data.changed).toBe(false);
    expect(graph.nodes.some((n) => n.data.role === "group")).toBe(false);
  });
});

describe("claimsFor", () => {
  it("gives a stance edge its claims, a speaker edge the claims made through that speaker, a node all of its own", () => {
    const c = seedLike();
    expect(claimsFor(c, stanceEdgeId("country:FR")).map((x) => x.via?.name)).toEqual(["Gabriel Attal"]);
    expect(claimsFor(c, speaksEdgeId(attal.id, "country:FR"))).toHaveLength(1);
    expect(claimsFor(c, attal.id)).toHaveLength(1);
    expect(claimsFor(c, "country:HU")[0]!.stance).toBe("OPPOSES");
    expect(claimsFor(c, "country:BE")).toEqual([]);
  });
});
