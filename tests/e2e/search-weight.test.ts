/**
 * Reading pages stay light: at most 2 KB of JavaScript (gzip) on a plain visit, and no search
 * code until the reader searches: nothing is fetched from the search index and no script holds
 * the search folding (which normalises text with NFKC), only the small helpers every page carries.
 */
import { gzipSync } from 'node:zlib';
import { routes } from '../../src/site/routes.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { readerPages } from '../support/site-under-test.ts';

const readingPageJsBudget = 2048;

describe.each(readerPages().filter((path) => path !== routes.search()))('page /%s', (path) => {
  test(`ships at most ${readingPageJsBudget} bytes of gzip JavaScript and no search code`, async ({ openPage }) => {
    const { page } = await openPage();
    const requested: string[] = [];
    const scripts: { url: string; body: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(response.body().then((body) => { scripts.push({ url: response.url(), body: body.toString('utf8'), bytes: gzipSync(body).length }); }));
    });
    await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
    await Promise.all(pending);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.reduce((sum, script) => sum + script.bytes, 0)).toBeLessThanOrEqual(readingPageJsBudget);
    expect(requested.filter((pathname) => pathname.startsWith(new URL(pageUrl(routes.searchIndex())).pathname))).toEqual([]);
    expect(scripts.filter((script) => script.body.includes('NFKC')).map((script) => script.url)).toEqual([]);
  });
});
