import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { builtPages } from './support/site-pages.ts';
import { axeViolations } from './support/axe.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe.each(builtPages())('page /%s', (path) => {
  test.each([
    ['phone', { width: 375, height: 740 }],
    ['desktop', { width: 1280, height: 900 }],
  ])('axe finds no WCAG 2.2 A/AA violation on %s', async (_name, viewport) => {
    const { page } = await openWatchedPage(browser, { viewport });
    await page.goto(pageUrl(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
