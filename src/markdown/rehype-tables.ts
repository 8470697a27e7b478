import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface TableOptions {
  /** Accessible name of the box that scrolls a wide table sideways, e.g. 表格 */
  label: string;
}

/**
 * GFM tables, made fit for a phone and for HTML:
 * - each table sits in a box (a figure) that scrolls sideways when the table is wider than the
 *   column (numbers are never broken across lines, and the page itself never scrolls
 *   sideways); the box is named and reachable by keyboard, so it scrolls without a pointer;
 * - column alignment (| :-- | --: | :-: |) arrives as the `align` attribute on each cell, which
 *   HTML no longer has (html-validate refuses it): it becomes data-align="left|right|center".
 * styles/prose.css styles both.
 */
export default function rehypeTables({ label }: TableOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'th' || node.tagName === 'td') && typeof node.properties?.align === 'string') {
        node.properties.dataAlign = node.properties.align;
        delete node.properties.align;
      }
    });
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { dataTableScroll: '', ariaLabel: label, tabIndex: 0 },
        children: [node],
      };
      return [SKIP, index + 1];
    });
  };
}
