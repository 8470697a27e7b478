/**
 * Exact substring semantics, checked against the text itself: random substrings of the
 * official text (fixed seed) must return every block that contains them and nothing else,
 * and strings that occur nowhere must return nothing. The expected sets come from the
 * rendered blocks and plain string search here, never from the search implementation.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldText } from '../../src/lib/text-folding.ts';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { homeBlocks, type SiteBlock } from './support/report-blocks.ts';
import { typeQuery } from './support/search.ts';

const fold = (text: string) => foldText(text).toLowerCase();

/**
 * The documented rule, restated independently: the folded text contains the query, and a
 * query that starts with a Latin letter or digit starts a word there (not preceded by a
 * letter or digit, nor by a decimal point or comma inside a number).
 */
function containsAsTyped(text: string, query: string): boolean {
  const startsWithWordCharacter = /^[a-z0-9]/.test(query);
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (!startsWithWordCharacter) return true;
    const before = text.slice(Math.max(0, at - 2), at);
    if (!/[a-z0-9]$/.test(before) && !/[0-9][.,]$/.test(before)) return true;
  }
  return false;
}

/** mulberry32: a tiny seeded generator, so the sample is the same on every run. */
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The official text (last two lines are portal furniture, as in report-text.test.ts), folded. */
const sourceText = fold(readFileSync(new URL('../fixtures/source-2024.txt', import.meta.url), 'utf8')
  .split('\n').map((line) => line.trim()).filter(Boolean).slice(0, -2).join('\n'));
const sourceLines = sourceText.split('\n');

/** `count` substrings of the given length, each inside one source line and holding a letter, digit or CJK character. */
function sampleSubstrings(length: number, count: number, random: () => number): string[] {
  const samples = new Set<string>();
  while (samples.size < count) {
    const line = [...sourceLines[Math.floor(random() * sourceLines.length)]];
    if (line.length < length) continue;
    const start = Math.floor(random() * (line.length - length + 1));
    const sample = line.slice(start, start + length).join('');
    if (/[\p{L}\p{N}]/u.test(sample)) samples.add(sample);
  }
  return [...samples];
}

/** Strings that do not occur in the report (each is checked against the text first). */
const absentQueries = [
  '段简', '诉源治理', '复议行政', '营商速办', '猫', '狗', '龙舟', '区块链', '人工智能', '高速公路',
  '2401', '6988.67', '93%', '鄂营商发[2026]', '首违必罚', '曾都速办', '行政复仪', 'abc', '垃圾分类', '400',
  '8.66', '疫苗', '法治政府建设年度报告2023',
];

let browser: Browser;
let page: Page;
let blocks: SiteBlock[];
const random = seededRandom(20240);
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openWatchedPage(browser));
  blocks = (await homeBlocks(page)).map((block) => ({ ...block, text: fold(block.text) }));
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
