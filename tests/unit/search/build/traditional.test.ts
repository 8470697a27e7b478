import { expect, test } from 'vitest';
import { decodeCharacterFolds } from '../../../../src/search/core/folding.ts';
import { foldsForIndex, traditionalFolds } from '../../../../src/search/build/traditional.ts';

const fold = (text: string) => [...text].map((character) => traditionalFolds().get(character) ?? character).join('');

test('folds OpenCC traditional characters to simplified, one character to one', () => {
  expect(fold('行政複議')).toBe('行政复议');
  expect(fold('營商環境')).toBe('营商环境');
  expect(fold('法治政府建設年度報告')).toBe('法治政府建设年度报告');
  expect(fold('習近平法治思想')).toBe('习近平法治思想');
  expect(fold('後')).toBe('后');
  for (const [from, to] of traditionalFolds()) {
    expect([...from], from).toHaveLength(1);
    expect([...to], to).toHaveLength(1);
  }
});

test('folds the regional variants of Taiwan and Hong Kong through their OpenCC form', () => {
  expect(fold('偽')).toBe('伪');
  expect(fold('綫')).toBe('线');
  expect(fold('裡')).toBe('里');
  expect(fold('啟')).toBe('启');
});

test('never folds a character in simplified use', () => {
  expect(fold('行政复议营商环境')).toBe('行政复议营商环境');
  for (const character of '台吃么著干里后发面') expect(fold(character), character).toBe(character);
});

test('gives the browser only the pairs whose simplified character is in the index', () => {
  const folds = decodeCharacterFolds(foldsForIndex('行政复议'));
  expect(folds.get('複')).toBe('复');
  expect(folds.get('議')).toBe('议');
  expect(folds.has('營')).toBe(false);
  expect(new Set(folds.values())).toEqual(new Set(['行', '政', '复', '议'].filter((character) => [...folds.values()].includes(character))));
});
