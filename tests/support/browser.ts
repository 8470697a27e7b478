import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';

/**
 * The site the suite's global setup serves, if it serves one: origin and base path, e.g.
 * http://127.0.0.1:4321/fzzfbg/. Suites on fixture sites of their own have none.
 */
export const baseUrl: string = inject('baseUrl') ?? '';
export const siteOrigin = baseUrl ? new URL(baseUrl).origin : '';

/** URL of a site path, e.g. pageUrl('2024/full/') */
export function pageUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl).href;
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** console errors and uncaught exceptions */
  errors: string[];
  /** requests to any origin other than the site's own (aborted, so no test reaches the outside) */
  externalRequests: string[];
}

export type OpenPage = (options?: BrowserContextOptions & { allowOrigins?: string[] }) => Promise<WatchedPage>;

/** A Chromium for the worker's tests, closed when the worker ends. */
async function provideChromium(use: (browser: Browser) => Promise<void>, options?: Parameters<typeof launchChromium>[0]) {
  const browser = await launchChromium(options);
  try {
    await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * The browser fixtures of every browser test:
 * - `browser`: one Chromium per test file;
 * - `openPage(options)`: a page in a fresh context that records console errors and every
 *   request leaving the site. The fixture closes each context it opened when the test ends,
 *   whether it passed or failed, after removing its routes, so no request still in flight can
 *   reject once the context is gone.
 */
export const test = base.extend<{ $test: { openPage: OpenPage }; $worker: { browser: Browser } }>({
  browser: [async ({}, use) => provideChromium(use), { scope: 'worker' }],

  openPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async ({ allowOrigins = [], ...options } = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      const externalRequests: string[] = [];
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      page.on('pageerror', (error) => errors.push(error.message));
      const ownOrigins = new Set([siteOrigin, ...allowOrigins].filter(Boolean));
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || ownOrigins.has(new URL(url).origin)) return route.continue();
        externalRequests.push(url);
        return route.abort();
      });
      return { page, context, errors, externalRequests };
    });
    for (const context of contexts) {
      for (const page of context.pages()) await page.unrouteAll({ behavior: 'ignoreErrors' });
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }
  },
});

/**
 * The same fixtures in a Chromium that draws scrollbars which take room from the page, as a
 * desktop on Windows does (headless Chromium otherwise draws none).
 */
export const testWithClassicScrollbars = test.extend<{ $worker: { browser: Browser } }>({
  browser: [async ({}, use) => provideChromium(use, { classicScrollbars: true }), { scope: 'worker' }],
});

export { describe, expect } from 'vitest';
