import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser per file is plenty on a 2-core machine; files still run in parallel.
          maxWorkers: 2,
        },
      },
    ],
  },
});
