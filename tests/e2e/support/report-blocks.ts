import type { Page } from 'playwright-core';
import { readingPages } from './site-pages.ts';

/** A heading or paragraph of the report as the reader sees it, with the page it lives on. */
export interface SiteBlock { id: string; path: string; text: string }

/**
 * Every report block on its home page: the preamble on each report cover (YYYY/) and the
 * headings and paragraphs of each section page (YYYY/slug/), read from the rendered pages in
 * the browser. Tests compute what search must return from these, never from the index.
 */
export async function homeBlocks(page: Page, urlOf: (path: string) => string): Promise<SiteBlock[]> {
  const homes = readingPages().filter((path) => /^\d{4}\/([a-z0-9-]+\/)?$/.test(path) && !path.endsWith('/full/'));
  const blocks: SiteBlock[] = [];
  for (const path of homes) {
    await page.goto(urlOf(path));
    const found = await page.locator('[data-report-body] :is(h1, h2, h3, h4, h5, h6, p)[id]:not(nav *)')
      .evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: node.textContent ?? '' })));
    blocks.push(...found.map((block) => ({ ...block, path })));
  }
  return blocks;
}
