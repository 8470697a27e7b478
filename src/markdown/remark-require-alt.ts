import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportProblem } from './problems.ts';

/** Every image needs a text alternative for readers who cannot see it: ![说明文字](图片.png). */
export default function remarkRequireAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['image', 'imageReference'], (node) => {
      if ((node as { alt?: string | null }).alt?.trim()) return;
      reportProblem(file, node, '图片缺少说明文字（替代文本）。请写成 ![图片内容的说明](图片地址)', 'image without alt text');
    });
  };
}
