import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, projectRoot, runScript } from '../support/content-fixture.ts';
import { automaticNumberingDocx } from '../support/official-docx.ts';

/**
 * npm run import-report, run as staff run it: a real Node process on a content tree, printing
 * its summary in Chinese. What it writes is tested in detail in tests/unit/import/.
 */
const cleanup: string[] = [];
afterEach(() => { for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true }); });
const temporary = (prefix: string) => { const dir = mkdtempSync(join(tmpdir(), prefix)); cleanup.push(dir); return dir; };
const yearlyTree = () => { const dir = copyFixture(); cleanup.push(dir); return dir; };
const documentFile = (name: string, bytes: Uint8Array | string) => { const path = join(temporary('import-source-'), name); writeFileSync(path, bytes); return path; };
const fixture = (name: string) => join(projectRoot, 'tests/fixtures/import', name);

test('the 2024 official text: a draft year that passes the check, and a summary of what was made', () => {
  const root = temporary('import-content-');
  cpSync(join(projectRoot, 'tests/fixtures/report-2024/site.yaml'), join(root, 'site.yaml'));
  const result = runScript('import-report.ts', ['2024', join(projectRoot, 'tests/fixtures/source-2024.txt')], root);
  expect(result.status, result.output).toBe(0);
  expect(result.stderr).toBe('');
  const summary = result.stdout;
  expect(summary).toContain('reports/2024/（草稿）');
  expect(summary).toContain('读取：纯文本（.txt），编码 UTF-8，原文件保存为 source.txt');
  expect(summary).toContain('标题：曾都区2024年法治政府建设年度报告（原文没有标题，按发布机关和年度生成）');
  expect(summary).toContain('  一、主要举措和成效 → 01-measures.md：4 个小标题，12 段');
  expect(summary).toContain('  四、下一步工作计划 → 04-plans.md：3 个小标题，3 段');
  expect(summary).toContain('落款：无；发布机关取自 site.yaml：曾都区人民政府');
  expect(summary).toContain('  半角逗号 , 改为 ，：76 处');
  expect(summary).toContain('  文号年份的方括号 [ ] 改为 〔 〕：2 处');
  expect(summary).toContain('未放入报告的内容：共 2 处，没有写入');
  expect(summary).toContain('  第 28 行“扫一扫在手机上查看当前页面”\n    网页上的附加文字');
  expect(summary).toMatch(/接下来.*\n.*npm run check[\s\S]*npm run dev[\s\S]*draft: false[\s\S]*git add .*reports\/2024 && git commit/);
  expect(readdirSync(join(root, 'reports/2024')).sort()).toEqual(['01-measures.md', '02-problems.md', '03-duties.md', '04-plans.md', 'report.yaml', 'source.txt']);

  // The next step staff take passes as it is.
  const check = runScript('check.ts', ['--content-only'], root);
  expect(check.status, check.output).toBe(0);
  expect(check.stdout).toContain('2024（草稿，不会发布）：4 章');
});

test('a GB18030 text file and a Word file numbered by Word', async () => {
  const root = yearlyTree();
  const text = runScript('import-report.ts', ['2099', documentFile('报告.txt', iconv.encode(readFileSync(fixture('three-chapters.txt'), 'utf8'), 'gb18030'))], root);
  expect(text.status, text.output).toBe(0);
  expect(text.stdout).toContain('编码 GB18030，已转换为 UTF-8 保存为 source.txt');
  expect(text.stdout).toContain('主送机关：区委：');
  expect(text.stdout).toContain('  三、2100年工作安排 → 03-plans.md：3 个小标题，3 段');
  expect(text.stdout).toContain('结束语：特此报告。');
  expect(text.stdout).toContain('  去掉行首的全角空格缩进：8 行');

  const word = runScript('import-report.ts', ['2100', documentFile('报告.docx', (await automaticNumberingDocx()).bytes)], root);
  expect(word.status, word.output).toBe(0);
  expect(word.stdout).toContain('读取：Word 文档（.docx），原文件保存为 source.docx');
  expect(word.stdout).toContain('  三、党政主要负责人履行推进法治建设第一责任人职责情况 → 03-duties.md：0 个小标题，2 段');
  expect(word.stdout).toContain('原文标题中的年度是 2099，与导入的年度 2100 不一致，请确认');
  expect(parse(readFileSync(join(root, 'reports/2100/report.yaml'), 'utf8'))).toMatchObject({ year: 2100, draft: true });
});

describe('refusals: a clear message naming the file, exit status 1, nothing written', () => {
  // Every kind of refusal is tested in process (tests/unit/import/import-report.test.ts); here
  // one of each source: the file, the text, the content tree, the command line.
  test.each([
    ['报告.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧版 Word 文件（.doc）无法直接导入。请在 Word 或 WPS 中打开，另存为 .docx 后再导入'],
    ['总结.txt', readFileSync(fixture('no-chapters.txt')), '没有找到“一、……”形式的章节标题'],
  ])('%s', (name, bytes, message) => {
    const root = yearlyTree();
    const path = documentFile(name, bytes);
    const result = runScript('import-report.ts', ['2099', path], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`无法导入 ${path}：`);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`(Cannot import ${path}: `);
    expect(existsSync(join(root, 'reports/2099'))).toBe(false);
  });

  test('a year that exists', () => {
    const root = yearlyTree();
    const before = readdirSync(join(root, 'reports/2098')).map((name) => readFileSync(join(root, 'reports/2098', name), 'utf8'));
    const result = runScript('import-report.ts', ['2098', fixture('three-chapters.txt')], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('reports/2098 已经存在，未做任何改动');
    expect(readdirSync(join(root, 'reports/2098')).map((name) => readFileSync(join(root, 'reports/2098', name), 'utf8'))).toEqual(before);
  });

  test('a missing file name explains the command', () => {
    const result = runScript('import-report.ts', ['2099'], yearlyTree());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('请写明年度和报告文件，例如：npm run import-report -- 2025 报告.docx');
  });
});
