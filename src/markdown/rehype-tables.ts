import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * GFM column alignment (| :-- | --: | :-: |) arrives as the `align` attribute on each cell, which
 * HTML no longer has (html-validate refuses it). It becomes data-align="left|right|center",
 * which styles/prose.css aligns.
 */
export default function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'th' || node.tagName === 'td') && typeof node.properties?.align === 'string') {
        node.properties.dataAlign = node.properties.align;
        delete node.properties.align;
      }
    });
  };
}
