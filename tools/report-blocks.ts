import type { Page } from 'playwright-core';
import { reportPageAt } from '../src/site/routes.ts';
import { reportBlockSelector } from '../src/site/report-markup.ts';

/** A heading or paragraph of the report as the reader sees it, with the page it lives on. */
export interface SiteBlock { id: string; path: string; text: string }

/**
 * Every report block on its home page: the preamble on each report cover and the headings and
 * paragraphs of each section page, read from the rendered pages in the browser. `pages` are the
 * site paths of the built site; what search must return is computed from these blocks, never
 * from the index.
 */
export async function homeBlocks(page: Page, pages: readonly string[], urlOf: (path: string) => string): Promise<SiteBlock[]> {
  const homes = pages.filter((path) => ['report', 'section'].includes(reportPageAt(path)?.kind ?? ''));
  const blocks: SiteBlock[] = [];
  for (const path of homes) {
    await page.goto(urlOf(path));
    const found = await page.locator(reportBlockSelector).evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: node.textContent ?? '' })));
    blocks.push(...found.map((block) => ({ ...block, path })));
  }
  return blocks;
}
