import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The explorer builds to dist/explorer, which the service serves at `/`. */
export default defineConfig({
  root: here,
  base: "/",
  plugins: [react()],
  build: {
    outDir: path.resolve(here, "../dist/explorer"),
    emptyOutDir: true,
    // Fonts are small enough to inline, but a strict CSP is simpler with files.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    // `npx vite --config web/vite.config.ts` against a running service.
    proxy: { "/graphql": process.env.EXPLORER_API ?? "http://127.0.0.1:4000" },
  },
});
