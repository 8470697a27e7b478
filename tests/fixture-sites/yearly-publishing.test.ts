import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openDataReportSchema } from '../../src/open-data/schema.ts';
import { axeViolations } from '../support/axe.ts';
import { describe, expect, test, type OpenPage } from '../support/browser.ts';
import { copyFixture, editFile, projectRoot, runScript } from '../support/content-fixture.ts';
import { buildFixtureSite, serveBuiltSite, startDevServer, type BuiltSite, type RunningSite } from '../support/fixture-site.ts';
import { rmSync } from 'node:fs';

/*
 * A staff member's spring, end to end, on fictional years: the tree holds 2098; 2099 is added
 * with `npm run new-report`, filled in, built while still a draft (left out entirely), then
 * published and read in a browser under the /fzzfbg/ sub-path.
 */

const base = '/fzzfbg/';
let content: string;
let draftBuild: BuiltSite;
let publishedBuild: BuiltSite;
let site: RunningSite;

/** Replace the template's body of a section, keeping its front matter as the template wrote it. */
function fillSection(file: string, body: string) {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(file, `${text.slice(0, end)}\n${body}\n`);
}

const figures2099 = `figures:
  - id: legal-aid-cases
    label: 受理法律援助案件
    value: 450
    unit: 件
    section: measures
    quote: 全年共受理法律援助案件450件
  - id: mediation-success-rate
    label: 调解成功率
    value: 88
    unit: "%"
    section: measures
    quote: 调解成功率88%
  - id: reconsideration-cases
    label: 办理行政复议案件
    value: 120
    unit: 件
    section: measures
    quote: 办理行政复议案件120件
  - id: training-sessions
    label: 举办法治培训
    value: 12
    unit: 期
    section: measures
    quote: 举办法治培训12期
`;

beforeAll(async () => {
  content = copyFixture();

  const created = runScript('new-report.ts', ['2099'], content);
  expect(created.status, created.output).toBe(0);
  const year = join(content, 'reports/2099');
  fillSection(join(year, '01-measures.md'), [
    '## （一）虚构的第一项工作', '',
    '**虚构举措。**全年共受理法律援助案件450件，调解成功率88%。', '',
    '## （二）虚构的第二项工作', '',
    '办理行政复议案件120件，举办法治培训12期。上年情况见[2098年度报告](/2098/measures/#measures-p1)。',
  ].join('\n'));
  fillSection(join(year, '02-problems.md'), '虚构的不足之处。');
  fillSection(join(year, '03-duties.md'), '虚构的履职情况。');
  fillSection(join(year, '04-plans.md'), '虚构的工作安排。');
  unlinkSync(join(year, '05-others.md')); // the optional section: this year has none
  const yaml = join(year, 'report.yaml');
  editFile(yaml, /^summary: .*$/m, 'summary: 用于自动化测试的虚构报告（2099），不是真实内容。');
  editFile(yaml, /^preamble: .*$/m, 'preamble: 2099年，虚构测试区继续开展虚构的工作。现将有关情况报告如下：');
  editFile(yaml, /^figures: \[\]$/m, figures2099);
  editFile(join(year, '01-measures.md'), /^title: 主要举措和成效$/m, 'title: 主要举措和成效\nupdated: 2100-02-01');
  // The official document the report is published from, kept beside it (npm run import-report does this).
  writeFileSync(join(year, 'source.txt'), [
    '2099年，虚构测试区继续开展虚构的工作。现将有关情况报告如下：',
    '一、主要举措和成效', '（一）虚构的第一项工作', '虚构举措。全年共受理法律援助案件450件，调解成功率88%。',
    '（二）虚构的第二项工作', '办理行政复议案件120件，举办法治培训12期。上年情况见2098年度报告。',
    '二、存在的不足和原因', '虚构的不足之处。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况', '虚构的履职情况。',
    '四、下一年度工作安排', '虚构的工作安排。',
  ].join('\n'));

  // Still a draft: the production build leaves 2099 out of everything.
  draftBuild = buildFixtureSite(content, { basePath: base });
}, 240_000);

afterAll(async () => {
  await site?.stop();
  draftBuild?.remove();
  publishedBuild?.remove();
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('a draft year', () => {
  test('is left out of the production build entirely: pages, feed, data, sitemap', () => {
    const dist = draftBuild.dist;
    expect(existsSync(join(dist, '2098/index.html'))).toBe(true);
    expect(existsSync(join(dist, '2099'))).toBe(false);
    expect(existsSync(join(dist, 'data/2099.json'))).toBe(false);
    expect(existsSync(join(dist, 'data/2099-figures.csv'))).toBe(false);
    for (const file of ['feed.xml', 'sitemap-0.xml', 'index.html', 'reports/index.html', '2098/index.html', 'data/2098.json']) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain('2099年');
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain('/2099/');
    }
  });

  test('is shown in npm run dev with a 草稿 banner', async ({ openPage }) => {
    const dev = await startDevServer(content, base);
    try {
      const { page } = await openPage({ allowOrigins: [new URL(dev.url).origin] });
      const response = await page.goto(`${dev.url}2099/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('note').innerText()).resolves.toContain('草稿');
      await expect(page.locator('h1').innerText()).resolves.toBe('曾都区2099年法治政府建设年度报告');
    } finally {
      await dev.stop();
    }
  }, 120_000);
});

describe('the published year', () => {
  const url = (path: string) => `${site.url}${path}`;
  /** A page of the published fixture site, whose origin counts as the site's own. */
  const openSitePage = async (openPage: OpenPage): Promise<Page> => (await openPage({ allowOrigins: [new URL(site.url).origin] })).page;

  beforeAll(async () => {
    editFile(join(content, 'reports/2099/report.yaml'), /^draft: true$/m, 'draft: false');
    publishedBuild = buildFixtureSite(content, { basePath: base });
    site = await serveBuiltSite(publishedBuild.dist, base);
  }, 180_000);

  test('the home page shows the latest year; each year keeps its own URLs', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url(''));
    await expect(page.locator('h1').innerText()).resolves.toBe('曾都区2099年法治政府建设年度报告');
    for (const path of ['2099/', '2099/measures/', '2099/plans/', '2099/full/', '2098/', '2098/measures/', '2098/full/']) {
      expect((await page.goto(url(path)))?.status(), path).toBe(200);
    }
    expect((await page.goto(url('2099/others/')))?.status()).toBe(404);
  });

  test('search offers a year filter once there are two years, and the filter limits results to that year', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    const hrefs = () => page.locator('[data-search-result] a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    await page.goto(url('search/?q=法律援助'));
    await page.locator('[data-search-status][data-count]').waitFor();
    const years = await page.locator('[data-search-year] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(years).toEqual(['', '2099', '2098']);
    const all = await hrefs();
    expect(all.some((href) => href.startsWith('/fzzfbg/2099/'))).toBe(true);
    expect(all.some((href) => href.startsWith('/fzzfbg/2098/'))).toBe(true);

    await page.locator('[data-search-year]').selectOption('2098');
    await page.waitForURL(/year=2098/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-search-result] a[href]')]
      .every((link) => link.getAttribute('href')!.startsWith('/fzzfbg/2098/')));
    const filtered = await hrefs();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(Number(await page.locator('[data-search-status]').getAttribute('data-count'))).toBe(filtered.length);
  });

  test('the archive lists every year, newest first', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url('reports/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('往年报告');
    const links = await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['曾都区2099年法治政府建设年度报告', '/fzzfbg/2099/'],
      ['虚构测试区2098年法治政府建设年度报告', '/fzzfbg/2098/'],
    ]);
  });

  test('every page offers the year switcher, marking the year being read', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url('2098/measures/'));
    const switcher = page.getByRole('navigation', { name: '选择年度' });
    const items = await switcher.locator('a').evaluateAll((anchors) => anchors.map((a) => [a.textContent?.trim(), a.getAttribute('href'), a.getAttribute('aria-current')]));
    expect(items).toEqual([
      ['2099年', '/fzzfbg/2099/', null],
      ['2098年', '/fzzfbg/2098/', 'true'],
      ['往年报告', '/fzzfbg/reports/', null],
    ]);
    await switcher.getByRole('link', { name: '2099年' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('曾都区2099年法治政府建设年度报告');
  });

  test('the cover shows the figures with their change since the previous year, in signs and in words', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url('2099/'));
    const figures = page.getByRole('region', { name: '数字看报告' }).getByRole('listitem');
    expect(await figures.count()).toBe(4);
    const read = (index: number) => figures.nth(index).evaluate((li) => ({
      value: li.querySelector('[data-figure-value]')!.textContent,
      label: li.querySelector('[data-figure-label]')!.textContent,
      shown: li.querySelector('[data-figure-change] [aria-hidden="true"]')?.textContent ?? null,
      spoken: li.querySelector('[data-figure-change] .sr-only')?.textContent ?? null,
      href: li.querySelector('a')!.getAttribute('href'),
    }));
    expect(await read(0)).toEqual({ value: '450件', label: '受理法律援助案件', shown: '▲12.5%', spoken: '比2098年（400件）增加12.5%', href: '/fzzfbg/2099/measures/#measures-p1' });
    expect(await read(1)).toMatchObject({ value: '88%', shown: '▼2个百分点', spoken: '比2098年（90%）减少2个百分点' });
    expect(await read(2)).toMatchObject({ value: '120件', shown: '＝', spoken: '与2098年（120件）持平', href: '/fzzfbg/2099/measures/#measures-p2' });
    expect(await read(3)).toMatchObject({ value: '12期', shown: null, spoken: null });
    // The spoken words are in the accessibility tree, the arrows are not.
    const name = await figures.nth(0).evaluate((li) => li.textContent);
    expect(name).toContain('增加12.5%');
  });

  test('each figure links to the paragraph that states it', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url('2099/'));
    await page.getByRole('region', { name: '数字看报告' }).getByRole('link').nth(3).click();
    await page.waitForURL(/#measures-p2$/);
    await expect(page.locator('[id="measures-p2"]').innerText()).resolves.toContain('举办法治培训12期');
  });

  test('a section shows its last update from the content and an edit link to its file', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url('2099/measures/'));
    await expect(page.getByText('最后更新').locator('time').getAttribute('datetime')).resolves.toBe('2100-02-01');
    const edit = await page.getByRole('link', { name: '编辑此页' }).getAttribute('href');
    expect(edit).toMatch(/^https:\/\/git\.example\/fixture\/reports\/blob\/main\/.*reports\/2099\/01-measures\.md$/);
    await page.goto(url('2099/plans/'));
    expect(await page.getByText('最后更新').locator('time').count()).toBe(0);
    // The internal link written as /2098/measures/#measures-p1 got the base path.
    await page.goto(url('2099/measures/'));
    await expect(page.locator('[data-report-body] a[href*="2098"]').getAttribute('href')).resolves.toBe('/fzzfbg/2098/measures/#measures-p1');
  });

  test('the open data files are served, valid and announced with type and size', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    await page.goto(url('2099/'));
    const downloads = await page.getByRole('region', { name: '开放数据' }).getByRole('listitem').evaluateAll((items) => items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href'),
      meta: li.querySelector('[data-file-meta]')?.textContent ?? null,
    })));
    expect(downloads.map((item) => item.href)).toEqual(['/fzzfbg/data/2099.json', '/fzzfbg/data/2099-figures.csv', '/fzzfbg/data/report.schema.json']);

    const json = await page.request.get(url('data/2099.json'));
    expect(json.status()).toBe(200);
    const jsonBytes = await json.body();
    expect(downloads[0].meta).toBe(`JSON，${(jsonBytes.length / 1024).toFixed(1)} KB`);
    const data = openDataReportSchema.parse(JSON.parse(jsonBytes.toString('utf8')));
    expect(data.year).toBe(2099);
    expect(data.sections.map((section) => section.slug)).toEqual(['measures', 'problems', 'duties', 'plans']);
    expect(data.sections[0].updated).toBe('2100-02-01');
    expect(data.figures.find((figure) => figure.id === 'legal-aid-cases')).toMatchObject({
      value: 450, url: 'https://fixture.example/fzzfbg/2099/measures/#measures-p1',
    });

    const csv = await page.request.get(url('data/2099-figures.csv'));
    expect(csv.status()).toBe(200);
    const csvBytes = await csv.body();
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(downloads[1].meta).toBe(`CSV，${csvBytes.length} 字节`);
    const lines = csvBytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('year,id,label,value,unit,section,paragraph,quote,url');
    expect(lines[1]).toBe('2099,legal-aid-cases,受理法律援助案件,450,件,measures,measures-p1,全年共受理法律援助案件450件,https://fixture.example/fzzfbg/2099/measures/#measures-p1');

    const schema = await (await page.request.get(url('data/report.schema.json'))).json();
    expect(schema.$id).toBe('https://fixture.example/fzzfbg/data/report.schema.json');
  });

  test('the feed lists both reports under the base path, without invented dates', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    const feed = await page.request.get(url('feed.xml'));
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    const links = [...xml.matchAll(/<item>.*?<link>(.*?)<\/link>/gs)].map((match) => match[1]);
    expect(links).toEqual(['https://fixture.example/fzzfbg/2099/', 'https://fixture.example/fzzfbg/2098/']);
    expect(xml).not.toContain('<pubDate>');
    await page.goto(url('2099/'));
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe('/fzzfbg/feed.xml');
  });

  test('the multi-year pages are valid HTML and pass axe (figures with changes, switcher, archive)', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    const validate = spawnSync(process.execPath, [join(projectRoot, 'node_modules/html-validate/bin/html-validate.mjs'), '--config', join(projectRoot, '.htmlvalidate.json'), `${publishedBuild.dist}/**/*.html`], { cwd: projectRoot, encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    for (const path of ['2099/', 'reports/', '2098/measures/']) {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url(path));
        expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
      }
    }
  });

  test('the sitemap and robots.txt cover both years under the base path', async ({ openPage }) => {
    const page = await openSitePage(openPage);
    const robots = await (await page.request.get(url('robots.txt'))).text();
    expect(robots).toContain('Sitemap: https://fixture.example/fzzfbg/sitemap-index.xml');
    const sitemap = await (await page.request.get(url('sitemap-0.xml'))).text();
    for (const path of ['2099/', '2099/measures/', '2098/', 'reports/']) {
      expect(sitemap).toContain(`<loc>https://fixture.example/fzzfbg/${path}</loc>`);
    }
    expect(sitemap).not.toContain('404');
  });
});
