/**
 * Two projects: `unit` (pure code, beside the sources) and `integration` (`*.int.test.ts`, against
 * one real Neo4j for the whole run, started by tests/global-setup.mjs unless NEO4J_URI is set).
 */
const tsJest = {
  "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json", diagnostics: false }],
};
const common = {
  extensionsToTreatAsEsm: [".ts"],
  transform: tsJest,
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testEnvironment: "node",
};

export default {
  // Read only at the top level: integration tests wait on a real database.
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/tests/summary-reporter.mjs"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/tests/**/*.test.ts", "<rootDir>/web/src/**/*.test.ts"],
      testPathIgnorePatterns: ["\\.int\\.test\\.ts$", "/node_modules/", "/dist/"],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/src/**/*.int.test.ts", "<rootDir>/tests/**/*.int.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/dist/"],
      // Retracts what a file left behind, so that it cannot reach the next file's answers.
      testEnvironment: "<rootDir>/tests/database-environment.mjs",
      globalSetup: "<rootDir>/tests/global-setup.mjs",
      globalTeardown: "<rootDir>/tests/global-teardown.mjs",
    },
  ],
};
