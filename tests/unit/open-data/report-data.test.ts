import { expect, test } from 'vitest';
import { loadContent } from '../../../src/content/load.ts';
import { fileSize } from '../../../src/i18n/file-size.ts';
import { csvField, figuresCsv, reportData, reportJson } from '../../../src/open-data/report-data.ts';
import { editUrl } from '../../../src/site/edit-url.ts';
import { openDataJsonSchema, openDataReportSchema } from '../../../src/open-data/schema.ts';
import { yearlyFixture } from '../../support/content-fixture.ts';

test('CSV fields are quoted only when they must be, quotes doubled', () => {
  expect(csvField('调解成功率')).toBe('调解成功率');
  expect(csvField(6988.66)).toBe('6988.66');
  expect(csvField('甲,乙')).toBe('"甲,乙"');
  expect(csvField('他说"好"')).toBe('"他说""好"""');
  expect(csvField('两行\n文字')).toBe('"两行\n文字"');
});

test('file sizes are given the GOV.UK way', () => {
  expect(fileSize('a'.repeat(500))).toBe('500 字节');
  expect(fileSize('a'.repeat(3277))).toBe('3.2 KB');
  expect(fileSize('法')).toBe('3 字节');
  expect(fileSize(new Uint8Array(2 * 1024 * 1024))).toBe('2.0 MB');
});

test('the open data of a report validates against its published schema, CSV opens in Excel', async () => {
  const { reports: [report] } = await loadContent(yearlyFixture);
  const data = reportData(report, 'https://fixture.example/fzzfbg/');
  expect(openDataReportSchema.parse(JSON.parse(reportJson(data)))).toEqual(data);
  expect(data.figures[0]).toMatchObject({ id: 'legal-aid-cases', value: 400, paragraph: 'measures-p1', url: 'https://fixture.example/fzzfbg/2098/measures/#measures-p1' });
  expect(data.sections[0].blocks.map((block) => block.id)).toEqual(['measures-h1', 'measures-p1', 'measures-h2', 'measures-p2']);
  expect(data.published).toBeUndefined();
  expect(data.officialDocument).toBe('https://fixture.example/fzzfbg/2098/source.txt');

  const csv = figuresCsv(data);
  expect(csv.startsWith('\uFEFFyear,id,label,value,unit,section,paragraph,quote,url\r\n')).toBe(true);
  expect(csv.split('\r\n')[2]).toBe('2098,mediation-success-rate,调解成功率,90,%,measures,measures-p1,调解成功率90%,https://fixture.example/fzzfbg/2098/measures/#measures-p1');

  const schema = openDataJsonSchema('https://fixture.example/fzzfbg/data/report.schema.json');
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.required).toEqual(expect.arrayContaining(['year', 'title', 'sections', 'figures']));
});

test('the edit link points at the file in the repository, only when one is named', () => {
  expect(editUrl('', 'content/reports/2024/01-measures.md')).toBeUndefined();
  expect(editUrl('https://git.example/org/repo/', 'content/reports/2024/01-measures.md'))
    .toBe('https://git.example/org/repo/blob/main/content/reports/2024/01-measures.md');
});
