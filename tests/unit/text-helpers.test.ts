import { describe, expect, test } from 'vitest';
import { chineseNumeral } from '../../src/lib/chinese-numerals.ts';
import { shiftHeadings } from '../../src/lib/shift-headings.ts';
import { foldText } from '../../src/lib/text-folding.ts';
import { htmlExcerpt } from '../../src/lib/html-excerpt.ts';

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

describe('shiftHeadings', () => {
  test('moves every heading down, keeping ids and content', () => {
    expect(shiftHeadings('<h2 id="a">甲</h2><p id="b">乙</p><h3>丙</h3>', 1))
      .toBe('<h3 id="a">甲</h3><p id="b">乙</p><h4>丙</h4>');
  });
  test('never goes past h6 and leaves HTML untouched when not shifting', () => {
    expect(shiftHeadings('<h6>甲</h6>', 2)).toBe('<h6>甲</h6>');
    expect(shiftHeadings('<h2>甲</h2>', 0)).toBe('<h2>甲</h2>');
  });
});

describe('foldText', () => {
  test('folds full-width punctuation, document-number brackets and whitespace', () => {
    expect(foldText('鄂营商发〔2025〕1号')).toBe(foldText('鄂营商发[2025]1号'));
    expect(foldText('党委（党组），学法：')).toBe('党委(党组),学法:');
    expect(foldText(' 行政 复议\n')).toBe('行政复议');
    expect(foldText('２４００')).toBe('2400');
  });
  test('keeps Chinese quotation marks and numbers as they are', () => {
    expect(foldText('“曾速办”6988.66万元92%')).toBe('“曾速办”6988.66万元92%');
  });
});

describe('htmlExcerpt', () => {
  test('takes the text of the fragment and marks the cut with ……', () => {
    expect(htmlExcerpt('<p id="a"><strong>一是</strong>极少数执法单位</p>\n<p>二是</p>', 6)).toBe('一是极少数执……');
  });
  test('returns short text whole', () => {
    expect(htmlExcerpt('<p>一是。</p>', 6)).toBe('一是。');
  });
});
