import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const yearlyFixture = join(projectRoot, 'tests/fixtures/yearly');

/** A private copy of a fixture content tree in a temporary folder, safe to change. */
export function copyFixture(fixture = yearlyFixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-content-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Replace text in a file of a content tree; fails loudly when the text is not there. */
export function editFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`editFile: ${String(from)} not found in ${path}`);
  writeFileSync(path, changed);
}

export interface ScriptResult { status: number | null; stdout: string; stderr: string; output: string }

/** Run one of the project's npm scripts' programs (scripts/*.ts) on a content tree, as staff would. */
export function runScript(script: string, args: string[], contentDir: string, env: NodeJS.ProcessEnv = {}): ScriptResult {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...cleanEnv(), REPORT_CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/**
 * The environment for a child Astro process, as on a staff machine. Vitest sets BASE_URL,
 * DEV, PROD, MODE, SSR and NODE_ENV=test for its own Vite; Vite in the child would take them
 * as the site's (DEV=1 shows drafts, BASE_URL replaces the base path).
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const vitestNames = /^(BASE_URL|DEV|PROD|MODE|SSR|NODE_ENV|TEST|VITEST.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestNames.test(name)));
}
