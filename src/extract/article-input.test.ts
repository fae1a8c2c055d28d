import { InvalidInputError } from "../errors.js";
import { normalizeText, parseArticleFile, validateArticle } from "./article-input.js";

describe("parseArticleFile", () => {
  it("reads a header, then the body after the first --- line", () => {
    const a = parseArticleFile("title: A race\nsource: Wire\nurl: null\npublished: 2024-03-06\n---\nBody line.\n\n---\nMore.", "a.txt");
    expect(a).toEqual({ title: "A race", source: "Wire", url: null, publishedAt: "2024-03-06", text: "Body line.\n\n---\nMore." });
  });

  it("takes the whole file as text when there is no header", () => {
    const a = parseArticleFile("Kariņš and Szijjártó met “today”.\n", "k.txt");
    expect(a.text).toBe("Kariņš and Szijjártó met “today”.");
    expect(a.title).toBe("Kariņš and Szijjártó met “today”.");
    expect(a.source).toBe("unknown");
  });

  it("normalizes Windows and old Mac line ends and trims", () => {
    const lf = parseArticleFile("title: T\nsource: S\n---\nOne.\n\nTwo.\n", "a.txt");
    const crlf = parseArticleFile("title: T\r\nsource: S\r\n---\r\nOne.\r\n\r\nTwo.\r\n", "a.txt");
    const cr = parseArticleFile("title: T\rsource: S\r---\rOne.\r\rTwo.\r", "a.txt");
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
  });

  it("reads JSON articles", () => {
    const a = parseArticleFile(JSON.stringify({ title: "T", source: "S", url: "https://x.example/a", publishedAt: "2025-01-02", text: "Hello.\r\n" }), "a.json");
    expect(a).toEqual({ title: "T", source: "S", url: "https://x.example/a", publishedAt: "2025-01-02", text: "Hello." });
  });

  it.each([
    ["empty", ""],
    ["blank", "  \n\t\n"],
    ["binary", "abc\u0000def"],
    ["header only", "title: T\nsource: S\n---\n   \n"],
  ])("rejects %s content", (_label, content) => {
    expect(() => parseArticleFile(content, "bad.txt")).toThrow(InvalidInputError);
  });

  it("rejects texts over the size limit with a clear message", () => {
    expect(() => parseArticleFile("word ".repeat(400_000), "big.txt")).toThrow(/at most 1000000/);
    expect(() => parseArticleFile("x".repeat(2 * 1024 * 1024), "huge.txt")).toThrow(InvalidInputError);
  });

  it("rejects bad dates, bad URLs and bad JSON", () => {
    expect(() => parseArticleFile("title: T\npublished: 2024-02-30\n---\nText.", "a.txt")).toThrow(/does not exist/);
    expect(() => parseArticleFile("title: T\nurl: javascript:alert(1)\n---\nText.", "a.txt")).toThrow(/url/);
    expect(() => parseArticleFile("{not json", "a.json")).toThrow(/not valid JSON/);
    expect(() => parseArticleFile(JSON.stringify({ title: "T", text: 42 }), "a.json")).toThrow(/must be a string/);
  });

  it("replaces stray control characters, keeping offsets stable", () => {
    expect(normalizeText("a\u0007b\u001bc\td")).toBe("a b c\td");
    expect(() => validateArticle({ title: "T", source: "S", text: "x\u0001y" })).toThrow(/binary/);
    const text = `${"x".repeat(100)}\u0001y`;
    expect(validateArticle({ title: "T", source: "S", text }).text).toBe(`${"x".repeat(100)} y`);
  });
});
