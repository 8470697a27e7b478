import { extractFrontmatter } from '@astrojs/markdown-remark';
import { ContentError } from './problems.ts';

/**
 * Split a section file into its front matter (YAML) and its Markdown body, with Astro's own
 * front-matter reader. Both parts keep their line numbers (the other part's lines are left
 * empty), so the YAML parser and the Markdown plugins report lines of the file itself.
 */
export function splitFrontMatter(text: string, file: string): { frontMatter: string; body: string } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) {
    throw new ContentError({ file, line: 1, zh: '文件须以 --- 开头的头部信息（front matter）开始，其中至少写明 title', en: 'file must start with --- front matter' });
  }
  const raw = extractFrontmatter(source);
  if (raw === undefined) {
    throw new ContentError({ file, line: 1, zh: '头部信息没有以 --- 结束，请在 title 等字段之后加一行 ---', en: 'front matter is not closed with ---' });
  }
  // raw is what stands between the two --- lines, starting with the newline after the first.
  const bodyStart = '---'.length + raw.length + '---'.length;
  const linesBefore = source.slice(0, bodyStart).split('\n').length - 1;
  return { frontMatter: raw.replace(/\n$/, ''), body: '\n'.repeat(linesBefore) + source.slice(bodyStart) };
}
