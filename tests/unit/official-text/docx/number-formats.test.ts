import { expect, test } from 'vitest';
import { formatListNumber } from '../../../../src/official-text/docx/number-formats.ts';

test.each([
  ['decimal', [1, 12, 105], ['1', '12', '105']],
  ['decimalZero', [1, 12], ['01', '12']],
  ['decimalFullWidth', [1, 12], ['１', '１２']],
  ['decimalFullWidth2', [3], ['３']],
  ['chineseCounting', [1, 10, 11, 12, 20, 21, 99, 100, 105, 110, 1005, 2020], ['一', '十', '十一', '十二', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十', '一千零五', '二千零二十']],
  ['chineseCountingThousand', [1, 10, 12], ['一', '十', '十二']],
  ['chineseLegalSimplified', [1, 10, 12], ['壹', '壹拾', '壹拾贰']],
  ['ideographDigital', [1, 10, 2025], ['一', '一〇', '二〇二五']],
  ['ideographTraditional', [1, 2, 10, 11], ['甲', '乙', '癸', '甲']],
  ['ideographZodiac', [1, 12], ['子', '亥']],
  ['decimalEnclosedCircle', [1, 10, 20, 21, 50, 51], ['①', '⑩', '⑳', '㉑', '㊿', '51']],
  ['decimalEnclosedCircleChinese', [2], ['②']],
  ['ideographEnclosedCircle', [1, 10, 11], ['㊀', '㊉', '11']],
  ['decimalEnclosedParen', [1, 20], ['⑴', '⒇']],
  ['decimalEnclosedFullstop', [1], ['⒈']],
  ['upperLetter', [1, 26, 27], ['A', 'Z', 'AA']],
  ['lowerLetter', [2], ['b']],
  ['upperRoman', [4, 1999], ['IV', 'MCMXCIX']],
  ['lowerRoman', [9], ['ix']],
  ['ordinal', [3], ['3']],
])('%s', (format, values, expected) => {
  expect(values.map((value) => formatListNumber(value, format))).toEqual(expected);
});

test('a bullet is not a number; none prints nothing', () => {
  expect(formatListNumber(1, 'bullet')).toBeUndefined();
  expect(formatListNumber(1, 'none')).toBe('');
});
