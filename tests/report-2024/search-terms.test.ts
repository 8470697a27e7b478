/**
 * The search page answers real policy terms with exactly the paragraphs that contain them,
 * links each result to its paragraph on its home page, and highlights the query as one run.
 */
import { fold } from '../../tools/search-queries.ts';
import { describe, expect, pageUrl } from '../support/browser.ts';
import { searchTest as test, typeQuery } from '../support/search-page.ts';
import { policyTerms } from './policy-terms.ts';

test('the term table covers at least 40 terms and agrees with the text', ({ searchPage: { blocks } }) => {
  expect(policyTerms.length).toBeGreaterThanOrEqual(40);
  for (const [term, ids] of policyTerms) {
    const containing = blocks.filter((block) => fold(block.text).includes(fold(term))).map((block) => block.id);
    expect(containing.sort(), term).toEqual([...ids].sort());
  }
});

describe.each(policyTerms)('searching %s', (term, ids) => {
  test('returns exactly its paragraphs, each linked on its home page with the query marked once', async ({ searchPage: { page, blocks } }) => {
    const outcome = await typeQuery(page, term);
    expect(outcome.count).toBe(ids.length);
    expect([...outcome.ids].sort()).toEqual([...ids].sort());
    for (const [index, href] of outcome.hrefs.entries()) {
      const block = blocks.find((candidate) => candidate.id === outcome.ids[index])!;
      expect(new URL(href).pathname).toBe(new URL(pageUrl(block.path)).pathname);
      expect(outcome.marks[index].map(fold)).toEqual([fold(term)]);
    }
  });
});

test('each result shows the year and the section title', async ({ searchPage: { page } }) => {
  await typeQuery(page, '曾速办');
  const where = await page.locator('[data-search-result] [data-result-where]').allTextContents();
  expect(where).toEqual(['2024年度报告 · 一、主要举措和成效']);
});

test('ranking: headings first, then paragraphs by number of occurrences, then reading order', async ({ searchPage: { page, blocks } }) => {
  const outcome = await typeQuery(page, '营商环境');
  // plans-h2 is a heading; measures-p5 says 营商环境 three times; p6 and p9 twice each, p6 comes first.
  expect(outcome.ids).toEqual(['plans-h2', 'measures-p5', 'measures-p6', 'measures-p9']);
  const counts = (id: string) => fold(blocks.find((block) => block.id === id)!.text).split('营商环境').length - 1;
  expect([counts('measures-p5'), counts('measures-p6'), counts('measures-p9')]).toEqual([3, 2, 2]);
});

describe('AND queries: every space-separated term must occur in the same paragraph', () => {
  test.for([
    ['营商 先行区', ['measures-p5', 'measures-p6']],
    ['行政复议 行政应诉', ['measures-p8']],
    ['第一责任人\u3000述法', ['measures-p2']],
    ['营商 诉源治理', []],
  ] as const)('%s', async ([query, ids], { searchPage: { page, blocks } }) => {
    const outcome = await typeQuery(page, query);
    expect(outcome.count).toBe(ids.length);
    expect([...outcome.ids].sort()).toEqual([...ids].sort());
    const terms = query.split(/\s+/u).map(fold);
    const expected = blocks.filter((block) => terms.every((term) => fold(block.text).includes(term))).map((block) => block.id);
    expect([...outcome.ids].sort()).toEqual(expected.sort());
  });
});
