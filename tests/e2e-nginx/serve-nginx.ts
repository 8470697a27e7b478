import type { TestProject } from 'vitest/node';
import { startNginx } from '../../tools/local-nginx.ts';
import { siteDist, siteSettings } from '../support/site-under-test.ts';

/**
 * Serve the site under test with the real nginx and deploy/nginx.conf at its base path. Provides
 * the same `baseUrl` as tests/e2e/serve-site.ts, so the shared browser fixtures work against
 * either server.
 */
export default async function serveWithNginx(project: TestProject) {
  const server = await startNginx(siteDist, siteSettings.basePath);
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
