import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content/load.ts';
import { ImportRefusal } from '../../../src/import/import-errors.ts';
import { importReport, type ImportOutcome } from '../../../src/import/import-report.ts';
import { OfficialTextRefusal } from '../../../src/official-text/official-text-refusal.ts';
import { copyFixture, projectRoot } from '../../support/content-fixture.ts';
import { foldWidth, writtenReportText } from '../../support/imported-report.ts';
import { automaticNumberingDocx, docxFromLines, itemsAndTableDocx } from '../../support/official-docx.ts';

/**
 * The import on every fixture, in process: the files it writes, what they say, that they pass
 * the content check, and that their text is the document's text up to whitespace and
 * punctuation width. The staff command itself is tested in tests/commands/import-report.test.ts.
 */
const fixtures = join(projectRoot, 'tests/fixtures/import');
const source2024 = join(projectRoot, 'tests/fixtures/source-2024.txt');
const frozen2024 = join(projectRoot, 'tests/fixtures/report-2024/reports/2024');

const cleanup: string[] = [];
afterEach(() => { for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true }); });
const temporary = (prefix: string) => { const dir = mkdtempSync(join(tmpdir(), prefix)); cleanup.push(dir); return dir; };

/** The fictional site with its 2098 report (figures, no keywords). */
function yearlyTree(): string {
  const dir = copyFixture();
  cleanup.push(dir);
  return dir;
}

/** A content tree with the real site settings and no report. */
function emptyZengduTree(): string {
  const dir = temporary('import-content-');
  cpSync(join(projectRoot, 'tests/fixtures/report-2024/site.yaml'), join(dir, 'site.yaml'));
  return dir;
}

/** A document written to a temporary file under the name staff would give it. */
function documentFile(name: string, bytes: Uint8Array | string): string {
  const path = join(temporary('import-source-'), name);
  writeFileSync(path, bytes);
  return path;
}

async function runImport(root: string, year: number, path: string) {
  const outcome = await importReport({ year, path, name: path, root });
  const folder = join(root, 'reports', String(year));
  const yaml = parse(readFileSync(join(folder, 'report.yaml'), 'utf8')) as Record<string, unknown>;
  const section = (name: string) => readFileSync(join(folder, name), 'utf8');
  return { outcome, folder, yaml, section, files: readdirSync(folder).sort() };
}

function chapterSummary(outcome: ImportOutcome) {
  return outcome.chapters.map(({ chapter, file, subsections, paragraphs, tables }) => ({ title: chapter.title, file: file.fileName, subsections, paragraphs, tables }));
}

/** The written content passes the check every build runs, and holds the year as a draft. */
async function expectValidDraft(root: string, year: number) {
  const { reports } = await loadContent(root);
  expect(reports.find((report) => report.year === year)).toMatchObject({ year, draft: true });
}

/** The document's shown text minus what was left unplaced equals the written text, up to whitespace and punctuation width. */
async function expectSameText(folder: string, shown: string[], options: { unplaced?: string[]; titleGenerated?: boolean } = {}) {
  const written = await writtenReportText(folder);
  const expected = shown.filter((line) => !options.unplaced?.includes(line.trim()));
  const writtenText = options.titleGenerated ? written.text : [written.title, ...written.text];
  expect(foldWidth(writtenText.join(''))).toBe(foldWidth(expected.join('')));
}

const linesOf = (path: string) => readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
const portalLines = ['扫一扫在手机上查看当前页面', '您访问的链接即将离开“曾都区人民政府”门户网站,是否继续?'];

/** The frozen 2024 content, Markdown syntax (##, **, line breaks) removed. */
function withoutMarkdown(text: string) {
  const [, frontMatter, body] = text.split('---\n');
  return { frontMatter: frontMatter.replace(/^#.*\n/gm, ''), body: body.replace(/^#+ /gm, '').replaceAll('**', '').replaceAll('\n', '') };
}

describe('the 2024 official text', () => {
  async function expect2024(path: string) {
    const root = emptyZengduTree();
    const { outcome, folder, yaml, section, files } = await runImport(root, 2024, path);
    const kept = path.endsWith('.docx') ? 'source.docx' : 'source.txt';
    expect(files).toEqual(['01-measures.md', '02-problems.md', '03-duties.md', '04-plans.md', 'report.yaml', kept]);
    // Exactly the characters of the published content: the only structural difference is that
    // the published plans set their run-in subsection titles as headings.
    for (const name of files.filter((file) => file.endsWith('.md'))) {
      expect(withoutMarkdown(section(name)), name).toEqual(withoutMarkdown(readFileSync(join(frozen2024, name), 'utf8')));
    }
    const published = parse(readFileSync(join(frozen2024, 'report.yaml'), 'utf8')) as Record<string, unknown>;
    expect(yaml).toMatchObject({ title: published.title, year: 2024, issuer: '曾都区人民政府', preamble: published.preamble, draft: true, figures: [] });
    expect(yaml).not.toHaveProperty('addressee');
    expect(yaml).not.toHaveProperty('closing');
    expect(yaml).not.toHaveProperty('signature');
    expect(outcome.titleGenerated).toBe(true);
    expect(chapterSummary(outcome).map(({ subsections, paragraphs }) => [subsections, paragraphs])).toEqual([[4, 12], [0, 1], [0, 1], [3, 3]]);
    // The text copied from the portal page brings the page's two lines; the Word document has none.
    expect(outcome.report.unplaced.map(({ block, reason }) => [block.kind === 'paragraph' && block.text, reason])).toEqual(kept === 'source.txt' ? [
      ['扫一扫在手机上查看当前页面', 'portalFurniture'],
      ['您访问的链接即将离开“曾都区人民政府”门户网站，是否继续？', 'portalFurniture'],
    ] : []);
    await expectValidDraft(root, 2024);
    await expectSameText(folder, linesOf(source2024), { unplaced: portalLines, titleGenerated: true });
    return { outcome, folder };
  }

  test('as .txt: the published 2024 content, character for character', async () => {
    const { outcome, folder } = await expect2024(source2024);
    expect(outcome.text).toMatchObject({ format: 'txt', encoding: 'UTF-8' });
    expect(outcome.cleaning).toMatchObject({ emptyLines: 1, punctuation: { comma: 76, semicolon: 1, colon: 1, parentheses: 22, documentNumberBrackets: 2 } });
    // The document as given, but for the portal's two lines: exactly the 2024 content's own source.txt
    expect(readFileSync(join(folder, 'source.txt'))).toEqual(readFileSync(join(projectRoot, 'tests/fixtures/report-2024/reports/2024/source.txt')));
  });

  test('as a .docx made from it: the same content', async () => {
    // A Word document has no web page around it: made from the text without the portal's lines.
    const lines = readFileSync(join(projectRoot, 'tests/fixtures/report-2024/reports/2024/source.txt'), 'utf8').split('\n');
    const { outcome, folder } = await expect2024(documentFile('2024年法治政府建设年度报告.docx', await docxFromLines(lines)));
    expect(outcome.text.format).toBe('docx');
    expect(readFileSync(join(folder, 'source.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('fictional reports in real shapes', () => {
  const threeChapters = join(fixtures, 'three-chapters.txt');

  async function expectThreeChapters(path: string) {
    const root = yearlyTree();
    const { outcome, folder, yaml, section, files } = await runImport(root, 2099, path);
    expect(files).toEqual(['01-measures.md', '02-problems.md', '03-plans.md', 'report.yaml', 'source.txt']);
    expect(chapterSummary(outcome)).toEqual([
      { title: '2099年推进法治政府建设的主要举措和成效', file: '01-measures.md', subsections: 4, paragraphs: 5, tables: 0 },
      { title: '存在的不足和原因', file: '02-problems.md', subsections: 0, paragraphs: 1, tables: 0 },
      { title: '2100年工作安排', file: '03-plans.md', subsections: 3, paragraphs: 3, tables: 0 },
    ]);
    expect(yaml).toMatchObject({
      title: '虚构测试区人民政府关于2099年法治政府建设情况的报告',
      issuer: '虚构测试区人民政府',
      addressee: '区委：',
      preamble: '2099年，虚构测试区坚持以虚构的思想为指导，扎实推进法治政府建设。现将有关情况报告如下：',
      closing: '特此报告。',
      keywords: ['法治政府建设', '年度报告'],
      summary: '虚构测试区人民政府关于2099年法治政府建设工作情况的年度报告，包括2099年推进法治政府建设的主要举措和成效、存在的不足和原因和2100年工作安排。',
    });
    expect(yaml).not.toHaveProperty('signature');
    // The figure ids of 2098, as a comment for staff to reuse
    expect(readFileSync(join(folder, 'report.yaml'), 'utf8')).toContain('#   legal-aid-cases：受理法律援助案件');

    const measures = section('01-measures.md');
    expect(measures).toContain('\n2099年，全区法治政府建设取得虚构的进展，开通12345热线和APP服务。\n\n## （一）加强组织领导\n');
    expect(measures).toContain('一是健全虚构的工作机制，每周一上午9:30召开例会；二是压实虚构的工作责任，制定责任清单12项；三是强化虚构的督促检查。');
    expect(measures).toContain('## （二）深化“放管服”改革');
    expect(measures).toContain('## （三）严格规范公正文明执法\n\n组织虚构的执法案卷评查2次，评查案卷56件。\n');
    expect(section('03-plans.md')).toContain('**（一）持续加强虚构的法治队伍建设。**全年组织虚构的专题培训4期');
    expect(outcome.cleaning).toMatchObject({ fullWidthIndent: 8, otherWhitespace: 1, emptyLines: 1, punctuation: { comma: 1, semicolon: 1, colon: 1, parentheses: 2, fullStop: 1, quotationMarks: 2 } });
    expect(outcome.report.unplaced).toEqual([]);
    await expectValidDraft(root, 2099);
    await expectSameText(folder, linesOf(threeChapters));
    return { outcome, folder };
  }

  test('three chapters: salutation, indentation, 7 subsections (3 run-in), 一是/二是 paragraphs, closing', async () => {
    const { outcome, folder } = await expectThreeChapters(threeChapters);
    expect(outcome.text.encoding).toBe('UTF-8');
    expect(readFileSync(join(folder, 'source.txt'))).toEqual(readFileSync(threeChapters));
  });

  test('the same text in GB18030: read as such and kept as UTF-8', async () => {
    const text = readFileSync(threeChapters, 'utf8');
    const { outcome, folder } = await expectThreeChapters(documentFile('报告.txt', iconv.encode(text, 'gb18030')));
    expect(outcome.text.encoding).toBe('GB18030');
    expect(outcome.reencoded).toBe(true);
    expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toBe(text);
  });

  test('eight chapters, none of them problems or duties, with a closing, a 落款 and a note after it', async () => {
    const path = join(fixtures, 'eight-chapters.txt');
    const root = yearlyTree();
    const { outcome, folder, yaml, files } = await runImport(root, 2099, path);
    expect(files).toEqual([...Array.from({ length: 8 }, (_, index) => `0${index + 1}-part-${index + 1}.md`), 'report.yaml', 'source.txt']);
    expect(chapterSummary(outcome).map(({ subsections, paragraphs }) => [subsections, paragraphs])).toEqual([[0, 1], [0, 1], [2, 2], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1]]);
    expect(yaml).toMatchObject({
      title: '虚构测试区2099年法治政府建设年度报告',
      closing: '专此报告。',
      signature: { issuer: '虚构测试区人民政府', date: '二〇九九年三月二十八日' },
    });
    expect(yaml).not.toHaveProperty('addressee');
    expect(outcome.report.unplaced.map(({ block, reason }) => [block.position, reason])).toEqual([[25, 'afterSignature']]);
    expect(outcome.cleaning).toMatchObject({ fullWidthIndent: 0, otherWhitespace: 0, emptyLines: 0, punctuation: {} });
    await expectValidDraft(root, 2099);
    await expectSameText(folder, linesOf(path), { unplaced: ['（此件公开发布）'] });
  });

  test('a .docx with typed numbers, bold runs, a table, a salutation and a 落款', async () => {
    const { bytes, shownText } = await itemsAndTableDocx();
    const root = yearlyTree();
    const { outcome, folder, yaml, section, files } = await runImport(root, 2099, documentFile('报告.docx', bytes));
    expect(files).toEqual(['01-measures.md', '02-plans.md', 'report.yaml', 'source.docx']);
    expect(chapterSummary(outcome)).toEqual([
      { title: '主要举措和成效', file: '01-measures.md', subsections: 1, paragraphs: 6, tables: 1 },
      { title: '下一步工作计划', file: '02-plans.md', subsections: 0, paragraphs: 1, tables: 0 },
    ]);
    expect(yaml).toMatchObject({ addressee: '市人民政府：', closing: '特此报告。', signature: { issuer: '虚构测试区人民政府', date: '2100年1月15日' } });
    const measures = section('01-measures.md');
    expect(measures).toContain('## （一）坚持虚构的领导\n');
    expect(measures).toContain('\n**健全工作机制。**虚构的工作机制运行良好，全年召开会议**6次**。\n');
    // Numbers stay text: what Markdown would read as a list or emphasis is escaped.
    expect(measures).toContain('\n1.制定虚构的实施方案。\n');
    expect(measures).toContain('\n2\\. 开展虚构的专项行动。\n');
    expect(measures).toContain('\n（1）虚构的第一项。\n\n①虚构的另一项。\n\n\\*注：以上数据均为虚构。\n');
    expect(measures).toContain('| 项目 | 2098年 | 2099年 |\n| - | - | - |\n| 受理虚构案件（件） | 400 | 420 |\n| 办结率 | 95% | 97% |\n| 备注 | A\\|B | |\n');
    await expectValidDraft(root, 2099);
    await expectSameText(folder, shownText);
  });

  test('a .docx numbered by Word: chapters, subsections and items keep the numbers Word shows', async () => {
    const { bytes, shownText } = await automaticNumberingDocx();
    const root = yearlyTree();
    const { outcome, folder, yaml, section, files } = await runImport(root, 2099, documentFile('报告.docx', bytes));
    expect(files).toEqual(['01-measures.md', '02-problems.md', '03-duties.md', '04-plans.md', 'report.yaml', 'source.docx']);
    expect(chapterSummary(outcome).map(({ title, subsections, paragraphs }) => [title, subsections, paragraphs])).toEqual([
      ['主要举措和成效', 2, 5],
      ['存在的问题', 0, 2],
      ['党政主要负责人履行推进法治建设第一责任人职责情况', 0, 2],
      ['下一步工作安排', 1, 1],
    ]);
    expect(yaml).toMatchObject({ title: '关于2099年法治政府建设情况的报告', issuer: '虚构测试区人民政府', preamble: '2099年，虚构测试区法治政府建设取得虚构的进展。' });
    expect(section('03-duties.md')).toContain('navTitle: 党政主要负责人履职情况');
    expect(section('01-measures.md')).toContain('## （一）坚持虚构的领导\n\n①虚构的第一项。\n\n②虚构的第二项。\n\n**（二）推进虚构的改革。**虚构的改革取得进展。\n\n1.虚构的措施。\n\n2.虚构的又一措施。\n');
    expect(section('02-problems.md')).toContain('甲、虚构的问题。\n\n乙、虚构的另一问题。\n');
    expect(section('03-duties.md')).toContain('１．虚构的职责。');
    expect(section('04-plans.md')).toContain('## （一）虚构的安排\n\n1.虚构的计划。\n');
    await expectValidDraft(root, 2099);
    await expectSameText(folder, shownText);
  });
});

describe('refusals write nothing', () => {
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  test.each([
    ['报告.doc', ole, OfficialTextRefusal, '另存为 .docx 后再导入'],
    ['报告.wps', ole, OfficialTextRefusal, 'WPS 文字文件（.wps）无法直接导入'],
    ['报告.pdf', Buffer.from('%PDF-1.7\n'), OfficialTextRefusal, 'PDF 文件无法可靠地还原文字和段落'],
    ['报告.docx', ole, OfficialTextRefusal, '内容却不是 Word 文档'],
    ['报告.docx', '', OfficialTextRefusal, '文件是空的'],
    ['报告.txt', '', OfficialTextRefusal, '文件是空的'],
    ['总结.txt', readFileSync(join(fixtures, 'no-chapters.txt')), ImportRefusal, '没有找到“一、……”形式的章节标题'],
  ])('%s', async (name, bytes, kind, message) => {
    const root = yearlyTree();
    const path = documentFile(name, bytes);
    const error = await importReport({ year: 2099, path, name, root }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(kind);
    expect((error as Error).message).toContain(message);
    expect(readdirSync(join(root, 'reports'))).toEqual(['2098']);
  });

  test('a year that exists', async () => {
    const root = yearlyTree();
    const before = readFileSync(join(root, 'reports/2098/report.yaml'), 'utf8');
    const error = await importReport({ year: 2098, path: join(fixtures, 'three-chapters.txt'), name: 'three-chapters.txt', root }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportRefusal);
    expect((error as Error).message).toContain('已经存在，未做任何改动');
    expect(readdirSync(join(root, 'reports/2098')).sort()).toEqual(['01-measures.md', '02-plans.md', 'report.yaml', 'source.txt']);
    expect(readFileSync(join(root, 'reports/2098/report.yaml'), 'utf8')).toBe(before);
  });
});
