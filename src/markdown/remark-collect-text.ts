import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The words of one block of the Markdown (a heading, a paragraph, a table cell) and its line. */
export interface TextLine { line: number; text: string }

declare module 'vfile' {
  interface DataMap {
    /** Every block's text in reading order, as the reader will see it (Markdown syntax gone) */
    textLines: TextLine[];
  }
}

/**
 * Collect the text of the section block by block with the line it starts on, so that the
 * content check can compare it with the official document and name the line where they differ.
 */
export default function remarkCollectText() {
  return (tree: Root, file: VFile) => {
    const lines: TextLine[] = [];
    visit(tree, ['heading', 'paragraph', 'tableCell'], (node) => {
      lines.push({ line: node.position?.start.line ?? 1, text: toString(node, { includeImageAlt: false }) });
      return 'skip';
    });
    file.data.textLines = lines;
  };
}
