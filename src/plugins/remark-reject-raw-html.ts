import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError } from '../lib/content-error.ts';
import { vfileDisplayPath } from './vfile-path.ts';

/**
 * Content is plain Markdown. Raw HTML would bypass every guarantee of the layout
 * (accessibility, security, search), so any HTML tag in a content file stops the build.
 */
export default function remarkRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    const problems: ConstructorParameters<typeof ContentError>[0] = [];
    visit(tree, 'html', (node) => {
      const tag = /^<\/?([A-Za-z][\w-]*)|^<!--/.exec(node.value)?.[1] ?? node.value.slice(0, 20);
      problems.push({
        file: vfileDisplayPath(file),
        line: node.position?.start.line,
        zh: `正文中不能使用 HTML 代码（发现 ${tag}）。请改用 Markdown 书写，或删除这段代码`,
        en: `raw HTML is not allowed in content (found ${tag})`,
      });
    });
    if (problems.length > 0) throw new ContentError(problems);
  };
}
