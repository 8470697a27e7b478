import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildRecords } from '../../src/integrations/search-index.ts';
import { reportPage } from '../../src/lib/search-pages.ts';
import { pageBlocks, searchRecord } from '../../src/lib/search-records.ts';

const sectionHtml = `<!doctype html><html lang="zh-CN"><body>
<header><h2 id="site">站名</h2></header>
<main><nav class="breadcrumbs"><p>首页</p></nav>
<article class="prose" data-report-body>
  <h1 id="measures">一、主要举措和成效</h1>
  <p class="prose__source"><a href="/2024/">曾都区2024年法治政府建设年度报告</a></p>
  <nav class="section-contents"><h2 id="measures-contents">本章目录</h2></nav>
  <h2 id="measures-h1">（一）坚持党的领导</h2>
  <p id="measures-p1"><strong>夯实基础。</strong>办理行政复议案件135件（鄂营商发〔2025〕1号）。</p>
  <p class="updated">最后更新：2025-03-01</p>
</article></main>
<footer><p id="footer-p">页脚</p></footer></body></html>`;

describe('pageBlocks', () => {
  test('reads the headings and paragraphs of [data-report-body], skipping navigation and furniture', () => {
    const { title, blocks } = pageBlocks(sectionHtml);
    expect(title).toBe('一、主要举措和成效');
    expect(blocks).toEqual([
      { id: 'measures', heading: true, text: '一、主要举措和成效' },
      { id: 'measures-h1', heading: true, text: '（一）坚持党的领导' },
      { id: 'measures-p1', heading: false, text: '夯实基础。办理行政复议案件135件（鄂营商发〔2025〕1号）。' },
    ]);
  });
});

describe('searchRecord', () => {
  test('indexes spaced folded characters and carries the printed text in meta', () => {
    const record = searchRecord({
      pagePath: '/2024/measures/', title: '一、主要举措和成效', year: 2024, order: 7, language: 'zh-cn',
      block: { id: 'measures-p1', heading: false, text: '复议〔2025〕' },
    });
    expect(record).toEqual({
      url: '/2024/measures/#measures-p1',
      content: '复 议 2 0 2 5',
      language: 'zh-cn',
      meta: { title: '一、主要举措和成效', year: '2024', text: '复议〔2025〕', heading: '0', order: '7' },
      filters: { year: ['2024'] },
    });
  });
});

describe('reportPage', () => {
  test('tells covers, section pages and full-text pages apart, and ignores other pages', () => {
    expect(reportPage('2024/index.html')).toEqual({ year: 2024, role: 'cover', file: '2024/index.html', pagePath: '/2024/' });
    expect(reportPage('2024/measures/index.html')?.role).toBe('section');
    expect(reportPage('2024/full/index.html')?.role).toBe('full');
    expect(reportPage('index.html')).toBeUndefined();
    expect(reportPage('search/index.html')).toBeUndefined();
    expect(reportPage('404.html')).toBeUndefined();
  });
});

describe('buildRecords', () => {
  const page = (body: string, h1 = '') => `<!doctype html><html lang="zh-CN"><body>${h1}<div data-report-body>${body}</div></body></html>`;
  const preamble = '<p id="preamble">开头段落。</p>';
  const section = '<h1 id="plans">四、下一步</h1><p id="plans-p1">计划。</p>';

  function writeSite(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'search-records-'));
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
    return dir;
  }

  test('indexes each block once, on its home page, newest report first, in full-text order', async () => {
    const dir = writeSite({
      'index.html': page(preamble, '<h1>首页</h1>'),
      '2023/index.html': page(preamble, '<h1>2023年报告</h1>'),
      '2023/full/index.html': page(preamble),
      '2024/index.html': page(preamble, '<h1>2024年报告</h1>'),
      '2024/full/index.html': page(preamble + section),
      '2024/plans/index.html': page(section),
      'search/index.html': page('<p id="x">搜索</p>'),
    });
    const records = await buildRecords(dir);
    expect(records.map((record) => [record.url, record.meta.title, record.meta.order])).toEqual([
      ['/2024/#preamble', '2024年报告', '0'],
      ['/2024/plans/#plans', '四、下一步', '1'],
      ['/2024/plans/#plans-p1', '四、下一步', '2'],
      ['/2023/#preamble', '2023年报告', '100000'],
    ]);
  });
});
