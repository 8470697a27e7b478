import { cpSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content/load.ts';
import { ContentError } from '../../../src/content/problems.ts';
import { copyFixture, editFile } from '../../support/content-fixture.ts';

/** Check a broken copy of the fixture tree and return the ContentError it must raise. */
async function errorOf(breakIt: (reports: string) => void): Promise<ContentError> {
  const dir = copyFixture();
  try {
    breakIt(join(dir, 'reports'));
    const error = await loadContent(dir).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const section = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;

interface Case {
  name: string;
  breakIt: (reports: string) => void;
  file: string;
  zh: string;
  en: string;
  line?: number;
  field?: string;
}

const cases: Case[] = [
  {
    // A half-width colon followed by a space inside text is the likeliest slip.
    name: 'malformed YAML in report.yaml',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), 'summary: ', 'summary: 说明: '),
    file: '2098/report.yaml', zh: 'YAML 格式错误', en: 'malformed YAML', line: 5,
  },
  {
    name: 'malformed YAML in a section front matter',
    breakIt: (r) => editFile(join(r, '2098/02-plans.md'), 'title: 下一年度工作安排', 'title: "下一年度工作安排'),
    file: '2098/02-plans.md', zh: 'YAML 格式错误', en: 'malformed YAML', line: 2,
  },
  {
    name: 'a section without front matter',
    breakIt: (r) => writeFileSync(join(r, '2098/02-plans.md'), '继续开展虚构的工作。\n'),
    file: '2098/02-plans.md', zh: '头部信息', en: 'front matter', line: 1,
  },
  {
    name: 'a missing required field',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), /^issuer:.*\n/m, ''),
    file: '2098/report.yaml', zh: '缺少必填字段 “issuer”', en: 'required field "issuer" is missing', field: 'issuer',
  },
  {
    name: 'a missing section title',
    breakIt: (r) => editFile(join(r, '2098/02-plans.md'), 'title: 下一年度工作安排', 'navTitle: 工作安排'),
    file: '2098/02-plans.md', zh: '缺少必填字段 “title”', en: 'required field "title" is missing', field: 'title',
  },
  {
    name: 'an unknown field',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), 'issuer:', 'isuer: 拼错的字段\nissuer:'),
    file: '2098/report.yaml', zh: '未知字段 “isuer”', en: 'unknown field "isuer"', line: 4, field: 'isuer',
  },
  {
    name: 'a field of the wrong type',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), 'value: 400', 'value: 四百'),
    file: '2098/report.yaml', zh: '期望 数字', en: 'expected number', line: 10, field: 'figures.0.value',
  },
  {
    name: 'a year folder that differs from its year',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), 'year: 2098', 'year: 2097'),
    file: '2098/report.yaml', zh: '与所在文件夹 2098 不一致', en: 'does not match folder 2098', field: 'year',
  },
  {
    name: 'two reports for one year',
    breakIt: (r) => cpSync(join(r, '2098'), join(r, '2097'), { recursive: true }),
    file: '2097/report.yaml', zh: '每个年度只能有一份报告', en: 'one report per year', field: 'year',
  },
  {
    name: 'two sections with the same slug',
    breakIt: (r) => writeFileSync(join(r, '2098/03-plans.md'), section('重复的章节', '内容。')),
    file: '2098/03-plans.md', zh: '章节名称 plans 与', en: 'section slug "plans" is also used',
  },
  {
    name: 'two sections with the same order',
    breakIt: (r) => writeFileSync(join(r, '2098/02-others.md'), section('其他需要报告的情况', '内容。')),
    file: '2098/02-', zh: '章节序号 02 与', en: 'section number 2 is also used',
  },
  {
    name: 'a figure quote not in its section',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), 'quote: 全年共受理法律援助案件400件', 'quote: 全年共受理法律援助案件401件'),
    file: '2098/report.yaml', zh: '在章节文件', en: 'quote not found verbatim', line: 13, field: 'figures.0.quote',
  },
  {
    name: 'a figure value not in its quote',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), 'value: 400', 'value: 40'),
    file: '2098/report.yaml', zh: '数值“40件”不在引文', en: 'does not appear in its quote', field: 'figures.0.value',
  },
  {
    name: 'a figure pointing at a missing section',
    breakIt: (r) => editFile(join(r, '2098/report.yaml'), /section: measures/, 'section: measure'),
    file: '2098/report.yaml', zh: '没有名为 measure 的章节', en: 'no section "measure"', field: 'figures.0.section',
  },
  ...['<script>alert(1)</script>', '<iframe src="https://example.com"></iframe>', '<style>p { color: red }</style>', '<p onclick="alert(1)">点击</p>', '文字<span onmouseover="alert(1)">悬停</span>'].map((html): Case => ({
    name: `raw HTML ${html.slice(0, 20)}`,
    breakIt: (r) => appendFileSync(join(r, '2098/02-plans.md'), `\n${html}\n`),
    file: '2098/02-plans.md', zh: '正文中不能使用 HTML 代码', en: 'raw HTML is not allowed', line: 7,
  })),
  {
    name: 'a javascript: link',
    breakIt: (r) => appendFileSync(join(r, '2098/02-plans.md'), '\n[点击这里](javascript:alert(1))\n'),
    file: '2098/02-plans.md', zh: '不能使用 javascript:', en: 'unsafe link', line: 7,
  },
  {
    name: 'a link to a missing internal page',
    breakIt: (r) => appendFileSync(join(r, '2098/02-plans.md'), '\n见[不存在的章节](/2098/nowhere/)。\n'),
    file: '2098/02-plans.md', zh: '指向的页面不存在', en: 'points to a page that does not exist', line: 7,
  },
  {
    name: 'a link to a missing anchor',
    breakIt: (r) => editFile(join(r, '2098/01-measures.md'), '/2098/plans/#plans-p1', '/2098/plans/#plans-p9'),
    file: '2098/01-measures.md', zh: '没有位置 #plans-p9', en: 'no element with id "plans-p9"', line: 12,
  },
  {
    name: 'a link from a published report to a draft (its pages are not built)',
    breakIt: (r) => {
      cpSync(join(r, '2098'), join(r, '2099'), { recursive: true });
      editFile(join(r, '2099/report.yaml'), 'year: 2098', 'year: 2099\ndraft: true');
      editFile(join(r, '2099/01-measures.md'), '/2098/plans/', '/2099/plans/');
      appendFileSync(join(r, '2098/02-plans.md'), '\n见[下一年度报告](/2099/)。\n');
    },
    file: '2098/02-plans.md', zh: '指向的页面不存在', en: 'points to a page that does not exist', line: 7,
  },
  {
    name: 'a relative internal link',
    breakIt: (r) => appendFileSync(join(r, '2098/02-plans.md'), '\n见[举措](../measures/)。\n'),
    file: '2098/02-plans.md', zh: '须以 / 开头', en: 'must start with "/"', line: 7,
  },
  {
    name: 'an image without alt text',
    breakIt: (r) => appendFileSync(join(r, '2098/02-plans.md'), '\n![](https://fixture.example/chart.png)\n'),
    file: '2098/02-plans.md', zh: '图片缺少说明文字', en: 'image without alt text', line: 7,
  },
  {
    name: 'a published report still holding the template placeholder',
    breakIt: (r) => appendFileSync(join(r, '2098/02-plans.md'), '\n【待填写】\n'),
    file: '2098/02-plans.md', zh: '未填写的模板内容', en: 'template placeholder', line: 7,
  },
];

describe('bad content stops the check with a message naming the file', () => {
  test.each(cases)('$name', async ({ breakIt, file, zh, en, line, field }) => {
    const error = await errorOf(breakIt);
    const problem = error.problems.find((candidate) => candidate.file.includes(`reports/${file}`) && candidate.zh.includes(zh));
    expect(problem, error.message).toBeDefined();
    expect(problem!.zh).toContain(zh);
    expect(problem!.en).toContain(en);
    if (line !== undefined) expect(problem!.line).toBe(line);
    if (field !== undefined) expect(problem!.field).toBe(field);
    // The message staff read: Chinese first with file (and line), English beside it.
    expect(error.message).toMatch(/^内容错误：/);
    expect(error.message).toContain(`reports/${file}`);
    if (line !== undefined) expect(error.message).toContain(`第 ${line} 行`);
    expect(error.message).toContain(`(Content error in `);
  });
});

test('every problem of every file is reported at once', async () => {
  const error = await errorOf((r) => {
    editFile(join(r, '2098/report.yaml'), 'value: 400', 'value: 40');
    editFile(join(r, '2098/02-plans.md'), 'title: 下一年度工作安排', 'title: "下一年度工作安排');
    appendFileSync(join(r, '2098/02-plans.md'), '\n<script>alert(1)</script>\n');
    appendFileSync(join(r, '2098/01-measures.md'), '\n[点击这里](javascript:alert(1))\n');
  });
  expect(error.problems.map((problem) => `${problem.file.replace(/.*reports\//, '')} ${problem.en.split(/[:(]/)[0].trim()}`).sort()).toEqual([
    // The link text 点击这里 is not in the official document
    '2098/01-measures.md text differs from the official text',
    '2098/01-measures.md unsafe link "javascript',
    '2098/02-plans.md malformed YAML',
    '2098/02-plans.md raw HTML is not allowed in content',
    '2098/report.yaml value "40件" does not appear in its quote',
  ]);
});

test('links to any page of the site pass: a search with its query, the data schema, a year\'s document', async () => {
  const dir = copyFixture();
  try {
    // The links are no report text: keep the official document in step.
    appendFileSync(join(dir, 'reports/2098/02-plans.md'), '\n见[搜索“复议”](/search/?q=复议)、[数据格式](/data/report.schema.json)和[正式文本](/2098/source.txt)。\n');
    appendFileSync(join(dir, 'reports/2098/source.txt'), '见搜索“复议”、数据格式和正式文本。\n');
    const { reports: [report] } = await loadContent(dir);
    expect(report.sections[1].html).toContain(`href="/fzzfbg/search/?q=${encodeURIComponent('复议')}"`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the fixture itself is valid, so every failure above comes from its one change', async () => {
  const dir = copyFixture();
  const { reports: [report] } = await loadContent(dir);
  expect(report.year).toBe(2098);
  expect(report.figures.map((figure) => [figure.id, figure.paragraph])).toEqual([
    ['legal-aid-cases', 'measures-p1'],
    ['mediation-success-rate', 'measures-p1'],
    ['reconsideration-cases', 'measures-p2'],
  ]);
  rmSync(dir, { recursive: true, force: true });
});

test('the real content passes the check', async () => {
  const { reports } = await loadContent();
  expect(reports.length).toBeGreaterThan(0);
});
