import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { readingPages } from './support/site-pages.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe.each(readingPages())('page /%s', (path) => {
  test('its QR code, decoded from a screenshot, is its canonical URL, captioned and written beside it', async () => {
    const { page, externalRequests } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl(path));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    const qr = page.locator('[data-page-qr]');
    await expect(qr.locator('figcaption').textContent()).resolves.toContain('扫一扫在手机上查看当前页面');
    await expect(qr.locator('figcaption').textContent()).resolves.toContain(canonical!);
    await expect(qr.locator('svg').getAttribute('aria-label')).resolves.toBeTruthy();

    const png = PNG.sync.read(await qr.locator('svg').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(canonical);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });
});

test('the QR code stays out of the way on a phone and is printed on paper', async () => {
  const { page } = await openWatchedPage(browser, { viewport: { width: 375, height: 740 } });
  await page.goto(pageUrl('2024/measures/'));
  await expect(page.locator('[data-page-qr]').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-page-qr] svg').isVisible()).resolves.toBe(true);
  await expect(page.locator('[data-page-qr] figcaption').isVisible()).resolves.toBe(true);
  await page.context().close();
});

test('the 404 page, served at any missing address, has no QR code of its own', async () => {
  const { page } = await openWatchedPage(browser);
  await page.goto(pageUrl('404.html'));
  expect(await page.locator('[data-page-qr]').count()).toBe(0);
  await page.context().close();
});
