import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildRecords } from '../../../../src/search/build/integration.ts';
import { contentWords, searchRecord } from '../../../../src/search/build/records.ts';
import { setCharacterFolds } from '../../../../src/search/core/folding.ts';

describe('contentWords', () => {
  test('makes every printed character a word, punctuation included, so the text reads back from them', () => {
    expect(contentWords('复议〔2025〕1号，APP')).toEqual({ words: [...'复议〔2025〕1号，APP'], printed: true });
  });
  test('writes a character folded where folding changes more than case, and then the text must travel too', () => {
    expect(contentWords('２０２５年')).toEqual({ words: ['2', '0', '2', '5', '年'], printed: false });
    expect(contentWords('面积㎡')).toEqual({ words: ['面', '积', 'm', '2'], printed: false });
    expect(contentWords('APP 应用')).toEqual({ words: [...'APP应用'], printed: false });
  });
  test('folds traditional characters with the table in force', () => {
    setCharacterFolds(new Map([['複', '复'], ['議', '议']]));
    try {
      expect(contentWords('行政複議')).toEqual({ words: ['行', '政', '复', '议'], printed: false });
    } finally {
      setCharacterFolds(new Map());
    }
  });
});

describe('searchRecord', () => {
  test('indexes the characters, filters by year and kind, sorts by reading order, and carries the title', () => {
    const record = searchRecord({
      pagePath: '/2024/measures/', title: '一、主要举措和成效', year: 2024, order: 7,
      block: { id: 'measures-p1', type: 'paragraph', text: '复议〔2025〕' },
    });
    expect(record).toEqual({
      url: '/2024/measures/#measures-p1',
      content: '复 议 〔 2 0 2 5 〕',
      language: 'und',
      meta: { title: '一、主要举措和成效' },
      filters: { year: ['2024'], kind: ['paragraph'] },
      sort: { order: '7' },
    });
  });
  test('carries the printed text in meta when the content cannot give it back', () => {
    const record = searchRecord({
      pagePath: '/2024/', title: '2024年报告', year: 2024, order: 0,
      block: { id: 'preamble', type: 'heading', text: '２０２４年 报告' },
    });
    expect(record.content).toBe('2 0 2 4 年 报 告');
    expect(record.meta).toEqual({ title: '2024年报告', text: '２０２４年 报告' });
    expect(record.filters.kind).toEqual(['heading']);
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
    expect(records.map((record) => [record.url, record.meta.title, record.sort.order])).toEqual([
      ['/2024/#preamble', '2024年报告', '0'],
      ['/2024/plans/#plans', '四、下一步', '1'],
      ['/2024/plans/#plans-p1', '四、下一步', '2'],
      ['/2023/#preamble', '2023年报告', '100000'],
    ]);
  });
});
