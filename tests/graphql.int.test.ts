import { readFileSync } from "node:fs";
import { NoDeprecatedCustomRule, parse, validate } from "graphql";
import { buildSchema } from "../src/graphql/build-schema.js";
import { customResolvers } from "../src/graphql/resolvers.js";
import { parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { EXAMPLE_QUERIES } from "../src/web/example-queries.js";
import { openTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

let t: TestDatabase;
let service: TestService;

beforeAll(async () => {
  t = await openTestDatabase();
  service = await startTestService(t.db);
  await t.ingest(parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed"));
});
afterAll(async () => {
  await t.cleanup();
  await service.stop();
  await t.close();
});

interface ActorRef {
  __typename: string;
  name: string;
  speaksFor?: { name: string }[];
}

describe("GraphQL over the seed graph", () => {
  it("answers the overview query with people, countries and posts", async () => {
    const res = await service.graphql(`{ people(where:{name:{eq:"Mark Rutte"}}){ name } countries { name } posts { title } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.people).toEqual([{ name: "Mark Rutte" }]);
    expect(res.data!.countries.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(["France", "Hungary", "Germany"]));
    expect(res.data!.posts.map((p: { title: string }) => p.title)).toContain("NATO Secretary General");
  });

  it("shows France, the United States, the United Kingdom and Germany supporting Mark Rutte, directly or through who spoke for them", async () => {
    const res = await service.graphql<{ people: { supportedBy: ActorRef[] }[] }>(`{
      people(where: { name: { eq: "Mark Rutte" } }) {
        supportedBy { __typename name ... on Person { speaksFor { name } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const supporters = res.data!.people[0]!.supportedBy;
    const countries = new Set(
      supporters.flatMap((a) => (a.__typename === "Country" ? [a.name] : (a.speaksFor ?? []).map((s) => s.name))),
    );
    for (const country of ["France", "United States", "United Kingdom", "Germany"]) expect(countries).toContain(country);
    expect(countries).not.toContain("Hungary");
  });

  it("shows Hungary opposing Mark Rutte with its evidence", async () => {
    const res = await service.graphql(`{
      people(where: { name: { eq: "Mark Rutte" } }) {
        opposedByConnection { edges { node { name } properties { evidence article { title source publishedAt } } } }
      }
    }`);
    const edges = res.data!.people[0].opposedByConnection.edges;
    expect(edges).toEqual([
      {
        node: { name: "Hungary" },
        properties: {
          evidence: "At the same time, Hungary publicly refused to support the candidacy of the Dutch politician",
          article: { title: "Rutte secures Western support in race for NATO Secretary General", source: "RT", publishedAt: "2024-03-06" },
        },
      },
    ]);
  });

  it("lists Rutte, Kallas and Karins as candidates for NATO Secretary General", async () => {
    const res = await service.graphql(`{ posts(where:{title:{eq:"NATO Secretary General"}}) { candidates { name } organization { name } } }`);
    const names = res.data!.posts[0].candidates.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Mark Rutte", "Kaja Kallas", "Krisjanis Karins"]));
    expect(res.data!.posts[0].organization).toEqual([{ name: "NATO" }]);
  });

  it("quotes Gabriel Attal with his words", async () => {
    const res = await service.graphql(`{
      people(where: { name: { eq: "Gabriel Attal" } }) { quotedInConnection { edges { node { title } properties { evidence quote } } } }
    }`);
    const quotes = res.data!.people[0].quotedInConnection.edges.map((e: { properties: { quote: string } }) => e.properties.quote);
    expect(quotes.some((q: string) => q.startsWith("Of course, we support Mark Rutte’s candidacy"))).toBe(true);
  });

  it("leads from a claim to its exact sentence in the article text", async () => {
    const res = await service.graphql(`{
      countries(where: { code: { eq: "GB" } }) {
        supportsConnection { edges { properties { evidence sentence start end article { text } } } }
      }
    }`);
    const claim = res.data!.countries[0].supportsConnection.edges[0].properties;
    expect(claim.article.text.slice(claim.start, claim.end)).toBe(claim.evidence);
    expect(claim.sentence).toBe(claim.evidence);
    expect(claim.evidence).toMatch(/^According to Reuters, the British government also supports/);
  });

  it("uses no deprecated field in the example queries", async () => {
    const schema = await buildSchema({ db: t.db, resolvers: customResolvers({ writesEnabled: false }) });
    for (const example of EXAMPLE_QUERIES) {
      const messages = validate(schema, parse(example.query), [NoDeprecatedCustomRule]).map((e) => e.message);
      expect({ title: example.title, messages }).toEqual({ title: example.title, messages: [] });
    }
  });

  it("runs every example query of the GraphiQL page without errors", async () => {
    for (const example of EXAMPLE_QUERIES) {
      const res = await service.graphql(example.query, example.variables);
      expect({ title: example.title, errors: res.errors }).toEqual({ title: example.title, errors: undefined });
    }
  });

  it("offers no generated create, update or delete mutation", async () => {
    const res = await service.graphql(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = res.data!.__schema.mutationType?.fields.map((f: { name: string }) => f.name) ?? [];
    expect(names.filter((n) => /^(create|update|delete)/.test(n))).toEqual([]);
  });
});

describe("bad requests", () => {
  it("answers malformed GraphQL with a parse error and status 400", async () => {
    const res = await service.graphql("{ people { name ");
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("rejects an unknown field with a validation error", async () => {
    const res = await service.graphql("{ people { shoeSize } }");
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects an asOf that is not a calendar day", async () => {
    const res = await service.graphql(`{ supporters(candidate: "Mark Rutte", asOf: "2024-02-30") { actor { name } } }`);
    expect(res.errors![0]!.message).toMatch(/Day must be a real calendar day written YYYY-MM-DD, got "2024-02-30"/);
  });

  it("rejects queries nested too deep", async () => {
    const deep = `{ people { ${"supports { ".repeat(14)}name${" }".repeat(14)} } }`;
    const res = await service.graphql(deep);
    expect(res.errors![0]!.message).toMatch(/nested \d+ levels deep; at most 12/);
  });

  it("answers a body that is not JSON with a JSON error", async () => {
    const response = await fetch(`${service.baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("treats hostile strings in filters as plain values", async () => {
    const res = await service.graphql(`query($n: String!) { people(where: { name: { eq: $n } }) { name } }`, { n: "x\"}) MATCH (n) DETACH DELETE n //" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.people).toEqual([]);
    const still = await service.graphql(`{ people(where:{name:{eq:"Mark Rutte"}}) { name } }`);
    expect(still.data!.people).toHaveLength(1);
  });
});

describe("HTTP endpoints", () => {
  it("reports health and readiness", async () => {
    expect(await (await fetch(`${service.baseUrl}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${service.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("serves GraphiQL and its assets from the installed packages", async () => {
    const page = await (await fetch(`${service.baseUrl}/graphiql`)).text();
    expect(page).toContain("/graphiql/assets/graphiql.min.js");
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const asset of ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"]) {
      const response = await fetch(`${service.baseUrl}/graphiql/assets/${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
    }
    expect((await fetch(`${service.baseUrl}/graphiql/assets/..%2Fpackage.json`)).status).toBe(404);
  });
});

describe("error responses", () => {
  it("never include stack traces", async () => {
    const res = await service.graphql("{ people { shoeSize } }");
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.js:\d+/);
  });
});
