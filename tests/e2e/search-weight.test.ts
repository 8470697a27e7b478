/**
 * Reading pages stay light: at most 2 KB of JavaScript (gzip) on a plain visit, and no
 * search code (Pagefind, folding, marking) until the reader searches or follows a result.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { readerPages } from '../support/site-under-test.ts';

const readingPageJsBudget = 2048;


describe.each(readerPages().filter((path) => path !== 'search/'))('page /%s', (path) => {
  test(`ships at most ${readingPageJsBudget} bytes of gzip JavaScript and no search code`, async ({ openPage }) => {
    const { page } = await openPage();
    const scripts: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(response.body().then((body) => { scripts.push({ url: response.url(), bytes: gzipSync(body).length }); }));
    });
    await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
    await Promise.all(pending);
    expect(scripts.reduce((sum, script) => sum + script.bytes, 0)).toBeLessThanOrEqual(readingPageJsBudget);
    expect(scripts.filter((script) => /pagefind|search-target-mark|search-excerpt|search-folding/.test(script.url))).toEqual([]);
  });
});
