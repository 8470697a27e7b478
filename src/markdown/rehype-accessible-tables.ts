import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

export interface TableOptions {
  /** The word that starts each table's accessible name, e.g. 表格 (表格：项目、数量) */
  label: string;
}

/**
 * Tables from staff Markdown (GFM), made readable by everyone: the header row's cells are column
 * headers (`scope="col"`), and each table sits in a region that scrolls sideways on a narrow
 * phone (numbers are never broken, the page never scrolls sideways), which keyboard users can
 * focus and screen-reader users hear named by its headers. Each row gets a stable id
 * (`<slug>-t<n>-r<m>`), so that search, open data and key figures can point at it like at a
 * paragraph. Column alignment (| :-- | --: |) arrives as `align`, which HTML no longer has: it
 * becomes data-align. styles/prose.css styles both.
 */
export default function rehypeAccessibleTables({ label }: TableOptions) {
  return (tree: Root, file: VFile) => {
    const prefix = file.data.blockIdPrefix ?? 'section';
    let tables = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'table') return node;
      tables += 1;
      const rows = descendants(node, 'tr');
      rows.forEach((row, index) => { row.properties = { ...row.properties, id: `${prefix}-t${tables}-r${index + 1}` }; });
      for (const cell of descendants(node, 'th')) cell.properties = { ...cell.properties, scope: 'col' };
      for (const cell of [...descendants(node, 'th'), ...descendants(node, 'td')]) {
        const { align, ...properties } = cell.properties ?? {};
        cell.properties = typeof align === 'string' ? { ...properties, dataAlign: align } : properties;
      }
      const headers = descendants(node, 'th').map((cell) => toString(cell).trim()).filter(Boolean);
      const region: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `${label}：${headers.join('、')}` },
        children: [node],
      };
      return region;
    });
  };
}

function descendants(node: Element, tagName: string): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [...(child.tagName === tagName ? [child] : []), ...descendants(child, tagName)] : []));
}
