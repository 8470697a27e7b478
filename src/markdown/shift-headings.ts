import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * Push every heading of an HTML fragment down by `levels` (h2 → h3 …, never past h6).
 * A section's own page opens with its title as h1; on the full-text page the report title
 * is h1 and section titles are h2, so the same rendered section needs one level more.
 */
export function shiftHeadings(html: string, levels: number): string {
  if (levels === 0) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    const match = /^h([1-6])$/.exec(node.tagName);
    if (match) node.tagName = `h${Math.min(6, Number(match[1]) + levels)}`;
  });
  return toHtml(tree);
}
