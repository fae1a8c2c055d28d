/// <reference lib="dom" />
/**
 * The explorer in a real browser: headless Chromium (the system's, driven by playwright-core)
 * against the service over the test Neo4j with the seed article loaded. Walks the path a new
 * user takes, runs axe-core on every view, saves screenshots to test-results/ and records the
 * first render of the seed coalition and the JavaScript shipped for the first view (reported,
 * not asserted as timings).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import axe from "axe-core";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { parseClaimsDocumentJson } from "../src/model/claims-document.js";
import { SEED_DOCUMENT } from "../src/ingest/seed.js";
import { mintToken } from "../src/auth/tokens.js";
import { EXPLORER_DIR } from "../src/web/static-app.js";
import { projectPath } from "../src/project-path.js";
import { openTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

const RESULTS = projectPath("test-results");
const SECRET = "explorer-test-secret-0123456789abcdefghijkl";
const STEP = 60_000;

/** The system's Chromium: CHROMIUM_PATH, or Debian's `chromium` package. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(", ")}): install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return found;
}

let t: TestDatabase;
let service: TestService;
let browser: Browser;
let context: BrowserContext;
const foreignRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(EXPLORER_DIR, "index.html"))) throw new Error("the explorer is not built: run npm run build:web (npm test does)");
  mkdirSync(RESULTS, { recursive: true });
  t = await openTestDatabase();
  await t.ingest(parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), "seed"));
  service = await startTestService(t.db, { jwtSecret: SECRET });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
  // The app runs under the service's own headers (its content security policy included).
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(service.baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:")) foreignRequests.push(url);
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await service?.stop();
  await t?.cleanup();
  await t?.close();
});

/** Serious and critical axe-core violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's content security policy does not block it.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(RESULTS, `explorer-${name}.png`), fullPage: true });

/** Clicks a graph element where Cytoscape drew it. */
async function clickGraphElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const container = document.querySelector('[data-testid="coalition-graph"]') as HTMLElement & { cy: Core };
    const element = container.cy.getElementById(elementId);
    if (element.empty()) throw new Error(`no graph element ${elementId}`);
    const at = element.isEdge() ? (element as EdgeSingular).renderedMidpoint() : (element as NodeSingular).renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

describe("the coalition explorer", () => {
  it(
    "finds Mark Rutte's coalition from the search box, shows an edge's evidence and replays the coalition by date",
    async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });

      const scripts: { url: string; body: Buffer }[] = [];
      page.on("response", async (response) => {
        if (response.request().resourceType() === "script") scripts.push({ url: response.url(), body: await response.body() });
      });
      await page.goto(`${service.baseUrl}/`);
      const box = page.getByRole("searchbox");
      await box.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const firstViewJs = scripts.reduce((sum, s) => sum + gzipSync(s.body).length, 0);

      await box.pressSequentially("Rutte", { delay: 40 });
      const hit = page.getByRole("link", { name: /Mark Rutte/ });
      await hit.waitFor();
      await shot(page, "search");
      await hit.click();

      const supporters = page.getByRole("region", { name: "Supporters" });
      const opponents = page.getByRole("region", { name: "Opponents" });
      await supporters.waitFor();
      for (const country of ["France", "United States", "United Kingdom", "Germany"]) {
        await expect(supporters.getByRole("button", { name: new RegExp(`^${country}\\b`) }).count()).resolves.toBe(1);
      }
      await expect(opponents.getByRole("button", { name: /^Hungary\b/ }).count()).resolves.toBe(1);
      await expect(supporters.getByRole("button", { name: /^Hungary\b/ }).count()).resolves.toBe(0);
      expect(new URL(page.url()).pathname).toBe("/coalition/person%3Amark-rutte");
      expect(await axeViolations(page)).toEqual([]);

      await clickGraphElement(page, "stance|country:FR");
      const panel = page.getByRole("complementary");
      await panel.getByRole("heading", { name: "France supports Mark Rutte" }).waitFor();
      const evidence = await panel.innerText();
      expect(evidence).toContain("Of course, we support Mark Rutte’s candidacy for the post of NATO Secretary General");
      expect(evidence).toContain("said Attal");
      expect(evidence).toMatch(/Gabriel Attal, Prime Minister/);
      expect(evidence).toContain("Rutte secures Western support in race for NATO Secretary General");
      await expect(panel.locator("mark").first().innerText()).resolves.toBe("Of course, we support Mark Rutte’s candidacy for the post of NATO Secretary General");
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "coalition");
      await page.screenshot({ path: path.join(RESULTS, "explorer-coalition-view.png") });

      // The slider, by keyboard: to the first day, then on to 2024-02-21.
      const slider = page.getByRole("slider", { name: "As of" });
      await slider.focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < 10 && !(await slider.getAttribute("aria-valuetext"))?.startsWith("2024-02-21"); i++) await page.keyboard.press("ArrowRight");
      expect(await slider.getAttribute("aria-valuetext")).toMatch(/^2024-02-21/);
      await page.waitForURL(/asOf=2024-02-21/);
      await supporters.getByRole("button", { name: /^France\b/ }).waitFor({ state: "detached" });
      await expect(page.getByText(/as of 2024-02-21/).count()).resolves.toBeGreaterThan(0);
      const drawn = await page.evaluate(() => {
        const container = document.querySelector('[data-testid="coalition-graph"]') as HTMLElement & { cy: Core };
        return container.cy.getElementById("country:FR").inside() && container.cy.getElementById("country:FR").hasClass("actor");
      });
      expect(drawn).toBe(false);
      await shot(page, "coalition-2024-02-21");
      expect(errors).toEqual([]);

      // Reported, not asserted: the first render of the coalition opened by its URL, and the first view's JS.
      const fresh = await context.newPage();
      await fresh.goto(`${service.baseUrl}/coalition/person%3Amark-rutte`);
      await fresh.getByRole("region", { name: "Supporters" }).waitFor();
      await fresh.waitForFunction(() => performance.getEntriesByName("coalition-graph-rendered").length > 0);
      const firstRenderMs = await fresh.evaluate(() => performance.getEntriesByName("coalition-graph-rendered")[0]!.startTime);
      await fresh.close();
      const metrics = { firstRenderMs: Math.round(firstRenderMs), firstViewJsGzipBytes: firstViewJs, firstViewScripts: scripts.length };
      writeFileSync(path.join(RESULTS, "explorer-metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
      expect(firstViewJs).toBeGreaterThan(0);
      await page.close();
    },
    6 * STEP,
  );

  it(
    "opens the race for NATO Secretary General by its URL",
    async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP);
      await page.goto(`${service.baseUrl}/race/NATO%20Secretary%20General`);
      await page.getByRole("heading", { name: "Race for NATO Secretary General" }).waitFor();
      const table = page.getByRole("table");
      await table.waitFor();
      const rutte = table.getByRole("row", { name: /Mark Rutte/ });
      await expect(rutte.count()).resolves.toBe(1);
      const cells = await rutte.getByRole("cell").allInnerTexts();
      expect(Number(cells[0])).toBeGreaterThanOrEqual(4);
      expect(cells[1]).toBe("1");
      for (const candidate of ["Kaja Kallas", "Krisjanis Karins"]) await expect(table.getByRole("row", { name: new RegExp(candidate) }).count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "race");

      await page.goto(`${service.baseUrl}/race/Secretary%20General%20of%20Nowhere`);
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("alert").innerText()).toMatch(/Not found/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    3 * STEP,
  );

  it(
    "shows an actor's page with stances, quotes and articles",
    async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP);
      await page.goto(`${service.baseUrl}/actor/person%3Agabriel-attal`);
      await page.getByRole("heading", { name: "Gabriel Attal", level: 1 }).waitFor();
      await page.getByRole("heading", { name: /^Quotes \(3\)$/ }).waitFor();
      await expect(page.getByRole("heading", { name: /^Stances taken \(1\)$/ }).count()).resolves.toBe(1);
      expect(await page.getByRole("link", { name: "France" }).count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "actor");
      await page.close();
    },
    3 * STEP,
  );

  it(
    "lets a signed-in editor ingest an article and read its claims",
    async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP);
      await page.goto(`${service.baseUrl}/ingest`);
      await page.getByLabel("Editor token").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel("Editor token").fill(await mintToken(SECRET, { subject: "explorer-test", roles: ["editor"], expiresIn: "10m" }));
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("Title").fill("Spain backs Kallas");
      await page.getByLabel("Outlet").fill("Explorer Test Wire");
      await page.getByLabel(/^Published/).fill("2024-05-03");
      await page
        .getByLabel("Article text")
        .fill("On May 2, 2024, Spanish Prime Minister Pedro Sánchez said that Spain supports Kaja Kallas for the post of NATO Secretary General.");
      await page.getByRole("button", { name: "Ingest" }).click();
      const result = page.getByRole("heading", { name: /^Added: / });
      await result.waitFor();
      const articleId = await page.evaluate(async () => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: '{ articles(where: { title: { eq: "Spain backs Kallas" } }) { id } }' }),
        });
        return ((await response.json()) as { data: { articles: { id: string }[] } }).data.articles[0]?.id;
      });
      if (articleId) t.track(articleId);
      const claims = page.getByRole("table");
      expect(await claims.innerText()).toMatch(/Spain\s+supports\s+Kaja Kallas/);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "ingest");
      // The token stays for the tab: a reload keeps the editor signed in.
      await page.reload();
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      await page.close();
    },
    3 * STEP,
  );

  it("loads nothing from any other host", () => {
    expect(foreignRequests).toEqual([]);
  });
});
