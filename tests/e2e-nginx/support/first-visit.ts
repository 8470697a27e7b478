import type { Browser } from 'playwright-core';
import { devices } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'search' | 'other';
export const kinds: Kind[] = ['html', 'css', 'js', 'search', 'other'];

export interface FirstVisit {
  /** Response bodies as transferred (after gzip), by kind */
  bytes: Record<Kind, number>;
  total: number;
  requests: number;
}

/** The phone Lighthouse's mobile mode emulates. */
export const phoneProfile = devices['Moto G4'];

function kindOf(path: string, contentType: string): Kind {
  if (path.includes('/pagefind/')) return 'search';
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('text/css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

/** Load `url` on a phone with an empty cache and add up what crossed the network. */
export async function measureFirstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext({ ...phoneProfile });
  const page = await context.newPage();
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, search: 0, other: 0 };
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().startsWith('http')) return;
    pending.push((async () => {
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      requests += 1;
      bytes[kindOf(new URL(request.url()).pathname, response?.headers()['content-type'] ?? '')] += sizes.responseBodySize;
    })());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return { bytes, total: kinds.reduce((sum, kind) => sum + bytes[kind], 0), requests };
}
