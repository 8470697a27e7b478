/**
 * Official documents in the shapes real reports take, imported with `npm run import-report` as
 * staff run it, published and built into a site: each report's full-text page must say what its
 * document says, word for word (up to whitespace and the forms of punctuation), with the
 * document's own furniture (the portal page's lines, a note after the 落款) left out.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll } from 'vitest';
import { loadSiteSettings } from '../../src/content/site-settings.ts';
import { reportBlockSelector } from '../../src/site/report-markup.ts';
import { routes } from '../../src/site/routes.ts';
import { expect, test } from '../support/browser.ts';
import { copyFixture, editFile, projectRoot, runScript } from '../support/content-fixture.ts';
import { buildFixtureSite, serveBuiltSite, type BuiltSite, type RunningSite } from '../support/fixture-site.ts';
import { foldWidth } from '../support/imported-report.ts';
import { automaticNumberingDocx, docxFromLines, itemsAndTableDocx } from '../support/official-docx.ts';

const fixtures = join(projectRoot, 'tests/fixtures');
const lines = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const text2024 = lines(join(fixtures, 'report-2024/reports/2024/source.txt'));

interface ImportCase {
  name: string;
  year: number;
  /** The file name staff would import, and its bytes */
  file: string;
  bytes: () => Promise<Buffer>;
  /** What a reader of the document sees, paragraph by paragraph (and cell by cell) */
  shown: () => Promise<string[]>;
  /** Lines of the document that are not report text */
  notReportText: string[];
}

const cases: ImportCase[] = [
  {
    name: 'the 2024 text as copied from the portal page', year: 2091, file: 'source-2024.txt',
    bytes: async () => readFileSync(join(fixtures, 'source-2024.txt')), shown: async () => lines(join(fixtures, 'source-2024.txt')),
    notReportText: ['扫一扫在手机上查看当前页面', '您访问的链接即将离开“曾都区人民政府”门户网站,是否继续?'],
  },
  { name: 'the 2024 text as a Word document', year: 2092, file: '2024.docx', bytes: () => docxFromLines(text2024), shown: async () => text2024, notReportText: [] },
  {
    name: 'three chapters, 7 subsections (3 run-in), 一是/二是, a salutation and full-width indentation', year: 2093, file: 'three-chapters.txt',
    bytes: async () => readFileSync(join(fixtures, 'import/three-chapters.txt')), shown: async () => lines(join(fixtures, 'import/three-chapters.txt')), notReportText: [],
  },
  {
    name: 'the same in GB18030', year: 2094, file: 'three-chapters-gbk.txt',
    bytes: async () => iconv.encode(readFileSync(join(fixtures, 'import/three-chapters.txt'), 'utf8'), 'gb18030'),
    shown: async () => lines(join(fixtures, 'import/three-chapters.txt')), notReportText: [],
  },
  {
    name: 'eight chapters, no problems or duties chapter, a 落款 with its date and a note after it', year: 2095, file: 'eight-chapters.txt',
    bytes: async () => readFileSync(join(fixtures, 'import/eight-chapters.txt')), shown: async () => lines(join(fixtures, 'import/eight-chapters.txt')),
    notReportText: ['（此件公开发布）'],
  },
  { name: 'numbered items and a table, bold runs', year: 2096, file: 'items.docx', bytes: async () => (await itemsAndTableDocx()).bytes, shown: async () => (await itemsAndTableDocx()).shownText, notReportText: [] },
  { name: 'Word\'s automatic numbering', year: 2097, file: 'numbered.docx', bytes: async () => (await automaticNumberingDocx()).bytes, shown: async () => (await automaticNumberingDocx()).shownText, notReportText: [] },
];

let content: string;
let build: BuiltSite;
let site: RunningSite;

beforeAll(async () => {
  content = copyFixture();
  for (const { year, file, bytes } of cases) {
    const path = join(content, file);
    writeFileSync(path, await bytes());
    const imported = runScript('import-report.ts', [String(year), path], content);
    if (imported.status !== 0) throw new Error(`import of ${file} failed:\n${imported.output}`);
    rmSync(path);
    editFile(join(content, 'reports', String(year), 'report.yaml'), /^draft: true$/m, 'draft: false');
  }
  build = buildFixtureSite(content);
  site = await serveBuiltSite(build.dist, loadSiteSettings(content).basePath);
}, 600_000);

afterAll(async () => {
  await site?.stop();
  build?.remove();
  if (content) rmSync(content, { recursive: true, force: true });
});

test.for(cases)('$name: the full text reads as the document, word for word', async ({ year, shown, notReportText }, { openPage }) => {
  const { page } = await openPage({ allowOrigins: [new URL(site.url).origin] });
  await page.goto(new URL(routes.fullText(year), site.url).href);
  const title = await page.locator('h1').innerText();
  const blocks = await page.locator(reportBlockSelector).allInnerTexts();
  const skipped = new Set(notReportText.map(foldWidth));
  const documentText = (await shown()).filter((line) => !skipped.has(foldWidth(line)));
  const withTitle = foldWidth(documentText[0]) === foldWidth(title) ? [title, ...blocks] : blocks;
  expect(foldWidth(withTitle.join(''))).toBe(foldWidth(documentText.join('')));
});

test('the imported years are offered with their documents, and the 落款 stands to the right', async ({ openPage }) => {
  const { page } = await openPage({ allowOrigins: [new URL(site.url).origin] });
  await page.goto(new URL(routes.report(2095), site.url).href);
  const link = page.locator('[data-official-document] a');
  expect(await link.getAttribute('href')).toBe(new URL(routes.officialDocument(2095, 'txt'), site.url).pathname);
  expect((await page.request.get(new URL(routes.officialDocument(2096, 'docx'), site.url).href)).status()).toBe(200);
  await page.goto(new URL(routes.fullText(2095), site.url).href);
  const date = page.locator('#signature-date');
  expect(await date.innerText()).toBe('二〇九九年三月二十八日');
  expect(await date.evaluate((element) => getComputedStyle(element).textAlign)).toBe('right');
});
