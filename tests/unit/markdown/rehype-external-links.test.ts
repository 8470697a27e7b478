import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, test } from 'vitest';
import rehypeExternalLinks from '../../../src/markdown/rehype-external-links.ts';
import { linkKind } from '../../../src/site/external-links.ts';

const rules = { siteUrl: 'https://www.zengdu.gov.cn/fzzfbg/', ownDomains: ['www.zengdu.gov.cn', 'zwfw.zengdu.gov.cn'] };

async function render(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkRehype)
    .use(rehypeExternalLinks, { ...rules, hiddenLabel: '（外部链接）' }).use(rehypeStringify).process(markdown);
  return String(file);
}

describe('rehype-external-links', () => {
  test('marks a link to another site with rel, hidden text and the prompt flag', async () => {
    expect(await render('见[中国政府网](https://www.gov.cn/)。')).toBe(
      '<p>见<a href="https://www.gov.cn/" rel="noopener noreferrer" data-external="prompt">中国政府网<span class="sr-only">（外部链接）</span></a>。</p>',
    );
  });

  test('a link to the portal outside this site is marked but skips the prompt', async () => {
    expect(await render('[区政府](https://www.zengdu.gov.cn/xxgk/)')).toContain('data-external="own-portal"');
    expect(await render('[区政府](https://zwfw.zengdu.gov.cn/)')).toContain('rel="noopener noreferrer"');
  });

  test('relative links, fragments and links inside the site stay untouched', async () => {
    for (const href of ['../measures/', '#measures-p1', '/fzzfbg/2024/', 'https://www.zengdu.gov.cn/fzzfbg/2024/full/', 'mailto:a@b.cn']) {
      expect(await render(`[x](${href})`)).toBe(`<p><a href="${href}">x</a></p>`);
    }
  });
});

describe('linkKind', () => {
  test('another host, the portal, and this site', () => {
    expect(linkKind('http://www.hubei.gov.cn/', rules)).toBe('external');
    expect(linkKind('https://WWW.ZENGDU.GOV.CN/', rules)).toBe('own-portal');
    expect(linkKind('https://www.zengdu.gov.cn/fzzfbg', rules)).toBe('internal');
    expect(linkKind('https://www.zengdu.gov.cn/fzzfbgx/', rules)).toBe('own-portal');
  });
});
