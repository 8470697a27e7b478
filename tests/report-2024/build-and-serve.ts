import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runScript } from '../support/content-fixture.ts';
import { serveBuiltSite, withAstroLock } from '../support/fixture-site.ts';
import { loadSiteSettings } from '../../src/content/site-settings.ts';

/**
 * Build the frozen copy of the 2024 report (the project's REPORT_CONTENT_DIR) into SITE_DIST with
 * `npm run build`'s own program, then serve it; tests read the address with inject('baseUrl').
 */
export default async function buildAndServe(project: TestProject) {
  const { REPORT_CONTENT_DIR: content, SITE_DIST: dist } = project.config.env as Record<string, string>;
  const work = dirname(resolve(dist));
  rmSync(work, { recursive: true, force: true });
  const build = withAstroLock(() => runScript('build.ts', [resolve(dist)], resolve(content), { BUILD_CACHE_DIR: resolve(work, 'cache'), SITE_URL: '', BASE_PATH: '' }));
  if (build.status !== 0) throw new Error(`build of ${content} failed:\n${build.output}`);
  const site = await serveBuiltSite(resolve(dist), loadSiteSettings(resolve(content)).basePath);
  project.provide('baseUrl', site.url);
  return () => site.stop();
}
