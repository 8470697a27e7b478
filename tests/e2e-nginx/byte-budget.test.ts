/**
 * Byte budgets of a first visit on a phone, gzip as nginx sends it: exact numbers, so tested
 * (speed itself is only measured, by npm run bench).
 */
import { measureFirstVisit } from '../../tools/first-visit.ts';
import { expect, pageUrl, test } from '../support/browser.ts';
import { pagesOfKind } from '../support/site-under-test.ts';

/** HTML + CSS + JS of a first visit, in bytes (1 KB = 1024 bytes), as the budgets are defined. */
const budgets = [
  ['full text', 'full', 14 * 1024],
  ['section', 'section', 10 * 1024],
] as const;

for (const [role, kind, budget] of budgets) {
  const pages = pagesOfKind(kind);
  test(`there are ${role} pages to measure`, () => expect(pages.length).toBeGreaterThan(0));
  test.for(pages)(`${role} page /%s transfers at most ${budget / 1024} KB on a first visit`, async (path, { browser }) => {
    const visit = await measureFirstVisit(browser, pageUrl(path));
    expect(visit.bytes.html).toBeGreaterThan(1000);
    expect(visit.bytes.html + visit.bytes.css + visit.bytes.js).toBeLessThanOrEqual(budget);
  });
}
