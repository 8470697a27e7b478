import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

test('report paragraphs are set for long Chinese text: ≥16 px, leading ≈1.8, two-character indent, ~40 characters a line', async () => {
  const { page } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl('2024/full/'));
  const style = await page.locator('[data-report-body] p').first().evaluate((p) => {
    const computed = getComputedStyle(p);
    return {
      fontSize: parseFloat(computed.fontSize),
      lineHeight: parseFloat(computed.lineHeight),
      indent: parseFloat(computed.textIndent),
      width: p.getBoundingClientRect().width,
    };
  });
  expect(style.fontSize).toBeGreaterThanOrEqual(16);
  expect(style.lineHeight / style.fontSize).toBeCloseTo(1.8, 1);
  expect(style.indent / style.fontSize).toBeCloseTo(2, 1);
  const charactersPerLine = style.width / style.fontSize;
  expect(charactersPerLine).toBeGreaterThanOrEqual(34);
  expect(charactersPerLine).toBeLessThanOrEqual(42);
  await page.context().close();
});

test('pages use only system fonts: no font file is ever requested', async () => {
  const { page } = await openWatchedPage(browser);
  const fonts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'font') fonts.push(request.url()); });
  for (const path of ['', '2024/full/']) await page.goto(pageUrl(path));
  expect(fonts).toEqual([]);
  await page.context().close();
});
