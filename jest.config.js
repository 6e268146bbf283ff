/**
 * Unit specs sit next to the code (server/**\/*.spec.ts); integration and
 * end-to-end suites live in test/. The database comes from DATABASE_URL, or
 * an embedded PGlite started by test/global-setup.ts. Suites share one
 * database and reset it, so they run one at a time.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/server", "<rootDir>/test"],
  testMatch: ["**/*.spec.ts", "**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  maxWorkers: 1,
  testTimeout: 60000,
};
