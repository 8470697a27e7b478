import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { builtPages } from './support/site-pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Run axe-core in the page against the WCAG 2.2 A and AA rules; returns "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script> element, which the page's CSP blocks.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  }, wcagTags);
  return violations;
}

describe.each(builtPages())('page /%s', (path) => {
  test.each([
    ['phone', { width: 375, height: 740 }],
    ['desktop', { width: 1280, height: 900 }],
  ])('axe finds no WCAG 2.2 A/AA violation on %s', async (_name, viewport) => {
    const { page } = await openWatchedPage(browser, { viewport });
    await page.goto(pageUrl(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
