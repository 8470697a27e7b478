import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { readerPages, samplePages } from '../support/site-under-test.ts';


describe.each(readerPages())('page /%s', (path) => {
  test('its QR code, decoded from a screenshot, is its canonical URL, captioned and written beside it', async ({ openPage }) => {
    const { page, externalRequests } = await openPage({ viewport: { width: 1280, height: 900 } });
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
  });
});

test('the QR code stays out of the way on a phone and is printed on paper', async ({ openPage }) => {
  const { page } = await openPage({ viewport: { width: 375, height: 740 } });
  await page.goto(pageUrl(samplePages.section));
  await expect(page.locator('[data-page-qr]').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-page-qr] svg').isVisible()).resolves.toBe(true);
  await expect(page.locator('[data-page-qr] figcaption').isVisible()).resolves.toBe(true);
});

test('the 404 page, served at any missing address, has no QR code of its own', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl('404.html'));
  expect(await page.locator('[data-page-qr]').count()).toBe(0);
});
