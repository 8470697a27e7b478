import { describe, expect, pageUrl, siteOrigin, test } from '../support/browser.ts';
import { readerPages } from '../support/site-under-test.ts';


test('every internal link and #anchor on every page resolves', async ({ openPage }) => {
  const { page } = await openPage();
  const targets = new Map<string, Set<string>>();
  for (const path of readerPages()) {
    await page.goto(pageUrl(path));
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== siteOrigin) continue;
      const document = url.origin + url.pathname + url.search;
      if (!targets.has(document)) targets.set(document, new Set());
      if (url.hash) targets.get(document)!.add(decodeURIComponent(url.hash.slice(1)));
    }
  }
  expect(targets.size).toBeGreaterThan(5);
  const broken: string[] = [];
  for (const [document, anchors] of targets) {
    // Downloads (open data, feed) are fetched rather than opened: a browser saves them.
    if (/\.(json|csv|xml|txt)$/.test(new URL(document).pathname)) {
      const download = await page.request.get(document);
      if (download.status() !== 200) broken.push(`${document} → ${download.status()}`);
      continue;
    }
    const response = await page.goto(document);
    if (response?.status() !== 200) { broken.push(`${document} → ${response?.status()}`); continue; }
    for (const anchor of anchors) {
      // #top is the top of the document by definition (HTML spec), the rest must exist.
      if (anchor === 'top') continue;
      if (await page.locator(`[id="${anchor}"]`).count() !== 1) broken.push(`${document}#${anchor}`);
    }
  }
  expect(broken).toEqual([]);
});
