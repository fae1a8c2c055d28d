import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { EXTRACTOR_VERSION, extractArticle, parseArticleFile } from "../src/extract/index.js";
import { parseClaimsDocument, type ClaimsDocument } from "../src/model/claims-document.js";
import { projectPath } from "../src/project-path.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";

const run = promisify(execFile);
const cli = projectPath("dist", "cli", "main.js");
const SEED_TEXT = projectPath("data", "seed", "rutte-nato-2024.txt");
const dir = mkdtempSync(path.join(os.tmpdir(), "coalition-reextract-"));

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.cleanup());
afterAll(() => t.close());

/**
 * The seed article as an older extractor would have stored it: marked with another version, its
 * Hungarian opposition missing, and one stance the current extractor does not read (the United Kingdom
 * opposing Rutte, on the evidence of its support).
 */
function olderReading(): ClaimsDocument {
  const current = extractArticle(parseArticleFile(readFileSync(SEED_TEXT, "utf8"), "rutte-nato-2024.txt"));
  const byName = new Map(current.entities.map((e) => [e.name, e.id]));
  const hungary = byName.get("Hungary")!;
  const uk = byName.get("United Kingdom")!;
  const rutte = byName.get("Mark Rutte")!;
  const support = current.claims.find((c) => c.type === "SUPPORTS" && c.from === uk && c.to === rutte)!;
  const claims = current.claims.filter((c) => !(c.type === "OPPOSES" && c.from === hungary));
  claims.push({ ...support, type: "OPPOSES", rule: "stance.old-rule" });
  return parseClaimsDocument({ ...current, extractor: { name: "coalition-graph", version: "0.9.0" }, claims }, "older reading");
}

const stances = async (articleId: string) =>
  (
    await query<{ type: string; from: string; to: string }>(
      t.db,
      "MATCH (f)-[r:SUPPORTS|OPPOSES]->(c) WHERE r.articleId = $id RETURN DISTINCT type(r) AS type, f.name AS from, c.name AS to ORDER BY type, from",
      { id: articleId },
    )
  ).map((r) => `${r.type} ${r.from} -> ${r.to}`);

describe("coalition reextract", () => {
  it("replaces the claims of an article read by an older extractor and prints the difference", async () => {
    const older = olderReading();
    const { articleId } = await t.ingest(older);
    const before = await stances(articleId);
    expect(before).toContain("OPPOSES United Kingdom -> Mark Rutte");
    expect(before).not.toContain("OPPOSES Hungary -> Mark Rutte");

    // Ingesting the same text again says it was read by an older version and how to read it again.
    const file = path.join(dir, "rutte.txt");
    writeFileSync(file, readFileSync(SEED_TEXT, "utf8"));
    const ingest = await run("node", [cli, "ingest", file]);
    expect(ingest.stdout).toContain(`${articleId} is stored as read by extractor 0.9.0 (current: ${EXTRACTOR_VERSION})`);
    expect(ingest.stdout).toContain(`coalition reextract --article ${articleId}`);

    const { stdout } = await run("node", [cli, "reextract", "--all"]);
    expect(stdout).toContain(`${articleId} "`);
    expect(stdout).toMatch(/\+ OPPOSES Hungary -> Mark Rutte/);
    expect(stdout).toMatch(/- OPPOSES United Kingdom -> Mark Rutte/);
    expect(stdout).toMatch(/articles read again: 1; claims added: [1-9]\d*, removed: [1-9]\d*/);

    const after = await stances(articleId);
    expect(after).toContain("OPPOSES Hungary -> Mark Rutte");
    expect(after).not.toContain("OPPOSES United Kingdom -> Mark Rutte");
    expect(after).toContain("SUPPORTS United Kingdom -> Mark Rutte");
    const [stored] = await query<{ version: string }>(t.db, "MATCH (a:Article {id: $id}) RETURN a.extractorVersion AS version", { id: articleId });
    expect(stored!.version).toBe(EXTRACTOR_VERSION);

    // Read again by the same version, nothing changes.
    const again = await run("node", [cli, "reextract", "--article", articleId]);
    expect(again.stdout).toContain("0 added, 0 removed");
  }, 300_000);

  it("refuses an unknown article id and a call with neither --article nor --all", async () => {
    const unknown = await run("node", [cli, "reextract", "--article", "article:0000"]).catch((e) => e);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no article with id 'article:0000'");
    const neither = await run("node", [cli, "reextract"]).catch((e) => e);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("either --article ID or --all");
  }, 120_000);
});
