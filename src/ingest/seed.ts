/**
 * The seed article, loaded when the graph holds no article yet.
 */
import { readFileSync } from "node:fs";
import type { Database } from "../db/database.js";
import { projectPath } from "../project-path.js";
import { parseClaimsDocumentJson } from "../model/claims-document.js";
import { writeClaimsDocument, type IngestResult } from "./write-article.js";

/** The hand-written claims document of the seed article. */
export const SEED_DOCUMENT = projectPath("data", "seed", "rutte-nato-2024.claims.json");

/** Writes the seed article's claims (a no-op when already there). */
export async function loadSeed(db: Database): Promise<IngestResult> {
  return writeClaimsDocument(db, parseClaimsDocumentJson(readFileSync(SEED_DOCUMENT, "utf8"), SEED_DOCUMENT));
}

/** Loads the seed when the graph has no article; returns undefined when it had some. */
export async function seedIfEmpty(db: Database): Promise<IngestResult | undefined> {
  const articles = await db.read(async (tx) => {
    const result = await tx.run("MATCH (a:Article) RETURN count(a) AS n");
    return (result.records[0]!.get("n") as { toNumber(): number }).toNumber();
  });
  return articles === 0 ? loadSeed(db) : undefined;
}
