import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

/** A heading of a section, for its contents list. */
export interface Heading { depth: number; id: string; text: string }

declare module 'vfile' {
  interface DataMap {
    /** Prefix of the section's block ids: its slug (set by whoever renders the section) */
    blockIdPrefix: string;
    /** Every heading the plugin gave an id, in reading order */
    headings: Heading[];
  }
}

/**
 * Give every top-level heading and paragraph a stable id, so that any paragraph of the
 * report can be linked to and found by search: `<slug>-h<n>` for headings and `<slug>-p<n>`
 * for paragraphs, counted in reading order. The slug prefix keeps ids unique on the
 * full-text page, where all sections stand together. The headings are collected in
 * file.data.headings for the section's contents list.
 */
export default function rehypeBlockIds() {
  return (tree: Root, file: VFile) => {
    const prefix = file.data.blockIdPrefix ?? 'section';
    const headings: Heading[] = [];
    let paragraphs = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const level = /^h([2-6])$/.exec(node.tagName);
      if (level) {
        const id = `${prefix}-h${headings.length + 1}`;
        setId(node, id);
        headings.push({ depth: Number(level[1]), id, text: toString(node) });
      } else if (node.tagName === 'p') {
        setId(node, `${prefix}-p${++paragraphs}`);
      }
    }
    file.data.headings = headings;
  };
}

function setId(node: Element, id: string) {
  node.properties = { ...node.properties, id };
}
