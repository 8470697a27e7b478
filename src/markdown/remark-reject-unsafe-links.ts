import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportProblem } from './problems.ts';

/** Schemes that run code or smuggle content instead of leading to a page. */
const unsafeScheme = /^\s*(javascript|vbscript|data):/i;

/** A link or image whose address would run script is a problem. */
export default function remarkRejectUnsafeLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const url = (node as { url: string }).url;
      if (!unsafeScheme.test(url)) return;
      reportProblem(file, node,
        `链接地址“${url.slice(0, 40)}”不安全，不能使用 javascript:、vbscript: 或 data: 开头的地址`,
        `unsafe link "${url.slice(0, 40)}": javascript:, vbscript: and data: URLs are not allowed`);
    });
  };
}
