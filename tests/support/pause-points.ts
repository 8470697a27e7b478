/**
 * Where a page may be cut in two when the network stalls (for tests/support/pausing-proxy.ts):
 * byte offsets of the page, read from its HTML with hast-util-from-html's positions.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

const bytesBefore = (html: string, offset: number) => Buffer.byteLength(html.slice(0, offset));

function findElement(node: Nodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every place the parser may stand: the start of every element and of every text that is not
 * white space, from <body> to the end of the element `until` (by default <main>, where the
 * reader's content ends).
 */
export function pausePoints(html: string, until: 'main' | 'body' = 'main'): number[] {
  const tree = fromHtml(html);
  const body = findElement(tree, 'body');
  const end = findElement(tree, until)?.position?.end.offset ?? html.length;
  const offsets: number[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    if (start !== undefined && (node.type === 'element' || (node.type === 'text' && node.value.trim()))) offsets.push(start);
    if ('children' in node) node.children.forEach(visit);
  };
  if (body) visit(body);
  return offsets.filter((offset) => offset < end).map((offset) => bytesBefore(html, offset));
}

/** Just after the page's title (its <h1>): a first part that is the header and the title only. */
export function afterTitle(html: string): number {
  const end = findElement(fromHtml(html), 'h1')?.position?.end.offset;
  if (end === undefined) throw new Error('the page has no <h1>');
  return bytesBefore(html, end);
}
