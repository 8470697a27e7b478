/**
 * Exact substring semantics, checked against the text itself: random substrings of the
 * official text (fixed seed) must return every block that contains them and nothing else,
 * and strings that occur nowhere must return nothing. The expected sets come from the
 * rendered blocks and plain string search here, never from the search implementation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { homeBlocks, type SiteBlock } from './support/report-blocks.ts';
import { absentQueries, containsAsTyped, fold, sampleSubstrings, seededRandom } from './support/search-queries.ts';
import { typeQuery } from './support/search.ts';

let browser: Browser;
let page: Page;
let blocks: SiteBlock[];
const random = seededRandom(20240);
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openWatchedPage(browser));
  blocks = (await homeBlocks(page, pageUrl)).map((block) => ({ ...block, text: fold(block.text) }));
  await page.goto(pageUrl('search/'));
});
afterAll(async () => { await browser?.close(); });

describe.each([1, 2, 3, 4, 5, 6])('random substrings of length %i', (length) => {
  test('each returns every block that contains it and nothing else', async () => {
    const mismatches: string[] = [];
    for (const query of sampleSubstrings(length, 20, random)) {
      const expected = blocks.filter((block) => containsAsTyped(block.text, query)).map((block) => block.id).sort();
      const outcome = await typeQuery(page, query);
      const found = [...outcome.ids].sort();
      if (outcome.count !== expected.length || JSON.stringify(found) !== JSON.stringify(expected)) {
        mismatches.push(`${query}: expected ${expected.join(',')} got ${found.join(',')} (count ${outcome.count})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

test('strings that occur nowhere return zero results and say so', async () => {
  expect(absentQueries.length).toBeGreaterThanOrEqual(20);
  for (const query of absentQueries) {
    expect(blocks.some((block) => containsAsTyped(block.text, fold(query))), `${query} must be absent from the text`).toBe(false);
    const outcome = await typeQuery(page, query);
    expect(outcome.count, query).toBe(0);
    expect(outcome.hrefs, query).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toContain('没有');
  }
});
