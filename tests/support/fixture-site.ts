import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { freePort, waitUntilServing } from '../../tools/ports.ts';
import { cleanEnv, projectRoot, runScript } from './content-fixture.ts';

/**
 * Astro writes generated files into one `.astro/` folder per project, whatever the output and
 * cache folders; two builds (or a build and a dev server starting) writing it at once can trip
 * over each other's temporary files. Each one therefore holds this lock while Astro runs: a
 * folder that only one process can create; a lock left by a process that died is taken over.
 */
export function withAstroLock<T>(work: () => T): T;
export function withAstroLock<T>(work: () => Promise<T>): Promise<T>;
export function withAstroLock<T>(work: () => T | Promise<T>): T | Promise<T> {
  const lock = join(projectRoot, '.test-sites', 'astro.lock');
  const owner = join(lock, 'pid');
  mkdirSync(join(projectRoot, '.test-sites'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      break;
    } catch {
      let pid = 0;
      try { pid = Number(readFileSync(owner, 'utf8')); } catch { /* being written or removed */ }
      if (pid && !isAlive(pid)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  const release = () => rmSync(lock, { recursive: true, force: true });
  try {
    const result = work();
    if (result instanceof Promise) return result.finally(release);
    release();
    return result;
  } catch (error) {
    release();
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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
  const result = withAstroLock(() => runScript('build.ts', [dist], contentDir, {
    BUILD_CACHE_DIR: join(work, 'cache'),
    // Empty: the fixture's own site.yaml applies, whatever the suite's SITE_URL / BASE_PATH.
    SITE_URL: '', BASE_PATH: options.basePath ?? '',
    ...options.env,
  }));
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
  const url = `http://127.0.0.1:${port}${basePath}`;
  let output = '';
  const child = await withAstroLock(async () => {
    const started = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...cleanEnv(), REPORT_CONTENT_DIR: contentDir, SITE_URL: '', BASE_PATH: basePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout!.on('data', (chunk) => { output += chunk; });
    started.stderr!.on('data', (chunk) => { output += chunk; });
    try {
      await waitUntilServing(url, { child: started, describe: () => output });
    } catch (error) {
      await stop(started);
      throw error;
    }
    return started;
  });
  return { url, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
