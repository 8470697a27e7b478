/**
 * Readers who type traditional characters (Taiwan, Hong Kong, Macao, or a phone set to them)
 * find the simplified report text: every policy term whose traditional spelling differs, made
 * with opencc-js's own converters (not the site's table), must return exactly the paragraphs of
 * the simplified term, each excerpt marking the report's own (simplified) characters.
 */
import * as OpenCC from 'opencc-js';
import { fold } from '../../tools/search-queries.ts';
import { describe, expect } from '../support/browser.ts';
import { searchTest as test, typeQuery } from '../support/search-page.ts';
import { policyTerms } from './policy-terms.ts';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** [traditional query, the simplified term it stands for, its paragraphs] */
const traditionalQueries: [string, string, string[]][] = [
  ...policyTerms.map(([term, ids]): [string, string, string[]] => [toTaiwan(term), term, ids]),
  ...policyTerms.map(([term, ids]): [string, string, string[]] => [toHongKong(term), term, ids]),
].filter(([query, term], index, all) => query !== term && all.findIndex(([other]) => other === query) === index);

test('at least 30 traditional queries, among them 行政複議 and 營商環境', () => {
  expect(traditionalQueries.length).toBeGreaterThanOrEqual(30);
  expect(traditionalQueries.map(([query]) => query)).toEqual(expect.arrayContaining(['行政複議', '營商環境']));
});

describe.each(traditionalQueries)('searching %s', (query, term, ids) => {
  test(`returns the paragraphs of ${term}, the report's own characters marked`, async ({ searchPage: { page } }) => {
    const outcome = await typeQuery(page, query);
    expect(outcome.count).toBe(ids.length);
    expect([...outcome.ids].sort()).toEqual([...ids].sort());
    for (const marks of outcome.marks) expect(marks.map(fold)).toEqual([fold(term)]);
    for (const marks of outcome.marks) expect(marks.join('')).not.toMatch(/[複議營環區務]/);
    expect(await page.locator('[data-search-status]').textContent()).toContain(query);
  });
});

test('traditional and simplified terms combine in one AND query', async ({ searchPage: { page } }) => {
  expect((await typeQuery(page, '行政複議 行政应诉')).ids).toEqual(['measures-p8']);
  expect((await typeQuery(page, '營商 先行區')).ids.sort()).toEqual(['measures-p5', 'measures-p6']);
});

test('a traditional character with no simplified counterpart in the report finds nothing', async ({ searchPage: { page } }) => {
  expect((await typeQuery(page, '龍舟')).count).toBe(0);
});
