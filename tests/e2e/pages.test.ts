import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { builtPages, readingPages } from './support/site-pages.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

test('the build has the cover, the report cover, every section, the full text and a 404 page', () => {
  expect(builtPages()).toEqual(expect.arrayContaining(['', '2024/', '2024/measures/', '2024/problems/', '2024/duties/', '2024/plans/', '2024/full/', '404.html']));
});

describe.each(readingPages())('page /%s', (path) => {
  test('answers 200 with one h1, no console error and no request outside the site', async () => {
    const { page, errors, externalRequests } = await openWatchedPage(browser);
    const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  test('reads completely without JavaScript', async () => {
    const withScript = await openWatchedPage(browser);
    await withScript.page.goto(pageUrl(path));
    const textWithScript = await withScript.page.locator('main').innerText();
    await withScript.page.context().close();

    const withoutScript = await openWatchedPage(browser, { javaScriptEnabled: false });
    await withoutScript.page.goto(pageUrl(path));
    const textWithoutScript = await withoutScript.page.locator('main').innerText();
    await withoutScript.page.context().close();
    // Everything a reader reads is in the HTML; scripts may only add controls.
    for (const line of textWithoutScript.split('\n').filter(Boolean)) {
      expect(textWithScript).toContain(line);
    }
    const paragraphs = textWithScript.split('\n').filter((line) => line.length > 40);
    for (const paragraph of paragraphs) expect(textWithoutScript).toContain(paragraph);
  });

  test('has no horizontal scroll on a 320 px wide phone', async () => {
    const { page } = await openWatchedPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(pageUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.context().close();
  });
});

test('a missing page gets the 404 page in the site layout', async () => {
  const { page } = await openWatchedPage(browser);
  const response = await page.goto(pageUrl('no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').innerText()).resolves.toBe('页面未找到');
  expect(await page.locator('footer').count()).toBe(1);
  await page.context().close();
});
