import type { Page } from 'playwright-core';
import { t } from '../../src/i18n/zh-CN.ts';
import { expect, pageUrl, test } from '../support/browser.ts';
import { samplePages } from '../support/site-under-test.ts';
import { viewports } from '../support/viewports.ts';

/** What a reader uses on screen but has no use for on paper (hidden ones included, so each is found). */
const screenOnly = (page: Page) => [
  page.getByRole('link', { name: t.skipToContent, includeHidden: true }),
  page.getByRole('navigation', { name: t.reportNavLabel, includeHidden: true }),
  page.getByRole('group', { name: t.textSize, includeHidden: true }),
  page.getByRole('button', { name: t.highContrast, includeHidden: true }),
  page.getByRole('button', { name: t.printPage, includeHidden: true }),
  page.getByRole('navigation', { name: t.breadcrumbLabel, includeHidden: true }),
  page.getByRole('navigation', { name: t.pagerLabel, includeHidden: true }),
  page.getByRole('link', { name: t.backToTop, includeHidden: true }),
  page.getByRole('navigation', { name: t.relatedLinks, includeHidden: true }),
];


test('打印本页 opens the browser\'s print dialog', async ({ openPage }) => {
  const { page } = await openPage();
  // Count calls to the real window.print (headless Chromium prints nowhere).
  await page.addInitScript(() => {
    const print = window.print.bind(window);
    window.print = () => { (window as unknown as { prints: number }).prints = ((window as unknown as { prints?: number }).prints ?? 0) + 1; print(); };
  });
  await page.goto(pageUrl(samplePages.section));
  await page.getByRole('button', { name: '打印本页' }).click();
  expect(await page.evaluate(() => (window as unknown as { prints?: number }).prints)).toBe(1);
});

test('the printed page has no navigation or controls, but the text, the QR code and the page URL', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.phone });
  await page.goto(pageUrl(samplePages.section));
  await page.emulateMedia({ media: 'print' });
  for (const control of screenOnly(page)) {
    expect(await control.count(), String(control)).toBeGreaterThan(0);
    expect(await control.first().isVisible(), String(control)).toBe(false);
  }
  expect(await page.locator('[data-report-body] p').first().isVisible()).toBe(true);
  expect(await page.locator('[data-page-qr] img').isVisible()).toBe(true);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(await page.locator('[data-page-qr] figcaption').innerText()).toContain(canonical!);
});

test('the full text prints with a page break before each section', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.fullText));
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('[data-report-body] > section').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks.length).toBeGreaterThan(1);
  expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
});

test('external links print their address after the link text', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.cover));
  await page.emulateMedia({ media: 'print' });
  // Shown in print: the ICP number's link when configured, and any external link in the text.
  // Add one to the report text as rehype-external-links marks it (unit-tested).
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://www.gov.cn/'; a.rel = 'noopener noreferrer'; a.dataset.external = 'prompt'; a.textContent = '中国政府网';
    document.querySelector('[data-report-body] p')!.append(a);
  });
  const after = await page.locator('[data-report-body] a[data-external]').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.gov.cn/');
  await page.emulateMedia({ media: 'screen' });
  // On screen the same place holds only the decorative icon.
  expect(await page.locator('[data-report-body] a[data-external]').evaluate((a) => getComputedStyle(a, '::after').content)).not.toContain('gov.cn');
});
