/**
 * An annotation aid: evidence written while annotating as `{ "find": "words", "nth": 1 }` is turned
 * into `{ "start", "end" }` offsets into the article text, so that gold files keep offsets only.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { InvalidInputError } from "../../errors.js";
import { sha256Hex } from "./gold.js";

interface FindSpec {
  find: string;
  /** Which occurrence, from 1 (default 1); needed when the words occur more than once. */
  nth?: number;
}

/** Every start index of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Replaces each `{find, nth?}` evidence of a parsed gold value by offsets into `text`, in place.
 * Refuses words that do not occur, or occur several times without `nth`.
 *
 * @returns how many spans were located
 */
export function locateEvidence(value: { relations?: { evidence?: unknown[] }[]; firstRun?: unknown }, text: string, origin: string): number {
  if (value.firstRun !== undefined) throw new InvalidInputError(`${origin} records its first run: its evidence is final`);
  const problems: string[] = [];
  let located = 0;
  (value.relations ?? []).forEach((r, i) => {
    r.evidence = (r.evidence ?? []).map((e, j) => {
      const spec = e as FindSpec;
      if (typeof spec !== "object" || spec === null || typeof spec.find !== "string") return e;
      const at = occurrences(text, spec.find);
      const nth = spec.nth ?? 1;
      if (at.length === 0) problems.push(`/relations/${i}/evidence/${j}: '${spec.find}' is not in the text`);
      else if (spec.nth === undefined && at.length > 1) problems.push(`/relations/${i}/evidence/${j}: '${spec.find}' occurs ${at.length} times; say which with "nth"`);
      else if (nth < 1 || nth > at.length) problems.push(`/relations/${i}/evidence/${j}: '${spec.find}' has no occurrence ${nth}`);
      else {
        const start = at[nth - 1] as number;
        located++;
        return { start, end: start + spec.find.length };
      }
      return e;
    });
  });
  if (problems.length > 0) throw new InvalidInputError(`${origin}: evidence not located`, problems);
  return located;
}

/**
 * {@link locateEvidence} on a gold file, rewritten in place; the text's `sha256` and `chars` are
 * filled in when the article does not record them yet.
 */
export function locateEvidenceInFile(goldPath: string, textPath: string): number {
  const value = JSON.parse(readFileSync(goldPath, "utf8"));
  const text = readFileSync(textPath, "utf8");
  const n = locateEvidence(value, text, goldPath);
  if (typeof value.article === "object" && value.article !== null) {
    value.article.sha256 ??= sha256Hex(text);
    value.article.chars ??= text.length;
  }
  writeFileSync(goldPath, `${JSON.stringify(value, null, 2)}\n`, "utf8");
  return n;
}
