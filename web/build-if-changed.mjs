/**
 * Builds the explorer into dist/explorer when its inputs changed since the last build (a digest
 * of web/, schema.graphql, codegen.ts and package-lock.json, kept beside the build). `--force`
 * builds anyway. Steps: print the API schema, generate the typed operations, bundle with Vite.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "explorer");
const stamp = path.join(out, ".inputs-digest");
// Generated from the inputs below, so not inputs themselves.
const generated = new Set([path.join(root, "web", "src", "gql"), path.join(root, "web", "api-schema.graphql")]);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (generated.has(full) || entry.name === "node_modules") return [];
      return entry.isDirectory() ? files(full) : [full];
    });
}

const inputs = [...files(path.join(root, "web")), ...["schema.graphql", "codegen.ts", "package-lock.json"].map((f) => path.join(root, f))];
const hash = createHash("sha256");
for (const file of inputs) {
  if (!statSync(file, { throwIfNoEntry: false })) continue;
  hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
}
const digest = hash.digest("hex");

const force = process.argv.includes("--force");
const current = existsSync(stamp) && existsSync(path.join(out, "index.html")) ? readFileSync(stamp, "utf8").trim() : "";
if (!force && current === digest) {
  process.stdout.write("explorer: up to date (dist/explorer)\n");
  process.exit(0);
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
process.stdout.write("explorer: building (dist/explorer)…\n");
run(process.execPath, [path.join(root, "web", "codegen", "print-api-schema.mjs")]);
run(bin("graphql-codegen"), ["--config", "codegen.ts", "--silent"]);
run(bin("vite"), ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
writeFileSync(stamp, `${digest}\n`);
process.stdout.write("explorer: built\n");
