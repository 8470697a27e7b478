import { describe, expect, test } from 'vitest';
import { chineseNumeral } from '../../../src/content/chinese-numerals.ts';

describe('chineseNumeral', () => {
  test.each([[1, '一'], [4, '四'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [35, '三十五'], [99, '九十九']])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });
  test('refuses what 公文 numbering cannot express', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});
