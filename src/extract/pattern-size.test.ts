import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectPath } from "../project-path.js";
import { extractArticle, parseArticleFile } from "./index.js";

/**
 * V8 compiles a regular expression whose source is longer than 20,480 characters without its
 * optimizations: the stance trigger padded past that length searched 15 to 25 times slower. Rules
 * that grow a joined pattern (a lexicon of verbs, names or titles) could cross the line unnoticed,
 * with the output unchanged; this catches it, whichever pattern it is.
 */
const V8_OPTIMIZED_MAX = 20 * 1024;

describe("the patterns the extractor searches", () => {
  it(`stay within the ${V8_OPTIMIZED_MAX} characters V8 optimizes`, () => {
    const longest = new Map<string, number>();
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      longest.set(this.source.slice(0, 80), this.source.length);
      return exec.call(this, s);
    };
    try {
      for (const dir of ["seed", "eval"]) {
        const folder = projectPath("data", dir);
        for (const name of readdirSync(folder).filter((n) => n.endsWith(".txt")).sort()) {
          extractArticle(parseArticleFile(readFileSync(path.join(folder, name), "utf8"), name));
        }
      }
    } finally {
      RegExp.prototype.exec = exec;
    }
    const [opening, length] = [...longest].sort((a, b) => b[1] - a[1])[0]!;
    // The stance trigger alone is over 10,000 characters: a smaller longest means nothing was recorded.
    expect(length).toBeGreaterThan(10_000);
    // The opening of a pattern over the line names it in the failure.
    expect(length <= V8_OPTIMIZED_MAX ? "" : `${length} characters: ${opening}`).toBe("");
  });
});
