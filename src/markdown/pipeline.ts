import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeAccessibleTables from './rehype-accessible-tables.ts';
import rehypeBlockIds, { type Heading } from './rehype-block-ids.ts';
import remarkCollectText, { type TextLine } from './remark-collect-text.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeSiteLinks from './rehype-site-links.ts';
import remarkRejectRawHtml from './remark-reject-raw-html.ts';
import remarkRejectUnsafeLinks from './remark-reject-unsafe-links.ts';
import remarkRequireAlt from './remark-require-alt.ts';

/** What the pipeline needs to know of the site, given by the caller (never read from a global). */
export interface MarkdownSettings {
  /** The site's sub-path, e.g. /fzzfbg/ ("/" at a domain root) */
  base: string;
  /** The site's canonical URL including its base path, e.g. https://www.zengdu.gov.cn/fzzfbg/ */
  siteUrl: string;
  /** Host names of the portal itself: links there are marked as leaving but not prompted */
  ownDomains: readonly string[];
  /** Visually hidden text after every link that leaves the site, e.g. （外部链接） */
  externalLinkLabel: string;
  /** The word that starts a table's accessible name, e.g. 表格 */
  tableLabel: string;
}

/** A problem a plugin found, at a line of the Markdown. */
export interface MarkdownProblem { line?: number; zh: string; en: string }

export interface RenderedSection {
  html: string;
  headings: Heading[];
  /** The section's text block by block, with lines, for the comparison with the official document */
  textLines: TextLine[];
  /** Empty when the Markdown is fine; the HTML must not be published otherwise */
  problems: MarkdownProblem[];
}

/**
 * The Markdown pipeline of report sections. GFM (tables), and no SmartyPants: quotes and dashes
 * stay exactly as issued. CommonMark does not close ** after Chinese punctuation such as 。
 * before a letter; remark-cjk-friendly fixes exactly that, so **坚持……。**深入 renders as printed.
 * Raw HTML is refused by a plugin and never passed through.
 */
export function createSectionRenderer(settings: MarkdownSettings) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkRejectRawHtml)
    .use(remarkRejectUnsafeLinks)
    .use(remarkRequireAlt)
    .use(remarkCollectText)
    .use(remarkRehype)
    .use(rehypeBlockIds)
    .use(rehypeAccessibleTables, { label: settings.tableLabel })
    .use(rehypeSiteLinks, { base: settings.base })
    .use(rehypeExternalLinks, { siteUrl: settings.siteUrl, ownDomains: settings.ownDomains, hiddenLabel: settings.externalLinkLabel })
    .use(rehypeStringify);

  /** Render one section; `slug` prefixes its block ids. */
  return async function renderSection(markdown: string, slug: string): Promise<RenderedSection> {
    const file = new VFile({ value: markdown, data: { blockIdPrefix: slug } });
    const html = String(await processor.process(file));
    return {
      html,
      headings: file.data.headings ?? [],
      textLines: file.data.textLines ?? [],
      problems: file.messages
        .map((message) => ({ line: message.line ?? undefined, zh: message.reason, en: message.note ?? message.reason }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    };
  };
}
