import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Staff-command tests start real Node processes; a loaded 2-core machine needs headroom.
          testTimeout: 30_000,
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
      {
        // The built site behind the real nginx with deploy/nginx.conf (tests/e2e-nginx/support).
        test: {
          name: 'nginx',
          include: ['tests/e2e-nginx/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e-nginx/support/serve-nginx.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
