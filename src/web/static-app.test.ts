import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { mountExplorer } from "./static-app.js";

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  mountExplorer(app, dir);
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("mountExplorer", () => {
  const built = mkdtempSync(path.join(os.tmpdir(), "explorer-"));
  mkdirSync(path.join(built, "assets"));
  writeFileSync(path.join(built, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(path.join(built, "assets", "index-abc.js"), "console.log(1)");

  it("serves the page at / and at every view's URL, its assets, and nothing else", async () => {
    const server = await serve(built);
    try {
      for (const view of ["/", "/ingest", "/race/NATO%20Secretary%20General", "/coalition/person%3Amark-rutte", "/actor/country%3AFR"]) {
        const res = await fetch(server.url + view);
        expect([view, res.status, await res.text()]).toEqual([view, 200, "<!doctype html><title>app</title>"]);
        expect(res.headers.get("cache-control")).toBe("no-cache");
      }
      const asset = await fetch(`${server.url}/assets/index-abc.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get("cache-control")).toMatch(/immutable/);
      expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/somewhere/else`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("says how to build the app when it is not built", async () => {
    const server = await serve(path.join(built, "missing"));
    try {
      const res = await fetch(`${server.url}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("npm run build:web");
    } finally {
      await server.close();
    }
  });
});
