import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts", "bench/**/*.test.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // Two cores: browser tests and database tests each start heavy processes.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
