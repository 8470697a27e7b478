import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { join } from 'node:path';
import { contentDir } from '../../src/lib/content-paths.ts';
import { readYamlFile } from '../../src/lib/yaml-file.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { launchBrowser, openWatchedPage, pageUrl } from './support/browser.ts';
import { builtPages } from './support/site-pages.ts';

const site = loadSiteConfig();
const report = readYamlFile(join(contentDir(), 'reports', '2024', 'report.yaml'), reportSchema);
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function metaTags(path: string) {
  const { page } = await openWatchedPage(browser);
  await page.goto(pageUrl(path));
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[name]')]
    .map((m) => [m.getAttribute('name')!, m.getAttribute('content')!])));
  const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)));
  const title = await page.title();
  await page.context().close();
  return { meta, jsonLd, title };
}

describe.each(builtPages())('page /%s', (path) => {
  test('carries the government-site meta tags, with real values only', async () => {
    const { meta, title } = await metaTags(path);
    expect(meta.SiteName).toBe(site.name);
    expect(meta.SiteDomain).toBe(new URL(site.basePath, site.url).host + site.basePath.replace(/\/$/, ''));
    expect(title.startsWith(meta.ArticleTitle)).toBe(true);
    expect(meta.Description).toBe(meta.description);
    expect(meta.ContentSource).toBe(report.issuer);
    // Unknown values are left out, never invented: no 网站标识码 and no publication date are known.
    expect('SiteIDCode' in meta).toBe(site.footer.siteCode !== '');
    expect('PubDate' in meta).toBe(report.published !== undefined);
    // Pages outside one report name their own column and carry no report keywords.
    const ownColumn: Record<string, string> = { 'reports/': t.publishing.archiveTitle, 'search/': t.search.pageTitle };
    if (path in ownColumn) {
      expect(meta.ColumnName).toBe(ownColumn[path]);
      expect('Keywords' in meta).toBe(false);
    } else if (path !== '404.html') {
      expect(meta.ColumnName).toBe('2024年度报告');
      expect(meta.Keywords).toBe(report.keywords.join(','));
    }
  });
});

test.each(['', '2024/', '2024/full/', '2024/measures/'])('/%s carries JSON-LD: a schema.org Report published by a GovernmentOrganization', async (path) => {
  const { jsonLd } = await metaTags(path);
  expect(jsonLd).toHaveLength(1);
  expect(jsonLd[0]).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title,
    url: new URL(path, new URL(site.basePath, site.url)).href,
    publisher: { '@type': 'GovernmentOrganization', name: report.issuer },
  });
  expect('datePublished' in jsonLd[0]).toBe(report.published !== undefined);
});

test('the footer shows the identifiers site.yaml holds and nothing for empty ones', async () => {
  const { page } = await openWatchedPage(browser);
  await page.goto(pageUrl('2024/'));
  const labels = await page.locator('.site-footer dt').allTextContents();
  const expected = [['主办单位', site.footer.sponsor], ['承办单位', site.footer.organizer], ['联系方式', site.footer.contact],
    ['网站标识码', site.footer.siteCode], ['ICP备案号', site.footer.icp], ['公安备案号', site.footer.publicSecurity]]
    .filter(([, value]) => value).map(([label]) => label);
  expect(labels).toEqual(expected);
  expect(await page.locator('.site-footer dd').first().textContent()).toBe(site.footer.sponsor);
  // The 党政机关网站标识 appears only when staff supply both its image and its link.
  expect(await page.locator('.site-footer__badge').count()).toBe(site.footer.badgeImage && site.footer.badgeHref ? 1 : 0);
  await page.context().close();
});

test('the report cover shows the 政务公开 block with the fields report.yaml sets, and no others', async () => {
  const { page } = await openWatchedPage(browser);
  await page.goto(pageUrl('2024/'));
  const block = page.getByRole('region', { name: '政务公开信息' });
  const rows = await block.locator('dl > div').evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
  const expected = [['发布机构', report.issuer], ['发布日期', report.published], ['索引号', report.indexNumber], ['主题分类', report.topic]]
    .filter(([, value]) => value);
  expect(rows).toEqual(expected);
  await page.context().close();
});
