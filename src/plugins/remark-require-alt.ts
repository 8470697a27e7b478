import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError, type ContentProblem } from '../lib/content-error.ts';
import { vfileDisplayPath } from './vfile-path.ts';

/** Every image needs a text alternative for readers who cannot see it: ![说明文字](图片.png). */
export default function remarkRequireAlt() {
  return (tree: Root, file: VFile) => {
    const problems: ContentProblem[] = [];
    visit(tree, ['image', 'imageReference'], (node) => {
      if ((node as { alt?: string | null }).alt?.trim()) return;
      problems.push({
        file: vfileDisplayPath(file),
        line: node.position?.start.line,
        zh: '图片缺少说明文字（替代文本）。请写成 ![图片内容的说明](图片地址)',
        en: 'image without alt text',
      });
    });
    if (problems.length > 0) throw new ContentError(problems);
  };
}
