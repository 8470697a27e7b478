import { loadContent } from '../../src/content/load.ts';
import { sitePages } from '../../src/site/routes.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { allPages, readerPages } from '../support/site-under-test.ts';
import { sidewaysOverflow, viewports } from '../support/viewports.ts';

test('the build has every page of every published report, the archive, search and a 404 page, and no other', async () => {
  const published = (await loadContent()).reports.filter((report) => !report.draft);
  const expected = sitePages(published).map((page) => page.path).filter((path) => path === '' || path.endsWith('/'));
  expect(allPages()).toEqual([...expected, '404.html'].sort());
});

describe.each(readerPages())('page /%s', (path) => {
  test('answers 200 with one h1, no console error and no request outside the site', async ({ openPage }) => {
    const { page, errors, externalRequests } = await openPage();
    const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  test('reads completely without JavaScript', async ({ openPage }) => {
    const withScript = await openPage();
    await withScript.page.goto(pageUrl(path));
    const textWithScript = await withScript.page.locator('main').innerText();

    const withoutScript = await openPage({ javaScriptEnabled: false });
    await withoutScript.page.goto(pageUrl(path));
    const textWithoutScript = await withoutScript.page.locator('main').innerText();
    // What <noscript> says is for readers without JavaScript only (the search page's note).
    const onlyWithoutScript = new Set((await withoutScript.page.locator('main noscript').allInnerTexts()).flatMap((text) => text.split('\n')));
    // Everything a reader reads is in the HTML; scripts may only add controls.
    for (const line of textWithoutScript.split('\n').filter(Boolean)) {
      if (!onlyWithoutScript.has(line)) expect(textWithScript).toContain(line);
    }
    const paragraphs = textWithScript.split('\n').filter((line) => line.length > 40);
    for (const paragraph of paragraphs) expect(textWithoutScript).toContain(paragraph);
  });

  test('has no horizontal scroll on a 320 px wide phone', async ({ openPage }) => {
    const { page } = await openPage({ viewport: viewports.narrowest });
    await page.goto(pageUrl(path));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('a missing page gets the 404 page in the site layout', async ({ openPage }) => {
  const { page } = await openPage();
  const response = await page.goto(pageUrl('no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').innerText()).resolves.toBe('页面未找到');
  expect(await page.locator('footer').count()).toBe(1);
});
