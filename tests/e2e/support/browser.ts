import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; playwright cannot download its own browsers on these machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const baseUrl = inject('baseUrl');
export const siteOrigin = new URL(baseUrl).origin;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface WatchedPage {
  page: Page;
  /** console errors and uncaught exceptions */
  errors: string[];
  /** requests to any origin other than the site's own */
  externalRequests: string[];
}

/**
 * A page that records console errors and every request that leaves the site; such a request
 * is aborted so a test can never reach the outside world.
 */
export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === siteOrigin) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  return { page, errors, externalRequests };
}

/** URL of a site path, e.g. pageUrl('2024/full/') */
export function pageUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl).href;
}
