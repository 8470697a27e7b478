import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { freePort, waitUntilServing } from '../../tools/ports.ts';
import { cleanEnv, projectRoot, runScript } from './content-fixture.ts';

export interface BuiltSite {
  /** The built site */
  dist: string;
  /** Delete the build and its cache */
  remove(): void;
}

/**
 * Build a content tree with `npm run build`'s own program, into a folder of its own with Astro's
 * cache beside it, so that two builds can run at once and dist/ is never touched. `basePath`
 * overrides the content's site.yaml (as BASE_PATH does for staff); throws with the build's output
 * on failure.
 */
export function buildFixtureSite(contentDir: string, options: { basePath?: string; env?: NodeJS.ProcessEnv } = {}): BuiltSite {
  const work = mkdtempSync(join(tmpdir(), 'report-build-'));
  const dist = join(work, 'dist');
  const result = runScript('build.ts', [dist], contentDir, {
    BUILD_CACHE_DIR: join(work, 'cache'),
    // Empty: the fixture's own site.yaml applies, whatever the suite's SITE_URL / BASE_PATH.
    SITE_URL: '', BASE_PATH: options.basePath ?? '',
    ...options.env,
  });
  if (result.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`build of ${contentDir} failed:\n${result.output}`);
  }
  return { dist, remove: () => rmSync(work, { recursive: true, force: true }) };
}

export interface RunningSite {
  /** Origin and base path, e.g. http://127.0.0.1:40123/fzzfbg/ */
  url: string;
  stop(): Promise<void>;
}

/** Serve a built site the way `npm start` does: Astro's preview server, in this process, on a free loopback port. */
export async function serveBuiltSite(dist: string, basePath: string): Promise<RunningSite> {
  const server = await preview({ root: projectRoot, outDir: dist, base: basePath, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  return { url: `http://127.0.0.1:${server.port}${basePath}`, stop: () => server.stop() };
}

/**
 * `npm run dev` on a content tree (drafts shown), in a child process, because the site's base
 * path and content come from REPORT_CONTENT_DIR when astro.config.mjs loads.
 */
export async function startDevServer(contentDir: string, basePath: string): Promise<RunningSite> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...cleanEnv(), REPORT_CONTENT_DIR: contentDir, SITE_URL: '', BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}${basePath}`;
  try {
    await waitUntilServing(url, { child, describe: () => output });
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { url, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
