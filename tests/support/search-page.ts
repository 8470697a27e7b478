import type { Page } from 'playwright-core';
import { pageUrl, test } from './browser.ts';
import { homeBlocks, type SiteBlock } from '../../tools/report-blocks.ts';
import { readerPages } from './site-under-test.ts';

/** What the search page shows for a query, read through its stable test hooks. */
export interface SearchOutcome {
  count: number;
  /** every result link as the page has it (resolved href) */
  hrefs: string[];
  /** paragraph ids the results point to, in order */
  ids: string[];
  /** each result's highlighted runs (the text of its <mark> elements) */
  marks: string[][];
}

/** Wait until the status hook reports an answer, then read the results. */
export async function readOutcome(page: Page): Promise<SearchOutcome> {
  await page.waitForSelector('[data-search-status][data-count]');
  return page.evaluate(() => {
    const count = Number(document.querySelector<HTMLElement>('[data-search-status]')!.dataset.count);
    const results = [...document.querySelectorAll('[data-search-results] [data-search-result]')];
    const hrefs = results.map((result) => result.querySelector<HTMLAnchorElement>('a[href]')!.href);
    return {
      count,
      hrefs,
      ids: hrefs.map((href) => new URL(href).hash.slice(1)),
      marks: results.map((result) => [...result.querySelectorAll('mark')].map((mark) => mark.textContent ?? '')),
    };
  });
}

/** Type a query into the search box of an open search page and read the answer. */
export async function typeQuery(page: Page, query: string): Promise<SearchOutcome> {
  await page.evaluate(() => document.querySelector('[data-search-status]')?.removeAttribute('data-count'));
  await page.fill('[data-search-input]', query);
  return readOutcome(page);
}

/**
 * One search page for a whole test file, queried again and again as a reader would (its context
 * is closed when the file ends), with the report blocks of the site as the reference.
 */
export const searchTest = test.extend<{ $file: { searchPage: { page: Page; blocks: SiteBlock[] } } }>({
  searchPage: [async ({ browser }, use) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const blocks = await homeBlocks(page, readerPages(), pageUrl);
      await page.goto(pageUrl('search/'));
      await use({ page, blocks });
    } finally {
      await context.close();
    }
  }, { scope: 'file' }],
});
