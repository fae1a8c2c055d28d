import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { defaultCatalog } from "../src/coalitions/query-catalog.js";
import { ask } from "../src/coalitions/questions.js";
import { parseClaimsDocument, parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { articleIdFor } from "../src/ingest/article-id.js";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { readDocumentFile } from "../src/ingest/read-document.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { projectPath } from "../src/project-path.js";
import { mintToken } from "../src/auth/tokens.js";
import { openTestDatabase, query, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

const run = promisify(execFile);
const cli = projectPath("dist", "cli", "main.js");
const SEED_TEXT = projectPath("data", "seed", "rutte-nato-2024.txt");
const catalog = defaultCatalog();
const secret = "e".repeat(48);
const dir = mkdtempSync(path.join(os.tmpdir(), "coalition-extract-"));

let t: TestDatabase;
let service: TestService;
beforeAll(async () => {
  t = await openTestDatabase();
  service = await startTestService(t.db, { jwtSecret: secret });
});
afterEach(() => t.cleanup());
afterAll(async () => {
  await service.stop();
  await t.close();
});

type Row = Record<string, any>;
// A question's rows, or the holders of a page of supporters or opponents.
const names = (answer: unknown) =>
  (Array.isArray(answer) ? (answer as Row[]) : ((answer as Row).holders as Row[])).map((r) => r.actor?.name ?? r.candidate?.name).sort();
const graphSize = async () =>
  (await query(t.db, "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels"))[0];

describe("ingesting raw articles", () => {
  it("the seed text, extracted, answers the same questions as the hand-made seed", async () => {
    const handMade = parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed");
    await t.ingest(handMade);
    const expected = {
      supporters: names(await ask(t.db, catalog, "supporters", { candidate: "Mark Rutte" })),
      opponents: names(await ask(t.db, catalog, "opponents", { candidate: "Mark Rutte" })),
      race: names(await ask(t.db, catalog, "race", { post: "NATO Secretary General" })),
    };
    await t.cleanup();

    const summary = await ingestFiles(t.db, [SEED_TEXT], readDocumentFile);
    expect(summary.skipped).toBe(0);
    t.track(summary.files[0]!.result!.articleId);
    const supporters = names(await ask(t.db, catalog, "supporters", { candidate: "Mark Rutte" }));
    for (const country of ["France", "United States", "United Kingdom", "Germany"]) expect(supporters).toContain(country);
    expect(supporters).toEqual(expect.arrayContaining(expected.supporters.filter((n) => n !== "John Kirby")));
    expect(names(await ask(t.db, catalog, "opponents", { candidate: "Mark Rutte" }))).toEqual(expected.opponents);
    expect(names(await ask(t.db, catalog, "race", { post: "NATO Secretary General" }))).toEqual(expected.race);
  });

  it("ingesting the same article twice changes nothing", async () => {
    const first = await ingestFiles(t.db, [SEED_TEXT], readDocumentFile);
    t.track(first.files[0]!.result!.articleId);
    const before = await graphSize();
    const second = await ingestFiles(t.db, [SEED_TEXT], readDocumentFile);
    expect(second.articlesUnchanged).toBe(1);
    expect(await graphSize()).toEqual(before);
  });

  it("a second article naming 'Rutte' and 'the Dutch prime minister' attaches to the same Mark Rutte", async () => {
    const seed = await ingestFiles(t.db, [SEED_TEXT], readDocumentFile);
    t.track(seed.files[0]!.result!.articleId);
    const second = path.join(dir, "second.txt");
    writeFileSync(
      second,
      [
        "title: Poland backs Rutte",
        "source: Test Wire",
        "published: 2024-04-02",
        "---",
        "Poland's President Andrzej Duda said on Tuesday that Warsaw supports Rutte's candidacy for NATO Secretary General.",
        "",
        "The Dutch prime minister thanked Duda for his backing, according to a statement.",
      ].join("\r\n"),
    );
    const summary = await ingestFiles(t.db, [second], readDocumentFile);
    expect(summary.skipped).toBe(0);
    t.track(summary.files[0]!.result!.articleId);
    const rutte = await query(t.db, "MATCH (p:Person) WHERE p.name CONTAINS 'Rutte' RETURN p.id AS id, p.name AS name");
    expect(rutte).toEqual([{ id: "person:mark-rutte", name: "Mark Rutte" }]);
    const supporters = names(await ask(t.db, catalog, "supporters", { candidate: "rutte" }));
    expect(supporters).toContain("Poland");
  });
});

describe("coalition extract", () => {
  it("prints one valid claims document for one file", async () => {
    const { stdout } = await run("node", [cli, "extract", SEED_TEXT]);
    const doc = parseClaimsDocument(JSON.parse(stdout), "stdout");
    expect(doc.article.title).toBe("Rutte secures Western support in race for NATO Secretary General");
    expect(doc.claims.some((c) => c.type === "OPPOSES")).toBe(true);
  });

  it("writes DIR/<basename>.json per file, skips broken files and exits non-zero", async () => {
    const out = path.join(dir, "out");
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "   \n");
    const error = await run("node", [cli, "extract", SEED_TEXT, empty, "--out", out]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/skipped .*empty\.txt: empty\.txt is empty/);
    expect(readdirSync(out)).toEqual(["rutte-nato-2024.json"]);
  });
});

describe("Mutation.ingestArticle", () => {
  const mutation = `mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) { articleId created entities claims { type from to evidence date } }
  }`;
  const input = {
    title: "Ruritania endorses Jane Testcase",
    source: "Test Wire",
    url: null,
    publishedAt: "2025-06-02",
    text: "The government of France said on Monday that it supports the candidacy of Jane Testcase for UN Secretary-General. Hungary refused to support Testcase.",
  };
  const bearer = async (roles: string[], key = secret) => ({ authorization: `Bearer ${await mintToken(key, { subject: "t", roles, expiresIn: "5m" })}` });
  const articleCount = async () => Number((await query(t.db, "MATCH (a:Article {id: $id}) RETURN count(a) AS n", { id: articleIdFor(input.text) }))[0]!.n);

  it("refuses anonymous callers, wrong secrets and callers without the editor role, writing nothing", async () => {
    const anonymous = await service.graphql(mutation, { input });
    expect(anonymous.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const forged = await service.graphql(mutation, { input }, await bearer(["editor"], "f".repeat(48)));
    expect(forged.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const reader = await service.graphql(mutation, { input }, await bearer(["reader"]));
    expect(reader.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await articleCount()).toBe(0);
  });

  it("refuses every call when the server has no JWT_SECRET", async () => {
    const closed = await startTestService(t.db);
    try {
      const res = await closed.graphql(mutation, { input }, await bearer(["editor"]));
      expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
      expect(await articleCount()).toBe(0);
    } finally {
      await closed.stop();
    }
  });

  it("lets an editor ingest an article and returns the claims written", async () => {
    const res = await service.graphql(mutation, { input }, await bearer(["editor"]));
    expect(res.errors).toBeUndefined();
    const result = res.data!.ingestArticle;
    t.track(result.articleId);
    expect(result.created).toBe(true);
    expect(result.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "SUPPORTS", from: "France", to: "Jane Testcase" }),
        expect.objectContaining({ type: "OPPOSES", from: "Hungary", to: "Jane Testcase" }),
      ]),
    );
    const again = await service.graphql(mutation, { input }, await bearer(["editor"]));
    expect(again.data!.ingestArticle.created).toBe(false);
    const opponents = await service.graphql(`{ opponents(candidate: "Jane Testcase") { holders { actor { name } latestClaims { evidence { evidence } } } } }`);
    expect(opponents.data!.opponents.holders).toEqual([
      { actor: { name: "Hungary" }, latestClaims: [{ evidence: { evidence: expect.stringContaining("Hungary refused to support") } }] },
    ]);
  });

  it("rejects empty and oversized text with BAD_USER_INPUT and writes nothing", async () => {
    const headers = await bearer(["editor"]);
    const empty = await service.graphql(mutation, { input: { ...input, text: "  " } }, headers);
    expect(empty.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const huge = await service.graphql(mutation, { input: { ...input, text: "word ".repeat(220_000) } }, headers);
    expect(huge.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(await articleCount()).toBe(0);
  });
});
