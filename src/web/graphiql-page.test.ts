import { parse } from "graphql";
import { EXAMPLE_QUERIES } from "./example-queries.js";
import { graphiqlPage, nameOperation } from "./graphiql-page.js";

describe("the GraphiQL page", () => {
  it("names anonymous example operations after their title, so tabs have titles", () => {
    expect(nameOperation("# Who\n{ people { name } }", "Who supports Mark Rutte, with evidence")).toBe(
      "# Who\nquery WhoSupportsMarkRutteWithEvidence { people { name } }",
    );
    expect(nameOperation("query Race { race }", "Race")).toBe("query Race { race }");
    for (const example of EXAMPLE_QUERIES) {
      const operation = parse(nameOperation(example.query, example.title)).definitions[0] as { name?: { value: string } };
      expect(operation.name?.value).toMatch(/^[A-Z]\w+$/);
    }
  });

  it("escapes what could close the script tag", () => {
    const html = graphiqlPage("/graphql", "/assets", [{ title: "x", query: "{ a } # </script><script>alert(1)</script>" }]);
    expect(html).not.toContain("</script><script>alert(1)");
  });
});
