import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../../../src/content/front-matter.ts';
import { sectionFile } from '../../../src/import/section-markdown.ts';
import type { Chapter, ChapterBlock } from '../../../src/import/recognised-report.ts';
import { createSectionRenderer } from '../../../src/markdown/pipeline.ts';

const renderSection = createSectionRenderer({ base: '/', siteUrl: 'https://fixture.example/', ownDomains: [], externalLinkLabel: '', tableLabel: '表格' });
const chapter = (blocks: ChapterBlock[], title = '主要举措和成效'): Chapter => ({ number: 1, title, blocks });
const paragraph = (text: string): ChapterBlock => ({ kind: 'paragraph', runs: [{ text, bold: false }] });

/** The file as the site renders it: its front matter, and each block's text. */
async function rendered(file: string) {
  const { frontMatter, body } = splitFrontMatter(file, 'test.md');
  const html = await renderSection(body, 'measures');
  const fragment = fromHtml(html.html, { fragment: true });
  return { frontMatter: parse(frontMatter) as unknown, problems: html.problems, blocks: fragment.children.filter((node) => node.type === 'element').map((node) => [node.tagName, toString(node)]) };
}

describe('sectionFile', () => {
  test('headings, run-in leads in bold, bold runs', () => {
    const file = sectionFile(chapter([
      { kind: 'subheading', text: '（一）坚持领导' },
      { kind: 'paragraph', runInSubheading: '（二）深化改革。', runs: [{ text: '取得', bold: false }, { text: '进展', bold: true }, { text: '。', bold: false }] },
      { kind: 'paragraph', runInSubheading: '（三）严格执法。', runs: [{ text: '全面加粗。', bold: true }] },
    ]));
    expect(file).toBe([
      '---', '# 章节标题，须与正式文本一致（序号由文件名自动生成，不写在这里）', 'title: 主要举措和成效', '---', '',
      '## （一）坚持领导', '', '**（二）深化改革。**取得**进展**。', '', '**（三）严格执法。全面加粗。**', '',
    ].join('\n'));
  });

  test('text that Markdown would read as syntax is escaped, and reads back as written', async () => {
    const texts = ['1. 坚持', '2.坚持', '# 不是标题', '* 不是列表', '+ 加号开头', '- 减号开头', '> 不是引用', '<script>不是代码</script>', '[不是链接](javascript:x)', '下划线_斜体_', '反引号`代码`', '&amp;实体', '首违不罚+公益减罚', '\\反斜杠'];
    const result = await rendered(sectionFile(chapter(texts.map(paragraph))));
    expect(result.problems).toEqual([]);
    expect(result.blocks).toEqual(texts.map((text) => ['p', text]));
  });

  test('tables: the first row is the header, cells on one line, pipes escaped, rows padded', async () => {
    const file = sectionFile(chapter([{ kind: 'table', rows: [['项目', '数量'], ['案件|类', '371', '多出'], ['第一行\n第二行']] }]));
    expect(file).toContain('| 项目 | 数量 | |\n| - | - | - |\n| 案件\\|类 | 371 | 多出 |\n| 第一行 第二行 | | |\n');
    const result = await rendered(file);
    expect(result.problems).toEqual([]);
    // The site sets a table in a scrolling region of its own (src/markdown/rehype-accessible-tables.ts).
    expect(result.blocks).toEqual([['div', expect.stringContaining('案件|类')]]);
  });

  test('front matter: titles YAML must quote are quoted; the duties chapter has its navigation title', async () => {
    const result = await rendered(sectionFile(chapter([paragraph('正文。')], '#1: 第一责任人'), '党政主要负责人履职情况'));
    expect(result.frontMatter).toEqual({ title: '#1: 第一责任人', navTitle: '党政主要负责人履职情况' });
  });
});
