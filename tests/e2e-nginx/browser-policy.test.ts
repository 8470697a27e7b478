/**
 * Every page, loaded in Chromium from the real nginx: the page and header CSPs allow everything the
 * site itself does (zero violations), nothing leaves the site, framing is refused, search runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../deploy/security-headers.ts';
import { pageFile } from '../../src/build/dist-files.ts';
import { pageBlocks } from '../../src/content/report-blocks.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { allPages, samplePages, siteDist } from '../support/site-under-test.ts';


/** Records every CSP violation the document reports, from its very first byte. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

function urlOf(path: string): string {
  // The 404 page is what nginx serves for a URL that does not exist.
  return pageUrl(path === '404.html' ? 'no-such-page/' : path);
}

describe.each(allPages())('page /%s behind nginx', (path) => {
  test('loads with zero CSP violations, no console error and no request outside the site', async ({ openPage }) => {
    const { page, errors, externalRequests } = await openPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const violations = await recordViolations(page);
    const response = await page.goto(urlOf(path), { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
    // Scroll to the end so lazily loaded content and scroll-triggered scripts run too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    // The only error the 404 page may log is its own status.
    expect(errors).toEqual(path === '404.html' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : []);
    expect(externalRequests).toEqual([]);
  });

  test('has no inline script, inline style or style attribute the policy would have to allow', async ({ openPage }) => {
    const { page } = await openPage();
    await page.goto(urlOf(path));
    const inline = await page.evaluate(() => [
      ...[...document.querySelectorAll('script:not([src])')]
        .filter((script) => script.getAttribute('type') !== 'application/ld+json')
        .map((script) => `script: ${script.textContent?.slice(0, 40)}`),
      ...[...document.querySelectorAll('style, [style]')].map((element) => `style: ${element.outerHTML.slice(0, 60)}`),
      ...[...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')].map(() => 'a second policy in <meta>'),
    ]);
    expect(inline).toEqual([]);
  });
});

test('no other page can frame the site (frame-ancestors and X-Frame-Options from nginx)', async ({ openPage }) => {
  // A parent without the site's CSP (whose frame-src 'none' would block the frame from its side).
  const { page } = await openPage();
  await page.setContent(`<iframe src="${pageUrl('')}"></iframe>`, { waitUntil: 'load' });
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
  // A refused frame holds the browser's error page instead of the site's.
  expect(frame.url()).toMatch(/^chrome-error:/);
  expect(await frame.locator('main').count()).toBe(0);
});

test('search works behind nginx: Pagefind loads its WebAssembly under the CSP and finds report text', async ({ openPage }) => {
  // A few words of the first paragraph of a section page, as a reader would type them.
  const paragraph = pageBlocks(readFileSync(join(siteDist, pageFile(samplePages.section)), 'utf8')).blocks.find((block) => block.type === 'paragraph')!;
  const query = [...paragraph.text.replace(/[^\p{L}\p{N}]/gu, '')].slice(0, 4).join('');
  const { page, errors, externalRequests } = await openPage();
  const violations = await recordViolations(page);
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status][data-count]');
  await status.waitFor();
  expect(Number(await status.getAttribute('data-count')), query).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('the policy allows only the site itself: no unsafe source, no other origin, no framing', () => {
  const directives = contentSecurityPolicy.split('; ');
  expect(directives).toEqual(expect.arrayContaining([
    "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
  ]));
  expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
  expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
  expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
});
