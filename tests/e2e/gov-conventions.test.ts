/**
 * Government-site conventions on every page: the meta tags platforms read, JSON-LD, the footer
 * identifiers and the 政务公开 block. Expected values come from the content itself.
 */
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content/load.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { reportPageAt, routes } from '../../src/site/routes.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { allPages, samplePages, siteSettings as site } from '../support/site-under-test.ts';

const published = (await loadContent()).reports.filter((report) => !report.draft);
/** The report a page belongs to: the latest one for the home page, none for the archive or search. */
const reportOf = (path: string) => (path === '' ? published[0] : published.find((report) => report.year === reportPageAt(path)?.year));
const ownColumn: Record<string, string> = { 'reports/': t.publishing.archiveTitle, 'search/': t.search.pageTitle };

async function metaTags(page: Page, path: string) {
  await page.goto(pageUrl(path));
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[name]')]
    .map((m) => [m.getAttribute('name')!, m.getAttribute('content')!])));
  const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)));
  return { meta, jsonLd, title: await page.title() };
}

describe.each(allPages())('page /%s', (path) => {
  test('carries the government-site meta tags, with real values only', async ({ openPage }) => {
    const { page } = await openPage();
    const { meta, title } = await metaTags(page, path);
    const report = reportOf(path);
    expect(meta.SiteName).toBe(site.name);
    expect(meta.SiteDomain).toBe(new URL(site.basePath, site.url).host + site.basePath.replace(/\/$/, ''));
    expect(title.startsWith(meta.ArticleTitle)).toBe(true);
    expect(meta.Description).toBe(meta.description);
    expect(meta.ContentSource).toBe(report?.issuer ?? site.issuer);
    // Unknown values are left out, never invented.
    expect('SiteIDCode' in meta).toBe(site.footer.siteCode !== '');
    expect(meta.PubDate).toBe(report?.published);
    if (path in ownColumn) {
      // Pages outside one report name their own column and carry no report keywords.
      expect(meta.ColumnName).toBe(ownColumn[path]);
      expect('Keywords' in meta).toBe(false);
    } else if (report) {
      expect(meta.ColumnName).toBe(t.yearReport(report.year));
      expect(meta.Keywords).toBe(report.keywords.length > 0 ? report.keywords.join(',') : undefined);
    }
  });
});

test.for(['', samplePages.cover, samplePages.fullText, samplePages.section])('/%s carries JSON-LD: a schema.org Report published by a GovernmentOrganization', async (path, { openPage }) => {
  const { page } = await openPage();
  const { jsonLd } = await metaTags(page, path);
  const report = reportOf(path)!;
  expect(jsonLd).toHaveLength(1);
  expect(jsonLd[0]).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title,
    url: new URL(path, new URL(site.basePath, site.url)).href,
    publisher: { '@type': 'GovernmentOrganization', name: report.issuer },
  });
  expect(jsonLd[0].datePublished).toBe(report.published);
});

test('the footer shows the identifiers site.yaml holds and nothing for empty ones', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.cover));
  const footer = page.getByRole('contentinfo');
  const labels = await footer.locator('dt').allTextContents();
  const expected = [['主办单位', site.footer.sponsor], ['承办单位', site.footer.organizer], ['联系方式', site.footer.contact],
    ['网站标识码', site.footer.siteCode], ['ICP备案号', site.footer.icp], ['公安备案号', site.footer.publicSecurity]]
    .filter(([, value]) => value).map(([label]) => label);
  expect(labels).toEqual(expected);
  if (site.footer.sponsor) expect(await footer.locator('dd').first().textContent()).toBe(site.footer.sponsor);
  // The 党政机关网站标识 appears only when staff supply both its image and its link.
  expect(await footer.getByRole('img', { name: t.govBadge }).count()).toBe(site.footer.badgeImage && site.footer.badgeHref ? 1 : 0);
});

test('each report cover shows the 政务公开 block with the fields report.yaml sets, and no others', async ({ openPage }) => {
  const { page } = await openPage();
  for (const report of published) {
    await page.goto(pageUrl(routes.report(report.year)));
    const block = page.getByRole('region', { name: t.govInfo });
    const rows = await block.locator('dl > div').evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    const expected = [['发布机构', report.issuer], ['发布日期', report.published], ['索引号', report.indexNumber], ['主题分类', report.topic]]
      .filter(([, value]) => value);
    expect(rows, String(report.year)).toEqual(expected);
  }
});
