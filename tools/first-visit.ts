import type { Browser, Request } from 'playwright-core';
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
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, search: 0, other: 0 };
  let requests = 0;
  const pending: Promise<void>[] = [];
  const count = (request: Request) => {
    if (!request.url().startsWith('http')) return;
    pending.push(Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
      requests += 1;
      bytes[kindOf(new URL(request.url()).pathname, response?.headers()['content-type'] ?? '')] += sizes.responseBodySize;
    }));
  };
  try {
    const page = await context.newPage();
    page.on('requestfinished', count);
    await page.goto(url, { waitUntil: 'networkidle' });
    // No request may finish after this point: stop listening before the last sizes are read.
    page.off('requestfinished', count);
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  return { bytes, total: kinds.reduce((sum, kind) => sum + bytes[kind], 0), requests };
}
