/**
 * Byte budgets of a first visit on a phone, gzip as nginx sends it: exact numbers, so tested
 * (speed itself is only measured, by npm run bench).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, pageUrl } from '../e2e/support/browser.ts';
import { readingPages } from '../e2e/support/site-pages.ts';
import { measureFirstVisit } from './support/first-visit.ts';

/** HTML + CSS + JS of a first visit, in bytes (1 KB = 1024 bytes), as the budgets are defined. */
const budgets: [string, RegExp, number][] = [
  ['full text', /^\d{4}\/full\/$/, 14 * 1024],
  ['section', /^\d{4}\/(?!full\/)[^/]+\/$/, 10 * 1024],
];

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

for (const [role, pattern, budget] of budgets) {
  const pages = readingPages().filter((path) => pattern.test(path));
  test(`there are ${role} pages to measure`, () => expect(pages.length).toBeGreaterThan(0));
  test.each(pages)(`${role} page /%s transfers at most ${budget / 1024} KB on a first visit`, async (path) => {
    const visit = await measureFirstVisit(browser, pageUrl(path));
    expect(visit.bytes.html).toBeGreaterThan(1000);
    expect(visit.bytes.html + visit.bytes.css + visit.bytes.js).toBeLessThanOrEqual(budget);
  });
}
