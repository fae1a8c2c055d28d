/**
 * Serves the coalition explorer (the single-page app built from `web/` into `dist/explorer`):
 * its hashed assets from /assets, and its page at `/` and at each of its views' URLs, so that a
 * deep link loads the app, which then shows the view.
 */
import { existsSync, readFileSync } from "node:fs";
import express from "express";
import { projectPath } from "../project-path.js";

/** Where `npm run build:web` puts the app (beside the server's compiled code). */
export const EXPLORER_DIR = projectPath("dist", "explorer");

/** The app's routes (web/src/app.tsx): only these serve the page, anything else stays a 404. */
const VIEW_PATHS = ["/", "/ingest", "/race/:post", "/coalition/:candidate", "/actor/:actor"];

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coalition explorer</title></head>
<body><main><h1>The explorer is not built</h1><p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it) and reload.
GraphQL is at <a href="/graphql">/graphql</a>, GraphiQL at <a href="/graphiql">/graphiql</a>.</p></main></body></html>`;

/**
 * Mounts the explorer on an Express app.
 *
 * @param dir the built app (tests may point elsewhere)
 */
export function mountExplorer(app: express.Express, dir: string = EXPLORER_DIR): void {
  // Assets carry a content hash in their names: cache them for good.
  app.use("/assets", express.static(`${dir}/assets`, { immutable: true, maxAge: "1y", index: false }));
  app.get("/favicon.svg", (_req, res) => {
    res.sendFile(`${dir}/favicon.svg`, { maxAge: "1d" }, (error) => {
      if (error && !res.headersSent) res.status(404).end();
    });
  });
  app.get(VIEW_PATHS, (_req, res) => {
    const index = `${dir}/index.html`;
    if (!existsSync(index)) {
      res.status(503).type("html").send(NOT_BUILT);
      return;
    }
    // The page names the current assets: never cached, so a rebuild shows at the next load.
    res.set("cache-control", "no-cache").type("html").send(readFileSync(index, "utf8"));
  });
}
