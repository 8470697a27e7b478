import { defineConfig } from 'vitest/config';

/**
 * The frozen copy of the 2024 report and where its site is built: the tests about the 2024 text
 * run there, so that real content can grow every year without changing them.
 */
export const report2024 = { content: 'tests/fixtures/report-2024', dist: '.test-sites/report-2024/dist' };

/** Browser suites: one Chromium per worker is plenty on a 2-core machine; files still run in parallel. */
const browserSuite = { environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, maxWorkers: 2 } as const;

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code, in files that mirror src/
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // The staff commands, run as staff run them: real Node processes on fixture content.
        // A loaded 2-core machine needs headroom.
        test: { name: 'commands', include: ['tests/commands/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        // Invariants of the site under test (SITE_DIST, built from REPORT_CONTENT_DIR), whatever
        // years it holds: they take their expectations from the content itself.
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/serve-site.ts'], ...browserSuite },
      },
      {
        // The same site behind the real nginx with deploy/nginx.conf.
        test: { name: 'nginx', include: ['tests/e2e-nginx/**/*.test.ts'], globalSetup: ['tests/e2e-nginx/serve-nginx.ts'], ...browserSuite },
      },
      {
        // Sites built from fixture content trees of their own (every identifier filled in, a
        // second year published by staff commands): they do not depend on the site under test.
        test: { name: 'fixture-sites', include: ['tests/fixture-sites/**/*.test.ts'], ...browserSuite },
      },
      {
        // What the 2024 report says, on its frozen copy: exact search results, its text verbatim.
        test: {
          name: 'report-2024',
          include: ['tests/report-2024/**/*.test.ts'],
          globalSetup: ['tests/report-2024/build-and-serve.ts'],
          env: { REPORT_CONTENT_DIR: report2024.content, SITE_DIST: report2024.dist, SITE_URL: '', BASE_PATH: '' },
          ...browserSuite,
        },
      },
    ],
  },
});
