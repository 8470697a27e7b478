/**
 * npm run bench:weight — what a first visit to each page transfers, gzip-compressed as
 * deploy/nginx.conf sends it: HTML, CSS, JS and everything else, per page, from a cold cache.
 * Builds the site first, serves dist/ with Astro's preview server, loads every page in
 * Debian's Chromium and counts each response body as the build's precompressed .gz beside
 * it (what nginx's gzip_static sends) or, where there is none, as gzip level 6 (nginx's own).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { readingPages } from '../tests/e2e/support/site-pages.ts';

type Kind = 'html' | 'css' | 'js' | 'other';
const kinds: Kind[] = ['html', 'css', 'js', 'other'];

if (!process.argv.includes('--no-build')) execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });

const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const basePath = loadSiteConfig().basePath;
const base = `http://127.0.0.1:${server.port}${basePath}`;

/** Bytes nginx sends for a response: the precompressed file if the build wrote one. */
function gzipBytes(url: string, body: Buffer): number {
  const path = decodeURIComponent(new URL(url).pathname).slice(basePath.length);
  const file = join('dist', path.endsWith('/') || path === '' ? `${path}index.html` : path);
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(body).length;
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

function kindOf(contentType: string): Kind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('text/css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

const rows: { page: string; requests: number; bytes: Record<Kind, number> }[] = [];
for (const path of readingPages()) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      requests += 1;
      bytes[kindOf(response.headers()['content-type'] ?? '')] += gzipBytes(response.url(), body);
    })());
  });
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  rows.push({ page: `/${path}`, requests, bytes });
  await context.close();
}
await browser.close();
await server.stop();

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log('First visit, bytes transferred (gzip, KB; 1 KB = 1024 bytes)\n');
console.log(`${'page'.padEnd(22)} ${kinds.map((k) => k.toUpperCase().padStart(6)).join(' ')}  TOTAL  requests`);
for (const row of rows) {
  const total = kinds.reduce((sum, k) => sum + row.bytes[k], 0);
  console.log(`${row.page.padEnd(22)} ${kinds.map((k) => kb(row.bytes[k])).join(' ')} ${kb(total)}  ${String(row.requests).padStart(8)}`);
}
