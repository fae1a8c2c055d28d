import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { catalogOf, loadQueryCatalog, parametersUsed, parseQueryFile, type CatalogQuery } from "./query-catalog.js";

const GOOD = `// @name supporters
// @description Actors supporting a candidate,
//   directly or through a speaker.
// @param candidate: Person   the candidate
// @param asOf: Date?         keep claims dated on or before this day
// @param maxHops: Int(1..6) = 4  bounded
// @returns one row per actor
// @example coalition cypher supporters --param candidate="Mark Rutte"
MATCH (c:Person {id: $candidate})
// a comment mentioning $ignored
WHERE $asOf IS NULL AND 'a $quoted string' <> "$also" AND size([]) < $maxHops
RETURN c
`;

function parse(source: string): { query?: CatalogQuery; problems: string[] } {
  const problems: string[] = [];
  return { query: parseQueryFile(source, "test.cypher", problems), problems };
}

describe("parametersUsed", () => {
  it("finds $parameters outside comments, strings and quoted names", () => {
    const used = parametersUsed("MATCH (n {id: $id}) /* $block */ WHERE n.x = '$s' AND n.`$q` = $other_1 // $line\nRETURN $last");
    expect([...used].sort()).toEqual(["id", "last", "other_1"]);
  });

  it("handles escaped quotes inside strings", () => {
    expect([...parametersUsed("RETURN 'it\\'s $not' + $yes")]).toEqual(["yes"]);
  });
});

describe("parseQueryFile", () => {
  it("reads the header: name, description over several lines, typed parameters, example", () => {
    const { query, problems } = parse(GOOD);
    expect(problems).toEqual([]);
    expect(query).toMatchObject({
      name: "supporters",
      description: "Actors supporting a candidate, directly or through a speaker.",
      returns: "one row per actor",
      examples: ['coalition cypher supporters --param candidate="Mark Rutte"'],
    });
    expect(query!.params).toEqual([
      { name: "candidate", type: "Person", optional: false, defaultText: undefined, min: undefined, max: undefined, description: "the candidate" },
      { name: "asOf", type: "Date", optional: true, defaultText: undefined, min: undefined, max: undefined, description: "keep claims dated on or before this day" },
      { name: "maxHops", type: "Int", optional: true, defaultText: "4", min: 1, max: 6, description: "bounded" },
    ]);
    expect(query!.text.startsWith("MATCH (c:Person")).toBe(true);
  });

  it("rejects a file without a name", () => {
    expect(parse(GOOD.replace("// @name supporters\n", "")).problems).toContain("test.cypher: the header has no @name");
  });

  it("rejects a $param the header does not declare", () => {
    const { query, problems } = parse(GOOD.replace("RETURN c", "RETURN c, $limit"));
    expect(query).toBeUndefined();
    expect(problems).toEqual(["test.cypher: the query uses $limit, which the header does not declare"]);
  });

  it("rejects a declared parameter the query never uses", () => {
    const { problems } = parse(GOOD.replace("size([]) < $maxHops", "true"));
    expect(problems).toEqual(["test.cypher: parameter maxHops is declared but the query never uses $maxHops"]);
  });

  it("rejects unknown types, bad defaults, ranges on strings, unknown tags and a missing example", () => {
    const source = GOOD.replace("Person   the candidate", "Human   the candidate")
      .replace("Int(1..6) = 4", "Int(1..6) = 9")
      .replace("// @returns", "// @return")
      .replace(/\/\/ @example.*\n/, "");
    const { problems } = parse(source);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/parameter candidate has unknown type 'Human'/),
        expect.stringMatching(/default of maxHops must be between 1 and 6, got 9/),
        expect.stringMatching(/unknown header tag @return/),
        "test.cypher: the header has no @example",
      ]),
    );
  });

  it("rejects an example that runs another query", () => {
    const { problems } = parse(GOOD.replace("cypher supporters --param", "cypher opponents --param"));
    expect(problems).toEqual([expect.stringMatching(/@example must start with 'coalition cypher supporters'/)]);
  });
});

describe("the catalog", () => {
  const query = (name: string, file: string) => ({ ...parse(GOOD.replace("supporters", name).replace("cypher supporters", `cypher ${name}`)).query!, file });

  it("rejects two files with the same name", () => {
    expect(() => catalogOf([query("race", "a.cypher"), query("race", "b.cypher")])).toThrow(/@name 'race' is already used by a.cypher/);
  });

  it("suggests the closest query for an unknown name", () => {
    const catalog = catalogOf([query("race", "race.cypher"), query("quotes", "quotes.cypher")]);
    expect(catalog.get("race").name).toBe("race");
    let error: unknown;
    try {
      catalog.get("rase");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions).toEqual(["race"]);
  });

  it("fails to load a folder with a malformed file, naming the file and every problem", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "catalog-"));
    try {
      writeFileSync(path.join(dir, "good.cypher"), GOOD);
      writeFileSync(path.join(dir, "bad.cypher"), "// @description no name\nRETURN $x\n");
      let error: unknown;
      try {
        loadQueryCatalog(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidInputError);
      const problems = (error as InvalidInputError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/bad\.cypher: the header has no @name/),
          expect.stringMatching(/bad\.cypher: the query uses \$x/),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails to load an empty folder", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "catalog-"));
    try {
      expect(() => loadQueryCatalog(dir)).toThrow(/holds no \.cypher file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("loads the project's own catalog", () => {
    const names = loadQueryCatalog().list().map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(["race", "stance-holders", "coalition", "stance-changes", "connection", "shared-ground", "quotes", "resolve-name", "name-candidates"]),
    );
  });
});
