/**
 * GraphQL over HTTP conformance: the graphql-http server audits against the service, with its
 * limits, rate limit and tokens switched on as in production.
 */
import { serverAudits } from "graphql-http";
import { openTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { startTestService, type TestService } from "./helpers/test-service.js";

let t: TestDatabase;
let service: TestService;

beforeAll(async () => {
  t = await openTestDatabase();
  service = await startTestService(t.db, { jwtSecret: "a".repeat(48), limits: { rateLimitPerMinute: 600 } });
});
afterAll(async () => {
  await service.stop();
  await t.close();
});

describe("the graphql-http server audits", () => {
  it("passes every MUST", async () => {
    const audits = serverAudits({ url: `${service.baseUrl}/graphql` });
    const failed: string[] = [];
    let passed = 0;
    const musts = audits.filter((a) => a.name.startsWith("MUST"));
    for (const audit of musts) {
      const result = await audit.fn();
      if (result.status === "ok") passed++;
      else failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
    expect(musts.length).toBeGreaterThan(10);
    expect(passed).toBe(musts.length);
    process.stdout.write(`graphql-http audits: ${passed} MUST passed\n`);
  });
});
