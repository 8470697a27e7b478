import { describe, expect, test } from 'vitest';
import { htmlExcerpt } from '../../../src/markdown/html-excerpt.ts';
import { shiftHeadings } from '../../../src/markdown/shift-headings.ts';

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

describe('htmlExcerpt', () => {
  test('takes the text of the fragment and marks the cut with ……', () => {
    expect(htmlExcerpt('<p id="a"><strong>一是</strong>极少数执法单位</p>\n<p>二是</p>', 6)).toBe('一是极少数执……');
  });
  test('returns short text whole', () => {
    expect(htmlExcerpt('<p>一是。</p>', 6)).toBe('一是。');
  });
});
