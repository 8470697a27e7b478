import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { ImportBug, ImportRefusal } from '../../../src/import/import-errors.ts';
import { writeReportFolder } from '../../../src/import/write-report-folder.ts';
import { copyFixture, editFile } from '../../support/content-fixture.ts';

const cleanup: string[] = [];
afterEach(() => { for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true }); });
const tree = () => { const dir = copyFixture(); cleanup.push(dir); return dir; };

const reportYaml = 'title: 虚构\nyear: 2099\nissuer: 虚构测试区人民政府\nsummary: 摘要。\npreamble: 开头。\ndraft: true\n';
const section = { name: '01-measures.md', content: '---\ntitle: 主要举措\n---\n\n正文。\n' };

test('writes the folder and checks the content tree', async () => {
  const root = tree();
  expect(await writeReportFolder(root, join(root, 'reports/2099'), [{ name: 'report.yaml', content: reportYaml }, section], { staffMustPlace: false })).toEqual({ otherProblems: [], toPlace: [] });
  expect(readFileSync(join(root, 'reports/2099/01-measures.md'), 'utf8')).toBe(section.content);
});

test('never writes over a year that exists', async () => {
  const root = tree();
  const before = readFileSync(join(root, 'reports/2098/report.yaml'), 'utf8');
  await expect(writeReportFolder(root, join(root, 'reports/2098'), [{ name: 'report.yaml', content: reportYaml }], { staffMustPlace: false })).rejects.toThrow(ImportRefusal);
  expect(readFileSync(join(root, 'reports/2098/report.yaml'), 'utf8')).toBe(before);
});

test('content that fails the check is the import\'s bug: it is removed again', async () => {
  const root = tree();
  const error = await writeReportFolder(root, join(root, 'reports/2099'), [{ name: 'report.yaml', content: reportYaml.replace('year: 2099', 'year: 2097') }, section], { staffMustPlace: true }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportBug);
  expect((error as ImportBug).message).toContain('导入程序出错');
  expect((error as ImportBug).problems[0]).toMatchObject({ field: 'year' });
  expect(existsSync(join(root, 'reports/2099'))).toBe(false);
});

test('problems of other years are returned, not blamed on the import', async () => {
  const root = tree();
  editFile(join(root, 'reports/2098/report.yaml'), 'value: 400', 'value: 401');
  const { otherProblems: problems } = await writeReportFolder(root, join(root, 'reports/2099'), [{ name: 'report.yaml', content: reportYaml }, section], { staffMustPlace: false });
  expect(problems.map((problem) => problem.file)).toEqual([expect.stringMatching(/reports\/2098\/report\.yaml$/)]);
  expect(existsSync(join(root, 'reports/2099/report.yaml'))).toBe(true);
});

test('a difference from the official document is the import\'s bug, unless it left lines for staff to place', async () => {
  const root = tree();
  const files = [{ name: 'report.yaml', content: reportYaml }, section, { name: 'source.txt', content: '开头。\n一、主要举措\n正文。\n（附件略）\n' }];
  await expect(writeReportFolder(root, join(root, 'reports/2099'), files, { staffMustPlace: false })).rejects.toThrow(ImportBug);
  expect(existsSync(join(root, 'reports/2099'))).toBe(false);
  const { toPlace } = await writeReportFolder(root, join(root, 'reports/2099'), files, { staffMustPlace: true });
  expect(toPlace.map((problem) => [problem.file.replace(/.*reports\//, ''), problem.en])).toEqual([
    ['2099/01-measures.md', 'the report ends where the official text (' + toPlace[0].en.split('(')[1].split(')')[0] + ') goes on: "（附件略）"'],
  ]);
  expect(existsSync(join(root, 'reports/2099/source.txt'))).toBe(true);
});
