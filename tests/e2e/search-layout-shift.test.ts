/**
 * Nothing on the search page moves (Cumulative Layout Shift 0): a reader who follows the header
 * form to /search/?q=… on a phone must not see the page jump, neither while results arrive nor
 * while the page itself arrives over a slow network.
 */
import type { Page } from 'playwright-core';
import { reportBlockSelector } from '../../src/site/report-markup.ts';
import { describe, expect, pageUrl, siteOrigin, test } from '../support/browser.ts';
import { recordLayoutShifts, recordedLayoutShifts } from '../support/layout-shifts.ts';
import { pausePoints } from '../support/pause-points.ts';
import { startPausingProxy } from '../support/pausing-proxy.ts';
import { samplePages } from '../support/site-under-test.ts';
import { phoneAndDesktop } from '../support/viewports.ts';

/** The first four letters or digits of the first paragraph of a section page. */
async function queryFromText(page: Page): Promise<string> {
  await page.goto(pageUrl(samplePages.section));
  const text = await page.locator(`${reportBlockSelector}:is(p)`).first().innerText();
  const letters = [...text].filter((character) => /[\p{L}\p{N}]/u.test(character));
  return letters.slice(0, 4).join('');
}

describe.each(phoneAndDesktop)('on a %s', (_, viewport) => {
  /**
   * The query is the first words of a paragraph of a section page, so the test holds for any
   * content; the index files are held back a little so the results come well after the first
   * paint, as they do on a phone network.
   */
  test('the search page does not shift while results arrive, nor for a while after', async ({ openPage }) => {
    const { page } = await openPage({ viewport });
    const query = await queryFromText(page);
    await recordLayoutShifts(page);
    await page.route(/\/pagefind\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search-status][data-count]', { timeout: 20_000 });
    expect(Number(await page.getAttribute('[data-search-status]', 'data-count'))).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    expect(await recordedLayoutShifts(page)).toEqual([]);
  });

  /**
   * A browser paints what it has parsed when the network stalls. The page is sent in two parts,
   * cut in turn at every place the parser may stand, with a pause between: whatever was painted
   * of the first part stays where it is when the rest arrives. (A year choice between the search
   * box and its button, and the button's own label, once moved this way.)
   */
  test('the search page does not shift wherever its arrival stalls', async ({ openPage }) => {
    const proxy = await startPausingProxy(siteOrigin);
    try {
      const { page } = await openPage({ viewport, allowOrigins: [proxy.origin] });
      await recordLayoutShifts(page);
      const { pathname } = new URL(pageUrl('search/'));
      const html = await (await fetch(pageUrl('search/'))).text();
      const moved: string[] = [];
      for (const at of pausePoints(html)) {
        proxy.pauseAt(pathname, [at], 250);
        await page.goto(`${proxy.origin}${pathname}`, { waitUntil: 'load' });
        const shifts = await recordedLayoutShifts(page);
        if (shifts.length) moved.push(`${JSON.stringify(Buffer.from(html).subarray(at, at + 60).toString())}: ${JSON.stringify(shifts)}`);
      }
      expect(moved).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
