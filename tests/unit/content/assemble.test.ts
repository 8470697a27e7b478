import { describe, expect, test } from 'vitest';
import { problemsOf } from '../../support/problems.ts';
import { assembleReports, type ReportEntry, type SectionEntry } from '../../../src/content/assemble.ts';

/** A draft report (a draft need not keep its official document yet). */
function report(folder: string, year = Number(folder)): ReportEntry {
  return {
    folder,
    file: `content/reports/${folder}/report.yaml`,
    data: { title: `${year}年报告`, year, issuer: '某区人民政府', summary: '摘要', preamble: '开头', draft: true, figures: [], keywords: [] },
  };
}

/** A published report with its official document, paragraph by paragraph. */
function published(folder: string, paragraphs: string[]): ReportEntry {
  const entry = report(folder);
  entry.data = { ...entry.data, draft: false, addressee: '区委：', closing: '特此报告。', signature: { issuer: '某区人民政府', date: '2099年3月28日' } };
  entry.source = 'title: 2099年报告\naddressee: 区委：\npreamble: 开头\nclosing: 特此报告。\n';
  return { ...entry, officialDocument: { file: `content/reports/${folder}/source.txt`, extension: 'txt', bytes: 100, paragraphs } };
}

function section(id: string, title = '标题'): SectionEntry {
  return { id, file: `content/reports/${id}.md`, data: { title }, html: '<p>正文</p>', headings: [], textLines: [{ line: 5, text: '正文' }] };
}


describe('assembleReports', () => {
  test('orders reports newest first and sections by their file number, numbering them 一、二、…', async () => {
    const reports = assembleReports(
      [report('2098'), report('2099')],
      [section('2099/02-problems', '存在的主要问题'), section('2099/01-measures', '主要举措和成效'), section('2098/01-measures')],
    );
    expect(reports.map((r) => r.year)).toEqual([2099, 2098]);
    expect(reports[0].sections.map((s) => [s.slug, s.heading])).toEqual([
      ['measures', '一、主要举措和成效'],
      ['problems', '二、存在的主要问题'],
    ]);
  });

  test('uses the short navigation title where one is given', async () => {
    const entry = section('2099/03-duties', '很长的标题');
    entry.data.navTitle = '短标题';
    const [assembled] = assembleReports([report('2099')], [entry]);
    expect(assembled.sections[0]).toMatchObject({ label: '短标题', heading: '一、很长的标题'.replace('一', '三') });
  });

  test('a year that differs from its folder is named with the file and field', async () => {
    const [problem] = await problemsOf(() => assembleReports([report('2099', 2098)], [section('2099/01-a')]));
    expect(problem).toMatchObject({ file: 'content/reports/2099/report.yaml', field: 'year' });
    expect(problem.zh).toContain('与所在文件夹 2099 不一致');
  });

  test('two sections with the same number or the same name are refused', async () => {
    const problems = await problemsOf(() => assembleReports([report('2099')], [
      section('2099/01-measures'), section('2099/01-other'), section('2099/02-measures'),
    ]));
    expect(problems.map((p) => p.en)).toEqual([
      'section number 1 is also used by content/reports/2099/01-measures.md',
      'section slug "measures" is also used by content/reports/2099/01-measures.md',
    ]);
  });

  test('badly named section files, reserved names and orphan sections are refused', async () => {
    const problems = await problemsOf(() => assembleReports([report('2099')], [
      section('2099/measures'), section('2099/05-full'), section('2097/01-measures'), section('2099/01-ok'),
    ]));
    expect(problems.map((p) => p.file)).toEqual([
      'content/reports/2099/measures.md',
      'content/reports/2099/05-full.md',
      'content/reports/2097/01-measures.md',
    ]);
  });

  test('a report without any section is refused', async () => {
    const [problem] = await problemsOf(() => assembleReports([report('2099')], []));
    expect(problem.file).toBe('content/reports/2099/report.yaml');
  });

  describe('the official document', () => {
    const text = ['2099年报告', '区委：', '开头', '一、标题', '正文', '特此报告。', '某区人民政府', '2099年3月28日'];

    test('a published report says what its official document says, title line or not, whatever the width of its punctuation', async () => {
      expect(assembleReports([published('2099', text)], [section('2099/01-a')])[0].officialDocument).toEqual({ file: 'content/reports/2099/source.txt', extension: 'txt', bytes: 100 });
      expect(() => assembleReports([published('2099', text.slice(1))], [section('2099/01-a')])).not.toThrow();
      expect(() => assembleReports([published('2099', ['区委:', '开 头', '一、标题', '正　文', '特此报告.', '某区人民政府2099年3月28日'])], [section('2099/01-a')])).not.toThrow();
    });

    test('a word changed in a section is named with its file, line and both texts', async () => {
      const [problem] = await problemsOf(() => assembleReports([published('2099', text.map((line) => line.replace('正文', '正式文本')))], [section('2099/01-a')]));
      expect(problem).toMatchObject({ file: 'content/reports/2099/01-a.md', line: 5 });
      expect(problem.zh).toContain('此处为“正文”，正式文本为“正式文本”');
    });

    test('a published report without its official document is refused; a draft may wait', async () => {
      const [problem] = await problemsOf(() => assembleReports([{ ...report('2099'), data: { ...report('2099').data, draft: false } }], [section('2099/01-a')]));
      expect(problem).toMatchObject({ file: 'content/reports/2099/report.yaml', en: 'a published report needs its official document beside it (source.docx or source.txt)' });
      expect(() => assembleReports([report('2099')], [section('2099/01-a')])).not.toThrow();
    });
  });
});
