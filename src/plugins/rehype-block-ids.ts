import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { sectionFileName } from '../schemas/section.ts';

export interface BlockIdOptions {
  /** Prefix for every id; defaults to the section slug taken from the file name (NN-slug.md) */
  prefix?: string;
}

/**
 * Give every top-level heading and paragraph a stable id, so that any paragraph of the
 * report can be linked to and found by search: `<slug>-h<n>` for headings and `<slug>-p<n>`
 * for paragraphs, counted in reading order. The slug prefix keeps ids unique on the
 * full-text page, where all sections stand together.
 */
export default function rehypeBlockIds(options: BlockIdOptions = {}) {
  return (tree: Root, file: VFile) => {
    const prefix = options.prefix ?? slugFromPath(file.path) ?? 'section';
    let headings = 0;
    let paragraphs = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (/^h[2-6]$/.test(node.tagName)) setId(node, `${prefix}-h${++headings}`);
      else if (node.tagName === 'p') setId(node, `${prefix}-p${++paragraphs}`);
    }
  };
}

function setId(node: Element, id: string) {
  node.properties = { ...node.properties, id };
}

function slugFromPath(path: string | undefined): string | undefined {
  const name = path?.split(/[\\/]/).pop();
  return name ? sectionFileName.exec(name)?.[2] : undefined;
}
