import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { reportMarkdown } from '../../src/markdown.ts';

const processor = await createMarkdownProcessor(reportMarkdown);

async function render(markdown: string, path = `${process.cwd()}/content/reports/2024/01-measures.md`): Promise<string> {
  const { code } = await processor.render(markdown, { fileURL: new URL(`file://${path}`) });
  return code.trim();
}

describe('rehype-block-ids', () => {
  test('numbers headings and paragraphs in reading order, prefixed with the section slug', async () => {
    const html = await render('## （一）甲\n\n第一段。\n\n第二段。\n\n## （二）乙\n\n第三段。');
    expect(html).toBe([
      '<h2 id="measures-h1">（一）甲</h2>',
      '<p id="measures-p1">第一段。</p>',
      '<p id="measures-p2">第二段。</p>',
      '<h2 id="measures-h2">（二）乙</h2>',
      '<p id="measures-p3">第三段。</p>',
    ].join('\n'));
  });

  test('takes the prefix from the section file name', async () => {
    expect(await render('一是……。', '/x/reports/2099/02-problems.md')).toBe('<p id="problems-p1">一是……。</p>');
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

describe('remark-reject-raw-html', () => {
  test.each([
    ['<script>alert(1)</script>', 'script'],
    ['<iframe src="https://example.com"></iframe>', 'iframe'],
    ['段落<span onclick="x()">文字</span>', 'span'],
  ])('stops the build on %s, naming the file and the line', async (markdown, tag) => {
    const error = await render(`第一段。\n\n${markdown}`).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('内容错误：content/reports/2024/01-measures.md 第 3 行');
    expect(message).toContain('不能使用 HTML');
    expect(message).toContain(tag);
    expect(message).toContain('raw HTML is not allowed');
  });
});
