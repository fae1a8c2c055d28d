/**
 * The real evaluation corpus: gold files in `data/corpus/gold/<slug>.gold.json`, texts in
 * `data/corpus/texts/<slug>.txt` (kept out of the repository; collected again by each user).
 * A gold file is always read and checked; its text may be missing, or differ from the one annotated.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { InvalidInputError } from "../../errors.js";
import type { ArticleInput } from "../../model/claims-document.js";
import { projectPath } from "../../project-path.js";
import { checkGoldText, parseCorpusGold, type CorpusGoldFile, type CorpusSplit } from "./gold.js";

export const CORPUS_GOLD_DIR = projectPath("data", "corpus", "gold");
export const CORPUS_TEXT_DIR = projectPath("data", "corpus", "texts");

interface EntryBase {
  slug: string;
  goldPath: string;
  textPath: string;
  gold: CorpusGoldFile;
}

/** A corpus article, by what can be done with it. */
export type CorpusEntry =
  | (EntryBase & { status: "ready"; text: string })
  | (EntryBase & { status: "missing" })
  | (EntryBase & { status: "mismatch"; reasons: string[] });

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads and checks one corpus gold file and, when present, its text. */
export function loadCorpusEntry(slug: string, goldDir = CORPUS_GOLD_DIR, textDir = CORPUS_TEXT_DIR): CorpusEntry {
  if (!SLUG.test(slug)) throw new InvalidInputError(`'${slug}' is not a corpus slug (lower-case words joined by '-')`);
  const goldPath = path.join(goldDir, `${slug}.gold.json`);
  const textPath = path.join(textDir, `${slug}.txt`);
  if (!existsSync(goldPath)) throw new InvalidInputError(`no gold file ${goldPath}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldPath, "utf8"));
  } catch (e) {
    throw new InvalidInputError(`${goldPath}: not valid JSON (${(e as Error).message})`);
  }
  const gold = parseCorpusGold(raw, `${slug}.gold.json`);
  const base = { slug, goldPath, textPath, gold };
  if (!existsSync(textPath)) return { ...base, status: "missing" };
  const text = readFileSync(textPath, "utf8");
  const check = checkGoldText(gold, text);
  if (check.mismatch.length > 0) return { ...base, status: "mismatch", reasons: check.mismatch };
  if (check.problems.length > 0) throw new InvalidInputError(`${slug}.gold.json does not fit its text`, check.problems);
  return { ...base, status: "ready", text };
}

/** Every corpus article, sorted by slug, optionally of one split only. */
export function loadCorpus(options: { split?: CorpusSplit; goldDir?: string; textDir?: string } = {}): CorpusEntry[] {
  const goldDir = options.goldDir ?? CORPUS_GOLD_DIR;
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((n) => n.endsWith(".gold.json"))
    .sort()
    .map((n) => loadCorpusEntry(n.slice(0, -".gold.json".length), goldDir, options.textDir ?? CORPUS_TEXT_DIR))
    .filter((e) => options.split === undefined || e.gold.article.split === options.split);
}

/** The extractor's input for a corpus article: its text as collected, with the gold file's metadata. */
export function corpusArticleInput(entry: CorpusEntry & { status: "ready" }): ArticleInput {
  const a = entry.gold.article;
  return { title: a.title, source: a.outlet, url: a.url, publishedAt: a.published, text: entry.text };
}
