import type { Page } from 'playwright-core';
import { expect, test } from '../support/browser.ts';
import { projectRoot } from '../support/content-fixture.ts';
import { buildFixtureSite, serveBuiltSite, type BuiltSite, type RunningSite } from '../support/fixture-site.ts';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * The published content leaves most identifiers empty (unknown), so this file builds the
 * site from tests/fixtures/gov-site, where every field is filled with a fake value and a
 * section has links that leave the site, and tests what those fields render.
 */
let build: BuiltSite;
let site: RunningSite;

beforeAll(async () => {
  build = buildFixtureSite(join(projectRoot, 'tests/fixtures/gov-site'));
  site = await serveBuiltSite(build.dist, '/');
}, 180_000);
afterAll(async () => {
  await site?.stop();
  build?.remove();
});

type Open = (options?: { allowOrigins?: string[] }) => Promise<{ page: Page; externalRequests: string[] }>;

/** A page of the fixture site; its origin counts as the site's own. */
async function open(openPage: Open, path: string) {
  const origin = new URL(site.url).origin;
  const watched = await openPage({ allowOrigins: [origin] });
  await watched.page.goto(`${origin}${path}`);
  return watched;
}

test('the footer renders every identifier, the ICP number linked to beian.miit.gov.cn and the 党政机关网站标识', async ({ openPage }) => {
  const { page } = await open(openPage, '/2099/');
  const footer = page.getByRole('contentinfo');
  const rows = await footer.locator('dl > div').evaluateAll((divs) => divs.map((d) => `${d.querySelector('dt')!.textContent}：${d.querySelector('dd')!.textContent}`));
  expect(rows).toEqual([
    '主办单位：测试主办单位', '承办单位：测试承办单位', '联系方式：测试联系电话 0000-00000000',
    '网站标识码：0000000000', 'ICP备案号：测ICP备00000000号（外部链接）', '公安备案号：测公网安备00000000000000号',
  ]);
  const icp = footer.locator('dd a');
  expect(await icp.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
  expect(await icp.getAttribute('rel')).toBe('noopener noreferrer');
  const badge = footer.getByRole('link').filter({ has: page.getByRole('img', { name: '党政机关网站标识' }) });
  expect(await badge.getAttribute('href')).toBe('https://bszs.conac.cn/sitename?method=show&id=TEST');
  expect(await badge.locator('img').getAttribute('alt')).toBe('党政机关网站标识');
  expect(await badge.locator('img').getAttribute('src')).toBe('/images/test-badge.png');
});

test('meta tags and JSON-LD carry the site code and the publication date from report.yaml', async ({ openPage }) => {
  const { page } = await open(openPage, '/2099/links/');
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[name]')].map((m) => [m.getAttribute('name'), m.getAttribute('content')])));
  expect(meta).toMatchObject({ SiteIDCode: '0000000000', PubDate: '2099-01-02', ContentSource: '测试区人民政府', ColumnName: '2099年度报告', Keywords: '测试' });
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'Report', datePublished: '2099-01-02', publisher: { '@type': 'GovernmentOrganization', name: '测试区人民政府' } });
});

test('the cover\'s 政务公开 block shows 发布机构, 发布日期, 索引号 and 主题分类 when set', async ({ openPage }) => {
  const { page } = await open(openPage, '/2099/');
  const rows = await page.getByRole('region', { name: '政务公开信息' }).locator('dl > div')
    .evaluateAll((divs) => divs.map((d) => `${d.querySelector('dt')!.textContent}：${d.querySelector('dd')!.textContent}`));
  expect(rows).toEqual(['发布机构：测试区人民政府', '发布日期：2099-01-02', '索引号：TEST-2099-000001', '主题分类：测试主题分类']);
});

test('links in report Markdown are marked and prompted; the portal\'s own link is not prompted', async ({ openPage }) => {
  const { page, externalRequests } = await open(openPage, '/2099/links/');
  const body = page.locator('[data-report-body]');
  const external = body.getByRole('link', { name: /^中国政府网\s*（外部链接）$/ });
  expect(await external.getAttribute('rel')).toBe('noopener noreferrer');
  expect(await body.getByRole('link', { name: '全文' }).getAttribute('data-external')).toBeNull();
  await external.click();
  expect(await page.locator('dialog[data-leave-site]').isVisible()).toBe(true);
  expect(await page.locator('dialog[data-leave-site]').textContent()).toContain('您访问的链接即将离开“测试站点年度报告”，是否继续？');
  await page.getByRole('button', { name: '放弃' }).click();
  await body.getByRole('link', { name: /^政务服务网\s*（外部链接）$/ }).click({ noWaitAfter: true });
  await expect.poll(() => externalRequests).toContain('https://zwfw.zengdu.gov.cn/');
  expect(externalRequests).not.toContain('https://www.gov.cn/');
});
