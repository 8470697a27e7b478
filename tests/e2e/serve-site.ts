import type { TestProject } from 'vitest/node';
import { serveBuiltSite } from '../support/fixture-site.ts';
import { siteDist, siteSettings } from '../support/site-under-test.ts';

/**
 * Serve the site under test (SITE_DIST, dist/ by default) the way `npm start` does, with
 * Astro's own preview server on a free loopback port. Tests read the address with
 * `inject('baseUrl')` (tests/support/browser.ts).
 */
export default async function serveSite(project: TestProject) {
  const site = await serveBuiltSite(siteDist, siteSettings.basePath);
  project.provide('baseUrl', site.url);
  return () => site.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
