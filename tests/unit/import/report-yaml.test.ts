import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/content/yaml.ts';
import { reportSchema } from '../../../src/content/schemas/report.ts';
import { earlierReports } from '../../../src/import/earlier-reports.ts';
import { generatedSummary, generatedTitle } from '../../../src/import/generated-metadata.ts';
import type { RecognisedReport } from '../../../src/import/recognised-report.ts';
import { reportYaml, type ReportYamlInput } from '../../../src/import/report-yaml.ts';

const report = (parts: Partial<RecognisedReport>): RecognisedReport => ({ preamble: ['开头。'], chapters: [], unplaced: [], ...parts });
const input = (parts: Partial<ReportYamlInput>): ReportYamlInput => ({
  year: 2099, title: '虚构测试区2099年法治政府建设年度报告', titleGenerated: true, issuer: '虚构测试区人民政府',
  summary: '摘要。', report: report({}), earlier: {}, ...parts,
});

describe('reportYaml', () => {
  test('a valid draft; fields the document does not have are left out', () => {
    const text = reportYaml(input({}));
    expect(parseYaml(text, 'report.yaml', reportSchema)).toMatchObject({ year: 2099, draft: true, preamble: '开头。', keywords: ['法治政府建设', '年度报告'], figures: [] });
    expect(Object.keys(parse(text))).toEqual(['title', 'year', 'issuer', 'keywords', 'summary', 'preamble', 'draft', 'figures']);
    expect(text).toContain('# 报告标题（原文没有标题，此为按发布机关和年度生成的描述性标题）\ntitle:');
    expect(text).toContain('# 草稿：true 时只在本机预览');
  });

  test('salutation, closing, 落款, several preamble paragraphs as a block, the earlier keywords and figure ids', () => {
    const text = reportYaml(input({
      titleGenerated: false,
      report: report({ addressee: '区委：', preamble: ['第一段：', '第二段。'], closing: '特此报告。', signature: { issuer: '虚构测试区人民政府', date: '2100年1月15日' } }),
      earlier: { keywords: { year: '2098', values: ['法治政府建设', '虚构测试区'] }, figureIds: { year: '2097', figures: [{ id: 'legal-aid-cases', label: '受理法律援助案件' }] } },
    }));
    expect(parseYaml(text, 'report.yaml', reportSchema)).toMatchObject({
      addressee: '区委：', preamble: '第一段：\n\n第二段。', closing: '特此报告。', signature: { issuer: '虚构测试区人民政府', date: '2100年1月15日' },
      keywords: ['法治政府建设', '虚构测试区'],
    });
    expect(text).toContain('preamble: |-\n  第一段：\n\n  第二段。\n');
    expect(text).toContain('# 关键词（沿用2098年度报告）');
    expect(text).toContain('# 2097年度报告已有的数字 id（同一数字请沿用）：\n#   legal-aid-cases：受理法律援助案件\n');
  });

  test('long lines are never folded (a fold would put a space into Chinese text)', () => {
    const long = `${'法治政府建设 '.repeat(40)}。`;
    expect(parse(reportYaml(input({ report: report({ preamble: [long] }) }))).preamble).toBe(long);
  });

  test('a document without preamble leaves a placeholder that stops publication', () => {
    expect(parse(reportYaml(input({ report: report({ preamble: [] }) }))).preamble).toMatch(/^【待填写】/);
  });
});

describe('generated title and summary', () => {
  test('the descriptive title names the issuer without 人民政府', () => {
    expect(generatedTitle('曾都区人民政府', 2024)).toBe('曾都区2024年法治政府建设年度报告');
    expect(generatedTitle('曾都区司法局', 2025)).toBe('曾都区司法局2025年法治政府建设年度报告');
  });

  test('the summary lists the chapter titles', () => {
    expect(generatedSummary('曾都区人民政府', 2025, ['主要举措和成效', '存在的问题', '下一步工作计划。'])).toBe('曾都区人民政府关于2025年法治政府建设工作情况的年度报告，包括主要举措和成效、存在的问题和下一步工作计划。');
    expect(generatedSummary('曾都区人民政府', 2025, ['主要举措'])).toBe('曾都区人民政府关于2025年法治政府建设工作情况的年度报告，包括主要举措。');
  });
});

describe('earlierReports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'earlier-reports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (year: string, yaml: string) => {
    mkdirSync(join(dir, year), { recursive: true });
    writeFileSync(join(dir, year, 'report.yaml'), yaml);
  };
  write('2096', 'keywords: [旧]\nfigures:\n  - id: old-figure\n    label: 旧数字\n');
  write('2097', 'keywords: [法治政府建设, 虚构测试区]\nfigures: []\n');
  write('2098', 'title: [unclosed\n');
  write('2100', 'keywords: [以后]\n');

  test('the keywords of the latest earlier report that can be read, the figure ids of the latest with figures', () => {
    expect(earlierReports(dir, 2099)).toEqual({ figureIds: { year: '2096', figures: [{ id: 'old-figure', label: '旧数字' }] } });
    expect(earlierReports(dir, 2098)).toEqual({ keywords: { year: '2097', values: ['法治政府建设', '虚构测试区'] }, figureIds: { year: '2096', figures: [{ id: 'old-figure', label: '旧数字' }] } });
    expect(earlierReports(join(dir, 'none'), 2099)).toEqual({});
  });
});
