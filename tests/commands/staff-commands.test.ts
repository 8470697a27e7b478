import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, expect, test } from 'vitest';
import { copyFixture, editFile, runScript } from '../support/content-fixture.ts';

const cleanup: string[] = [];
afterEach(() => { for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true }); });
const tempCopy = () => { const dir = copyFixture(); cleanup.push(dir); return dir; };

test('new-report creates a draft year with the standard sections and the previous figure ids', () => {
  const dir = tempCopy();
  const result = runScript('new-report.ts', ['2099'], dir);
  expect(result.status, result.output).toBe(0);
  expect(result.stdout).toContain('已创建');
  const folder = join(dir, 'reports/2099');
  expect(readdirSync(folder).sort()).toEqual(['01-measures.md', '02-problems.md', '03-duties.md', '04-plans.md', '05-others.md', 'report.yaml']);
  const titles = readdirSync(folder).filter((name) => name.endsWith('.md'))
    .map((name) => /^title: (.*)$/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1]);
  expect(titles).toEqual(['主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '下一年度工作安排', '其他需要报告的情况']);
  const yaml = readFileSync(join(folder, 'report.yaml'), 'utf8');
  expect(parse(yaml)).toMatchObject({ year: 2099, draft: true, issuer: '虚构测试区人民政府', figures: [] });
  expect(parse(yaml).published).toBeUndefined();
  expect(yaml).toContain('#   legal-aid-cases：受理法律援助案件');

  // The new draft passes the check as it is, so staff can preview it at once.
  const check = runScript('check.ts', ['--content-only'], dir);
  expect(check.status, check.output).toBe(0);
  expect(check.stdout).toContain('2099（草稿，不会发布）');
});

test('new-report refuses to overwrite a year that exists, and explains its arguments', () => {
  const dir = tempCopy();
  const before = readFileSync(join(dir, 'reports/2098/report.yaml'), 'utf8');
  const again = runScript('new-report.ts', ['2098'], dir);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('已经存在，未做任何改动');
  expect(readFileSync(join(dir, 'reports/2098/report.yaml'), 'utf8')).toBe(before);
  expect(readdirSync(join(dir, 'reports/2098')).sort()).toEqual(['01-measures.md', '02-plans.md', 'report.yaml', 'source.txt']);

  const missing = runScript('new-report.ts', [], dir);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('npm run new-report -- 2025');
  expect(runScript('new-report.ts', ['25'], dir).status).toBe(1);
});

test('a failed build leaves the previous dist/ exactly as it was', () => {
  const dir = tempCopy();
  const out = mkdtempSync(join(tmpdir(), 'report-dist-'));
  cleanup.push(out);
  const dist = join(out, 'dist');
  mkdirSync(join(dist, '2098'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>previous site</p>');
  writeFileSync(join(dist, '2098/index.html'), '<p>previous report</p>');
  editFile(join(dir, 'reports/2098/report.yaml'), 'value: 400', 'value: 401');

  const result = runScript('build.ts', [dist], dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('reports/2098/report.yaml');
  expect(result.stderr).toContain('数值“401件”不在引文');
  expect(result.stderr).toContain('未被改动');
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
  expect(readFileSync(join(dist, '2098/index.html'), 'utf8')).toBe('<p>previous report</p>');
  expect(readdirSync(out)).toEqual(['dist']);
});

test('check exits with status 1 and the message on bad content', () => {
  const dir = tempCopy();
  editFile(join(dir, 'reports/2098/02-plans.md'), '继续开展虚构的工作。', '<iframe src="https://example.com"></iframe>');
  const result = runScript('check.ts', ['--content-only'], dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容错误：.*reports\/2098\/02-plans\.md 第 5 行：正文中不能使用 HTML 代码/);
  expect(existsSync(join(dir, 'reports/2098/02-plans.md'))).toBe(true);
});
