/**
 * The search page as a reader meets it, on the site under test: one search box that suits a
 * phone keyboard, the no-JavaScript note only without JavaScript, and a results list that keeps
 * its place and the reader's focus when the query changes.
 */
import type { Page } from 'playwright-core';
import { reportBlockSelector } from '../../src/site/report-markup.ts';
import { expect, pageUrl, test } from '../support/browser.ts';
import { readOutcome, typeQuery } from '../support/search-page.ts';
import { samplePages } from '../support/site-under-test.ts';
import { viewports } from '../support/viewports.ts';

/** A paragraph of a section page: its id and its first letters and digits. */
async function paragraphFromText(page: Page) {
  await page.goto(pageUrl(samplePages.section));
  const paragraph = page.locator(`${reportBlockSelector}:is(p)`).first();
  const letters = [...await paragraph.innerText()].filter((character) => /[\p{L}\p{N}]/u.test(character));
  return { id: await paragraph.getAttribute('id'), short: letters.slice(0, 2).join(''), long: letters.slice(0, 5).join('') };
}

test('one search box: the header has none on the search page, and the page’s own suits a phone keyboard', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.phone });
  await page.goto(pageUrl('search/'));
  expect(await page.locator('input[type="search"]').count()).toBe(1);
  const box = page.locator('[data-search-input]');
  expect(await box.getAttribute('enterkeyhint')).toBe('search');
  expect(await box.getAttribute('inputmode')).toBe('search');
  expect(await box.getAttribute('autocomplete')).toBe('off');
  await page.goto(pageUrl(samplePages.section));
  expect(await page.locator('input[type="search"]').count()).toBe(1);
});

test('the no-JavaScript note shows only without JavaScript', async ({ openPage }) => {
  const note = '本页搜索需要浏览器启用 JavaScript';
  const { page } = await openPage();
  await page.goto(pageUrl('search/'));
  expect(await page.locator('main').innerText()).not.toContain(note);
  const { page: plain } = await openPage({ javaScriptEnabled: false });
  await plain.goto(pageUrl('search/'));
  expect(await plain.locator('main').innerText()).toContain(note);
});

test('the results list keeps its place and the focus when the query changes', async ({ openPage }) => {
  const { page, errors } = await openPage({ viewport: viewports.phone });
  const { id, short, long } = await paragraphFromText(page);
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent(short)}`);
  expect((await readOutcome(page)).ids).toContain(id);
  const place = () => page.locator('[data-search-results]').evaluate((list) => ({ top: list.getBoundingClientRect().top + scrollY, same: (list as unknown as { marked?: boolean }).marked === true }));
  await page.locator('[data-search-results]').evaluate((list) => { (list as unknown as { marked: boolean }).marked = true; });
  const before = await place();

  // Typing: the box keeps the focus, the list its place.
  await page.focus('[data-search-input]');
  expect((await typeQuery(page, long)).ids).toContain(id);
  await page.waitForURL((url) => url.searchParams.get('q') === long);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
  expect(await place()).toEqual(before);

  // A focused result keeps the focus when the query changes and it is still listed.
  const focusedResult = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-search-result]')?.dataset.searchResult?.split('#')[1] ?? document.activeElement?.tagName);
  await page.locator(`[data-search-result$="#${id}"] a`).focus();
  await page.evaluate(() => document.querySelector('[data-search-status]')?.removeAttribute('data-count'));
  await page.goBack();
  expect((await readOutcome(page)).ids).toContain(id);
  expect(await focusedResult()).toBe(id);
  expect(await place()).toEqual(before);

  // When it is no longer listed, the focus goes to the search box, not back to the top of the page.
  await typeQuery(page, '龘龘龘');
  await page.evaluate(() => document.querySelector('[data-search-status]')?.removeAttribute('data-count'));
  await page.goBack();
  await readOutcome(page);
  await page.locator(`[data-search-result$="#${id}"] a`).focus();
  await page.evaluate(() => document.querySelector('[data-search-status]')?.removeAttribute('data-count'));
  await page.goForward();
  expect((await readOutcome(page)).count).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
  expect(await place()).toEqual(before);
  expect(errors).toEqual([]);
});

test('typing in the header box warms the search page’s files; a plain visit fetches none of them', async ({ openPage }) => {
  const { page } = await openPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(pageUrl(samplePages.section), { waitUntil: 'networkidle' });
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  const wasm = page.waitForRequest(/\/pagefind\/wasm\.[a-z]+\.pagefind$/);
  await page.locator('[data-search-shortcut-target]').pressSequentially('法');
  await wasm;
  expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(requested.some((url) => /\/_astro\/search\.[^/]*\.js$/.test(url) || /search\.astro.*\.js$/.test(url))).toBe(true);
});

test('a search cuts no words: Pagefind reads the query with no Intl.Segmenter at all, and the page keeps its language', async ({ openPage }) => {
  const { page, errors } = await openPage();
  // Count the Intl.Segmenter instances the page creates, by granularity.
  await page.addInitScript(() => {
    const created: string[] = [];
    (window as unknown as { segmenters: string[] }).segmenters = created;
    const Original = Intl.Segmenter;
    Object.defineProperty(Intl, 'Segmenter', {
      value: class extends Original {
        constructor(locales?: string | string[], options?: Intl.SegmenterOptions) {
          super(locales, options);
          created.push(options?.granularity ?? 'grapheme');
        }
      },
    });
  });
  const { short } = await paragraphFromText(page);
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent(short)}`);
  expect((await readOutcome(page)).ids.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { segmenters: string[] }).segmenters)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(errors).toEqual([]);
});
