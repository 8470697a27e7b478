import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { externalRel, linkKind, type ExternalLinkRules } from '../site/external-links.ts';

export interface ExternalLinkOptions extends ExternalLinkRules {
  /** Visually hidden text appended to the link, e.g. （外部链接） */
  hiddenLabel: string;
}

/**
 * Mark every link in report content that leaves the site the same way as ExternalLink.astro:
 * rel="noopener noreferrer", visually hidden text for screen readers, and
 * data-external ("prompt" or "own-portal"), which draws the icon (CSS) and drives the leave-site dialog.
 */
export default function rehypeExternalLinks(options: ExternalLinkOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties?.href !== 'string') return;
      const kind = linkKind(node.properties.href, options);
      if (kind === 'internal') return;
      node.properties = {
        ...node.properties,
        rel: externalRel.split(' '),
        dataExternal: kind === 'own-portal' ? 'own-portal' : 'prompt',
      };
      node.children.push(
        { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: options.hiddenLabel }] },
      );
    });
  };
}
