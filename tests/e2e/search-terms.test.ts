/**
 * The search page answers real policy terms with exactly the paragraphs that contain them,
 * links each result to its paragraph on its home page, and highlights the query as one run.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldText } from '../../src/lib/text-folding.ts';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { homeBlocks, type SiteBlock } from './support/report-blocks.ts';
import { typeQuery } from './support/search.ts';

const fold = (text: string) => foldText(text).toLowerCase();

/** Terms a reader of the 2024 report searches for, and every block that contains each. */
const policyTerms: [string, string[]][] = [
  ['行政复议', ['measures-p8']],
  ['首违不罚', ['measures-p9']],
  ['法律援助', ['measures-p12']],
  ['营商环境', ['measures-p5', 'measures-p6', 'measures-p9', 'plans-h2']],
  ['曾速办', ['measures-p5']],
  ['习近平法治思想', ['preamble', 'measures-p1', 'plans-h1']],
  ['合法性审查', ['measures-p7', 'plans-h3', 'plans-p3', 'problems-p1']],
  ['行政执法', ['duties-p1', 'measures-p9', 'plans-h2', 'plans-p2', 'problems-p1']],
  ['放管服', ['measures-p4']],
  ['政务服务', ['measures-h2', 'measures-p4', 'measures-p5', 'measures-p6']],
  ['简政放权', ['measures-p4']],
  ['统一受理平台', ['measures-p4']],
  ['先行区', ['measures-p4', 'measures-p5', 'measures-p6']],
  ['守合同重信用', ['measures-p5']],
  ['区长走流程', ['measures-p6']],
  ['法律顾问', ['measures-p7']],
  ['公职律师', ['measures-p7']],
  ['人大监督', ['measures-p8']],
  ['行政应诉', ['measures-p8']],
  ['案卷评查', ['measures-p9']],
  ['公益减罚', ['measures-p9']],
  ['轻微速罚', ['measures-p9']],
  ['信访', ['measures-p10']],
  ['矛盾纠纷', ['measures-p10']],
  ['宪法宣誓', ['measures-p3']],
  ['任前考法', ['measures-p3']],
  ['第一责任人', ['duties', 'duties-p1', 'measures-p2', 'plans-p1']],
  ['述法', ['measures-p2']],
  ['示范区', ['preamble']],
  ['法治素养', ['measures-p3', 'problems-p1']],
  ['2400', ['measures-p12']],
  ['6988.66', ['measures-p10']],
  ['92%', ['measures-p10']],
  ['鄂营商发[2025]', ['measures-p9']],
  ['鄂营商发〔2025〕1号', ['measures-p9']],
  ['135件', ['measures-p8']],
  ['100%', ['measures-p3', 'measures-p8']],
  ['291项', ['measures-p4']],
  ['普法', ['measures-p11', 'plans-p1']],
  ['涉企', ['plans-h2', 'plans-p2']],
  ['行政执法检查', ['plans-h2']],
  ['重大行政决策', ['measures-p7', 'plans-p3']],
  ['胡弘弘', ['measures-p1']],
  ['高效办成一件事', ['measures-p5', 'measures-p6']],
  ['社会治安综合治理中心', ['measures-p10']],
  ['行政执法监督局', ['measures-p9']],
  ['依法治区', ['duties-p1', 'measures-p2']],
  ['金字招牌', ['preamble']],
  ['责任清单', ['duties']],
  ['规范化', ['measures-p8', 'problems-p1']],
];

let browser: Browser;
let page: Page;
let blocks: SiteBlock[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openWatchedPage(browser));
  blocks = await homeBlocks(page);
  await page.goto(pageUrl('search/'));
});
afterAll(async () => { await browser?.close(); });

test('the term table covers at least 40 terms and agrees with the text', () => {
  expect(policyTerms.length).toBeGreaterThanOrEqual(40);
  for (const [term, ids] of policyTerms) {
    const containing = blocks.filter((block) => fold(block.text).includes(fold(term))).map((block) => block.id);
    expect(containing.sort(), term).toEqual([...ids].sort());
  }
});

describe.each(policyTerms)('searching %s', (term, ids) => {
  test('returns exactly its paragraphs, each linked on its home page with the query marked once', async () => {
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

test('each result shows the year and the section title', async () => {
  await typeQuery(page, '曾速办');
  const where = await page.locator('[data-search-result] .search-result__where').allTextContents();
  expect(where).toEqual(['2024年度报告 · 一、主要举措和成效']);
});

test('ranking: headings first, then paragraphs by number of occurrences, then reading order', async () => {
  const outcome = await typeQuery(page, '营商环境');
  // plans-h2 is a heading; measures-p5 says 营商环境 three times; p6 and p9 twice each, p6 comes first.
  expect(outcome.ids).toEqual(['plans-h2', 'measures-p5', 'measures-p6', 'measures-p9']);
  const counts = (id: string) => fold(blocks.find((block) => block.id === id)!.text).split('营商环境').length - 1;
  expect([counts('measures-p5'), counts('measures-p6'), counts('measures-p9')]).toEqual([3, 2, 2]);
});

describe('AND queries: every space-separated term must occur in the same paragraph', () => {
  test.each([
    ['营商 先行区', ['measures-p5', 'measures-p6']],
    ['行政复议 行政应诉', ['measures-p8']],
    ['第一责任人\u3000述法', ['measures-p2']],
    ['营商 诉源治理', []],
  ])('%s', async (query, ids) => {
    const outcome = await typeQuery(page, query);
    expect(outcome.count).toBe(ids.length);
    expect([...outcome.ids].sort()).toEqual([...ids].sort());
    const terms = query.split(/\s+/u).map(fold);
    const expected = blocks.filter((block) => terms.every((term) => fold(block.text).includes(term))).map((block) => block.id);
    expect([...outcome.ids].sort()).toEqual(expected.sort());
  });
});
