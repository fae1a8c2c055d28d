import { IngestFilesInterruptedError, type IngestSummary } from "../ingest/ingest-files.js";
import { printInterrupted, printSummary } from "./ingest-command.js";

const result = (articleId: string, claims: number) => ({ articleId, title: "t", created: true, entities: 2, claims });

describe("the ingest command's report", () => {
  it("lists what was written before the database went away", () => {
    const summary: IngestSummary = {
      files: [
        { file: "a.json", result: result("article:a", 3) },
        { file: "b.json", error: "b.json is not valid JSON" },
        { file: "c.json", result: result("article:c", 2) },
      ],
      articlesCreated: 2,
      articlesUnchanged: 0,
      entities: 4,
      claims: 5,
      skipped: 1,
    };
    const lines: string[] = [];
    expect(printSummary(summary, (l) => lines.push(l))).toBe(1);
    printInterrupted(new IngestFilesInterruptedError("Neo4j is unreachable: connection refused", summary), (l) => lines.push(l));
    expect(lines).toEqual([
      "articles: 2 new, 0 already in the graph; entities: 4; claims: 5; files skipped: 1",
      "skipped b.json: b.json is not valid JSON",
      "ingestion stopped: Neo4j is unreachable: connection refused",
      "written before the failure (2 article(s), each complete):",
      "  a.json -> article:a",
      "  c.json -> article:c",
      "no other file was written; run the same command again to finish (articles already in the graph are left as they are)",
    ]);
  });
});
