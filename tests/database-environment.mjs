/**
 * The integration tests' environment: Node's, plus a check around each test file. The articles
 * present when the file starts are noted; any article written after that and still there when the
 * file ends is retracted, so that one file's leftovers (a test that timed out before its own
 * cleanup, say) never reach the next file's answers. Files run one at a time (`--maxWorkers=1`),
 * so whatever is new belongs to this file. Leftovers still fail the file: each test cleans up what
 * it wrote. Runs the built code, like global-setup.mjs.
 */
import { TestEnvironment } from "jest-environment-node";
import { parseEnvironment } from "../dist/config/environment.js";
import { openDatabase } from "../dist/db/database.js";
import { retractArticle } from "../dist/ingest/write-article.js";

const ARTICLE_IDS = "MATCH (a:Article) RETURN a.id AS id";

async function articleIds(db) {
  return db.read(async (tx) => (await tx.run(ARTICLE_IDS)).records.map((r) => r.get("id")));
}

export default class DatabaseEnvironment extends TestEnvironment {
  #db;
  #before = new Set();

  async setup() {
    await super.setup();
    this.#db = await openDatabase(parseEnvironment().neo4j);
    this.#before = new Set(await articleIds(this.#db));
  }

  async teardown() {
    const db = this.#db;
    this.#db = undefined;
    try {
      if (db) {
        const left = (await articleIds(db)).filter((id) => !this.#before.has(id));
        for (const id of left) await retractArticle(db, id);
        if (left.length > 0) {
          const shown = left.slice(0, 5).join(", ") + (left.length > 5 ? ", …" : "");
          throw new Error(`the file left ${left.length} article(s) in the database (now retracted): ${shown}`);
        }
      }
    } finally {
      await db?.close();
      await super.teardown();
    }
  }
}
