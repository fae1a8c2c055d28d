import { readFileSync } from "node:fs";
import { InvalidInputError } from "../errors.js";
import { parseClaimsDocument, parseClaimsDocumentJson, type ClaimsDocument } from "./claims-document.js";
import { projectPath } from "../project-path.js";

const SEED_DOCUMENT = projectPath("data", "seed", "rutte-nato-2024.claims.json");

const text = "Paris backs Jane Doe. Ruritania refused to support Jane Doe.";
const valid = (): ClaimsDocument => ({
  version: 1,
  article: { title: "T", source: "Wire", url: null, publishedAt: "2024-01-02", text },
  entities: [
    { id: "fr", name: "France", type: "Country", aliases: ["Paris"], code: "FR" },
    { id: "doe", name: "Jane Doe", type: "Person" },
  ],
  claims: [{ type: "SUPPORTS", from: "fr", to: "doe", evidence: "Paris backs Jane Doe.", start: 0, end: 21, confidence: 0.9, date: null }],
});

function problemsOf(value: unknown): readonly string[] {
  try {
    parseClaimsDocument(value, "doc.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems;
  }
  throw new Error("expected the document to be rejected");
}

describe("parseClaimsDocument", () => {
  it("accepts a valid document and the seed document", () => {
    expect(parseClaimsDocument(valid()).claims).toHaveLength(1);
    expect(parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8")).entities.length).toBeGreaterThan(20);
  });

  it("rejects bad JSON with the parser's message", () => {
    expect(() => parseClaimsDocumentJson("{ not json", "broken.json")).toThrow(/broken\.json is not valid JSON/);
  });

  it("rejects an unknown claim type and names the allowed ones", () => {
    const doc = valid() as unknown as { claims: { type: string }[] };
    doc.claims[0]!.type = "ADORES";
    expect(problemsOf(doc).join("\n")).toMatch(/\/claims\/0\/type: must be one of SUPPORTS, OPPOSES/);
  });

  it("rejects a dangling entity id", () => {
    const doc = valid();
    doc.claims[0]!.to = "nobody";
    expect(problemsOf(doc)).toContain("/claims/0/to: no entity with id 'nobody'");
  });

  it("rejects evidence that is not in the text", () => {
    const doc = valid();
    doc.claims[0]!.evidence = "Paris adores Jane Doe.";
    expect(problemsOf(doc)).toContain('/claims/0/evidence: not found in the article text: "Paris adores Jane Doe."');
  });

  it("rejects evidence at the wrong offsets and says where it is", () => {
    const doc = valid();
    doc.claims[0] = { ...doc.claims[0]!, evidence: "Jane Doe", start: 0, end: 8 };
    expect(problemsOf(doc)).toContain("/claims/0/evidence: text is at 12..20, not 0..8");
  });

  it("rejects ends of the wrong type", () => {
    const doc = valid();
    doc.claims[0] = { ...doc.claims[0]!, from: "doe", to: "fr" };
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining(["/claims/0/to: a SUPPORTS claim cannot end at a Country ('France')"]),
    );
  });

  it("lists every problem, not only the first", () => {
    const doc = valid() as unknown as Record<string, unknown>;
    doc.version = 2;
    doc.extra = true;
    expect(problemsOf(doc).length).toBeGreaterThanOrEqual(2);
  });

  it("accepts the post a stance is for, the rule and the extractor", () => {
    const doc = valid();
    doc.extractor = { name: "coalition-extract", version: "1.2.0" };
    doc.entities.push({ id: "sg", name: "NATO Secretary General", type: "Post" });
    doc.claims[0] = { ...doc.claims[0]!, post: "sg", rule: "stance.backs" };
    const parsed = parseClaimsDocument(doc);
    expect(parsed.claims[0]).toMatchObject({ post: "sg", rule: "stance.backs" });
    expect(parsed.extractor).toEqual({ name: "coalition-extract", version: "1.2.0" });
  });

  it("rejects a post that is not a Post entity of the document, or on the wrong claim type", () => {
    const doc = valid();
    doc.entities.push({ id: "sg", name: "NATO Secretary General", type: "Post" });
    doc.claims[0] = { ...doc.claims[0]!, post: "fr" };
    expect(problemsOf(doc)).toContain("/claims/0/post: 'fr' is a Country, not a Post");
    doc.claims[0] = { ...doc.claims[0]!, post: "nowhere" };
    expect(problemsOf(doc)).toContain("/claims/0/post: no entity with id 'nowhere'");
    doc.claims[0] = { ...doc.claims[0]!, type: "CANDIDATE_FOR", to: "sg", post: "sg" };
    expect(problemsOf(doc)).toContain("/claims/0/post: only SUPPORTS and OPPOSES claims name a post");
  });

  it("rejects an extractor without a version", () => {
    const doc = valid() as unknown as Record<string, unknown>;
    doc.extractor = { name: "x" };
    expect(problemsOf(doc).join("\n")).toMatch(/\/extractor: must have required property 'version'/);
  });

  it("keeps hostile strings as data", () => {
    const doc = valid();
    doc.entities[1]!.name = "x'}) DETACH DELETE n //";
    expect(parseClaimsDocument(doc).entities[1]!.name).toBe("x'}) DETACH DELETE n //");
  });
});
