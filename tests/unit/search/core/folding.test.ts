import { describe, expect, test } from 'vitest';
import { foldForSearch, foldText, queryTerms, spacedCharacters } from '../../../../src/search/core/folding.ts';

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

describe('foldForSearch', () => {
  test('folds full-width forms, document-number brackets and whitespace like the report text', () => {
    expect(foldForSearch('鄂营商发〔2025〕1号')).toBe(foldForSearch('鄂营商发[2025]1号'));
    expect(foldForSearch('９２％')).toBe('92%');
    expect(foldForSearch('行政 复议\u3000案件')).toBe('行政复议案件');
  });
  test('lower-cases Latin letters', () => {
    expect(foldForSearch('ＡＰＰ App')).toBe('appapp');
  });
});

describe('queryTerms', () => {
  test('splits on ASCII and ideographic spaces, folds each term, drops empties and repeats', () => {
    expect(queryTerms('  营商 先行区\u3000营商  ')).toEqual(['营商', '先行区']);
    expect(queryTerms('鄂营商发〔2025〕')).toEqual(['鄂营商发[2025]']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('spacedCharacters', () => {
  test('makes every letter, digit and CJK character a word and leaves punctuation out', () => {
    expect(spacedCharacters('鄂营商发[2025]1号')).toBe('鄂 营 商 发 2 0 2 5 1 号');
    expect(spacedCharacters('92%')).toBe('9 2');
    expect(spacedCharacters('“首违不罚+公益减罚”')).toBe('首 违 不 罚 公 益 减 罚');
  });
  test('handles characters outside the Basic Multilingual Plane as one character', () => {
    expect(spacedCharacters('𠀋地')).toBe('𠀋 地');
  });
  test('leaves nothing to index in pure punctuation', () => {
    expect(spacedCharacters('，。%')).toBe('');
  });
});
