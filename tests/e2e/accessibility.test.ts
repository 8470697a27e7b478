import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { chooseHighContrast, chooseTextSize, colourModes, textSizes } from './support/reading-modes.ts';
import { builtPages } from './support/site-pages.ts';

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

  test.each(textSizes)('axe finds no violation on a phone in text size %s', async (size) => {
    const { page } = await openWatchedPage(browser, { viewport: { width: 375, height: 740 } });
    await page.goto(pageUrl(path));
    await chooseTextSize(page, size);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test.each(colourModes)('axe finds no violation in colour mode $name', async (mode) => {
    const { page } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 }, colorScheme: mode.colorScheme });
    await page.goto(pageUrl(path));
    if (mode.highContrast) await chooseHighContrast(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
