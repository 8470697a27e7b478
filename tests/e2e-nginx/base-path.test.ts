/**
 * The build works at the base path it was built for: every URL written into any text file of
 * dist/ (pages, styles, sitemap, feeds, data, search index entry) that points into the site lies
 * under the base path and is served by nginx. Canonical (absolute) URLs use site.yaml's origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, pageFile } from '../../src/build/dist-files.ts';
import { describe, expect, pageUrl, siteOrigin, test } from '../support/browser.ts';
import { allPages, siteDist, siteSettings as site } from '../support/site-under-test.ts';

const canonicalOrigin = new URL(site.url).origin;

/** URLs in attributes, CSS url(), XML elements and JSON strings; scripts are left to the browser tests. */
const urlPatterns = [
  /\s(?:href|src|action|poster|content)="([^"]+)"/g,
  /url\(\s*["']?([^"')]+)["']?\s*\)/g,
  /<(?:loc|link|id|uri)>([^<]+)<\//g,
  /"(?:url|href|link|src|id)"\s*:\s*"([^"]+)"/g,
];
const textFile = /\.(?:html|css|xml|json|txt|webmanifest)$/;

/** Internal URLs of a file, as site paths (pathname + search), with where they were found. */
function internalUrls(file: string): string[] {
  const text = readFileSync(join(siteDist, file), 'utf8');
  const found = new Set<string>();
  for (const pattern of urlPatterns) {
    for (const [, raw] of text.matchAll(pattern)) {
      const value = raw.replace(/&amp;/g, '&');
      if (value.startsWith('/') && !value.startsWith('//')) found.add(value.split('#')[0]);
      else if (value.startsWith(`${canonicalOrigin}/`)) {
        const url = new URL(value);
        found.add(url.pathname + url.search);
      }
    }
  }
  return [...found];
}

const files = distFiles(siteDist).filter((file) => textFile.test(file));

describe.each(files)('/%s', (file) => {
  test(`points into the site only under ${site.basePath}, and every such URL is served`, async () => {
    const urls = internalUrls(file);
    expect(urls.filter((url) => !url.startsWith(site.basePath))).toEqual([]);
    const missing: string[] = [];
    for (const url of urls) {
      const response = await fetch(new URL(url, siteOrigin), { redirect: 'manual' });
      if (response.status !== 200) missing.push(`${url} → ${response.status}`);
    }
    expect(missing).toEqual([]);
  });
});

test('pages reference their assets, so the check above has something to check', () => {
  expect(internalUrls('index.html').some((url) => url.startsWith(`${site.basePath}_astro/`))).toBe(true);
  expect(pageUrl('')).toBe(`${siteOrigin}${site.basePath}`);
});

test.each(allPages())('/%s names its canonical URL on the site origin and base path (none for 404)', (path) => {
  const file = pageFile(path);
  const canonicals = [...readFileSync(join(siteDist, file), 'utf8').matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((match) => match[1]);
  expect(canonicals).toEqual(path === '404.html' ? [] : [`${canonicalOrigin}${site.basePath}${path}`]);
});
