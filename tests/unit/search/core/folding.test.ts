import { afterEach, describe, expect, test } from 'vitest';
import { decodeCharacterFolds, encodeCharacterFolds, foldForSearch, foldText, queryTerms, setCharacterFolds, termPhrases } from '../../../../src/search/core/folding.ts';
import { excerpt, firstMatchRanges } from '../../../../src/search/core/excerpt.ts';
import { countMatches } from '../../../../src/search/core/matching.ts';

afterEach(() => setCharacterFolds(new Map()));

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

describe('termPhrases', () => {
  test('asks for every run of letters, digits and CJK characters as a phrase of single characters', () => {
    expect(termPhrases('鄂营商发[2025]1号')).toEqual(['鄂 营 商 发', '2 0 2 5', '1 号']);
    expect(termPhrases('92%')).toEqual(['9 2']);
    expect(termPhrases('6988.66')).toEqual(['6 9 8 8', '6 6']);
    expect(termPhrases('“首违不罚+公益减罚”')).toEqual(['首 违 不 罚', '公 益 减 罚']);
  });
  test('asks for a long run by its first four characters: fewer index chunks to download, and the text still decides', () => {
    expect(termPhrases('社会治安综合治理中心')).toEqual(['社 会 治 安']);
    expect(termPhrases('20250328号文')).toEqual(['2 0 2 5']);
    expect(termPhrases('习近平法治思想，第一责任人')).toEqual(['习 近 平 法', '第 一 责 任']);
  });
  test('handles characters outside the Basic Multilingual Plane as one character', () => {
    expect(termPhrases('𠀋地')).toEqual(['𠀋 地']);
  });
  test('leaves nothing to ask for in pure punctuation', () => {
    expect(termPhrases('，。%')).toEqual([]);
  });
});

describe('character folds (traditional to simplified)', () => {
  const folds = new Map([['複', '复'], ['議', '议'], ['營', '营'], ['環', '环'], ['𡞱', '㜢']]);

  test('encode and decode as pairs of code points, astral characters included', () => {
    const encoded = encodeCharacterFolds(folds);
    expect([...encoded]).toHaveLength(10);
    expect(decodeCharacterFolds(encoded)).toEqual(new Map([...folds].sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(() => decodeCharacterFolds('複复營')).toThrow(/odd/);
  });
  test('fold a traditional query to the simplified text, character by character', () => {
    setCharacterFolds(folds);
    expect(foldForSearch('行政複議')).toBe('行政复议');
    expect(queryTerms('營商環境 行政複議')).toEqual(['营商环境', '行政复议']);
    expect(foldForSearch('行政复议')).toBe('行政复议');
    // Length in code points never changes, so offsets in folded text map back to the printed text.
    expect([...foldForSearch('營商環境〔2025〕')].length).toBe([...'營商環境〔2025〕'].length);
  });
  test('keep exact substring semantics after folding, and mark the report’s own characters', () => {
    setCharacterFolds(folds);
    const text = '持续优化营商环境，办理行政复议案件。';
    expect(countMatches(foldForSearch(text), queryTerms('營商環境'))).toBe(1);
    expect(countMatches(foldForSearch(text), queryTerms('營商環'))).toBe(1);
    expect(countMatches(foldForSearch(text), queryTerms('環境營商'))).toBe(0);
    const [[from, to]] = firstMatchRanges(text, queryTerms('行政複議'));
    expect(text.slice(from, to)).toBe('行政复议');
    expect(excerpt(text, queryTerms('營商環境')).filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['营商环境']);
  });
  test('fold nothing without a table', () => {
    expect(foldForSearch('行政複議')).toBe('行政複議');
  });
});
