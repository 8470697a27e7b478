/**
 * Exact substring semantics, checked against the text itself: random substrings of the
 * official text (fixed seed) must return every block that contains them and nothing else,
 * and strings that occur nowhere must return nothing. The expected sets come from the
 * rendered blocks and plain string search here, never from the search implementation.
 */
import { readFileSync } from 'node:fs';
import { absentQueries, containsAsTyped, fold, sampleSubstrings, seededRandom } from '../../tools/search-queries.ts';
import { describe, expect } from '../support/browser.ts';
import { searchTest as test, typeQuery } from '../support/search-page.ts';

/** The official text, without its last two lines (the district portal's QR caption and leave-site prompt). */
const sourceLines = readFileSync(new URL('../fixtures/source-2024.txt', import.meta.url), 'utf8')
  .split('\n').map((line) => line.trim()).filter(Boolean).slice(0, -2);
const random = seededRandom(20240);

describe.each([1, 2, 3, 4, 5, 6])('random substrings of length %i', (length) => {
  test('each returns every block that contains it and nothing else', async ({ searchPage: { page, blocks } }) => {
    const mismatches: string[] = [];
    for (const query of sampleSubstrings(sourceLines, length, 20, random)) {
      const expected = blocks.filter((block) => containsAsTyped(fold(block.text), query)).map((block) => block.id).sort();
      const outcome = await typeQuery(page, query);
      const found = [...outcome.ids].sort();
      if (outcome.count !== expected.length || JSON.stringify(found) !== JSON.stringify(expected)) {
        mismatches.push(`${query}: expected ${expected.join(',')} got ${found.join(',')} (count ${outcome.count})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

test('strings that occur nowhere return zero results and say so', async ({ searchPage: { page, blocks } }) => {
  expect(absentQueries.length).toBeGreaterThanOrEqual(20);
  for (const query of absentQueries) {
    expect(blocks.some((block) => containsAsTyped(fold(block.text), fold(query))), `${query} must be absent from the text`).toBe(false);
    const outcome = await typeQuery(page, query);
    expect(outcome.count, query).toBe(0);
    expect(outcome.hrefs, query).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toContain('没有');
  }
});
