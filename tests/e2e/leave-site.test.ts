import type { Page } from 'playwright-core';
import { loadSiteSettings } from '../../src/content/site-settings.ts';
import { describe, expect, pageUrl, siteOrigin, test } from '../support/browser.ts';
import { readerPages, samplePages } from '../support/site-under-test.ts';

const site = loadSiteSettings();

const firstRelatedLink = (page: Page) => page.getByRole('navigation', { name: '相关链接' }).getByRole('link').first();
const dialog = (page: Page) => page.locator('dialog[data-leave-site]');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const dialogHasFocus = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));

describe.each(readerPages())('page /%s', (path) => {
  test('every link that leaves the site is marked with an icon, hidden （外部链接） and rel="noopener noreferrer"', async ({ openPage }) => {
    const { page } = await openPage();
    await page.goto(pageUrl(path));
    const links = await page.locator('a[href]').evaluateAll((anchors, origin) => anchors
      .filter((a) => (a as HTMLAnchorElement).origin !== origin && /^https?:/.test((a as HTMLAnchorElement).protocol))
      .map((a) => ({
        href: (a as HTMLAnchorElement).href,
        rel: a.getAttribute('rel'),
        icon: getComputedStyle(a, '::after').content,
        hidden: a.querySelector('.sr-only')?.textContent,
        hiddenWidth: a.querySelector('.sr-only')?.getBoundingClientRect().width,
      })), siteOrigin);
    expect(links.length).toBeGreaterThanOrEqual(site.relatedLinks.length);
    for (const link of links) {
      expect(link, link.href).toMatchObject({ rel: 'noopener noreferrer', icon: expect.stringContaining('↗'), hidden: '（外部链接）' });
      expect(link.hiddenWidth).toBeLessThanOrEqual(1);
    }
  });
});

test('the footer lists the real portals under 相关链接', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(''));
  const nav = page.getByRole('navigation', { name: '相关链接' });
  const hrefs = await nav.locator('a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs).toEqual(['https://www.gov.cn/', 'https://www.hubei.gov.cn/', 'https://www.suizhou.gov.cn/']);
  expect(await nav.locator('a').first().textContent()).toContain('中国政府网');
});

test('following an external link opens the dialog; 放弃 cancels and returns focus to the link', async ({ openPage }) => {
  const { page, externalRequests } = await openPage();
  await page.goto(pageUrl(samplePages.section));
  await firstRelatedLink(page).click();
  await expect(dialog(page).isVisible()).resolves.toBe(true);
  expect(await dialog(page).textContent()).toContain(`您访问的链接即将离开“${site.name}”，是否继续？`);
  expect(await page.evaluate(() => (document.querySelector('dialog[data-leave-site]') as HTMLDialogElement).matches(':modal'))).toBe(true);
  expect(await dialogHasFocus(page)).toBe(true);
  await page.getByRole('button', { name: '放弃' }).click();
  await expect(dialog(page).isVisible()).resolves.toBe(false);
  expect(await focusedText(page)).toContain('中国政府网');
  expect(page.url()).toBe(pageUrl(samplePages.section));
  expect(externalRequests).toEqual([]);
});

test('keyboard: Enter on the link opens the dialog, Esc cancels and focus returns to the link', async ({ openPage }) => {
  const { page, externalRequests } = await openPage();
  await page.goto(pageUrl(samplePages.cover));
  await firstRelatedLink(page).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).isVisible()).resolves.toBe(true);
  expect(await dialogHasFocus(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog(page).isVisible()).resolves.toBe(false);
  expect(await focusedText(page)).toContain('中国政府网');
  expect(externalRequests).toEqual([]);
});

test('继续访问 follows the link', async ({ openPage }) => {
  const { page, externalRequests } = await openPage();
  await page.goto(pageUrl(samplePages.cover));
  await firstRelatedLink(page).click();
  await page.getByRole('button', { name: '继续访问' }).click();
  await expect.poll(() => externalRequests).toContain('https://www.gov.cn/');
});

test('without JavaScript the link simply works', async ({ openPage }) => {
  const { page, externalRequests } = await openPage({ javaScriptEnabled: false });
  await page.goto(pageUrl(samplePages.cover));
  await firstRelatedLink(page).click({ noWaitAfter: true });
  await expect.poll(() => externalRequests).toContain('https://www.gov.cn/');
  await expect(dialog(page).isVisible()).resolves.toBe(false);
});

test('a link to the portal\'s own domains is followed without the dialog', async ({ openPage }) => {
  const { page, externalRequests } = await openPage();
  await page.goto(pageUrl(samplePages.cover));
  // The content has no such link yet: add one as rehype-external-links renders it (unit-tested).
  const own = `https://${site.ownDomains[0]}/`;
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href; a.rel = 'noopener noreferrer'; a.dataset.external = 'own-portal'; a.textContent = '区政府门户';
    document.querySelector('[data-report-body]')!.append(a);
  }, own);
  await page.getByRole('link', { name: '区政府门户' }).click({ noWaitAfter: true });
  await expect.poll(() => externalRequests).toContain(own);
});
