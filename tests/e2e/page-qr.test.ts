import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { readerPages, samplePages } from '../support/site-under-test.ts';
import { viewports } from '../support/viewports.ts';

/** Requests for QR code images made by a page. */
const qrRequests = (page: import('playwright-core').Page) => {
  const urls: string[] = [];
  page.on('request', (request) => { if (/\/qr\/.*\.svg$/.test(request.url())) urls.push(request.url()); });
  return urls;
};

describe.each(readerPages())('page /%s', (path) => {
  test('its QR code, decoded from a screenshot, is its canonical URL, captioned and written beside it', async ({ openPage }) => {
    const { page, externalRequests } = await openPage({ viewport: viewports.desktop });
    await page.goto(pageUrl(path));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    const qr = page.locator('[data-page-qr]');
    await expect(qr.locator('figcaption').textContent()).resolves.toContain('扫一扫在手机上查看当前页面');
    await expect(qr.locator('figcaption').textContent()).resolves.toContain(canonical!);
    const image = qr.locator('img');
    await expect(image.getAttribute('alt')).resolves.toBeTruthy();

    // A lazy image: it loads once it comes into view.
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((img: HTMLImageElement) => img.decode());
    const png = PNG.sync.read(await image.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(canonical);
    expect(externalRequests).toEqual([]);
  });
});

test('the QR code stays out of the way on a phone, not even downloaded, and is printed on paper', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.phone });
  const requested = qrRequests(page);
  await page.goto(pageUrl(samplePages.section), { waitUntil: 'networkidle' });
  await expect(page.locator('[data-page-qr]').isVisible()).resolves.toBe(false);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  expect(requested).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-page-qr] img').isVisible()).resolves.toBe(true);
  await expect(page.locator('[data-page-qr] figcaption').isVisible()).resolves.toBe(true);
  // Printing for real (to PDF) loads the image, though the phone never showed it.
  await page.pdf();
  await expect.poll(() => requested.length).toBe(1);
});

test('the 404 page, served at any missing address, has no QR code of its own', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl('404.html'));
  expect(await page.locator('[data-page-qr]').count()).toBe(0);
});
