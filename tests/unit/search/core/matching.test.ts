import { describe, expect, test } from 'vitest';
import { countMatches, matchOffsets } from '../../../../src/search/core/matching.ts';

describe('matchOffsets', () => {
  test('finds a CJK term anywhere as a substring', () => {
    expect(matchOffsets('办理行政复议案件', '复议')).toEqual([4]);
    expect(matchOffsets('办理行政复议案件', '段简')).toEqual([]);
  });
  test('finds every occurrence without overlaps', () => {
    expect(matchOffsets('法治法治法治', '法治')).toEqual([0, 2, 4]);
  });
  test('numbers and Latin words match only from the start of a word', () => {
    expect(matchOffsets('共2400万元', '2400')).toEqual([1]);
    expect(matchOffsets('共2400万元', '24')).toEqual([1]);
    expect(matchOffsets('共2400万元', '400')).toEqual([]);
    expect(matchOffsets('金额达6988.66万元', '6988.66')).toEqual([3]);
    expect(matchOffsets('金额达6988.66万元', '66')).toEqual([]);
    expect(matchOffsets('成功率92%，', '92%')).toEqual([3]);
    expect(matchOffsets('用app办', 'pp')).toEqual([]);
  });
  test('a term starting with CJK may continue into a number', () => {
    expect(matchOffsets('共2400万元', '共24')).toEqual([0]);
  });
  test('an empty term matches nothing', () => {
    expect(matchOffsets('文本', '')).toEqual([]);
  });
});

describe('countMatches', () => {
  test('adds up the occurrences of every term', () => {
    expect(countMatches('营商环境优化营商环境先行区', ['营商', '先行区'])).toBe(3);
  });
  test('is zero when one term is missing (AND)', () => {
    expect(countMatches('营商环境优化', ['营商', '先行区'])).toBe(0);
  });
});
