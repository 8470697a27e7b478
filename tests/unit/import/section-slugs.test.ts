import { expect, test } from 'vitest';
import type { Chapter } from '../../../src/import/recognised-report.ts';
import { sectionFileNames } from '../../../src/import/section-slugs.ts';

const chapters = (...titles: string[]): Chapter[] => titles.map((title, index) => ({ number: index + 1, title, blocks: [] }));

test('the standard chapters get their slugs from their titles', () => {
  expect(sectionFileNames(chapters(
    '主要举措和成效',
    '存在的不足和原因',
    '2024年度党政主要负责人履行推进法治建设第一责任人职责，落实年度责任清单，加强法治政府建设情况',
    '下一年度工作安排',
    '其他需要报告的情况',
  ))).toEqual([
    { slug: 'measures', fileName: '01-measures.md', navTitle: undefined },
    { slug: 'problems', fileName: '02-problems.md', navTitle: undefined },
    { slug: 'duties', fileName: '03-duties.md', navTitle: '党政主要负责人履职情况' },
    { slug: 'plans', fileName: '04-plans.md', navTitle: undefined },
    { slug: 'part-5', fileName: '05-part-5.md', navTitle: undefined },
  ]);
});

test('other wordings of the standard titles', () => {
  expect(sectionFileNames(chapters('2025年法治政府建设工作情况', '存在的主要问题', '下一步工作计划')).map(({ slug }) => slug)).toEqual(['measures', 'problems', 'plans']);
  expect(sectionFileNames(chapters('取得的成效', '下一步打算')).map(({ slug }) => slug)).toEqual(['measures', 'plans']);
});

test('a slug is used once; other chapters are part-N', () => {
  expect(sectionFileNames(chapters('存在的问题', '整改问题的情况', '健全政府机构职能体系')).map(({ fileName }) => fileName)).toEqual(['01-problems.md', '02-part-2.md', '03-part-3.md']);
});
