import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRejectRawHtml from './plugins/remark-reject-raw-html.ts';
import remarkRejectUnsafeLinks from './plugins/remark-reject-unsafe-links.ts';
import remarkRequireAlt from './plugins/remark-require-alt.ts';
import rehypeBlockIds from './plugins/rehype-block-ids.ts';
import rehypeSiteLinks from './plugins/rehype-site-links.ts';
import rehypeExternalLinks from './plugins/rehype-external-links.ts';
import { t } from './i18n/zh-CN.ts';
import { loadSiteConfig } from './lib/site-config.ts';

/**
 * The Markdown pipeline of report content, shared by astro.config.mjs, `npm run check` and
 * the unit tests. SmartyPants is off: it would rewrite quotes and dashes, and the report's
 * words and punctuation must stay exactly as issued. `base` is the site's sub-path.
 */
export function reportMarkdownFor(base: string): UnifiedProcessorOptions {
  const site = loadSiteConfig();
  return {
    gfm: true,
    smartypants: false,
    // CommonMark does not close ** after Chinese punctuation such as 。 before a letter;
    // remark-cjk-friendly fixes exactly that, so **坚持……。**深入 renders as printed.
    remarkPlugins: [remarkCjkFriendly, remarkRejectRawHtml, remarkRejectUnsafeLinks, remarkRequireAlt],
    rehypePlugins: [
      rehypeBlockIds,
      [rehypeSiteLinks, { base }],
      [rehypeExternalLinks, { siteUrl: new URL(base, site.url).href, ownDomains: site.ownDomains, hiddenLabel: t.externalLink }],
    ],
  };
}

/** The pipeline at a domain root. */
export const reportMarkdown = reportMarkdownFor('/');
