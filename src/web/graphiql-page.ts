/**
 * A GraphiQL page served from the installed npm packages, with no CDN: it works offline.
 */
import path from "node:path";
import { createRequire } from "node:module";
import type { ExampleQuery } from "./example-queries.js";

const require = createRequire(import.meta.url);

/** Files the page loads, by the URL path they are served under. */
export function graphiqlAssets(): Record<string, string> {
  const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
  return {
    "react.production.min.js": path.join(packageDir("react"), "umd", "react.production.min.js"),
    "react-dom.production.min.js": path.join(packageDir("react-dom"), "umd", "react-dom.production.min.js"),
    "graphiql.min.js": path.join(packageDir("graphiql"), "graphiql.min.js"),
    "graphiql.min.css": path.join(packageDir("graphiql"), "graphiql.min.css"),
  };
}

/** The page's own script, served as a file so the content security policy needs no inline script. */
export const GRAPHIQL_INIT_FILE = "graphiql-init.js";
export const GRAPHIQL_INIT_SCRIPT = `"use strict";
(function () {
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const fetcher = GraphiQL.createFetcher({ url: read("graphiql-endpoint") });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: read("graphiql-tabs"), defaultEditorToolsVisibility: true, shouldPersistHeaders: false }),
  );
})();
`;

/** JSON for a `<script>` block: `<` escaped so no string can close the tag. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** GraphiQL titles a tab by its operation name: an anonymous `{ ... }` gets one from the title. */
export function nameOperation(query: string, title: string): string {
  const name = title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase()).replace(/^./, (c) => c.toUpperCase());
  return query.replace(/^(\s*(?:#[^\n]*\n\s*)*)\{/, `$1query ${name} {`);
}

/**
 * The page's HTML.
 *
 * @param endpoint the GraphQL endpoint path, e.g. "/graphql"
 * @param assetBase where {@link graphiqlAssets} are served, e.g. "/graphiql/assets"
 * @param examples the tabs to open with
 */
export function graphiqlPage(endpoint: string, assetBase: string, examples: readonly ExampleQuery[]): string {
  const tabs = examples.map((e) => ({
    query: nameOperation(e.query.startsWith("#") ? e.query : `# ${e.title}\n${e.query}`, e.title),
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>coalition-graph · GraphiQL</title>
  <link rel="stylesheet" href="${assetBase}/graphiql.min.css">
  <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${assetBase}/react.production.min.js"></script>
  <script src="${assetBase}/react-dom.production.min.js"></script>
  <script src="${assetBase}/graphiql.min.js"></script>
  <script id="graphiql-tabs" type="application/json">${scriptJson(tabs)}</script>
  <script id="graphiql-endpoint" type="application/json">${scriptJson(endpoint)}</script>
  <script src="${assetBase}/${GRAPHIQL_INIT_FILE}"></script>
</body>
</html>`;
}
