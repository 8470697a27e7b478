import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A heading or paragraph of a rendered section, with the id readers can link to. */
export interface Block {
  id: string;
  type: 'heading' | 'paragraph';
  text: string;
}

/** Every top-level heading and paragraph that carries an id (see rehype-block-ids), in reading order. */
export function sectionBlocks(html: string): Block[] {
  const tree = fromHtml(html, { fragment: true });
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element' || typeof node.properties?.id !== 'string') continue;
    const type = node.tagName === 'p' ? 'paragraph' : /^h[1-6]$/.test(node.tagName) ? 'heading' : undefined;
    if (type) blocks.push({ id: node.properties.id, type, text: toString(node) });
  }
  return blocks;
}

/** Every id anywhere in the fragment: the anchors a link into this section may point at. */
export function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (typeof node.properties?.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/** The href of every link in the fragment, in order. */
export function linkTargets(html: string): string[] {
  const hrefs: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties?.href === 'string') hrefs.push(node.properties.href);
  });
  return hrefs;
}
