import { expect, test } from 'vitest';
import { checkFigures, quoteStatesValue, type Figure } from '../../../src/content/figures.ts';
import { figureChange } from '../../../src/content/figure-change.ts';
import { sectionBlocks } from '../../../src/content/report-blocks.ts';

test('a value counts only as a whole number followed by its unit', () => {
  expect(quoteStatesValue('下放区级291项政务服务事项', 291, '项')).toBe(true);
  expect(quoteStatesValue('下放区级291项政务服务事项', 91, '项')).toBe(false);
  expect(quoteStatesValue('下放区级291项政务服务事项', 291, '件')).toBe(false);
  expect(quoteStatesValue('调解协议涉及金额达6988.66万元', 6988.66, '万元')).toBe(true);
  expect(quoteStatesValue('调解协议涉及金额达6988.66万元', 6988, '')).toBe(false);
  expect(quoteStatesValue('调解协议涉及金额达6988.66万元', 88.66, '万元')).toBe(false);
  expect(quoteStatesValue('调解成功率92%', 92, '%')).toBe(true);
  expect(quoteStatesValue('共7个领域', 7, '')).toBe(true);
});

const html = '<h2 id="m-h1">（一）标题</h2><p id="m-p1"><strong>举措。</strong>全年共受理法律援助案件371件。</p><p id="m-p2">调解成功率92%。</p>';

test('a figure is linked to the paragraph that states it', () => {
  const sections = new Map([['m', { file: 'm.md', blocks: sectionBlocks(html) }]]);
  const { figures, problems } = checkFigures([
    { id: 'a', label: '法律援助', value: 371, unit: '件', section: 'm', quote: '举措。全年共受理法律援助案件371件' },
    { id: 'b', label: '成功率', value: 92, unit: '%', section: 'm', quote: '调解成功率92%' },
  ], sections, 'report.yaml');
  expect(problems).toEqual([]);
  expect(figures.map((figure) => figure.paragraph)).toEqual(['m-p1', 'm-p2']);
});

test('a quote spanning two paragraphs is not verbatim text of one paragraph', () => {
  const sections = new Map([['m', { file: 'm.md', blocks: sectionBlocks(html) }]]);
  const { problems } = checkFigures([
    { id: 'a', label: 'x', value: 92, unit: '%', section: 'm', quote: '371件。调解成功率92%' },
  ], sections, 'report.yaml');
  expect(problems.map((problem) => problem.field)).toEqual(['figures.0.quote']);
});

test('duplicate figure ids are refused', () => {
  const sections = new Map([['m', { file: 'm.md', blocks: sectionBlocks(html) }]]);
  const figure = { id: 'a', label: 'x', value: 92, unit: '%', section: 'm', quote: '调解成功率92%' };
  const { problems } = checkFigures([figure, figure], sections, 'report.yaml');
  expect(problems.map((problem) => [problem.field, problem.en])).toEqual([['figures.1.id', 'duplicate figure id "a"']]);
});

const figure = (id: string, value: number, unit = '件'): Figure => ({ id, label: id, value, unit, section: 'm', quote: '', paragraph: 'm-p1' });

test('the change against the previous year is in per cent, or percentage points for rates', () => {
  const previous = { year: 2098, figures: [figure('a', 400), figure('rate', 90, '%'), figure('zero', 0), figure('unit', 5, '项')] };
  expect(figureChange(figure('a', 450), previous)).toEqual({ direction: 'up', previousYear: 2098, previousValue: 400, amount: 12.5, kind: 'percent' });
  expect(figureChange(figure('a', 300), previous)).toMatchObject({ direction: 'down', amount: 25 });
  expect(figureChange(figure('a', 400), previous)).toMatchObject({ direction: 'same', amount: 0 });
  expect(figureChange(figure('rate', 92.5, '%'), previous)).toMatchObject({ direction: 'up', amount: 2.5, kind: 'points' });
  expect(figureChange(figure('zero', 3), previous)).toBeUndefined();
  expect(figureChange(figure('unit', 5, '件'), previous)).toBeUndefined();
  expect(figureChange(figure('new', 5), previous)).toBeUndefined();
  expect(figureChange(figure('a', 5), undefined)).toBeUndefined();
});
