import { describe, expect, test } from 'vitest';
import { createSectionRenderer, type MarkdownSettings } from '../../../src/markdown/pipeline.ts';

const settings: MarkdownSettings = {
  base: '/fzzfbg/',
  siteUrl: 'https://www.example.gov.cn/fzzfbg/',
  ownDomains: ['www.example.gov.cn'],
  externalLinkLabel: '（外部链接）',
  tableLabel: '表格',
};
const renderSection = createSectionRenderer(settings);

async function render(markdown: string, slug = 'measures'): Promise<string> {
  const { html, problems } = await renderSection(markdown, slug);
  expect(problems).toEqual([]);
  return html.trim();
}

describe('rehype-block-ids', () => {
  test('numbers headings and paragraphs in reading order, prefixed with the section slug', async () => {
    const { html, headings } = await renderSection('## （一）甲\n\n第一段。\n\n第二段。\n\n## （二）乙\n\n第三段。', 'measures');
    expect(html.trim()).toBe([
      '<h2 id="measures-h1">（一）甲</h2>',
      '<p id="measures-p1">第一段。</p>',
      '<p id="measures-p2">第二段。</p>',
      '<h2 id="measures-h2">（二）乙</h2>',
      '<p id="measures-p3">第三段。</p>',
    ].join('\n'));
    expect(headings).toEqual([{ depth: 2, id: 'measures-h1', text: '（一）甲' }, { depth: 2, id: 'measures-h2', text: '（二）乙' }]);
  });

  test('takes the prefix it is given', async () => {
    expect(await render('一是……。', 'problems')).toBe('<p id="problems-p1">一是……。</p>');
  });
});

describe('Chinese emphasis and punctuation', () => {
  test('a bold lead sentence ending in 。 closes before the following Chinese text', async () => {
    expect(await render('**坚持用习近平法治思想掌舵领航。**深入学习贯彻习近平法治思想。'))
      .toBe('<p id="measures-p1"><strong>坚持用习近平法治思想掌舵领航。</strong>深入学习贯彻习近平法治思想。</p>');
  });

  test('quotes, dashes and brackets stay exactly as written (no SmartyPants)', async () => {
    const text = '“探索推动‘首违不罚+公益减罚+轻微速罚’执法新模式”（鄂营商发〔2025〕1号）2023-2027年 "a" -- ...';
    expect(await render(text)).toBe(`<p id="measures-p1">${text}</p>`);
  });
});

describe('site settings come from the caller', () => {
  test('links from the site root get the base path, and other sites are marked by the given rules', async () => {
    expect(await render('见[全文](/2024/full/)。')).toBe('<p id="measures-p1">见<a href="/fzzfbg/2024/full/">全文</a>。</p>');
    const other = createSectionRenderer({ ...settings, base: '/', siteUrl: 'https://other.example/', ownDomains: [] });
    expect((await other('见[全文](/2024/full/)。', 'measures')).html).toContain('href="/2024/full/"');
    expect((await other('[门户](https://www.example.gov.cn/)', 'measures')).html).toContain('data-external="prompt"');
    expect(await render('[门户](https://www.example.gov.cn/)')).toContain('data-external="own-portal"');
  });
});

describe('problems are reported with their line, never published', () => {
  test.each([
    ['<script>alert(1)</script>', 'script'],
    ['<iframe src="https://example.com"></iframe>', 'iframe'],
    ['段落<span onclick="x()">文字</span>', 'span'],
  ])('raw HTML %s', async (markdown, tag) => {
    const { html, problems } = await renderSection(`第一段。\n\n${markdown}`, 'measures');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.line === 3)).toBe(true);
    expect(problems[0].en).toBe(`raw HTML is not allowed in content (found ${tag})`);
    expect(problems[0].zh).toContain('不能使用 HTML');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onclick');
  });

  test('unsafe links and images without alt text, each with its line', async () => {
    const { problems } = await renderSection('[点击](javascript:alert(1))\n\n![](https://example.com/a.png)\n\n![图表](data:image/png;base64,AAAA)', 'measures');
    expect(problems.map((problem) => [problem.line, problem.en])).toEqual([
      [1, 'unsafe link "javascript:alert(1)": javascript:, vbscript: and data: URLs are not allowed'],
      [3, 'image without alt text'],
      [5, 'unsafe link "data:image/png;base64,AAAA": javascript:, vbscript: and data: URLs are not allowed'],
    ]);
  });
});

describe('GFM tables', () => {
  test('render as accessible tables: column headers, a focusable scrolling region named by them, an id per row', async () => {
    const html = await render('| 项目 | 数量 |\n| --- | --- |\n| 行政复议 | 135件 |');
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="表格：项目、数量"><table>');
    expect(html).toContain('<tr id="measures-t1-r1">\n<th scope="col">项目</th>');
    expect(html).toContain('<tr id="measures-t1-r2">\n<td>行政复议</td>\n<td>135件</td>');
  });

  test('every cell\'s text is collected for the comparison with the official document', async () => {
    const { textLines } = await renderSection('表1\n\n| 项目 | 数量 |\n| --- | --- |\n| 行政复议 | 135件 |', 'measures');
    expect(textLines).toEqual([{ line: 1, text: '表1' }, { line: 3, text: '项目' }, { line: 3, text: '数量' }, { line: 5, text: '行政复议' }, { line: 5, text: '135件' }]);
  });

  test('each table sits in a region of its own, and its rows are numbered per table', async () => {
    const html = await render('| 项目 | 数量 |\n| --- | --- |\n| 行政复议 | 135件 |\n\n| 甲 |\n| --- |\n| 乙 |');
    expect(html.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="表格：[^"]+"><table>/g)).toHaveLength(2);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
    expect(html).toContain('<tr id="measures-t2-r2">');
  });

  test('column alignment becomes data-align (HTML has no align attribute any more)', async () => {
    const html = await render('| 项目 | 数量 | 备注 |\n| :-- | --: | :-: |\n| 行政复议 | 135件 | 无 |');
    expect(html).toContain('<th scope="col" data-align="left">项目</th>');
    expect(html).toContain('<td data-align="right">135件</td>');
    expect(html).toContain('<td data-align="center">无</td>');
    expect(html).not.toContain(' align=');
  });
});
