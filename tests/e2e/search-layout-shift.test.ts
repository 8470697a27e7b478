/**
 * Nothing on the search page moves while results arrive (Cumulative Layout Shift 0): a reader
 * who follows the header form to /search/?q=… on a phone must not see the page jump. The query
 * is the first words of a paragraph of a section page, so the test holds for any content; the
 * index files are held back a little so the results come well after the first paint, as they do
 * on a phone network.
 */
import type { Page } from 'playwright-core';
import { reportBlockSelector } from '../../src/site/report-markup.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { samplePages } from '../support/site-under-test.ts';

/** The first four letters or digits of the first paragraph of a section page. */
async function queryFromText(page: Page): Promise<string> {
  await page.goto(pageUrl(samplePages.section));
  const text = await page.locator(`${reportBlockSelector}:is(p)`).first().innerText();
  const letters = [...text].filter((character) => /[\p{L}\p{N}]/u.test(character));
  return letters.slice(0, 4).join('');
}

describe.each([
  ['phone', { width: 375, height: 740 }],
  ['desktop', { width: 1280, height: 900 }],
] as const)('on a %s', (_, viewport) => {
  test('the search page does not shift while results arrive, nor for a while after', async ({ openPage }) => {
    const { page } = await openPage({ viewport });
    const query = await queryFromText(page);
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 100) ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.route(/\/pagefind\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search-status][data-count]', { timeout: 20_000 });
    expect(Number(await page.getAttribute('[data-search-status]', 'data-count'))).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
    expect(shifts).toEqual([]);
  });
});
