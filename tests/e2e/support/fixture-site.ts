import { spawn, type ChildProcess } from 'node:child_process';
import { preview } from 'astro';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cleanEnv, projectRoot, runScript } from '../../support/content-fixture.ts';

/** Build a content tree with `npm run build`'s own program into outDir; throws with its output on failure. */
export function buildSite(contentDir: string, outDir: string): void {
  const result = runScript('build.ts', [outDir], contentDir);
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
}

export interface RunningSite { url: string; stop: () => Promise<void> }

/**
 * Serve a content tree the way staff and CI do: `astro preview` of a built outDir, or
 * `astro dev` (drafts visible). Dev runs as a child process, because the site's base path and
 * content come from REPORT_CONTENT_DIR when astro.config.mjs loads.
 */
export async function startSite(mode: 'preview' | 'dev', contentDir: string, basePath: string, outDir?: string): Promise<RunningSite> {
  if (mode === 'preview' && outDir) {
    // A built site needs only its files and base path: Astro's preview server, in process (the
    // CLI refuses to start while a developer's own `npm start` preview is running).
    const server = await preview({ root: projectRoot, outDir, base: basePath, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
    return { url: `http://127.0.0.1:${server.port}${basePath}`, stop: () => server.stop() };
  }
  const port = await freePort();
  const args = [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), mode, '--host', '127.0.0.1', '--port', String(port)];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...cleanEnv(), REPORT_CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}${basePath}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro ${mode} exited:\n${output}`);
    try {
      if ((await fetch(url)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) { child.kill(); throw new Error(`astro ${mode} did not start:\n${output}`); }
    await new Promise((resolve) => setTimeout(resolve, 250));
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
