import { describe, expect, test } from 'vitest';
import { excerpt, firstMatchRanges, foldWithMap, markRanges } from '../../../../src/search/core/excerpt.ts';
import { queryTerms } from '../../../../src/search/core/folding.ts';

const marked = (pieces: { text: string; mark: boolean }[]) => pieces.filter((piece) => piece.mark).map((piece) => piece.text);
const joined = (pieces: { text: string }[]) => pieces.map((piece) => piece.text).join('');

describe('foldWithMap', () => {
  test('maps every folded unit back to the original characters, across removed whitespace', () => {
    const map = foldWithMap('行政 复议〔2025〕');
    expect(map.folded).toBe('行政复议[2025]');
    expect(map.start[2]).toBe(3);
    expect(map.end[4]).toBe(6);
  });
});

describe('firstMatchRanges', () => {
  test('returns the range of the text as printed, with full-width brackets', () => {
    const text = '受到通报（鄂营商发〔2025〕1号）。';
    const [[from, to]] = firstMatchRanges(text, queryTerms('鄂营商发[2025]'));
    expect(text.slice(from, to)).toBe('鄂营商发〔2025〕');
  });
  test('merges ranges of terms that touch', () => {
    expect(firstMatchRanges('优化营商环境', ['营商', '环境'])).toEqual([[2, 6]]);
  });
});

describe('markRanges', () => {
  test('splits text into plain and marked pieces', () => {
    expect(markRanges('abcdef', [[1, 3]])).toEqual([
      { text: 'a', mark: false }, { text: 'bc', mark: true }, { text: 'def', mark: false },
    ]);
  });
});

describe('excerpt', () => {
  const long = `${'甲'.repeat(200)}行政复议${'乙'.repeat(200)}`;
  test('keeps a short paragraph whole and marks the query once', () => {
    const pieces = excerpt('全年共办理行政复议案件135件。', ['复议']);
    expect(joined(pieces)).toBe('全年共办理行政复议案件135件。');
    expect(marked(pieces)).toEqual(['复议']);
  });
  test('cuts a long paragraph around the first match with ellipses', () => {
    const pieces = excerpt(long, ['行政复议'], 60, 10);
    expect(marked(pieces)).toEqual(['行政复议']);
    expect(pieces[0].text).toBe('…');
    expect(pieces.at(-1)!.text).toBe('…');
    expect(joined(pieces).length).toBeLessThanOrEqual(62);
  });
  test('marks each term of an AND query', () => {
    expect(marked(excerpt('优化营商环境先行区试点', ['营商', '先行区']))).toEqual(['营商', '先行区']);
  });
  test('never splits a surrogate pair', () => {
    const text = `${'甲'.repeat(30)}𠀋${'乙'.repeat(10)}复议${'丙'.repeat(100)}`;
    const first = excerpt(text, ['复议'], 40, 11);
    expect(joined(first).includes('\uFFFD')).toBe(false);
    expect(/^[\uDC00-\uDFFF]/.test(first[1].text)).toBe(false);
  });
});
