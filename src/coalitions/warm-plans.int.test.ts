import { openTestDatabase, type TestDatabase } from "../../tests/helpers/test-database.js";
import { defaultCatalog } from "./query-catalog.js";
import { warmQueryPlans } from "./warm-plans.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("warmQueryPlans", () => {
  it("runs every catalog query once without an error", async () => {
    const catalog = defaultCatalog();
    const warmed = await warmQueryPlans(t.db, catalog);
    expect(warmed.map((w) => w.name)).toEqual(catalog.list().map((q) => q.name));
    expect(warmed.filter((w) => w.error)).toEqual([]);
  }, 600_000);

  it("stops before the next query once told the service is stopping", async () => {
    let asked = 0;
    const warmed = await warmQueryPlans(t.db, defaultCatalog(), { stopped: () => ++asked > 2 });
    expect(warmed).toHaveLength(2);
  });
});
