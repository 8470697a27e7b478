import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadSiteConfig } from '../../../src/lib/site-config.ts';
import { startNginx } from './nginx-server.ts';

/**
 * Serve dist/ with the real nginx and deploy/nginx.conf at the build's base path (BASE_PATH or
 * site.yaml). Provides the same `baseUrl` as tests/e2e/support/serve-dist.ts, so the shared
 * browser helpers work against either server.
 */
export default async function serveWithNginx(project: TestProject) {
  const server = await startNginx(join(process.cwd(), 'dist'), loadSiteConfig().basePath);
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
