import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseUnavailableError } from "../errors.js";
import { ensureLauncherBuilt, freePort, localPassword, portInUse } from "./neo4j-local.js";

describe("the local Neo4j launcher", () => {
  it("says in one line what to install when java is missing", () => {
    const saved = process.env.PATH;
    process.env.PATH = mkdtempSync(path.join(os.tmpdir(), "no-java-"));
    try {
      expect(() => ensureLauncherBuilt()).toThrow(DatabaseUnavailableError);
      expect(() => ensureLauncherBuilt()).toThrow(/^java not found: install Java 17 .*or set NEO4J_URI/);
    } finally {
      process.env.PATH = saved;
    }
  });

  it("keeps one generated password per data folder, private to its owner", () => {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "pw-")), "data");
    const first = localPassword(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(16);
    expect(localPassword(dataDir)).toBe(first);
    expect(localPassword(`${dataDir}-other`)).not.toBe(first);
  });

  it("finds free ports", async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await portInUse(port)).toBe(false);
  });
});
