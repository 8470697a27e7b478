import type { Page } from 'playwright-core';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { samplePages } from '../support/site-under-test.ts';
import { chooseHighContrast, colourModes } from '../support/reading-modes.ts';


/** WCAG contrast ratio of each selected element's text against the background it is painted on. */
function contrastOf(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const value = rgb(getComputedStyle(el).backgroundColor);
        if (value.length === 3 || value[3] === 1) return value.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll(sel)].map((el) => {
      const fore = luminance(rgb(getComputedStyle(el).color));
      const back = luminance(background(el));
      return { ratio: (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05), background: back };
    });
  }, selector);
}

describe.each(colourModes)('colour mode $name', (mode) => {
  test('report text has a contrast of at least 7:1 on every kind of page', async ({ openPage }) => {
    const { page } = await openPage({ colorScheme: mode.colorScheme });
    for (const path of ['', samplePages.section, samplePages.fullText]) {
      await page.goto(pageUrl(path));
      if (mode.highContrast) await chooseHighContrast(page);
      const results = await contrastOf(page, '[data-report-body] p, [data-report-body] h1, [data-report-body] h2, [data-report-body] li, body > footer p');
      expect(results.length).toBeGreaterThan(0);
      for (const { ratio } of results) expect(ratio, path).toBeGreaterThanOrEqual(7);
      // The mode really is what it says: a dark page in dark mode, a light one otherwise.
      expect(results[0].background < 0.05, path).toBe(mode.colorScheme === 'dark');
      if (mode.highContrast) for (const { ratio } of results) expect(ratio, path).toBeGreaterThanOrEqual(15);
    }
  });
});

test('高对比度 is a toggle button that persists across pages', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.cover));
  const toggle = page.getByRole('button', { name: '高对比度' });
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  await page.goto(pageUrl(samplePages.otherSection));
  expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
  expect(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe('true');
  await page.getByRole('button', { name: '高对比度' }).click();
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBeUndefined();
});

test('a system request for more contrast turns 高对比度 on by itself', async ({ openPage }) => {
  const { page } = await openPage({ contrast: 'more' });
  await page.goto(pageUrl(samplePages.cover));
  expect(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe('true');
});
