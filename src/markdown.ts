import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRejectRawHtml from './plugins/remark-reject-raw-html.ts';
import rehypeBlockIds from './plugins/rehype-block-ids.ts';
import rehypeExternalLinks from './plugins/rehype-external-links.ts';
import { t } from './i18n/zh-CN.ts';
import { loadSiteConfig } from './lib/site-config.ts';

const site = loadSiteConfig();

/**
 * The Markdown pipeline of report content, shared by astro.config.mjs and the unit tests.
 * SmartyPants is off: it would rewrite quotes and dashes, and the report's words and
 * punctuation must stay exactly as issued.
 */
export const reportMarkdown = {
  gfm: true,
  smartypants: false,
  // CommonMark does not close ** after Chinese punctuation such as 。 before a letter;
  // remark-cjk-friendly fixes exactly that, so **坚持……。**深入 renders as printed.
  remarkPlugins: [remarkCjkFriendly, remarkRejectRawHtml],
  rehypePlugins: [
    rehypeBlockIds,
    [rehypeExternalLinks, { siteUrl: new URL(site.basePath, site.url).href, ownDomains: site.ownDomains, hiddenLabel: t.externalLink }],
  ],
};
