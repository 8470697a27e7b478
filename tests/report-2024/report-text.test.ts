import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { foldText } from '../../src/search/core/folding.ts';
import { furnitureAttribute, reportBlockSelector, reportBodyAttribute } from '../../src/site/report-markup.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';

/**
 * The official text, kept under tests/fixtures. Its last two lines are furniture of the
 * district portal (the QR caption and the leave-site prompt), not report text.
 */
const sourceLines = readFileSync(new URL('../fixtures/source-2024.txt', import.meta.url), 'utf8')
  .split('\n').map((line) => line.trim()).filter(Boolean).slice(0, -2);


/** The report text of a page: every heading and paragraph inside [data-report-body], in order. */
async function reportBlocks(page: Page, path: string): Promise<string[]> {
  await page.goto(pageUrl(path));
  return page.locator(reportBlockSelector).allInnerTexts();
}

test('the source has the 26 paragraphs of the report', () => {
  expect(sourceLines).toHaveLength(26);
});

describe('the full-text page', () => {
  test('holds the whole report verbatim, in order, with nothing added', async ({ openPage }) => {
    const { page } = await openPage();
    const blocks = await reportBlocks(page, '2024/full/');
    // A run-in heading such as （一）…能力。 is set as a heading followed by its paragraph,
    // so compare the concatenation: every word and number, in order, and nothing else.
    expect(foldText(blocks.join(''))).toBe(foldText(sourceLines.join('')));
  });

  test('every one of the 26 source paragraphs appears, each starting a block', async ({ openPage }) => {
    const { page } = await openPage();
    const blocks = (await reportBlocks(page, '2024/full/')).map(foldText);
    for (const line of sourceLines) {
      const folded = foldText(line);
      expect(blocks.some((block) => folded.startsWith(block) || block === folded), line).toBe(true);
    }
  });
});

test('the section pages together hold every source paragraph', async ({ openPage }) => {
  const { page } = await openPage();
  const pieces: string[] = [];
  pieces.push(...await reportBlocks(page, '2024/'));
  for (const section of ['measures', 'problems', 'duties', 'plans']) {
    pieces.push(...await reportBlocks(page, `2024/${section}/`));
  }
  expect(foldText(pieces.join(''))).toBe(foldText(sourceLines.join('')));
});

test('every report paragraph and heading carries an id', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl('2024/full/'));
  const missing = await page.locator(`[${reportBodyAttribute}] :is(h2, h3, h4, p):not([id], [${furnitureAttribute}], [${furnitureAttribute}] *)`).count();
  expect(missing).toBe(0);
  const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(new Set(ids).size).toBe(ids.length);
});
