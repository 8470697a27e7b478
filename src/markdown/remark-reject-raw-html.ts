import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportProblem } from './problems.ts';

/**
 * Content is plain Markdown. Raw HTML would bypass every guarantee of the layout
 * (accessibility, security, search), so any HTML tag in a content file is a problem.
 */
export default function remarkRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const tag = /^<\/?([A-Za-z][\w-]*)|^<!--/.exec(node.value)?.[1] ?? node.value.slice(0, 20);
      reportProblem(file, node,
        `正文中不能使用 HTML 代码（发现 ${tag}）。请改用 Markdown 书写，或删除这段代码`,
        `raw HTML is not allowed in content (found ${tag})`);
    });
  };
}
