import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface SiteLinkOptions {
  /** The site's sub-path, e.g. /fzzfbg/ ("/" at a domain root) */
  base: string;
}

/**
 * Staff write links inside the site from the site root (/2024/plans/); the site may be
 * served under a sub-path, so the base is put in front of every such link.
 */
export default function rehypeSiteLinks({ base }: SiteLinkOptions) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = prefix + href;
      }
    });
  };
}
