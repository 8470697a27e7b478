import type { PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';
import type { TextRun } from '../official-text/official-text.ts';
import { normaliseRuns } from './clean-blocks.ts';
import type { Chapter, ChapterBlock } from './recognised-report.ts';
import { yamlWithComments } from './yaml-text.ts';

/**
 * A chapter as a section file: front matter with its title, then its text as Markdown. The
 * Markdown is serialised from a syntax tree by mdast-util-to-markdown, so that whatever in the
 * text Markdown would read as syntax (a leading "1. ", "#", "*", "|" in a table) is escaped.
 * GFM writes the tables; the CJK-friendly extension writes **（一）标题。**正文 as the site's
 * parser (remark-cjk-friendly) reads it, instead of escaping the character after the bold.
 */
export function sectionFile(chapter: Chapter, navTitle?: string): string {
  const frontMatter = yamlWithComments(
    { title: chapter.title, ...(navTitle && { navTitle }) },
    {
      title: '章节标题，须与正式文本一致（序号由文件名自动生成，不写在这里）',
      navTitle: '导航中显示的简短标题',
    },
  );
  const tree: Root = { type: 'root', children: chapter.blocks.map(blockNode) };
  const body = toMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false }), cjkFriendlyToMarkdown()] });
  return `---\n${frontMatter}---\n\n${body}`;
}

function blockNode(block: ChapterBlock): RootContent {
  switch (block.kind) {
    case 'subheading':
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
    case 'paragraph': {
      const runs: TextRun[] = block.runInSubheading ? [{ text: block.runInSubheading, bold: true }, ...block.runs] : block.runs;
      return { type: 'paragraph', children: normaliseRuns(runs).map(phrasing) };
    }
    case 'table': {
      // GFM tables have a header row (the first) and one cell count; a cell stays on one line.
      const width = Math.max(...block.rows.map((row) => row.length));
      const rows: TableRow[] = block.rows.map((row) => ({
        type: 'tableRow',
        children: Array.from({ length: width }, (_, index) => ({
          type: 'tableCell',
          children: row[index] ? [{ type: 'text', value: row[index].replaceAll('\n', ' ') }] : [],
        })),
      }));
      return { type: 'table', align: Array<null>(width).fill(null), children: rows };
    }
  }
}

function phrasing(run: TextRun): PhrasingContent {
  const text: PhrasingContent = { type: 'text', value: run.text };
  return run.bold ? { type: 'strong', children: [text] } : text;
}
