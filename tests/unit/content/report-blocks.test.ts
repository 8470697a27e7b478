import { describe, expect, test } from 'vitest';
import { pageBlocks, sectionBlocks } from '../../../src/content/report-blocks.ts';

const sectionPage = `<!doctype html><html lang="zh-CN"><body>
<header><h2 id="site">站名</h2></header>
<main><nav class="breadcrumbs"><p>首页</p></nav>
<article data-report-body>
  <h1 id="measures">一、主要举措和成效</h1>
  <p data-furniture><a href="/2024/">曾都区2024年法治政府建设年度报告</a></p>
  <nav data-furniture><h2 id="measures-contents">本章目录</h2><ol><li><p id="in-nav">（一）</p></li></ol></nav>
  <h2 id="measures-h1">（一）坚持党的领导</h2>
  <p id="measures-p1"><strong>夯实基础。</strong>办理行政复议案件135件（鄂营商发〔2025〕1号）。</p>
  <p>没有编号的段落不是可链接的报告段落。</p>
</article></main>
<footer><p id="footer-p">页脚</p></footer></body></html>`;

describe('pageBlocks', () => {
  test('reads the blocks of [data-report-body] with ids, skipping everything marked as furniture', () => {
    const { title, blocks } = pageBlocks(sectionPage);
    expect(title).toBe('一、主要举措和成效');
    expect(blocks).toEqual([
      { id: 'measures', type: 'heading', text: '一、主要举措和成效' },
      { id: 'measures-h1', type: 'heading', text: '（一）坚持党的领导' },
      { id: 'measures-p1', type: 'paragraph', text: '夯实基础。办理行政复议案件135件（鄂营商发〔2025〕1号）。' },
    ]);
  });

  test('a page without a report body has no blocks', () => {
    expect(pageBlocks('<html><body><h1>搜索</h1><p id="x">说明</p></body></html>')).toEqual({ title: '搜索', blocks: [] });
  });
});

describe('sectionBlocks', () => {
  test('a table counts row by row, its cells a space apart', () => {
    expect(sectionBlocks('<div class="table-scroll"><table><thead><tr id="m-t1-r1"><th>项目</th><th>数量</th></tr></thead><tbody><tr id="m-t1-r2"><td>行政复议</td><td>135件</td></tr></tbody></table></div>')).toEqual([
      { id: 'm-t1-r1', type: 'table-row', text: '项目 数量' },
      { id: 'm-t1-r2', type: 'table-row', text: '行政复议 135件' },
    ]);
  });

  test('a rendered section is report text throughout', () => {
    expect(sectionBlocks('<h2 id="plans-h1">（一）甲</h2>\n<p id="plans-p1">乙。</p>')).toEqual([
      { id: 'plans-h1', type: 'heading', text: '（一）甲' },
      { id: 'plans-p1', type: 'paragraph', text: '乙。' },
    ]);
  });
});
