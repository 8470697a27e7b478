import { describe, expect, test } from 'vitest';
import { problemsOf } from '../../support/problems.ts';
import { parseYaml } from '../../../src/content/yaml.ts';
import { reportSchema } from '../../../src/content/schemas/report.ts';
import { sectionSchema } from '../../../src/content/schemas/section.ts';
import { siteSchema } from '../../../src/content/schemas/site.ts';

const validSite = `
name: 某区法治政府建设年度报告
shortName: 年度报告
issuer: 某区人民政府
url: https://www.example.gov.cn
footer:
  icp: 鄂ICP备00000000号
`;

const validReport = `
title: 某区2099年法治政府建设年度报告
year: 2099
issuer: 某区人民政府
summary: 示例摘要。
preamble: 示例开头段落。
`;


describe('site.yaml', () => {
  test('fills defaults: base path at the root, empty footer identifiers, no repository', async () => {
    const site = parseYaml(validSite, 'content/site.yaml', siteSchema);
    expect(site.basePath).toBe('/');
    expect(site.repository).toBe('');
    expect(site.footer).toEqual({ sponsor: '', organizer: '', contact: '', siteCode: '', icp: '鄂ICP备00000000号', publicSecurity: '', badgeImage: '', badgeHref: '' });
    expect(site.relatedLinks).toEqual([]);
    expect(site.ownDomains).toEqual([]);
  });

  test('a missing field is named, with its file, in Chinese and English', async () => {
    const [problem] = await problemsOf(() => parseYaml(validSite.replace(/^name:.*$/m, ''), 'content/site.yaml', siteSchema));
    expect(problem).toMatchObject({ file: 'content/site.yaml', field: 'name' });
    expect(problem.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(problem.en).toBe('required field "name" is missing');
  });

  test('an unknown field is an error, on its line', async () => {
    const [problem] = await problemsOf(() => parseYaml(`${validSite}icpp: x\n`, 'content/site.yaml', siteSchema));
    expect(problem.zh).toContain('icpp');
    expect(problem.line).toBe(8);
  });

  test('a malformed base path and a URL without https are refused', async () => {
    const problems = await problemsOf(() => parseYaml(`${validSite.replace('https://www.example.gov.cn', 'ftp://x')}basePath: fzzfbg\n`, 'content/site.yaml', siteSchema));
    expect(problems.map((p) => p.field).sort()).toEqual(['basePath', 'url']);
    expect(problems.find((p) => p.field === 'basePath')?.zh).toContain('子路径必须以 / 开头');
  });

  test('malformed YAML is reported with its line', async () => {
    const [problem] = await problemsOf(() => parseYaml('name: a\n  shortName: b\nissuer: [', 'content/site.yaml', siteSchema));
    expect(problem.zh).toContain('YAML 格式错误');
    expect(problem.line).toBeGreaterThan(0);
  });
});

describe('report.yaml', () => {
  test('accepts a complete report; draft defaults to false', async () => {
    const report = parseYaml(validReport, 'r.yaml', reportSchema);
    expect(report).toMatchObject({ year: 2099, draft: false });
    expect(report.published).toBeUndefined();
  });

  test('a publication date must be a real ISO date', async () => {
    const [problem] = await problemsOf(() => parseYaml(`${validReport}published: 2099年3月1日\n`, 'r.yaml', reportSchema));
    expect(problem.field).toBe('published');
  });

  test('the year must be a whole number', async () => {
    const [problem] = await problemsOf(() => parseYaml(validReport.replace('year: 2099', 'year: 二〇九九'), 'r.yaml', reportSchema));
    expect(problem).toMatchObject({ field: 'year', line: 3 });
  });
});

describe('section front matter', () => {
  test('needs a title and knows no other fields than its own', async () => {
    expect(sectionSchema.safeParse({ title: '主要举措和成效' }).success).toBe(true);
    expect(sectionSchema.safeParse({}).success).toBe(false);
    expect(sectionSchema.safeParse({ title: 'x', slug: 'y' }).success).toBe(false);
  });
});
